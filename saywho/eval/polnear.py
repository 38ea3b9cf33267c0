"""Scoring saywho against PolNeAR's source, cue and content spans.

PolNeAR (Newell, Margolin and Ruths, LREC 2018) annotates attributions in brat
standoff: text-bound annotations (``T``) give character spans, event lines
(``E``) tie a Source, a Cue and a Content into one attribution.

Three measures, micro-averaged over all articles of a split:

* exact, per role: the role's whole span set matches when the two sets are
  equal after trimming whitespace at the ends of each span (spans that touch
  or are separated only by whitespace are merged first, so "a; b" split at a
  space equals "a b");
* overlap, per role: character Jaccard >= 0.5 between the two segments'
  non-whitespace characters;
* attribution: a prediction matches a gold attribution when both the content
  and the source overlap-match; a gold attribution without a source matches
  only a prediction without one (PolNeAR leaves passives like "it is said"
  sourceless on purpose, so inventing a source there is an error).

Every measure pairs gold and predicted items one-to-one, greedily by highest
score. A role is counted once for each attribution that has it, so a source
shared by two attributions counts twice.
"""

from __future__ import annotations

import csv
import json
import textwrap
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from itertools import zip_longest
from pathlib import Path
from typing import Any, Self

from saywho.errors import SaywhoError

ROLES = ("source", "cue", "content")
# Relative on purpose: resolved against the working directory when used, which
# is the repository root for the CLI, the tests and the bench scripts.
DEFAULT_DATA = Path("../shared/data/polnear/data")
JACCARD_THRESHOLD = 0.5

Spans = list[tuple[int, int]]
SpanKey = tuple[tuple[int, int], ...]


class PolnearMissing(SaywhoError, FileNotFoundError):
    """The PolNeAR data is not where it was looked for."""


# -- gold data ---------------------------------------------------------------


@dataclass
class AttributionSpans:
    """One attribution as character spans per role; an empty list means the role is absent."""

    source: Spans = field(default_factory=list)
    cue: Spans = field(default_factory=list)
    content: Spans = field(default_factory=list)

    def role(self, name: str) -> Spans:
        return getattr(self, name)


@dataclass
class GoldArticle:
    stem: str
    text: str
    publisher: str | None
    date: str | None
    title: str | None
    author: str | None = None
    annotator: str | None = None
    attributions: list[AttributionSpans] = field(default_factory=list)


def data_root(data: str | Path = DEFAULT_DATA) -> Path:
    root = Path(data).resolve()
    if not (root / "metadata.tsv").is_file():
        raise PolnearMissing(f"PolNeAR data not found at {root} (expected metadata.tsv and train/, dev/ there)")
    return root


def load_split(split: str = "dev", data: str | Path = DEFAULT_DATA) -> list[GoldArticle]:
    """Every article of a split with its gold attributions, in file-name order."""
    root = data_root(data)
    texts = root / split / "text"
    if not texts.is_dir():
        raise PolnearMissing(f"PolNeAR split {split!r} not found at {texts}")
    metadata = read_metadata(root / "metadata.tsv")
    annotations = first_annotation_files(root / split / "attributions")
    return [
        load_article(path, annotations.get(path.stem), metadata.get(path.stem, {}))
        for path in sorted(texts.glob("*.txt"))
    ]


def read_metadata(path: Path) -> dict[str, dict[str, str | None]]:
    with path.open(encoding="utf-8", newline="") as handle:
        rows = csv.DictReader(handle, delimiter="\t")
        return {row["filename"]: {k: (None if v in ("", "None") else v) for k, v in row.items()} for row in rows}


def first_annotation_files(folder: Path) -> dict[str, Path]:
    """stem -> its first annotator's file: several annotators may have done one article."""
    chosen: dict[str, Path] = {}
    for path in sorted(folder.glob("*.ann")):
        stem = path.stem.rsplit("_", 1)[0]  # <stem>_<annotator>.ann
        chosen.setdefault(stem, path)
    return chosen


