"""Quote trails on a synthetic corpus with planted alterations, and what adding articles costs.

    python bench/trails_synthetic.py                      # 1,000 articles: planted changes flagged, untouched flagged
    python bench/trails_synthetic.py --cost 1000 10000    # time to add 1,000 articles to stores of 1,000 and 10,000

The articles are generated, and so are their analyses: each quotation's spans are
set where the generator put it, as a perfect analyser would report them. This
measures the trail code (grouping, diff, flags) and not the analyser; the
PolNeAR hand check (bench/trails_check.py) measures the two together.

Each utterance is a generated sentence of 12 to 30 words (function words and a
vocabulary of 20,000 content words drawn as 1 / (rank + 10), so that the commonest
word is as common as "trump" in PolNeAR's quotations and common words make false
candidates). It first runs unchanged; later articles run it again, either
untouched or with one planted alteration: a content word changed inside the
quotation marks, the quotation cut short (its last 30–50% of words), the words
given to another named speaker, or the quotation reported as paraphrase (first
person to third, "will" to "would", no quotation marks). Each article holds
three to five quotations of different utterances.
"""

from __future__ import annotations

import argparse
import json
import random
import sqlite3
import sys
import tempfile
import time
from dataclasses import dataclass
from datetime import date, timedelta
from itertools import accumulate
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from saywho.corpus import trail_index
from saywho.corpus.backends import open_store
from saywho.corpus.trail_view import CHANGED, PARAPHRASE, SHORTENED, SPEAKER
from saywho.document import Analysis, Article, Attribution, Entity, Mention, Segment, Speaker

SEED = 18
VOCABULARY, ZIPF_OFFSET = 20_000, 10
START = date(2015, 1, 1)
FUNCTION = ("the", "a", "of", "to", "and", "in", "that", "for", "on", "with", "we", "our", "is", "are", "not", "it",
            "this", "at", "be", "have", "by", "from", "all", "will", "can", "more", "than", "they", "their", "very")
SYLLABLES = ("ba", "ko", "ri", "tan", "mel", "sor", "vi", "den", "lu", "pra", "no", "gest", "mar", "ton", "fi", "ca",
             "ble", "sha", "dro", "pel", "qui", "zen", "har", "lo", "mit", "ver", "sul", "ga", "ped", "rin")
FIRST = ("Ann", "Ben", "Cara", "Dev", "Elena", "Farid", "Grace", "Hugo", "Ines", "Jonas", "Kemi", "Liam", "Mira",
         "Nils", "Olga", "Pavel", "Rosa", "Sami", "Tara", "Umar")
LAST = ("Abbott", "Brandt", "Castillo", "Dunmore", "Eklund", "Ferreira", "Galloway", "Hartmann", "Ibsen", "Jovanovic",
        "Kowalski", "Lindqvist", "Moreau", "Novak", "Okafor", "Petrov")
OUTLETS = ("bugle", "herald", "post", "star", "wire", "times", "courier")
ALTERATIONS = (CHANGED, SHORTENED, SPEAKER, PARAPHRASE)
THIRD_PERSON = {"we": "they", "our": "their", "will": "would", "can": "could", "is": "was", "are": "were"}


@dataclass
class Planted:
    """One quotation the generator placed: which utterance, and what was done to it (None: untouched)."""

    utterance: int
    article: int
    attribution: str
    alteration: str | None
    first: bool


