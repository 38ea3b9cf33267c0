"""Scoring speaker resolution against the hand-made referent gold for PolNeAR.

The gold (``saywho/eval/speaker_gold/<split>.jsonl``, made as its README says)
gives, for each source that PolNeAR's first annotator marked, how the mention
refers (``name``, ``pronoun``, ``description`` or ``other``) and its referent:
the fullest name the article uses, or ``unnamed`` (one speaker the article
never names) or ``group`` (several, or a collective with no name of its own).

A gold source is *found* when a predicted attribution's source shares a
character with it (the one sharing most). Its speaker is then:

* *right* when the gold referent is a name and the predicted speaker is named
  with that name (or a shorter form of it that no other referent of the article
  shares: "Clinton" is right for Hillary Rodham Clinton only where no other
  Clinton speaks; see `names_agree`), or when the gold referent is ``unnamed``/``group`` and the
  predicted speaker is not named;
* a *wrong name* when the predicted speaker is named and not right;
* otherwise *unresolved*: left as the article describes it although the
  article names the referent. Not wrong, but not what a reader wants either.

The wrong-name rate is wrong names over found sources given a name: of the
names saywho shows, the share that is another person.
"""

from __future__ import annotations

import json
import re
import time
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from saywho.document import Analysis, Attribution
from saywho.eval.polnear import DEFAULT_DATA, GoldArticle, load_split, saywho_article

GOLD_FOLDER = Path(__file__).parent / "speaker_gold"
MENTION_KINDS = ("name", "pronoun", "description", "other")
NO_NAME = frozenset({"unnamed", "group"})
RIGHT, WRONG_NAME, UNRESOLVED, MISSED = "right", "wrong name", "unresolved", "missed"
_SMALL_WORDS = frozenset({"of", "to", "for", "and", "the", "on", "in"})
_DOTTED_ACRONYM = re.compile(r"\b(?:\w\.){2,}")  # "S.E.C." compares as "SEC"
_SUFFIX = re.compile(r"(?: jr| sr| ii| iii)$")
_TITLE = re.compile(r"^(?:the|mr|mrs|ms|dr|sen|rep|gov|president|secretary)\.?\s+")


@dataclass(frozen=True)
class GoldSource:
    article: str
    spans: tuple[tuple[int, int], ...]
    kind: str
    referent: str

    @property
    def named(self) -> bool:
        return self.referent not in NO_NAME


@dataclass
class Judgement:
    gold: GoldSource
    outcome: str
    predicted: str | None = None  # the speaker's name as saywho gives it
    resolved_by: str | None = None


@dataclass
class KindTally:
    found: int = 0
    right: int = 0
    named: int = 0  # found sources that saywho gave a name
    wrong_names: int = 0
    total: int = 0

    def add(self, judgement: Judgement) -> None:
        self.total += 1
        if judgement.outcome == MISSED:
            return
        self.found += 1
        self.right += judgement.outcome == RIGHT
        self.named += judgement.predicted is not None
        self.wrong_names += judgement.outcome == WRONG_NAME

    def as_dict(self) -> dict[str, float | int]:
        return {
            "gold": self.total,
            "found": self.found,
            "right": self.right,
            "accuracy": round(self.right / self.found, 3) if self.found else 0.0,
            "named": self.named,
            "wrong_names": self.wrong_names,
            "wrong_name_rate": round(self.wrong_names / self.named, 3) if self.named else 0.0,
        }


@dataclass
class Scores:
    by_kind: dict[str, KindTally] = field(default_factory=lambda: {kind: KindTally() for kind in MENTION_KINDS})
    overall: KindTally = field(default_factory=KindTally)

    def add(self, judgement: Judgement) -> None:
        self.by_kind.setdefault(judgement.gold.kind, KindTally()).add(judgement)
        self.overall.add(judgement)


def load_gold(split: str, folder: Path = GOLD_FOLDER) -> dict[str, list[GoldSource]]:
    """The gold sources of a split, by article stem."""
    path = folder / f"{split}.jsonl"
    by_article: dict[str, list[GoldSource]] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        spans = tuple((int(s), int(e)) for s, e in record["source"])
        source = GoldSource(record["article"], spans, record["kind"], record["referent"])
        by_article.setdefault(source.article, []).append(source)
    return by_article


def name_key(name: str) -> str:
    """A name compared without case, curly apostrophes, punctuation, titles or a leading "the"."""
    key = unicodedata.normalize("NFKC", name).replace("’", "'").casefold()
    key = _DOTTED_ACRONYM.sub(lambda m: m.group(0).replace(".", ""), key)
    key = " ".join(re.sub(r"[^\w' -]", " ", key).split())
    while _TITLE.match(key):
        key = _TITLE.sub("", key, count=1)
    return _SUFFIX.sub("", key)


def names_agree(predicted: str, referent: str) -> bool:
    """One name is the other or a form of it: the same last word, every word of the shorter in the longer.

    "Clinton" and "Hillary Rodham Clinton" agree; so do "Crooked Hillary Clinton" and "Hillary Clinton"
    (the right person, under a name taken from a nickname); "Bill Clinton" and "Hillary Clinton" do not.
    """
    short, full = sorted((name_key(predicted).split(), name_key(referent).split()), key=len)
    if not short:
        return False
    if len(short) == 1 and len(full) > 1 and short[0] == _initials(full):
        return True  # "AROS" for the Alliance to Reclaim Our Schools
    return short == full or (short[-1] == full[-1] and set(short) <= set(full))


def _same_name(predicted: str, referent: str) -> bool:
    """The very name, suffix and all: "Charles Elliott III" is not his father "Charles Elliott Jr."."""
    def key(name: str) -> str:
        return " ".join(re.sub(r"[^\w' -]", " ", unicodedata.normalize("NFKC", name).casefold()).split())
    return key(predicted) == key(referent)