def load_article(text_path: Path, ann_path: Path | None, meta: dict[str, str | None]) -> GoldArticle:
    text = _read(text_path)
    attributions = parse_brat(_read(ann_path)) if ann_path else []
    return GoldArticle(
        stem=text_path.stem,
        text=text,
        publisher=meta.get("publisher"),
        date=meta.get("publication_date"),
        title=meta.get("title"),
        author=meta.get("author"),
        annotator=ann_path.stem.rsplit("_", 1)[1] if ann_path else None,
        attributions=attributions,
    )


def _read(path: Path) -> str:
    # newline="" keeps "\r\n" as two characters, as brat's offsets count them.
    with path.open(encoding="utf-8", newline="") as handle:
        return handle.read()


def parse_brat(ann: str) -> list[AttributionSpans]:
    """The attributions of one brat standoff file, roles grouped by its E lines."""
    spans_by_id: dict[str, Spans] = {}
    events: list[str] = []
    for line in ann.splitlines():
        ident, _, rest = line.partition("\t")
        body = rest.split("\t", 1)[0]
        if ident.startswith("T"):
            spans = _offsets(body)
            if spans:
                spans_by_id[ident] = spans
        elif ident.startswith("E"):
            events.append(body)
    parsed = (_event(body, spans_by_id) for body in events)
    return [attribution for attribution in parsed if attribution is not None]


def _offsets(body: str) -> Spans | None:
    """'Content 2103 2168;2170 2425' -> [(2103, 2168), (2170, 2425)]."""
    _, _, offsets = body.partition(" ")
    try:
        return [(int(start), int(end)) for start, end in (piece.split() for piece in offsets.split(";"))]
    except ValueError:  # a stray line of a multi-line annotation text
        return None


def _event(body: str, spans_by_id: dict[str, Spans]) -> AttributionSpans | None:
    """'Attribution:T4 Content:T3 Cue:T2 Source:T1' -> AttributionSpans.

    brat numbers a repeated argument (Content2, Source2) and a hand-edited file
    may simply repeat the name; either way the spans are merged into the role.
    An event with no role at all is a left-over trigger and is dropped.
    """
    roles: dict[str, set[tuple[int, int]]] = {role: set() for role in ROLES}
    for argument in body.split():
        name, _, ref = argument.partition(":")
        role = name.rstrip("0123456789").lower()
        if role in roles and ref in spans_by_id:
            roles[role].update(spans_by_id[ref])
    if not any(roles.values()):
        return None
    return AttributionSpans(**{role: sorted(spans) for role, spans in roles.items()})


# -- comparing spans -----------------------------------------------------------


def normalise(spans: Iterable[tuple[int, int]], text: str) -> SpanKey:
    """Spans trimmed of whitespace at both ends, empties dropped, touching spans merged."""
    merged: list[list[int]] = []
    for start, end in sorted(_trim(s, e, text) for s, e in spans):
        if end <= start:
            continue
        if merged and not text[merged[-1][1]:start].strip():
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    return tuple((start, end) for start, end in merged)


def _trim(start: int, end: int, text: str) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def characters(spans: SpanKey, text: str) -> frozenset[int]:
    """Offsets of the non-whitespace characters: spacing inside a span should not sway Jaccard."""
    return frozenset(i for start, end in spans for i in range(start, end) if not text[i].isspace())


def jaccard(a: frozenset[int], b: frozenset[int]) -> float:
    union = len(a | b)
    return len(a & b) / union if union else 0.0


def greedy_pairs(scores: dict[tuple[int, int], float]) -> list[tuple[int, int]]:
    """One-to-one (gold, predicted) pairs, taking the highest score first."""
    pairs, used_gold, used_predicted = [], set(), set()
    for (g, p), _ in sorted(scores.items(), key=lambda item: (-item[1], item[0])):
        if g not in used_gold and p not in used_predicted:
            pairs.append((g, p))
            used_gold.add(g)
            used_predicted.add(p)
    return pairs


# -- scoring -----------------------------------------------------------------


