"""What the terminal and HTML renderers share: colours, labels and wording.

Both renderers go through these helpers so that a speaker has the same colour,
the same description and the same ordering wherever an analysis is shown.
"""

from __future__ import annotations

import re
from typing import Any

from saywho.document import DIRECT, PARTIAL, Analysis, Attribution, DateMention, Speaker

# Mid-luminance colours: each has a contrast of at least 3:1 against both white
# and black, so the same colour works as text on light and dark backgrounds.
# Okabe-Ito's blue, vermillion and green first, then each next colour chosen as
# the one farthest (CIEDE2000) from all before it and from the unknown speaker's
# grey: no two are closer than 22 in CIE L*a*b* (the first ten, 24), so two speakers
# of one article never share a colour or look alike (Abu Marzouk and Amnesty were
# both a blue once). Past twenty speakers the colours repeat, and the speaker's
# number, shown beside every colour, tells them apart.
PALETTE = (
    "#0072B2", "#D55E00", "#009E73", "#9900CC", "#FF0066", "#666600", "#9988DD", "#775566", "#006666", "#FF22EE",
    "#BB0011", "#2299AA", "#BB8800", "#669900", "#226633", "#BB7799", "#775533", "#BB8877", "#555599", "#BB0077",
)
# Attributions nobody could be found for get a neutral grey, not a palette
# colour, so they never look like one more named speaker.
UNKNOWN_COLOUR = "#888888"
UNKNOWN_SPEAKER = "(unknown)"  # the name Analysis.speakers() groups them under

# Article text is untrusted: an escape sequence could rewrite the user's
# terminal, and control characters are not allowed in HTML. Rich strips only
# a few of them, so both renderers drop them all (keeping tab and newline).
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")

QUOTED_KINDS = (DIRECT, PARTIAL)
NOT_SAID = "not said"  # the badge of a negated attribution: "did not say whether", "declined to"
_QUOTE_MARKS = "\"'“”‘’«»„‟‚‛"


def printable(text: Any) -> str:
    return _CONTROL.sub("", str(text))


def speaker_colours(analysis: Analysis) -> dict[str, str]:
    """A colour for each speaker name, most quoted first.

    Colours are handed out in the order of `Analysis.speakers()`, which is
    stable for ties, so the same analysis always gets the same colours. With
    more speakers than colours the palette repeats.
    """
    colours, used = {}, 0
    for name in analysis.speakers():
        if name == UNKNOWN_SPEAKER:
            colours[name] = UNKNOWN_COLOUR
        else:
            colours[name] = PALETTE[used % len(PALETTE)]
            used += 1
    return colours


def speaker_name(attribution: Attribution) -> str:
    return attribution.speaker.name if attribution.speaker else UNKNOWN_SPEAKER


def speaker_type(speaker: Speaker | None) -> str:
    if speaker is None:
        return "unknown"
    if not speaker.named:
        return "unnamed"
    return {"PERSON": "person", "ORG": "organisation"}.get(speaker.type, "unknown")


def speaker_details(attributions: list[Attribution]) -> list[str]:
    """Type, role/affiliation and how the speaker was resolved, as short phrases.

    One speaker name groups several attributions whose Speaker objects may
    differ (found by name once, by pronoun later), so the details are merged.
    """
    speakers = [a.speaker for a in attributions if a.speaker is not None]
    details = [speaker_type(speakers[0] if speakers else None)]
    role = _first(s.role for s in speakers)
    affiliation = _first(s.affiliation for s in speakers)
    standing = ", ".join(part for part in (role, affiliation) if part)
    if standing:
        details.append(standing)
    # "unnamed" is already said by the type; "resolved by unnamed" adds nothing.
    methods = list(dict.fromkeys(s.resolved_by for s in speakers if s.resolved_by and s.resolved_by != "unnamed"))
    if methods:
        details.append("resolved by " + ", ".join(methods))
    return details


def resolution_note(attribution: Attribution, analysis: Analysis) -> str:
    """How the speaker was found, for a reader to check it: 'via “he” → Mousa Abu Marzouk, last mentioned in ¶3'.

    The paragraph is where the resolver last met the speaker before this mention: their name, or
    an earlier attribution of theirs."""
    speaker = attribution.speaker
    if speaker is None or speaker.antecedent is None or speaker.resolved_by not in _TAKEN_UP:
        return ""
    where = f"¶{analysis.paragraph_of(speaker.antecedent) + 1}"
    if speaker.resolved_by == "carry-over":
        return f"the quotation goes on from {where}"
    mention = attribution.source.text if attribution.source else speaker.resolved_by
    return f"via “{mention}” → {speaker.name}, last mentioned in {where}"


_TAKEN_UP = ("pronoun", "description", "carry-over")


