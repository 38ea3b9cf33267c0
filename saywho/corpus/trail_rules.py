"""What a trail leaves out or keeps apart, from an attribution's own article: poll wording, and dates.

Kept apart from saywho/corpus/trails.py (the word comparison) because these rules read
the article around an attribution, or its date, not the words compared.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Any

# A share of people, as a poll reports it: "55 percent", "23%", "55 per cent".
_PERCENTAGE = re.compile(r"\d\s*(?:%|percent\b|per\s+cent\b)", re.IGNORECASE)
_POLL = re.compile(r"\b(?:poll(?:s|ed|sters?)?|survey(?:s|ed)?|respondents|asked)\b", re.IGNORECASE)
_SENTENCE_END = re.compile(r"[.!?][”\"’']?\s+")


def poll_wording(attribution: dict[str, Any], text: str) -> bool:
    """Whether the attribution quotes a poll's wording (an answer option), not anyone's words.

    The signal: words in quotation marks, no named speaker, and the writer's words of its sentence (outside quotation marks)
    give a percentage and speak of a poll, a survey or a question asked ("Some 55 percent of voters
    said she 'cares about people like me,' according to a Quinnipiac poll"). Two polls asking the
    same question are two occasions, not one utterance."""
    if not attribution.get("quoted") or (attribution.get("speaker") or {}).get("named"):
        return False
    start, end = _sentence(attribution, text)
    if start >= end:
        return False
    writers = _outside(text, start, end, attribution.get("quoted") or [])
    return bool(_PERCENTAGE.search(writers) and _POLL.search(writers))


def _sentence(attribution: dict[str, Any], text: str) -> tuple[int, int]:
    """From the start of the sentence holding the attribution's first span to the end of its last one's."""
    spans = [span for role in ("source", "cue", "content") for span in (attribution.get(role) or {}).get("spans", [])]
    if not spans:
        return 0, 0
    first, last = min(s for s, _ in spans), max(e for _, e in spans)
    paragraph_start = text.rfind("\n", 0, first) + 1
    ends = [m.end() for m in _SENTENCE_END.finditer(text, paragraph_start, first)]
    start = ends[-1] if ends else paragraph_start
    paragraph_end = text.find("\n", last)
    paragraph_end = len(text) if paragraph_end < 0 else paragraph_end
    after = _SENTENCE_END.search(text, last, paragraph_end)
    return start, after.start() + 1 if after else paragraph_end


def _outside(text: str, start: int, end: int, quoted: list) -> str:
    """The text from start to end without the quoted spans."""
    pieces, at = [], start
    for s, e in sorted(quoted):
        if e <= start or s >= end:
            continue
        pieces.append(text[at:max(at, s)])
        at = max(at, e)
    pieces.append(text[at:end])
    return " ".join(pieces)


def days_apart(first: str | None, second: str | None) -> int | None:
    """Days between two article dates (ISO, a time may follow), None when either is missing or unreadable."""
    a, b = _day(first), _day(second)
    return None if a is None or b is None else abs((a - b).days)


def _day(value: str | None) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(str(value)[:10])
    except ValueError:
        return None