@dataclass
class Tally:
    matched: int = 0
    predicted: int = 0
    gold: int = 0

    def __iadd__(self, other: Tally) -> Self:
        self.matched += other.matched
        self.predicted += other.predicted
        self.gold += other.gold
        return self

    @property
    def precision(self) -> float:
        return self.matched / self.predicted if self.predicted else 0.0

    @property
    def recall(self) -> float:
        return self.matched / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        total = self.predicted + self.gold
        return 2 * self.matched / total if total else 0.0

    def as_dict(self) -> dict[str, float | int]:
        return {
            "matched": self.matched, "predicted": self.predicted, "gold": self.gold,
            "precision": round(self.precision, 4), "recall": round(self.recall, 4), "f1": round(self.f1, 4),
        }


MEASURES = tuple(f"{role}.{how}" for role in ROLES for how in ("exact", "overlap")) + ("attribution",)


@dataclass
class ArticleScore:
    tallies: dict[str, Tally]
    pairs: list[tuple[int, int]]  # matched (gold, predicted) attributions


@dataclass
class _Normalised:
    """An attribution's roles as span keys and character sets, computed once per article."""

    keys: dict[str, SpanKey]
    chars: dict[str, frozenset[int]]


def _normalised(attribution: AttributionSpans, text: str) -> _Normalised:
    keys = {role: normalise(attribution.role(role), text) for role in ROLES}
    return _Normalised(keys, {role: characters(key, text) for role, key in keys.items()})


def score_article(text: str, gold: list[AttributionSpans], predicted: list[AttributionSpans]) -> ArticleScore:
    gold_n = [_normalised(a, text) for a in gold]
    predicted_n = [_normalised(a, text) for a in predicted]
    tallies = {}
    for role in ROLES:
        gold_role = [(i, a) for i, a in enumerate(gold_n) if a.keys[role]]
        predicted_role = [(j, a) for j, a in enumerate(predicted_n) if a.keys[role]]
        exact = {(i, j): 1.0 for i, g in gold_role for j, p in predicted_role if g.keys[role] == p.keys[role]}
        overlap = _overlaps(gold_role, predicted_role, role)
        tallies[f"{role}.exact"] = Tally(len(greedy_pairs(exact)), len(predicted_role), len(gold_role))
        tallies[f"{role}.overlap"] = Tally(len(greedy_pairs(overlap)), len(predicted_role), len(gold_role))
    pairs = greedy_pairs(_attribution_scores(gold_n, predicted_n))
    tallies["attribution"] = Tally(len(pairs), len(predicted), len(gold))
    return ArticleScore(tallies, pairs)


def _overlaps(gold: list[tuple[int, _Normalised]], predicted: list[tuple[int, _Normalised]], role: str):
    scores = {}
    for i, g in gold:
        for j, p in predicted:
            score = jaccard(g.chars[role], p.chars[role])
            if score >= JACCARD_THRESHOLD:
                scores[(i, j)] = score
    return scores


def _attribution_scores(gold: list[_Normalised], predicted: list[_Normalised]) -> dict[tuple[int, int], float]:
    scores = {}
    for i, g in enumerate(gold):
        for j, p in enumerate(predicted):
            content, source = _agreement(g, p, "content"), _agreement(g, p, "source")
            if content >= JACCARD_THRESHOLD and source >= JACCARD_THRESHOLD:
                scores[(i, j)] = content + source
    return scores


def _agreement(gold: _Normalised, predicted: _Normalised, role: str) -> float:
    if not gold.chars[role] and not predicted.chars[role]:
        return 1.0  # both lack the role (a sourceless passive): they agree
    return jaccard(gold.chars[role], predicted.chars[role])


def add_up(scores: Iterable[ArticleScore]) -> dict[str, Tally]:
    totals = {measure: Tally() for measure in MEASURES}
    for score in scores:
        for measure, tally in score.tallies.items():
            totals[measure] += tally
    return totals


# -- running saywho over a split -----------------------------------------------


def spans_of(attribution: Any) -> AttributionSpans:
    """A saywho `Attribution` as spans per role."""
    return AttributionSpans(
        **{role: list(getattr(attribution, role).spans) if getattr(attribution, role) else [] for role in ROLES}
    )


