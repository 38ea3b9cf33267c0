"""Corrections a fact-checker makes to a speaker or a span, kept apart from the machine's answer.

A correction names its attribution by the article's text hash and the **content spans
the machine gave it** (`target`), not by the attribution's id ("a3"): ids are numbered
in text order and shift when a re-analysis finds one attribution more or less, while
the words an attribution reports stay where they are. The stored analysis is never
changed: it is the machine's answer. The store writes the corrected values into its
quotation rows (so that every query, count and export shows them) and puts them back
from the analysis when a correction is undone.

When a re-analysis (a new store built with newer code, the corrections brought over
with `saywho correct --import`) has no attribution with those content spans, or the
article is not stored, the correction is kept and listed as *orphaned*; it applies again
as soon as an attribution with those spans is stored. Nothing is dropped silently.

This module is the part without a database: what a correction is, how one finds its
attribution, and what it makes of an attribution's values.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any

from saywho.document import joined_text
from saywho.errors import SaywhoError

# What can be corrected, and how the trail names it.
FIELDS = {
    "speaker": "speaker name",
    "speaker_id": "speaker entity",
    "not_a_quote": "not a quotation",
    "source": "source span",
    "cue": "cue span",
    "content": "content span",
}
SPAN_FIELDS = ("source", "cue", "content")


class CorrectionError(SaywhoError, ValueError):
    """A correction that cannot be made: unknown article or attribution, bad span, nothing to change."""


@dataclass
class Correction:
    id: int
    article_hash: str
    target: list[list[int]]  # the machine's content spans: the attribution's identity
    attribution: str | None  # its id in the analysis the correction was made on
    field: str  # a key of FIELDS
    value: Any  # a name, a speaker id, True, or {"spans", "text"}
    old: Any  # the machine's value, in the same form
    made_by: str | None
    note: str | None
    made_at: str
    undone_at: str | None = None
    article_id: int | None = None  # where its article is stored, if it is
    found: str | None = None  # the attribution's id in the stored analysis; None: orphaned

    @property
    def active(self) -> bool:
        return self.undone_at is None

    @property
    def orphaned(self) -> bool:
        return self.active and self.found is None

    @property
    def status(self) -> str:
        return "undone" if not self.active else "orphaned" if self.found is None else "applied"

    def to_dict(self) -> dict[str, Any]:
        return {**asdict(self), "status": self.status, "what": FIELDS[self.field]}


def find_attribution(data: dict[str, Any], target: list[list[int]]) -> dict[str, Any] | None:
    """The attribution of an analysis (dict form) whose content spans are `target`."""
    wanted = [list(span) for span in target]
    for attribution in data.get("attributions", []):
        if [list(span) for span in (attribution.get("content") or {}).get("spans", [])] == wanted:
            return attribution
    return None


def attribution_by_id(data: dict[str, Any], attribution_id: str) -> dict[str, Any] | None:
    return next((a for a in data.get("attributions", []) if a.get("id") == attribution_id), None)


def parse_spans(text: str, length: int) -> list[list[int]]:
    """'START:END[,START:END…]' as spans within an article of `length` characters."""
    spans = []
    for part in text.split(","):
        start, colon, end = part.strip().partition(":")
        if not colon or not start.strip().isdigit() or not end.strip().isdigit():
            raise CorrectionError(f"span {part.strip()!r}: give START:END in characters, e.g. 120:164")
        first, last = int(start), int(end)
        if not 0 <= first < last <= length:
            raise CorrectionError(f"span {first}:{last} is not within the article's {length} characters")
        spans.append([first, last])
    return sorted(spans)


def span_value(text: str, spans: list[list[int]]) -> dict[str, Any]:
    return {"spans": [list(s) for s in spans], "text": joined_text(text, [(s[0], s[1]) for s in spans])}


def machine_value(attribution: dict[str, Any], field: str, text: str) -> Any:
    """What the machine said for `field`, in the form the correction's value takes."""
    speaker = attribution.get("speaker") or {}
    if field == "speaker":
        return speaker.get("name")
    if field == "speaker_id":
        return speaker.get("entity")
    if field == "not_a_quote":
        return False
    segment = attribution.get(field) or {}
    return span_value(text, segment.get("spans", []))


def corrected_analysis(data: dict[str, Any], corrections: list[Correction],
                       speaker_names: dict[int, str] | None = None) -> tuple[dict[str, Any], dict[str, list]]:
    """A copy of the analysis with the active corrections applied, for showing it.

    Returns the copy and {attribution id: [corrections]}; an attribution marked "not a
    quotation" is left out of the copy (the trail still lists it). `speaker_names` gives
    the names of speaker ids a "speaker entity" correction points to."""
    import copy

    result = copy.deepcopy(data)
    text = result["article"]["text"]
    applied: dict[str, list[Correction]] = {}
    dropped: set[str] = set()
    for correction in corrections:
        if not correction.active:
            continue
        machine = find_attribution(data, correction.target)  # the machine's spans, before any correction
        if machine is None:
            continue
        attribution = attribution_by_id(result, machine["id"])
        if attribution is None:  # the copy holds every attribution the analysis does
            continue
        applied.setdefault(attribution["id"], []).append(correction)
        if correction.field == "not_a_quote":
            dropped.add(attribution["id"])
        elif correction.field in ("speaker", "speaker_id"):
            name = correction.value if correction.field == "speaker" else \
                (speaker_names or {}).get(int(correction.value), str(correction.value))
            speaker = dict(attribution.get("speaker") or {"type": "PERSON"})
            speaker.update(name=name, named=True, entity=None, resolved_by="correction")
            attribution["speaker"] = speaker
        else:
            attribution[correction.field] = span_value(text, correction.value["spans"])
    result["attributions"] = [a for a in result.get("attributions", []) if a["id"] not in dropped]
    return result, applied
