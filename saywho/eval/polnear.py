"""Running saywho over a PolNeAR split, scoring it and presenting the report.

The gold data is read by saywho.eval.polnear_gold; the measures (exact,
overlap, attribution) are defined in saywho.eval.polnear_scoring.
"""

from __future__ import annotations

import json
import textwrap
import time
from collections.abc import Callable
from itertools import zip_longest
from pathlib import Path
from typing import Any

from saywho.eval.polnear_gold import DEFAULT_DATA, ROLES, AttributionSpans, GoldArticle, load_split
from saywho.eval.polnear_scoring import (
    JACCARD_THRESHOLD,
    MEASURES,
    ArticleScore,
    add_up,
    characters,
    greedy_pairs,
    jaccard,
    normalise,
    score_article,
)

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


def _position(attribution: AttributionSpans | None) -> int:
    if attribution is None:  # never: each row has a gold or a predicted attribution
        return 0
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


def format_comparison(reports: list[dict[str, Any]]) -> str:
    """Several span modes' reports on one split, a row each: exact F1 per role and the attribution's P / R / F1."""
    lines = [f"PolNeAR {reports[0]['split']}, side by side (exact F1; attribution: source and content overlap)",
             f"{'spans by':<10} {'source':>7} {'cue':>7} {'content':>7}   {'attribution P / R / F1':<24}"
             f" {'predicted':>9} {'articles/s':>10}"]
    for report in reports:
        scores = report["scores"]
        whole = scores["attribution"]
        lines.append(
            f"{report.get('spans') or '?':<10} {scores['source.exact']['f1']:>7.3f} {scores['cue.exact']['f1']:>7.3f}"
            f" {scores['content.exact']['f1']:>7.3f}   "
            f"{whole['precision']:.3f} / {whole['recall']:.3f} / {whole['f1']:.3f}{'':<3}"
            f" {whole['predicted']:>9} {report.get('articles_per_second') or '':>10}"
        )
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