class Generator:
    def __init__(self, seed: int):
        self.random = random.Random(seed)
        words: set[str] = set()
        while len(words) < VOCABULARY:
            words.add(self._word())
        self.vocabulary = sorted(words)
        self.random.shuffle(self.vocabulary)
        # Zipf-Mandelbrot, 1 / (rank + 10): the commonest word is 1.2% of content words, as "trump" is in
        # PolNeAR's quotations (a plain Zipf law over 3,000 words made it 12%, and every text a candidate).
        self.cumulative = list(accumulate(1 / (rank + 1 + ZIPF_OFFSET) for rank in range(VOCABULARY)))
        self.speakers = [f"{f} {s}" for f in FIRST for s in LAST]

    def _word(self) -> str:
        return "".join(self.random.choice(SYLLABLES) for _ in range(self.random.randint(2, 4)))

    def content_word(self) -> str:
        return self.random.choices(self.vocabulary, cum_weights=self.cumulative)[0]

    def utterance(self) -> list[str]:
        return [self.random.choice(FUNCTION) if self.random.random() < 0.4 else self.content_word()
                for _ in range(self.random.randint(12, 30))]

    def alter(self, words: list[str], alteration: str | None) -> list[str]:
        words = list(words)
        if alteration == CHANGED:
            slots = [i for i, w in enumerate(words) if w not in FUNCTION][1:-1] or [len(words) // 2]
            index = self.random.choice(slots)
            words[index] = next(w for w in iter(self.content_word, None) if w != words[index])
        elif alteration == SHORTENED:
            words = words[:round(len(words) * self.random.uniform(0.5, 0.7))]
        elif alteration == PARAPHRASE:
            words = [THIRD_PERSON.get(w, w) for w in words if w not in ("the", "a", "very")]
        return words


def corpus(articles: int, seed: int = SEED) -> tuple[list[dict], list[Planted]]:
    """`articles` analyses (as dicts, oldest first) and every quotation planted in them."""
    gen = Generator(seed)
    slots: list[list[tuple[int, str | None, bool]]] = [[] for _ in range(articles)]
    utterances, speakers = [], []
    per_article = [gen.random.randint(3, 5) for _ in range(articles)]
    # Place each utterance's first run and its later runs in distinct articles, later ones after the first.
    free = [(a, s) for a, n in enumerate(per_article) for s in range(n)]
    gen.random.shuffle(free)
    taken = set()
    for article, _ in sorted(free):
        while len(slots[article]) < per_article[article]:
            utterance = len(utterances)
            utterances.append(gen.utterance())
            speakers.append(gen.random.choice(gen.speakers))
            slots[article].append((utterance, None, True))
            for _ in range(gen.random.randint(0, 4)):
                later = gen.random.randint(article + 1, min(articles - 1, article + 60)) if article + 1 < articles \
                    else None
                if later is None or len(slots[later]) >= per_article[later] or (later, utterance) in taken:
                    continue
                taken.add((later, utterance))
                alteration = gen.random.choice(ALTERATIONS) if gen.random.random() < 0.5 else None
                slots[later].append((utterance, alteration, False))
    analyses, planted = [], []
    for article, placed in enumerate(slots):
        analysis, ids = _article(gen, article, placed, utterances, speakers)
        analyses.append(analysis)
        planted.extend(Planted(u, article, ids[k], alteration, first) for k, (u, alteration, first) in enumerate(placed))
    return analyses, planted


def _article(gen: Generator, number: int, placed, utterances, speakers) -> tuple[dict, list[str]]:
    attributions, entities, ids = [], {}, []
    text = f"Synthetic article {number}.\n"
    for index, (utterance, alteration, _first) in enumerate(placed):
        name = speakers[utterance]
        if alteration == SPEAKER:
            name = next(s for s in iter(lambda: gen.random.choice(gen.speakers), None) if s != name)
        words = " ".join(gen.alter(utterances[utterance], alteration))
        words = words[0].upper() + words[1:]
        start = len(text)
        if alteration == PARAPHRASE:
            line = f"{name} said {words}."
            source, cue = (start, start + len(name)), (start + len(name) + 1, start + len(name) + 5)
            content, quoted, kind = (cue[1] + 1, cue[1] + 1 + len(words)), [], "indirect"
        else:
            line = f"“{words},” {name} said."
            content, quoted, kind = (start, start + len(words) + 3), [(start + 1, start + 1 + len(words))], "direct"
            source = (content[1] + 1, content[1] + 1 + len(name))
            cue = (source[1] + 1, source[1] + 5)
        text += line + "\n"
        entity = entities.setdefault(name, Entity(id=f"e{len(entities)}", name=name, type="PERSON"))
        entity.mentions.append(Mention(text=name, spans=[source]))
        ids.append(f"a{index}")
        attributions.append(Attribution(
            id=f"a{index}", kind=kind, cue=Segment.of(text, [cue]), content=Segment.of(text, [content]),
            source=Segment.of(text, [source]), speaker=Speaker(name=name, type="PERSON", entity=entity.id),
            paragraph=index + 1, quoted=quoted))
    day = START + timedelta(days=number // 3)  # three articles a day, in order
    article = Article(text=text, title=f"Article {number}", outlet=OUTLETS[number % len(OUTLETS)],
                      date=day.isoformat())
    analysis = Analysis(article=article, paragraphs=Article(text=text).paragraphs(), attributions=attributions,
                        entities=list(entities.values()))
    return analysis.to_dict(), ids


# -- quality -----------------------------------------------------------------------------------


def quality(articles: int, seed: int) -> dict:
    analyses, planted = corpus(articles, seed)
    with tempfile.TemporaryDirectory() as folder, open_store(Path(folder) / "synthetic.db", create=True) as store:
        for analysis in analyses:
            store.add(analysis)
        store.resolve_identities()
        return _score(store, planted)


def _score(store, planted: list[Planted]) -> dict:
    conn = store.conn
    quotation = {(article_id, attribution): qid for qid, article_id, attribution in
                 conn.execute("SELECT q.id, a.id - 1, q.attribution FROM quotations q JOIN articles a "
                              "ON a.id = q.article_id")}
    trail_of = dict(conn.execute("SELECT quotation_id, trail_id FROM trail_items"))
    flags, utterance_trails = {}, {}
    for (trail_id,) in conn.execute("SELECT id FROM trails WHERE size >= 2"):
        for member in store.trail(trail_id).members:
            flags[member.quotation_id] = {f.kind for f in member.flags}
    first_trail = {p.utterance: trail_of.get(quotation[(p.article, p.attribution)]) for p in planted if p.first}
    found = {kind: [0, 0] for kind in ALTERATIONS}
    untouched, reruns = [0, 0], [0, 0]
    for p in planted:
        qid = quotation[(p.article, p.attribution)]
        grouped = trail_of.get(qid) is not None and trail_of.get(qid) == first_trail[p.utterance]
        utterance_trails.setdefault(trail_of.get(qid), set()).add(p.utterance)
        got = flags.get(qid, set())
        if p.alteration:
            found[p.alteration][1] += 1
            found[p.alteration][0] += grouped and p.alteration in got
        else:
            untouched[1] += 1
            untouched[0] += bool(got)
            if not p.first:
                reruns[1] += 1
                reruns[0] += bool(got) or not grouped
    mixed = sum(1 for t, us in utterance_trails.items() if t is not None and len(us) > 1)
    planted_total = sum(n for _, n in found.values())
    return {
        "quotations": len(planted),
        "planted": planted_total,
        "planted_flagged": sum(f for f, _ in found.values()),
        "planted_flagged_share": round(sum(f for f, _ in found.values()) / planted_total, 4),
        "by_alteration": {k: {"flagged": f, "planted": n} for k, (f, n) in found.items()},
        "untouched": untouched[1], "untouched_flagged": untouched[0],
        "untouched_flagged_share": round(untouched[0] / untouched[1], 4),
        # untouched later runs: flagged, or not in their first run's trail
        "untouched_reruns": reruns[1], "untouched_reruns_flagged_or_lost": reruns[0],
        "trails_mixing_utterances": mixed,
    }


# -- cost --------------------------------------------------------------------------------------


def cost(sizes: list[int], batch: int, seed: int) -> list[dict]:
    """Time adding the same `batch` articles (one store.add each) to a store of each size, smallest first.

    One store grows through the sizes; at each size a copy takes the batch, so the batch is the
    same articles every time (generated after all the others) and each store is built once."""
    sizes = sorted(sizes)
    analyses, _ = corpus(sizes[-1] + batch, seed)
    extra = analyses[sizes[-1]:]
    results = []
    with tempfile.TemporaryDirectory() as folder, open_store(Path(folder) / "grow.db", create=True) as grown:
        stored = 0
        for size in sizes:
            for analysis in analyses[stored:size]:
                grown.add(analysis)
            stored = size
            copy = Path(folder) / f"at-{size}.db"
            with sqlite3.connect(copy) as target:
                grown.conn.backup(target)
            with open_store(copy) as store:
                results.append(_time_batch(store, size, extra))
            copy.unlink()
            print(json.dumps(results[-1]), file=sys.stderr, flush=True)
    return results


def _time_batch(store, size: int, extra: list[dict]) -> dict:
    grouping = _Timer(trail_index, "add_article")
    started, cpu = time.perf_counter(), time.process_time()
    with grouping:
        for analysis in extra:
            store.add(analysis)
    total, cpu = time.perf_counter() - started, time.process_time() - cpu
    return {"store": size, "added": len(extra), "seconds_add": round(total, 2), "cpu_seconds_add": round(cpu, 2),
            "seconds_grouping": round(grouping.seconds, 2), "cpu_seconds_grouping": round(grouping.cpu, 2),
            "items_after": store.trail_summary()["items"]}


class _Timer:
    """Sums the wall and CPU time spent in one function of a module while active (the grouping part of Store.add)."""

    def __init__(self, module, name: str):
        self.module, self.name, self.seconds, self.cpu = module, name, 0.0, 0.0
        self.original = getattr(module, name)

    def __enter__(self):
        def timed(*args, **kwargs):
            started, cpu = time.perf_counter(), time.process_time()
            try:
                return self.original(*args, **kwargs)
            finally:
                self.seconds += time.perf_counter() - started
                self.cpu += time.process_time() - cpu
        setattr(self.module, self.name, timed)
        return self

    def __exit__(self, *exc):
        setattr(self.module, self.name, self.original)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=SEED)
    parser.add_argument("--cost", type=int, nargs="+", metavar="N", help="store sizes to time adding to")
    parser.add_argument("--batch", type=int, default=1000, help="articles added in the --cost run")
    parser.add_argument("--json", type=Path, help="also write the results here")
    args = parser.parse_args(argv)
    result = {"cost": cost(args.cost, args.batch, args.seed)} if args.cost else quality(args.articles, args.seed)
    text = json.dumps(result, indent=1)
    print(text)
    if args.json:
        args.json.write_text(text + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
