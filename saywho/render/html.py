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
from html import escape as _escape
from importlib.resources import files
from string import Template
from typing import Any

from saywho.document import Analysis, Attribution
from saywho.render.common import (
    content_text,
    counts_line,
    date_meaning,
    metadata_line,
    printable,
    source_and_cue,
    speaker_colours,
    resolution_note,
    speaker_details,
    speaker_name,
    tooltip,
    usable_spans,
    voice_sections,
    flag_reason,
    FLAG_MEANING,
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


def escape(text: Any, quote: bool = True) -> str:
    """HTML-escaped, without the control characters HTML does not allow."""
    return _escape(printable(text), quote=quote)


def render_html(analysis: Analysis) -> str:
    from saywho import __version__

    colours = speaker_colours(analysis)
    numbers = {name: number for number, name in enumerate(colours)}
    title = analysis.article.title or "saywho analysis"
    return _template().substitute(
        version=escape(__version__),
        page_title=escape(title),
        speaker_css=_speaker_css(colours),
        header=_header(analysis),
        legend=_legend(analysis, numbers),
        article=_article(analysis, numbers),
        speakers=_speaker_lists(analysis, numbers),
        warnings=_warnings(analysis),
        footer=_footer(analysis, __version__),
    )


def _template() -> Template:
    return Template(files("saywho.render").joinpath("templates/page.html").read_text(encoding="utf-8"))


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
    for left, right in zip(cuts, cuts[1:]):
        covering = sorted((m for m in inside if m.start <= left and m.end >= right), key=_nesting)
        opened = "".join(mark.open_tag for mark in covering)
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
    attributes = {"data-speaker": number, "data-attribution": attribution.id, "title": tooltip(attribution)}
    kind = re.sub(r"[^a-z-]", "", attribution.kind.lower())
    roles = [
        (attribution.content, _CONTENT, f"sw-content sw-kind-{kind}"),
        (attribution.source, _ROLE, "sw-source"),
        (attribution.cue, _ROLE, "sw-cue"),
    ]
    return [
        Mark(start, end, rank, _open_tag(f"{classes} sw-s{number}", attributes))
        for segment, rank, classes in roles if segment is not None
        for start, end in usable_spans(segment.spans, length)
    ]


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


def _header(analysis: Analysis) -> str:
    article = analysis.article
    lines = [f"<h1>{escape(article.title)}</h1>"] if article.title else []
    meta = metadata_line(analysis)
    if meta:
        lines.append(f'<p class="sw-meta">{escape(meta)}</p>')
    # Only web links: a javascript: URL in the metadata must not become clickable.
    if article.url and re.match(r"https?://", article.url, re.IGNORECASE):
        lines.append(f'<p class="sw-meta"><a href="{escape(article.url)}" rel="noreferrer">{escape(article.url)}</a></p>')
    lines.append(f'<p class="sw-counts">{escape(counts_line(analysis))}</p>')
    lines.append(f'<p class="sw-key">{_style_key(analysis)}</p>')
    return "\n".join(lines)


def _style_key(analysis: Analysis) -> str:
    """A one-line reminder of what each style means, for the styles in use."""
    parts = ["tint: words attributed to a speaker (lighter when reported, not quoted)",
             "<b>bold</b>: who", "<u>underline</u>: the attribution verb"]
    keys = {key for key, _heading, _items in voice_sections(analysis)}
    # Samples get their own classes, so `.sw-hedge` etc. find only the article's marks.
    parts += [f'<span class="sw-key-{style}">{hover}</span>' for key, (style, hover) in VOICE_MARKS.items() if key in keys]
    if keys & set(VOICE_MARKS):
        parts.append(f"hover a flag for why it was flagged. {FLAG_MEANING}")
    if analysis.dates:
        parts.append('<span class="sw-key-date">date</span>: hover for its value')
    return " · ".join(parts)


def _legend(analysis: Analysis, numbers: dict[str, int]) -> str:
    if not analysis.attributions:
        return ""
    buttons = [
        f'<button type="button" class="sw-filter sw-s{numbers[name]}" data-filter="{numbers[name]}" '
        f'aria-pressed="false"><span class="sw-swatch"></span>{escape(name)}'
        f'<span class="sw-count">{len(attributions)}</span></button>'
        for name, attributions in analysis.speakers().items()
    ]
    buttons.append('<button type="button" class="sw-filter sw-all" data-filter="">Show all</button>')
    return '<nav class="sw-legend" aria-label="Speakers">\n' + "\n".join(buttons) + "\n</nav>"


def _speaker_lists(analysis: Analysis, numbers: dict[str, int]) -> str:
    if not analysis.attributions:
        return ""
    sections = [_speaker_list(analysis, name, attributions, numbers[name])
                for name, attributions in analysis.speakers().items()]
    return '<section class="sw-speakers">\n<h2>Who said what</h2>\n' + "\n".join(sections) + "\n</section>"


def _speaker_list(analysis: Analysis, name: str, attributions: list[Attribution], number: int) -> str:
    items = "\n".join(_speaker_item(analysis, attribution) for attribution in attributions)
    return (
        f'<section class="sw-speaker sw-s{number}">\n'
        f'<h3><span class="sw-swatch"></span>{escape(name)}<span class="sw-count">×{len(attributions)}</span></h3>\n'
        f'<p class="sw-details">{escape(" · ".join(speaker_details(attributions)))}</p>\n'
        f"<ol>\n{items}\n</ol>\n</section>"
    )


def _speaker_item(analysis: Analysis, attribution: Attribution) -> str:
    said = _said(attribution)
    paragraph = attribution.paragraph + 1
    note = resolution_note(attribution, analysis)
    via = f'<span class="sw-via">{escape(note)}</span>' if note else ""
    return (
        f'<li><span class="sw-badge">{escape(attribution.kind)}</span>'
        f'<span class="sw-said">{said + " · " if said else ""}<a href="#p{paragraph}">¶{paragraph}</a></span>{via}'
        f'<span class="sw-quote">{escape(content_text(attribution), quote=False)}</span></li>'
    )


def _said(attribution: Attribution) -> str:
    """The mention in bold and the cue underlined, in article order: "<b>she</b> <u>said</u>"."""
    html = ""
    for index, (role, text, adjacent) in enumerate(source_and_cue(attribution)):
        if index:
            html += " " if adjacent else " … "
        html += f"<u>{escape(text)}</u>" if role == "cue" else f"<b>{escape(text)}</b>"
    return html


def _warnings(analysis: Analysis) -> str:
    if not analysis.warnings:
        return ""
    items = "\n".join(f"<li>{escape(str(warning), quote=False)}</li>" for warning in analysis.warnings)
    return f'<section class="sw-warnings">\n<h2>Warnings</h2>\n<ul>\n{items}\n</ul>\n</section>'


def _footer(analysis: Analysis, version: str) -> str:
    model = f" with {analysis.model}" if analysis.model else ""
    return escape(f"Analysed by saywho {version}{model}.")