def _initials(words: list[str]) -> str:
    return "".join(word[0] for word in words if word not in _SMALL_WORDS)


def judge(gold: GoldSource, attribution: Attribution | None, referents: Iterable[str], mention: str = "") -> Judgement:
    """`mention` is the gold source's own text: a group named by it ("Republicans") is described, not named."""
    if attribution is None:
        return Judgement(gold, MISSED)
    speaker = attribution.speaker
    if speaker is None or not speaker.named:
        outcome = UNRESOLVED if gold.named else RIGHT
        return Judgement(gold, outcome, None, speaker.resolved_by if speaker else None)
    if not gold.named and name_key(speaker.name) == name_key(mention):
        return Judgement(gold, RIGHT, None, speaker.resolved_by)  # "Republicans" kept as the article says it
    agreeing = {r for r in referents if r not in NO_NAME and names_agree(speaker.name, r)}
    right = gold.named and gold.referent in agreeing and len(agreeing) == 1
    right = right or (gold.named and _same_name(speaker.name, gold.referent))
    return Judgement(gold, RIGHT if right else WRONG_NAME, speaker.name, speaker.resolved_by)


def matching_attribution(gold: GoldSource, attributions: list[Attribution]) -> Attribution | None:
    """The predicted attribution whose source shares most characters with the gold source."""
    best, best_cover = None, 0
    for attribution in attributions:
        if attribution.source is None:
            continue
        cover = sum(attribution.source.covers(s, e) for s, e in gold.spans)
        if cover > best_cover:
            best, best_cover = attribution, cover
    return best


def judge_article(analysis: Analysis, gold: list[GoldSource]) -> list[Judgement]:
    referents = {source.referent for source in gold}
    text = analysis.article.text
    return [
        judge(source, matching_attribution(source, analysis.attributions), referents,
              " ".join(text[s:e] for s, e in source.spans))
        for source in gold
    ]


def evaluate(
    split: str = "dev",
    data: str | Path = DEFAULT_DATA,
    errors: int = 0,
    progress: Callable[[int, int], None] | None = None,
    gold_folder: Path = GOLD_FOLDER,
) -> dict[str, Any]:
    """Run saywho over the articles of a split that have gold, and score their speakers."""
    import saywho

    gold = load_gold(split, gold_folder)
    articles = [article for article in load_split(split, data) if article.stem in gold]
    started = time.perf_counter()
    scores, judged = Scores(), []
    analyses = saywho.analyze_many([saywho_article(article) for article in articles])
    for count, (article, analysis) in enumerate(zip(articles, analyses), 1):
        for judgement in judge_article(analysis, gold[article.stem]):
            scores.add(judgement)
            judged.append((article, judgement))
        if progress:
            progress(count, len(articles))
    return {
        "split": split,
        "articles": len(articles),
        "scores": {kind: tally.as_dict() for kind, tally in scores.by_kind.items()},
        "overall": scores.overall.as_dict(),
        "errors": [_error_case(article, j) for article, j in _worst(judged)[:errors]],
        "seconds": round(time.perf_counter() - started, 2),
    }


def _worst(judged: list[tuple[GoldArticle, Judgement]]) -> list[tuple[GoldArticle, Judgement]]:
    """Wrong names first (the errors that mislead), then unresolved names, in text order."""
    order = {WRONG_NAME: 0, UNRESOLVED: 1, MISSED: 2}
    bad = [(a, j) for a, j in judged if j.outcome in order]
    return sorted(bad, key=lambda item: (order[item[1].outcome], item[0].stem, item[1].gold.spans))


def _error_case(article: GoldArticle, judgement: Judgement) -> dict[str, Any]:
    start, end = judgement.gold.spans[0][0], judgement.gold.spans[-1][1]
    line_start = article.text.rfind("\n", 0, start) + 1
    line_end = article.text.find("\n", end)
    paragraph = article.text[line_start : line_end if line_end >= 0 else len(article.text)]
    return {
        "article": article.stem,
        "outcome": judgement.outcome,
        "mention": " … ".join(article.text[s:e] for s, e in judgement.gold.spans),
        "kind": judgement.gold.kind,
        "gold": judgement.gold.referent,
        "saywho": judgement.predicted,
        "resolved_by": judgement.resolved_by,
        "context": paragraph.strip(),
    }


def format_report(report: dict[str, Any]) -> str:
    lines = [
        f"Speaker resolution, PolNeAR {report['split']} ({report['articles']} articles with referent gold)",
        "",
        f"{'mention':<12} {'gold':>5} {'found':>6} {'right':>6} {'accuracy':>9} {'named':>6} {'wrong':>6} {'wrong-name rate':>16}",
    ]
    rows = list(report["scores"].items()) + [("all", report["overall"])]
    for kind, row in rows:
        lines.append(
            f"{kind:<12} {row['gold']:>5} {row['found']:>6} {row['right']:>6} {row['accuracy']:>9.3f} "
            f"{row['named']:>6} {row['wrong_names']:>6} {row['wrong_name_rate']:>16.3f}"
        )
    lines += ["", "accuracy: right among found; wrong-name rate: wrong names among found sources given a name"]
    return "\n".join(lines)


def format_errors(report: dict[str, Any]) -> str:
    blocks = []
    for case in report["errors"]:
        shown = case["saywho"] or "(no name)"
        blocks.append(
            f"[{case['outcome']}] {case['article']}\n"
            f"  mention {case['mention']!r} ({case['kind']}): gold {case['gold']!r}, saywho {shown!r}"
            f" via {case['resolved_by'] or '-'}\n  {case['context']}"
        )
    return "\n\n".join(blocks)
