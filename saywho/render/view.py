"""What an article page shows of an Analysis, worked out before the template sees it.

One view and one template (templates/article.html) make the web app's result
page, its stored-article page and the standalone report (`saywho analyze -f
html`). Every highlight comes from the character spans in the Analysis, cut and
wrapped by saywho.render.marks.markup, so a quotation is marked the same way,
with the same speaker number and colour, everywhere, the terminal included.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from markupsafe import Markup

from saywho.document import KINDS, Analysis, Attribution
from saywho.render import marks as text_marks
from saywho.render.cite import attribution_citation
from saywho.render.common import (
    FLAG_MEANING,
    FLAGGED_KEYS,
    counts_line,
    date_meaning,
    flag_reason,
    metadata_line,
    resolution_note,
    source_and_cue,
    speaker_colours,
    speaker_details,
    speaker_name,
    usable_spans,
    voice_sections,
)

# How each kind of attribution cites its source, in words a reader knows.
HOW = {
    "direct": "direct quote", "partial": "partial quote", "indirect": "paraphrase",
    "according-to": "according to", "reported": "reported",
}
CLAIM_HOVER = "unattributed claim: the writer states this without naming a source"
VOICE_HELP = {
    "labels": "words the writer uses to describe people or groups",
    "loaded_cues": "attribution verbs that colour what they report",
    "hedges": "the writer passing something on without vouching for it",
    "unattributed_claims": "checkable statements the article attributes to no one",
    "word_choices": "further words of the writer's own that a small learned model flags, with the cues it used",
}


@dataclass
class SpeakerView:
    number: int
    name: str
    colour: str
    count: int
    details: list[str]
    kinds: list[tuple[str, int]]
    items: list[dict[str, Any]]


@dataclass
class SourceView:
    name: str
    standing: str  # named, unnamed or anonymous
    type: str
    how: list[str]
    count: int
    number: int | None = None  # the speaker number, for its colour


@dataclass
class VoiceSectionView:
    key: str
    heading: str
    help: str
    items: list[dict[str, Any]]


@dataclass
class ResultView:
    title: str
    origin: str
    meta: str
    url: str | None
    counts: str
    speaker_css: Markup
    paragraphs: list[tuple[int, Markup]]
    speakers: list[SpeakerView]
    sources: list[SourceView]
    sources_derived: bool
    voice: list[VoiceSectionView]
    dates: list[dict[str, str]]
    warnings: list[str]
    kinds: list[tuple[str, int]] = field(default_factory=list)
    filters: list[tuple[str, str, int]] = field(default_factory=list)  # (kind, label, count) for the kind filter
    claims: int = 0  # unattributed claims marked in the text, hidden until the reader asks for them
    page_title: str = ""


def result_view(analysis: Analysis) -> ResultView:
    colours = speaker_colours(analysis)
    numbers = {name: number for number, name in enumerate(colours)}
    sources, derived = source_rows(analysis, numbers)
    article = analysis.article
    url = article.url if article.url and article.url.lower().startswith(("http://", "https://")) else None
    kinds = Counter(a.kind for a in analysis.attributions)
    claims = claim_marks(analysis)
    return ResultView(
        page_title=article.title or article.origin or "Analysis",
        title=article.title or "",
        origin=article.origin or "",
        meta=metadata_line(analysis),
        url=url,
        counts=counts_line(analysis),
        speaker_css=Markup(text_marks.speaker_css(colours)),  # colours are our own constants, not input
        paragraphs=article_paragraphs(analysis, numbers, claims),
        speakers=speaker_rows(analysis, colours, numbers),
        sources=sources,
        sources_derived=derived,
        voice=voice_sections_of(analysis),
        dates=date_rows(analysis),
        warnings=[str(w) for w in analysis.warnings],
        kinds=[(kind, kinds[kind]) for kind in KINDS if kinds[kind]],
        filters=[(kind, HOW.get(kind, kind), kinds[kind]) for kind in KINDS if kinds[kind]],
        claims=len(claims),
    )


def article_paragraphs(analysis: Analysis, numbers: dict[str, int],
                       claims: list[text_marks.Mark] | None = None) -> list[tuple[int, Markup]]:
    """(paragraph number, HTML) for each paragraph; the HTML escapes every character of the text."""
    text = analysis.article.text
    marks = text_marks.marks_of(analysis, numbers) + (claim_marks(analysis) if claims is None else claims)
    spans = analysis.paragraphs or analysis.article.paragraphs()
    return [
        (index + 1, Markup(text_marks.markup(text, marks, start, end)))
        for index, span in enumerate(spans)
        for start, end in usable_spans([span], len(text))
    ]


def claim_marks(analysis: Analysis) -> list[text_marks.Mark]:
    """The writer's unattributed claims, where they help: never over words attributed to someone.

    A band under a sentence that is also a quotation said two contradictory things at once."""
    tag = text_marks.open_tag("sw-claim", {"data-voice": "unattributed_claims", "title": CLAIM_HOVER})
    length = len(analysis.article.text)
    attributed = [span for a in analysis.attributions for span in usable_spans(a.content.spans, length)]
    return [
        text_marks.Mark(start, end, text_marks.VOICE, tag)
        for key, _heading, items in voice_sections(analysis) if key == "unattributed_claims"
        for item in items
        for start, end in usable_spans(item.get("spans"), length)
        if not any(s < end and start < e for s, e in attributed)
    ]


def speaker_rows(analysis: Analysis, colours: dict[str, str], numbers: dict[str, int]) -> list[SpeakerView]:
    rows = []
    for name, attributions in analysis.speakers().items():
        kinds = Counter(a.kind for a in attributions)
        rows.append(SpeakerView(
            number=numbers[name], name=name, colour=colours[name], count=len(attributions),
            details=speaker_details(attributions),
            kinds=[(HOW.get(kind, kind), kinds[kind]) for kind in KINDS if kinds[kind]],
            items=[_item(a, analysis, numbers) for a in attributions],
        ))
    return rows


def _item(attribution: Attribution, analysis: Analysis, numbers: dict[str, int]) -> dict[str, Any]:
    outer = enclosing(attribution, analysis)
    return {
        "via": resolution_note(attribution, analysis),
        "id": attribution.id,
        "number": numbers[speaker_name(attribution)],
        "kind": attribution.kind,
        "negated": attribution.negated,
        "citation": attribution_citation(attribution, analysis),
        # Nested attributions: "X said that Y told him ..." names the one it stands inside.
        "within": (speaker_name(outer), numbers[speaker_name(outer)]) if outer else None,
        "paragraph": attribution.paragraph + 1,
        "said": source_and_cue(attribution),
        # The content as the article has it (with its own quotation marks, if any), straight from the spans.
        "content": attribution.content.text,
    }


def enclosing(attribution: Attribution, analysis: Analysis) -> Attribution | None:
    """The attribution whose content holds this one's source or content: the outer voice of a nested report."""
    spans = attribution.content.spans + (attribution.source.spans if attribution.source else [])
    if not spans:
        return None
    start, end = min(s for s, _ in spans), max(e for _, e in spans)
    holders = [other for other in analysis.attributions if other is not attribution and other.content.spans
               and other.content.start <= start and end <= other.content.end
               and (other.content.start, other.content.end) != (attribution.content.start, attribution.content.end)]
    return min(holders, key=lambda a: a.content.end - a.content.start, default=None)


