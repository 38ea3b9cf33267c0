"""Who speaks each quotation of BASIL articles: a speaker gold made apart from saywho, and its score.

    python tools/speaker_gold/basil_quotes.py packet --out DIR [--triplets 12] [--seed 2312] [--exclude GOLD] [--label L]
    python tools/speaker_gold/basil_quotes.py agree DIR PASS_A PASS_B --out GOLD.jsonl
    python tools/speaker_gold/basil_quotes.py score GOLD.jsonl [--part tune|held|LABEL|all] [--show]

BASIL (Fox News, The New York Times and HuffPost reporting the same events, 2010-2019) is not where saywho's
speaker rules were written (they were written on PolNeAR), so its quotations test how the speakers carry to
other news. `packet` draws whole triplets at random and writes one packet per article: the text as saywho reads
it (one paragraph per line) with every passage in double quotation marks marked `[[Q<k>: …]]` (found by a plain
pairing of the marks here, not by saywho), and the list of passages. Two annotators answer alone under
GUIDELINES-quotes.md (copied into DIR): is the passage someone's words, and whose. `agree` keeps the passages both
answer alike; the gold holds spans and names only, no text. The first half of the drawn triplets (in draw order)
is the `tune` part, the rest `held`. `score` analyses the articles and, for each agreed passage that is someone's
words, finds the attribution whose content covers most of it (half at least) and compares speakers: right, no
name (saywho names no one: a description, or no speaker), or a wrong name.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import shutil
import sys
import unicodedata
from collections import Counter
from pathlib import Path

DATA = Path("../shared/data/basil")
GUIDELINES = Path(__file__).with_name("GUIDELINES-quotes.md")
PAIRS = (("“", "”"), ('"', '"'))
TITLE = re.compile(r"^(mr|mrs|ms|dr|sen|rep|gov|president|secretary|the)\.?\s+", re.I)
NO_ONE = {"unnamed", "group", "unclear"}


def articles(data: Path) -> dict[str, object]:
    from saywho.eval.basil_data import load

    return {article.stem: article for article in load(data)}


def passages(text: str) -> list[tuple[int, int]]:
    """Character spans of the passages in double quotation marks (marks included), paired within a line."""
    found = []
    offset = 0
    for line in text.split("\n"):
        for opening, closing in PAIRS:
            found += [(offset + m.start(), offset + m.end())
                      for m in re.finditer(re.escape(opening) + r"[^\n“”\"]+?" + re.escape(closing), line)]
        offset += len(line) + 1
    return sorted(found)


def draw(stems: list[str], triplets: int, seed: int, exclude: set[str] = frozenset()) -> list[list[str]]:
    """Whole triplets, drawn at random: the articles whose stems share a triplet id, in draw order; none of the
    triplets of the articles in `exclude`."""
    by_triplet: dict[str, list[str]] = {}
    for stem in sorted(stems):
        by_triplet.setdefault(stem.rsplit("_", 1)[0], []).append(stem)
    left = sorted(t for t in by_triplet if t not in {stem.rsplit("_", 1)[0] for stem in exclude})
    chosen = random.Random(seed).sample(left, triplets)
    return [by_triplet[t] for t in chosen]


def packet(args: argparse.Namespace) -> None:
    found = articles(args.data)
    exclude = {json.loads(line)["article"] for path in args.exclude for line in path.open(encoding="utf-8")}
    drawn = draw(list(found), args.triplets, args.seed, exclude)
    args.out.mkdir(parents=True, exist_ok=True)
    items = []
    for number, triplet in enumerate(drawn):
        for stem in triplet:
            text = found[stem].text  # type: ignore[attr-defined]
            spans = passages(text)
            marked, last = [], 0
            for k, (start, end) in enumerate(spans, 1):
                marked += [text[last:start], f"[[Q{k}: {text[start:end]}]]"]
                last = end
            listing = "\n".join(f"Q{k}\t{start}-{end}\t{text[start:end]}" for k, (start, end) in enumerate(spans, 1))
            (args.out / f"{stem}.txt").write_text(
                "".join([*marked, text[last:]]) + "\n\n=== QUOTATIONS TO ANNOTATE ===\n" + listing + "\n",
                encoding="utf-8")
            part = args.label or ("tune" if number < len(drawn) / 2 else "held")
            items += [{"article": stem, "q": f"Q{k}", "span": list(span), "part": part}
                      for k, span in enumerate(spans, 1)]
    (args.out / "items.jsonl").write_text("".join(json.dumps(i) + "\n" for i in items), encoding="utf-8")
    shutil.copy(GUIDELINES, args.out / "GUIDELINES.md")
    print(f"{sum(len(t) for t in drawn)} articles of {len(drawn)} triplets, {len(items)} passages: {args.out}")


def norm(name: str) -> str:
    name = unicodedata.normalize("NFKC", name).replace("’", "'").casefold().strip()
    name = re.sub(r"[^\w' -]", " ", name)
    while TITLE.match(name):
        name = TITLE.sub("", name)
    return " ".join(name.split())


def same_referent(a: str, b: str) -> bool:
    a, b = norm(a), norm(b)
    if a == b:
        return True
    ta, tb = a.split(), b.split()
    if not ta or not tb or a in NO_ONE or b in NO_ONE:
        return False
    # one name inside the other, ending alike: "Hillary Clinton" / "Hillary Rodham Clinton", "Trump" / "Donald
    # Trump", "Cowan" / "William Mo Cowan", "Historian Alan Brinkley" / "Alan Brinkley" (a role word kept in the
    # name is the right person, badly written); "Donald Trump Jr." is not "Donald Trump"
    small, big = sorted((ta, tb), key=len)
    return small[-1] == big[-1] and set(small) <= set(big)


def agree(args: argparse.Namespace) -> None:
    items = [json.loads(line) for line in (args.dir / "items.jsonl").open(encoding="utf-8")]
    answers = [_answers(folder) for folder in (args.pass_a, args.pass_b)]
    stats: Counter[str] = Counter()
    with args.out.open("w", encoding="utf-8") as sink:
        for item in items:
            a, b = (found.get(item["article"], {}).get(item["q"]) for found in answers)
            stats["items"] += 1
            if not a or not b:
                stats["unanswered"] += 1
                continue
            if bool(a.get("speech")) != bool(b.get("speech")):
                stats["speech differs"] += 1
                continue
            if a.get("speech") and not same_referent(a.get("speaker", ""), b.get("speaker", "")):
                stats["speaker differs"] += 1
                continue
            if a.get("speech") and norm(a["speaker"]) == "unclear":
                stats["unclear"] += 1
                continue
            speaker = max((a.get("speaker", ""), b.get("speaker", "")), key=len) if a.get("speech") else None
            sink.write(json.dumps({**item, "speech": bool(a.get("speech")), "speaker": speaker},
                                  ensure_ascii=False) + "\n")
            stats["kept"] += 1
    print(json.dumps(stats))


def _answers(folder: Path) -> dict[str, dict]:
    return {path.stem: json.loads(path.read_text(encoding="utf-8")) for path in folder.glob("*.json")}


def score(args: argparse.Namespace) -> None:
    import saywho

    gold = [json.loads(line) for line in args.gold.open(encoding="utf-8")]
    gold = [g for g in gold if g["speech"] and args.part in ("all", g["part"])]
    found = articles(args.data)
    tally: Counter[str] = Counter()
    for stem in sorted({g["article"] for g in gold}):
        article = found[stem]
        analysis = saywho.analyze(saywho.Article(text=article.text, date=article.date, outlet=article.outlet,  # type: ignore[attr-defined]
                                                 title=article.title, origin=stem))  # type: ignore[attr-defined]
        for item in (g for g in gold if g["article"] == stem):
            verdict, said = _verdict(item, analysis)
            tally[verdict] += 1
            if args.show and verdict != "right":
                start, end = item["span"]
                print(f"{verdict:10} {stem} {item['q']}: gold {item['speaker']!r}, saywho {said!r}: "
                      f"{analysis.article.text[start:end][:80]}")
    total = sum(tally.values())
    right_or_none = tally["right"] + tally["no name"]
    print(f"{args.part}: {total} quotations; found {total - tally['missed']}; speaker right {tally['right']}, "
          f"no name {tally['no name']}, wrong name {tally['wrong name']}; right or no name "
          f"{right_or_none}/{total - tally['missed']} ({right_or_none / max(1, total - tally['missed']):.1%})")


def _verdict(item: dict, analysis) -> tuple[str, str | None]:
    start, end = item["span"]
    best, cover = None, (0, False)
    for attribution in analysis.attributions:
        # "“…,” he said, according to the Globe": the words are his, the Globe's report holds them
        covered = (attribution.content.covers(start, end), attribution.kind != "according-to")
        if covered > cover:
            best, cover = attribution, covered
    cover = cover[0]
    if best is None or 2 * cover < end - start - 2:  # the marks themselves may stand outside the content
        return "missed", None
    speaker = best.speaker
    name = speaker.name if speaker is not None and speaker.named else None
    if name is None:
        return ("right" if norm(item["speaker"]) in NO_ONE else "no name"), speaker.name if speaker else None
    return ("right" if same_referent(name, item["speaker"]) else "wrong name"), name


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DATA)
    commands = parser.add_subparsers(dest="command", required=True)
    make = commands.add_parser("packet")
    make.add_argument("--out", type=Path, required=True)
    make.add_argument("--triplets", type=int, default=12)
    make.add_argument("--seed", type=int, default=2312)
    make.add_argument("--exclude", type=Path, action="append", default=[],
                      help="a gold file whose articles' triplets are not drawn (repeatable)")
    make.add_argument("--label", help="the part every drawn passage belongs to (default: first half tune, rest held)")
    keep = commands.add_parser("agree")
    keep.add_argument("dir", type=Path)
    keep.add_argument("pass_a", type=Path)
    keep.add_argument("pass_b", type=Path)
    keep.add_argument("--out", type=Path, required=True)
    judge = commands.add_parser("score")
    judge.add_argument("gold", type=Path)
    judge.add_argument("--part", default="tune", help="tune, held, another label, or all")
    judge.add_argument("--show", action="store_true", help="print each quotation not right")
    args = parser.parse_args()
    {"packet": packet, "agree": agree, "score": score}[args.command](args)


if __name__ == "__main__":
    sys.exit(main())