def content_text(attribution: Attribution) -> str:
    """The content as a reader should see it: quotations inside quotation marks.

    Contents keep the article's own marks (PolNeAR's convention), so marks are
    added only to a quoted kind whose text carries none."""
    text = attribution.content.text.strip()
    if attribution.kind not in QUOTED_KINDS or any(mark in text for mark in _QUOTE_MARKS):
        return text
    return "“" + text + "”"


def cue_text(attribution: Attribution) -> str:
    return attribution.cue.text if attribution.cue else ""


def source_and_cue(attribution: Attribution) -> list[tuple[str, str, bool]]:
    """("source" or "cue", text, adjacent to the previous one) in article order.

    Shown in the order the article has them ("she said", "said Smith",
    "according to officials") they read as written; roles far apart
    ("Smith, who chairs the board, said") are marked as not adjacent so the
    renderers can put an ellipsis between them.
    """
    roles = [(role, segment) for role, segment in (("source", attribution.source), ("cue", attribution.cue))
             if segment is not None and segment.text]
    roles.sort(key=lambda role: role[1].start)
    return [
        (role, segment.text, index > 0 and segment.start - roles[index - 1][1].end <= 2)
        for index, (role, segment) in enumerate(roles)
    ]


def tooltip(attribution: Attribution) -> str:
    """"speaker — kind — cue", the hover text of every highlight."""
    parts = [speaker_name(attribution), attribution.kind, NOT_SAID if attribution.negated else "", cue_text(attribution)]
    return " — ".join(part for part in parts if part)


def plural(count: int, word: str) -> str:
    return f"{count} {word}" if count == 1 else f"{count} {word}s"


def counts_line(analysis: Analysis) -> str:
    if not analysis.attributions:
        return "No attributions found"
    speakers = plural(len(analysis.speakers()), "speaker")
    return f"{plural(len(analysis.attributions), 'attribution')} by {speakers}"


def metadata_line(analysis: Analysis) -> str:
    article = analysis.article
    return " · ".join(part for part in (article.outlet, article.author, article.date) if part)


VOICE_LABELS = {
    "sources": "Sources",
    "hedges": "Hedges",
    "labels": "Labels",
    "loaded_cues": "Loaded cues",
    "unattributed_claims": "Unattributed claims",
    "word_choices": "Word choices (learned)",
}

# What a flag in the writer's voice means, said next to the flags wherever they are shown.
FLAG_MEANING = ("A flag marks a word choice in the writer's own voice (not inside quotation marks), "
                "not a verdict: it says why it was flagged, and a reader decides whether it matters.")
FLAGGED_KEYS = ("labels", "loaded_cues", "hedges", "word_choices")


def flag_reason(key: str, item: dict[str, Any]) -> str:
    """Why an item of the writer's voice was flagged: which list, or which learned cues."""
    if key == "word_choices":
        cues = [str(c) for c in item.get("why") or [] if c]
        return "the model's cues: " + ("; ".join(cues) if cues else "its features together")
    detail = item.get("category") or item.get("kind") or item.get("class")
    lists = {"labels": "saywho's list of labels", "loaded_cues": "saywho's list of loaded speech verbs",
             "hedges": "saywho's list of hedges"}
    if key not in lists:
        return ""
    return f"on {lists[key]}" + (f" ({detail})" if detail and detail != "loaded" else "")


def voice_sections(analysis: Analysis) -> list[tuple[str, str, list[dict[str, Any]]]]:
    """(key, heading, items) for every non-empty voice list.

    The voice dict is filled by another part of saywho and may be missing,
    empty or hold keys this renderer does not know; anything not a list of
    dicts is skipped rather than allowed to break the output.
    """
    sections = []
    for key, items in (analysis.voice or {}).items():
        usable = [item for item in items if isinstance(item, dict)] if isinstance(items, list) else []
        if usable:
            heading = VOICE_LABELS.get(key, key.replace("_", " ").capitalize())
            sections.append((key, heading, usable))
    return sections


def date_meaning(item: DateMention) -> str:
    """What a date expression resolves to: its value, or its start–end range."""
    if item.get("value"):
        return str(item["value"])
    start, end = item.get("start"), item.get("end")
    if start and end and start != end:
        return f"{start} – {end}"
    return str(start or end or "")


def usable_spans(spans: Any, length: int) -> list[tuple[int, int]]:
    """Spans clipped to the text, dropping empty or malformed ones."""
    result = []
    for span in spans or []:
        try:
            start, end = int(span[0]), int(span[1])
        except (TypeError, ValueError, IndexError):
            continue
        start, end = max(0, start), min(length, end)
        if end > start:
            result.append((start, end))
    return result


def _first(values) -> str | None:
    return next((value for value in values if value), None)
