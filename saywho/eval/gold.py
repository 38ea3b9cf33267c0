"""Scoring an analysis against a hand-annotated seed-style gold file.

The gold file (``../shared/corpus/seed-article.gold.json``) lists quotations,
each with its kind, exact text, ``char_span``, 1-based ``paragraph`` (the
article's non-empty lines), ``speaker`` (the fullest name the article uses),
``speaker_mention`` and ``cue``.

A quotation is *found* when one predicted attribution's content covers at
least half of its characters inside the quotation's own paragraph; the
speaker is then *right* when the predicted speaker's name equals the gold
speaker, ignoring case and a leading "the ". Predicted attributions that
cover no character of any gold quotation are *extras*.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

from saywho.document import Analysis, Attribution

DEFAULT_GOLD = Path("../shared/corpus/seed-article.gold.json")  # relative to the working directory


def load_gold(gold_path: str | Path = DEFAULT_GOLD) -> dict[str, Any]:
    return json.loads(Path(gold_path).read_text(encoding="utf-8"))


def quote_location(quote: dict[str, Any], analysis: Analysis) -> tuple[int, int] | None:
    """Where the quotation is in the analysed text, checked against its paragraph.

    The gold's char_span is trusted when the text there is the quotation;
    otherwise (the analysed text was normalised) the quotation is searched for
    inside its paragraph. None when it cannot be found there.
    """
    text = analysis.article.text
    start, end = quote["char_span"]
    index = quote["paragraph"] - 1
    if not 0 <= index < len(analysis.paragraphs):
        return None
    para_start, para_end = analysis.paragraphs[index]
    if text[start:end] == quote["text"] and para_start <= start and end <= para_end:
        return start, end
    found = text.find(quote["text"], para_start, para_end)
    return (found, found + len(quote["text"])) if found >= 0 else None


def match_quote(quote: dict[str, Any], analysis: Analysis) -> Attribution | None:
    """The predicted attribution whose content covers most of the quotation, if it covers at least half."""
    location = quote_location(quote, analysis)
    if location is None:
        return None
    start, end = location
    best, best_cover = None, 0
    for attribution in analysis.attributions:
        cover = attribution.content.covers(start, end)
        if cover > best_cover:
            best, best_cover = attribution, cover
    return best if best is not None and 2 * best_cover >= end - start else None


def normalise_name(name: str | None) -> str:
    name = re.sub(r"\s+", " ", (name or "").replace("’", "'")).strip().casefold()
    return name.removeprefix("the ")


def same_speaker(gold_speaker: str | None, predicted: Attribution) -> bool:
    predicted_name = predicted.speaker.name if predicted.speaker else None
    return bool(predicted_name) and normalise_name(predicted_name) == normalise_name(gold_speaker)


def score_gold(gold_path: str | Path, analysis: Analysis) -> dict[str, Any]:
    gold = load_gold(gold_path)
    quotes = [_score_quote(quote, analysis) for quote in gold["quotes"]]
    found = [q for q in quotes if q["found"]]
    extras = [a for a in analysis.attributions if not _covers_any(a, gold["quotes"], analysis)]
    return {
        "document": gold.get("document"),
        "quotes": len(quotes),
        "found": len(found),
        "missed": len(quotes) - len(found),
        "speaker_right": sum(q["speaker_right"] for q in found),
        "speaker_wrong": sum(not q["speaker_right"] for q in found),
        "extras": len(extras),
        "by_kind": _by_kind(quotes),
        "per_quote": quotes,
        "extra_attributions": [{"id": a.id, "paragraph": a.paragraph + 1, "content": a.content.text} for a in extras],
    }


def _score_quote(quote: dict[str, Any], analysis: Analysis) -> dict[str, Any]:
    match = match_quote(quote, analysis)
    return {
        "id": quote["id"],
        "kind": quote["kind"],
        "paragraph": quote["paragraph"],
        "text": quote["text"],
        "gold_speaker": quote["speaker"],
        "found": match is not None,
        "attribution": match.id if match else None,
        "predicted_speaker": match.speaker.name if match and match.speaker else None,
        "speaker_right": match is not None and same_speaker(quote["speaker"], match),
    }


def _covers_any(attribution: Attribution, quotes: list[dict[str, Any]], analysis: Analysis) -> bool:
    for quote in quotes:
        location = quote_location(quote, analysis)
        if location and attribution.content.covers(*location) > 0:
            return True
    return False


def _by_kind(quotes: list[dict[str, Any]]) -> dict[str, dict[str, int]]:
    kinds: dict[str, dict[str, int]] = {}
    for quote in quotes:
        row = kinds.setdefault(quote["kind"], {"quotes": 0, "found": 0, "speaker_right": 0})
        row["quotes"] += 1
        row["found"] += quote["found"]
        row["speaker_right"] += quote["speaker_right"]
    return kinds


def format_gold_report(report: dict[str, Any]) -> str:
    total = report["quotes"] or 1
    lines = [
        (
            f"{report.get('document') or 'gold'}: {report['found']}/{report['quotes']} quotations found "
            f"({report['found'] / total:.0%}), speaker right for {report['speaker_right']}, "
            f"wrong for {report['speaker_wrong']}; {report['extras']} extra attributions"
        ),
        "by kind: " + ", ".join(
            f"{kind} {row['found']}/{row['quotes']} found, {row['speaker_right']} right speaker"
            for kind, row in sorted(report["by_kind"].items())
        ),
        "ok = found, speaker right; spk = found, speaker wrong; -- = missed; + = extra",
    ]
    for quote in report["per_quote"]:
        mark = "ok " if quote["speaker_right"] else "spk" if quote["found"] else "-- "
        said = f" -> {quote['predicted_speaker']!s}" if quote["found"] else ""
        lines.append(
            f"{mark} #{quote['id']:<3} p{quote['paragraph']:<3} {quote['kind']:<9} "
            f"{quote['gold_speaker']}{said}: {_short(quote['text'])}"
        )
    for extra in report["extra_attributions"]:
        lines.append(f"+   extra     p{extra['paragraph']:<3} {_short(extra['content'])}")
    return "\n".join(lines)


def _short(text: str, limit: int = 70) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"