def saywho_article(gold: GoldArticle):
    import saywho

    return saywho.Article(
        text=gold.text, date=gold.date, outlet=gold.publisher, title=gold.title, author=gold.author, origin=gold.stem
    )


def evaluate(
    split: str = "dev",
    data: str | Path = DEFAULT_DATA,
    out: str | Path | None = None,
    errors: int = 0,
    progress: Callable[[int, int], None] | None = None,
    spans: str | None = None,
) -> dict[str, Any]:
    """Run saywho over a split and score it; keep side-by-side details of the `errors` worst articles.

    `spans`: who draws the spans ("rules", "combined" or "model"; saywho.spans.span_mode)."""
    import saywho
    from saywho.spans import span_mode

    articles = load_split(split, data)
    if out is not None:
        Path(out).mkdir(parents=True, exist_ok=True)
    started = time.perf_counter()
    results, moved = [], []
    spans = span_mode(spans)
    analyses = saywho.analyze_many([saywho_article(gold) for gold in articles], spans=spans)
    for count, (gold, analysis) in enumerate(zip(articles, analyses), 1):
        if analysis.article.text != gold.text:
            moved.append(gold.stem)  # offsets no longer line up with the gold
        predicted = [spans_of(a) for a in analysis.attributions]
        results.append((gold, predicted, score_article(gold.text, gold.attributions, predicted)))
        if out is not None:
            (Path(out) / f"{gold.stem}.json").write_text(json.dumps(analysis.to_dict(), ensure_ascii=False, indent=1))
        if progress:
            progress(count, len(articles))
    report = build_report(split, results, errors)
    report.update(seconds=round(time.perf_counter() - started, 2), text_changed=moved, spans=spans)
    report["articles_per_second"] = round(len(articles) / report["seconds"], 2) if report["seconds"] else None
    return report


def build_report(
    split: str, results: list[tuple[GoldArticle, list[AttributionSpans], ArticleScore]], errors: int = 0
) -> dict[str, Any]:
    totals = add_up(score for _, _, score in results)
    per_article = [_article_summary(gold, predicted, score) for gold, predicted, score in results]
    worst = sorted(range(len(results)), key=lambda k: (-per_article[k]["misses"], per_article[k]["stem"]))
    return {
        "split": split,
        "articles": len(results),
        "scores": {measure: tally.as_dict() for measure, tally in totals.items()},
        "per_article": per_article,
        "details": [_details(*results[k]) for k in worst[:errors]],
        "criteria": {"jaccard_threshold": JACCARD_THRESHOLD, "gold_annotator": "first .ann file in name order"},
    }


def _article_summary(gold: GoldArticle, predicted: list[AttributionSpans], score: ArticleScore) -> dict[str, Any]:
    matched = len(score.pairs)
    missed, extra = len(gold.attributions) - matched, len(predicted) - matched
    return {"stem": gold.stem, "gold": len(gold.attributions), "predicted": len(predicted),
            "matched": matched, "missed": missed, "extra": extra, "misses": missed + extra}


def _details(gold: GoldArticle, predicted: list[AttributionSpans], score: ArticleScore) -> dict[str, Any]:
    """Gold and predicted attributions in reading order, each on one row with its counterpart.

    Leftovers whose contents overlap at all share a row marked "differs", since
    a near miss (right content, wrong source) is the most telling error.
    """
    near = _near_misses(gold, predicted, score.pairs)
    rows = [(g, p, "match") for g, p in score.pairs] + [(g, p, "differs") for g, p in near]
    paired_gold = {g for g, _, _ in rows}
    paired_predicted = {p for _, p, _ in rows}
    rows += [(g, None, "missed") for g in range(len(gold.attributions)) if g not in paired_gold]
    rows += [(None, p, "extra") for p in range(len(predicted)) if p not in paired_predicted]
    resolved = [
        (None if g is None else gold.attributions[g], None if p is None else predicted[p], status)
        for g, p, status in rows
    ]
    resolved.sort(key=lambda row: _position(row[0] or row[1]))
    return {
        **_article_summary(gold, predicted, score),
        "rows": [
            {"status": status, "gold": _role_texts(g, gold.text), "predicted": _role_texts(p, gold.text)}
            for g, p, status in resolved
        ],
    }


