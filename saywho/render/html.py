"""A standalone HTML page of an Analysis: the article with every attribution
highlighted in its speaker's colour, a clickable legend, and per-speaker lists.

Spans overlap and nest freely (a source mention inside another speaker's
quotation, a cue inside content, two contents sharing words), so the markup
is not built by wrapping spans in elements. Instead each paragraph is cut at
every span boundary and each piece is wrapped in one element per span that
covers it. Every piece closes all it opens, so the page is always
well-formed whatever the spans are.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from html import escape as _escape
from importlib.resources import files
from itertools import pairwise
from typing import Any

from markupsafe import Markup

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
_CONTENT, _VOICE, _ROLE, _DATE = range(4)


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


def render_html(analysis: Analysis) -> str:
    """The standalone report: the web app's article page, with its styles and script inside the one file."""
    from saywho import __version__
    from saywho.render.view import result_view

    view = result_view(analysis)
    model = f" with {analysis.model}" if analysis.model else ""
    return environment().get_template("report.html").render(
        view=view, standalone=True, version=__version__, footer=f"Analysed by saywho {__version__}{model}.",
        css=Markup(_static("article.css")), script=Markup(_static("article.js")),
    )


def report_stem(analysis: Analysis) -> str:
    """A file name for the report, without .html: "saywho-mayor-wins-the-vote", from the title or the origin."""
    article = analysis.article
    name = article.title or (article.origin or "").rsplit("/", 1)[-1].rsplit(".", 1)[0]
    stem = re.sub(r"[^A-Za-z0-9]+", "-", name.strip()).strip("-").lower()[:60].strip("-")
    return f"saywho-{stem}" if stem else "saywho-analysis"


@lru_cache(maxsize=1)
def environment():
    """The templates of the article page, shared with the web app (which adds saywho/web/templates)."""
    from jinja2 import Environment, PackageLoader, select_autoescape

    return Environment(loader=PackageLoader("saywho.render", "templates"),
                       autoescape=select_autoescape(default=True, default_for_string=True),
                       trim_blocks=True, lstrip_blocks=True, finalize=printable_output)


def printable_output(value: Any) -> Any:
    """What a template prints, without the control characters HTML does not allow (the article's text may hold them)."""
    return printable(value) if isinstance(value, str) and not isinstance(value, Markup) else value


def _static(name: str) -> str:
    return files("saywho.render").joinpath(f"static/{name}").read_text(encoding="utf-8")


# -- the article text -------------------------------------------------------


def _article(analysis: Analysis, numbers: dict[str, int]) -> str:
    text = analysis.article.text
    marks = _marks(analysis, numbers)
    paragraphs = analysis.paragraphs or analysis.article.paragraphs()
    # Numbered by position in the list, as Attribution.paragraph counts them.
    return "\n".join(
        f'<p id="p{index + 1}">{markup(text, marks, start, end)}</p>'
        for index, span in enumerate(paragraphs)
        for start, end in usable_spans([span], len(text))
    )


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


def _nesting(mark: Mark) -> tuple:
    # Longer spans outside shorter ones, so nesting mirrors the article's structure.
    return (mark.rank, mark.start - mark.end, mark.start, mark.open_tag)


def _marks(analysis: Analysis, numbers: dict[str, int]) -> list[Mark]:
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
        (attribution.content, _CONTENT, f"sw-content sw-kind-{kind}"),
        (attribution.source, _ROLE, "sw-source"),
        (attribution.cue, _ROLE, "sw-cue"),
    ]
    marks = []
    for segment, rank, classes in roles:
        spans = usable_spans(segment.spans, length) if segment is not None else []
        for index, (start, end) in enumerate(spans):
            tag = _open_tag(f"{classes} sw-s{number}", attributes)
            # The speaker's number opens each quotation: a second cue besides the colour (drawn by CSS, so
            # a reader who copies the text copies only the article's words).
            first = _open_tag(f"{classes} sw-s{number}", {**attributes, "data-n": number + 1}) \
                if rank == _CONTENT and index == 0 else ""
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
            tag = _open_tag(f"sw-{style}", {"data-voice": key, "title": title})
            marks += [Mark(s, e, _VOICE, tag) for s, e in usable_spans(item.get("spans"), length)]
    return marks


def _date_marks(analysis: Analysis, length: int) -> list[Mark]:
    marks = []
    for item in analysis.dates or []:
        if not isinstance(item, dict):
            continue
        meaning = date_meaning(item)
        attributes = {"title": meaning} if meaning else {}
        tag = _open_tag("sw-date", attributes)
        marks += [Mark(s, e, _DATE, tag) for s, e in usable_spans(item.get("spans"), length)]
    return marks


def _open_tag(classes: str, attributes: dict[str, Any]) -> str:
    rendered = "".join(f' {name}="{escape(str(value))}"' for name, value in attributes.items())
    return f'<span class="{escape(classes)}"{rendered}>'


# -- everything around the text -----------------------------------------------


def _speaker_css(colours: dict[str, str]) -> str:
    return "\n".join(
        f".sw-s{number} {{ --sw: {colour}; --sw-tint: {_tint(colour, .28)}; --sw-tint-light: {_tint(colour, .14)}; }}"
        for number, colour in enumerate(colours.values())
    )


def _tint(colour: str, alpha: float) -> str:
    red, green, blue = (int(colour[i:i + 2], 16) for i in (1, 3, 5))
    return f"rgba({red}, {green}, {blue}, {alpha})"
