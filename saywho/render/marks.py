"""The marks of an article's text: every attribution, voice flag and date drawn from its character spans.

Spans overlap and nest freely (a source mention inside another speaker's
quotation, a cue inside content, two contents sharing words), so the markup
is not built by wrapping spans in elements. Instead each paragraph is cut at
every span boundary and each piece is wrapped in one element per span that
covers it. Every piece closes all it opens, so the page is always
well-formed whatever the spans are. The pieces are the one part of the article
page made outside its template (saywho/render/templates/article.html), which
prints them as they are; every character of the article's text is escaped here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from html import escape as _escape
from itertools import pairwise
from typing import Any

from saywho.document import Analysis, Attribution
from saywho.render.common import (
    date_meaning,
    flag_reason,
    printable,
    speaker_name,
    tooltip,
    usable_spans,
    voice_sections,
)

# Voice keys drawn in the text, with their class and hover text. Other keys
# (sources, unattributed_claims) are sentence-level and would bury the
# quotation highlights, so they are left out of the text.
VOICE_MARKS = {
    "labels": ("label", "writer's label"),
    "loaded_cues": ("loaded", "loaded attribution verb"),
    "hedges": ("hedge", "hedge"),
    "word_choices": ("choice", "word choice (learned)"),
}

# Lower ranks wrap higher ones in a piece; content is outermost so its tint
# shows behind the cue and source styling nested in it.
CONTENT, VOICE, ROLE, DATE = range(4)


@dataclass(frozen=True)
class Mark:
    start: int
    end: int
    rank: int
    open_tag: str
    first_tag: str = ""  # the tag of the piece the span starts with, when it differs (the speaker's number badge)


def escape(text: Any, quote: bool = True) -> str:
    """HTML-escaped, without the control characters HTML does not allow."""
    return _escape(printable(text), quote=quote)


def markup(text: str, marks: list[Mark], start: int, end: int) -> str:
    """HTML for text[start:end], each piece wrapped in the marks covering it."""
    inside = [mark for mark in marks if mark.start < end and mark.end > start]
    cuts = sorted({start, end} | {p for mark in inside for p in (mark.start, mark.end) if start < p < end})
    pieces = []
    for left, right in pairwise(cuts):
        covering = sorted((m for m in inside if m.start <= left and m.end >= right), key=_nesting)
        opened = "".join(mark.first_tag if mark.first_tag and left == mark.start else mark.open_tag
                         for mark in covering)
        pieces.append(opened + escape(text[left:right], quote=False) + "</span>" * len(covering))
    return "".join(pieces)


def _nesting(mark: Mark) -> tuple[int, int, int, str]:
    # Longer spans outside shorter ones, so nesting mirrors the article's structure.
    return (mark.rank, mark.start - mark.end, mark.start, mark.open_tag)


def marks_of(analysis: Analysis, numbers: dict[str, int]) -> list[Mark]:
    length = len(analysis.article.text)
    marks = []
    for attribution in analysis.attributions:
        marks += _attribution_marks(attribution, numbers[speaker_name(attribution)], length)
    return marks + _voice_marks(analysis, length) + _date_marks(analysis, length)


def _attribution_marks(attribution: Attribution, number: int, length: int) -> list[Mark]:
    attributes = {"data-speaker": number, "data-kind": attribution.kind, "data-attribution": attribution.id,
                  "title": tooltip(attribution)}
    kind = re.sub(r"[^a-z-]", "", attribution.kind.lower())
    roles = [
        (attribution.content, CONTENT, f"sw-content sw-kind-{kind}"),
        (attribution.source, ROLE, "sw-source"),
        (attribution.cue, ROLE, "sw-cue"),
    ]
    marks = []
    for segment, rank, classes in roles:
        spans = usable_spans(segment.spans, length) if segment is not None else []
        for index, (start, end) in enumerate(spans):
            tag = open_tag(f"{classes} sw-s{number}", attributes)
            # The speaker's number opens each quotation: a second cue besides the colour (drawn by CSS, so
            # a reader who copies the text copies only the article's words).
            first = open_tag(f"{classes} sw-s{number}", {**attributes, "data-n": number + 1}) \
                if rank == CONTENT and index == 0 else ""
            marks.append(Mark(start, end, rank, tag, first))
    return marks


def _voice_marks(analysis: Analysis, length: int) -> list[Mark]:
    marks = []
    for key, _heading, items in voice_sections(analysis):
        if key not in VOICE_MARKS:
            continue
        style, hover = VOICE_MARKS[key]
        for item in items:
            reason = flag_reason(key, item)
            title = f"{hover}: {reason}" if reason else hover
            tag = open_tag(f"sw-{style}", {"data-voice": key, "title": title})
            marks += [Mark(s, e, VOICE, tag) for s, e in usable_spans(item.get("spans"), length)]
    return marks


def _date_marks(analysis: Analysis, length: int) -> list[Mark]:
    marks = []
    for item in analysis.dates or []:
        if not isinstance(item, dict):
            continue
        meaning = date_meaning(item)
        attributes = {"title": meaning} if meaning else {}
        tag = open_tag("sw-date", attributes)
        marks += [Mark(s, e, DATE, tag) for s, e in usable_spans(item.get("spans"), length)]
    return marks


def open_tag(classes: str, attributes: dict[str, Any]) -> str:
    rendered = "".join(f' {name}="{escape(str(value))}"' for name, value in attributes.items())
    return f'<span class="{escape(classes)}"{rendered}>'


def speaker_css(colours: dict[str, str]) -> str:
    return "\n".join(
        f".sw-s{number} {{ --sw: {colour}; --sw-tint: {_tint(colour, .28)}; --sw-tint-light: {_tint(colour, .14)}; }}"
        for number, colour in enumerate(colours.values())
    )


def _tint(colour: str, alpha: float) -> str:
    red, green, blue = (int(colour[i:i + 2], 16) for i in (1, 3, 5))
    return f"rgba({red}, {green}, {blue}, {alpha})"