def _near_misses(gold: GoldArticle, predicted: list[AttributionSpans], pairs: list[tuple[int, int]]):
    matched_gold, matched_predicted = {g for g, _ in pairs}, {p for _, p in pairs}
    content = {
        i: characters(normalise(a.content, gold.text), gold.text)
        for i, a in enumerate(gold.attributions) if i not in matched_gold
    }
    scores = {}
    for j, attribution in enumerate(predicted):
        if j in matched_predicted:
            continue
        chars = characters(normalise(attribution.content, gold.text), gold.text)
        scores.update({(i, j): jaccard(g, chars) for i, g in content.items() if g & chars})
    return greedy_pairs(scores)


def _position(attribution: AttributionSpans) -> int:
    spans = attribution.content or attribution.cue or attribution.source
    return min(spans)[0] if spans else 0


def _status(gold: AttributionSpans | None, predicted: AttributionSpans | None) -> str:
    return "match" if gold and predicted else "missed" if gold else "extra"


def _role_texts(attribution: AttributionSpans | None, text: str) -> dict[str, str | None] | None:
    if attribution is None:
        return None
    return {
        role: " … ".join(text[s:e] for s, e in sorted(attribution.role(role))) or None for role in ROLES
    }


# -- presenting ----------------------------------------------------------------


def format_report(report: dict[str, Any]) -> str:
    lines = [f"PolNeAR {report['split']}: {report['articles']} articles"]
    if report.get("spans"):
        lines[0] += f", spans by {report['spans']}"
    if report.get("seconds") is not None:
        lines[0] += f", {report['seconds']} s ({report.get('articles_per_second')} articles/s)"
    lines.append(f"{'role':<12} {'match':<8} {'P':>6} {'R':>6} {'F1':>6}   matched/predicted/gold")
    for measure in MEASURES:
        role, _, how = measure.partition(".")
        how = how or "src+cnt"  # the attribution row: source and content both overlap
        row = report["scores"][measure]
        lines.append(
            f"{role:<12} {how:<8} {row['precision']:>6.3f} {row['recall']:>6.3f} {row['f1']:>6.3f}"
            f"   {row['matched']}/{row['predicted']}/{row['gold']}"
        )
    if report.get("text_changed"):
        lines.append(f"warning: the analysed text differs from the gold text in {len(report['text_changed'])} articles")
    return "\n".join(lines)


def format_errors(report: dict[str, Any], n: int = 5, width: int = 60) -> str:
    """The n articles with the most misses (as kept by evaluate(errors=...)), gold beside prediction."""
    blocks = []
    for article in report.get("details", [])[:n]:
        head = (f"== {article['stem']}: {article['missed']} missed, {article['extra']} extra, "
                f"{article['matched']} matched")
        rows = [f"{'GOLD':<{width}} | PREDICTED"]
        for row in article["rows"]:
            rows.append(f"-- {row['status']}")
            rows.extend(_side_by_side(row["gold"], row["predicted"], width))
        blocks.append("\n".join([head, *rows]))
    return "\n\n".join(blocks) if blocks else "(no details kept: pass errors=N to evaluate)"


def _side_by_side(left: dict | None, right: dict | None, width: int) -> list[str]:
    left_lines, right_lines = _role_lines(left, width), _role_lines(right, width)
    return [f"{a:<{width}} | {b}" for a, b in zip_longest(left_lines, right_lines, fillvalue="")]


def _role_lines(texts: dict | None, width: int) -> list[str]:
    if texts is None:
        return ["—"]
    lines = []
    for role in ROLES:
        shown = texts[role] or "(none)"
        shown = shown if len(shown) <= 240 else shown[:237] + "..."
        lines += textwrap.wrap(f"{role}: {shown}", width, subsequent_indent="  ") or [f"{role}:"]
    return lines