def source_rows(analysis: Analysis, numbers: dict[str, int]) -> tuple[list[SourceView], bool]:
    """The sources panel: the voice analysis's sources if it found any, else one row per speaker.

    Returns the rows and whether they were derived from the attributions.
    """
    listed = [item for key, _h, items in voice_sections(analysis) if key == "sources" for item in items]
    if listed:
        return [_listed_source(item, numbers) for item in listed], False
    return [_derived_source(name, attributions, numbers) for name, attributions in analysis.speakers().items()], True


def _listed_source(item: dict[str, Any], numbers: dict[str, int]) -> SourceView:
    name = str(item.get("name") or item.get("text") or "?")
    how = item.get("how") or []
    how = [str(h) for h in how] if isinstance(how, (list, tuple)) else [str(how)]
    if item.get("anonymous"):
        standing = "anonymous"
    elif item.get("named") is False:
        standing = "unnamed"
    else:
        standing = "named"
    count = item.get("count")
    if not isinstance(count, int):
        count = len(item.get("attributions") or []) or 1
    return SourceView(name, standing, _type_word(item.get("type")), how, count, numbers.get(name))


def _derived_source(name: str, attributions: list[Attribution], numbers: dict[str, int]) -> SourceView:
    speakers = [a.speaker for a in attributions if a.speaker is not None]
    named = any(s.named for s in speakers)
    kinds = Counter(a.kind for a in attributions)
    how = [HOW.get(kind, kind) for kind in KINDS if kinds[kind]]
    kind = speakers[0].type if speakers else None
    return SourceView(name, "named" if named else "unnamed", _type_word(kind), how, len(attributions), numbers.get(name))


def _type_word(kind: Any) -> str:
    words = {"PERSON": "person", "ORG": "organisation", "GPE": "place", "NORP": "group",
             "OUTLET": "outlet", "DOCUMENT": "document"}
    return words.get(str(kind), "") if kind else ""


def voice_sections_of(analysis: Analysis) -> list[VoiceSectionView]:
    return [
        VoiceSectionView(key, heading, _help(key), [_voice_item(key, item) for item in items])
        for key, heading, items in voice_sections(analysis) if key != "sources"
    ]


def _help(key: str) -> str:
    help_text = VOICE_HELP.get(key, "")
    return f"{help_text}. {FLAG_MEANING}" if key in FLAGGED_KEYS and help_text else help_text


def _voice_item(key: str, item: dict[str, Any]) -> dict[str, Any]:
    spans = usable_spans(item.get("spans"), 10**12)
    detail = item.get("category") or item.get("kind") or ""
    target = item.get("target")
    if isinstance(target, dict):
        target = target.get("name") or target.get("text")
    return {"text": str(item.get("text") or ""), "detail": str(detail), "target": str(target or ""),
            "start": spans[0][0] if spans else None, "why": flag_reason(key, item)}


def date_rows(analysis: Analysis) -> list[dict[str, str]]:
    return [
        {"text": str(item.get("text") or ""), "means": date_meaning(item) or "not resolved",
         "granularity": str(item.get("granularity") or "")}
        for item in analysis.dates or [] if isinstance(item, dict)
    ]
