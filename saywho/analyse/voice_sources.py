"""The writer's voice, sources: everyone and everything the article cites.

Grouped by speaker, with the ways each is cited (`HOW`); outlets named without a
speech cue ("aired on RT") too.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from spacy.tokens import Token

from saywho.analyse.sentences import text_of
from saywho.analyse.token_arrays import with_dep
from saywho.analyse.voice_labels import _names_something
from saywho.analyse.voice_reading import (
    Reading,
    _char_span,
    _entries_of,
    _trim,
    source_entries,
)
from saywho.document import (
    ACCORDING_TO,
    DIRECT,
    INDIRECT,
    KINDS,
    PARTIAL,
    REPORTED,
    Attribution,
    Speaker,
)

HOW = {
    DIRECT: "direct quote", PARTIAL: "partial quote", INDIRECT: "paraphrase",
    ACCORDING_TO: "according to", REPORTED: "reported",
}
WEB_DOMAIN = re.compile(r"\w\.(com|org|net|co|au|uk)\b", re.IGNORECASE)  # "News.com.au"
CALL_SIGN = re.compile(r"[KW][A-Z]{2,3}")  # North American broadcasters: "WVLK"


# -- sources ---------------------------------------------------------------------------


def find_sources(reading: Reading) -> list[dict[str, Any]]:
    """Every speaker the attributions cite, then outlets named by a frame ("aired on RT")."""
    groups: dict[str, dict[str, Any]] = {}
    for index, attribution in enumerate(reading.attributions):
        if attribution.speaker is not None:
            _add_attributed(groups, reading, index, attribution)
    for mention, frame, is_outlet in outlet_mentions(reading):
        _add_framed(groups, reading, mention, frame, is_outlet)
    for group in groups.values():
        group["how"] = sorted(group["how"], key=_how_order)
        group["spans"] = sorted(group["spans"])
        group["text"] = group["name"]
    return sorted(groups.values(), key=lambda g: (g["spans"][0][0] if g["spans"] else len(text_of(reading.doc))))


def _how_order(how: str) -> tuple[int, str]:
    ordered = [HOW[kind] for kind in KINDS]
    return (ordered.index(how), how) if how in ordered else (len(ordered), how)


def _add_attributed(groups: dict, reading: Reading, index: int, attribution: Attribution) -> None:
    speaker = attribution.speaker
    if speaker is None:  # the caller passes attributed speech only
        return
    head = reading.head_of(index)
    head_lemma = reading.doc[head].lemma_.lower() if head is not None else ""
    key = speaker.entity or speaker.name.lower()
    group = groups.setdefault(key, _new_source(speaker.name, _source_type(speaker, head_lemma), speaker.entity))
    group["anonymous"] = group["anonymous"] or is_anonymous(speaker, head_lemma)
    group["how"].add(HOW.get(attribution.kind, attribution.kind))
    group["count"] += 1
    group["attributions"].append(attribution.id)
    if attribution.source is not None:
        group["spans"].extend(list(s) for s in attribution.source.spans if list(s) not in group["spans"])


def _new_source(name: str, kind: str, entity: str | None) -> dict[str, Any]:
    return {"name": name, "type": kind, "entity": entity, "how": set(), "count": 0,
            "anonymous": False, "spans": [], "attributions": []}


def is_anonymous(speaker: Speaker, head_lemma: str) -> bool:
    """Unnamed, and described by a noun that hides who it is: "a source", "officials", "a spokesperson"."""
    return not speaker.named and "anonymous" in source_entries().get(head_lemma, set())


def _source_type(speaker: Speaker, head_lemma: str) -> str:
    if not speaker.named and "document" in source_entries().get(head_lemma, set()):
        return "DOCUMENT"
    return speaker.type


def outlet_mentions(reading: Reading) -> list[tuple[list[Token], str, bool]]:
    """Named sources in a frame: outlets or channels ("aired on X", "told X", "in an interview
    with X"), and "according to X" where no attribution has X as its source already.
    Each with the frame's words and whether it names an outlet."""
    sources = reading.source_tokens()
    found = []
    for token in (reading.doc[i] for i in with_dep(reading.doc, FRAMED_DEPS)):
        if token.dep_ not in FRAMED_DEPS or reading.in_quote(token) or token.i in sources:
            continue
        listed, written = _outlet_frame(token)
        for kind, entries in _frames().items():
            if listed in entries and _fits_frame(reading, token, kind):
                found.append((_name_tokens(reading, token), written, kind != "cited"))
                break
    return found


@cache
def _frames() -> dict[str, set[str]]:
    """The frames of each kind sources.txt lists, in the order they are tried."""
    return {kind: _entries_of(source_entries(), lambda kinds, kind=kind: kind in kinds)
            for kind in ("outlet", "channel", "cited")}


@cache
def _media_words() -> set[str]:
    return _entries_of(source_entries(), lambda kinds: "media" in kinds)


def _fits_frame(reading: Reading, token: Token, kind: str) -> bool:
    """Outlets are organisations; a channel may be taken for a place; "according to" takes any name."""
    if kind == "cited":
        return _names_something(reading, token)
    entity = reading.entity(token)
    entity_type = entity.type if entity is not None else token.ent_type_
    if entity is None and token.pos_ != "PROPN":
        return False
    if kind == "outlet":
        return entity_type in {"ORG", "", "WORK_OF_ART"} and looks_like_media(_name_tokens(reading, token))
    return entity_type in {"ORG", "", "WORK_OF_ART", "PRODUCT", "GPE", "NORP", "FAC", "LOC"}


def looks_like_media(name: list[Token]) -> bool:
    """ "Fox News", "News.com.au", "WVLK": a news organisation's name, not Congress's or the FBI's."""
    media = _media_words()
    return any(
        word.lower() in media or WEB_DOMAIN.search(word) or CALL_SIGN.fullmatch(word)
        for word in (t.text for t in name)
    )


FRAMED_DEPS = frozenset({"pobj", "dative", "dobj"})  # the only words _outlet_frame finds a frame for


def _outlet_frame(token: Token) -> tuple[str | None, str]:
    """The frame a name stands in, as sources.txt would list it ("interview with") and as written ("interviews
    with"); None listed for a word in no frame."""
    head = token.head
    if token.dep_ == "pobj" and head.dep_ == "prep":
        governor = head.head
        return f"{governor.lemma_.lower()} {head.lower_}", f"{governor.text.lower()} {head.lower_}"
    if token.dep_ in {"dative", "dobj"}:
        return head.lemma_.lower(), head.text.lower()
    return None, ""


def _name_tokens(reading: Reading, token: Token) -> list[Token]:
    keep = {"compound", "poss", "case", "det", "amod", "nmod", "punct"}
    tokens = [token] + [t for c in token.lefts if c.dep_ in keep for t in c.subtree]
    return _trim([t for t in tokens if not reading.in_quote(t)]) or [token]


def _add_framed(groups: dict, reading: Reading, mention: list[Token], frame: str, is_outlet: bool) -> None:
    head = max(mention, key=lambda t: t.i)
    entity = reading.entity(head)
    name = entity.name if entity else " ".join(t.text for t in mention if t.dep_ != "det")
    key = entity.id if entity else name.lower()
    kind = "OUTLET" if is_outlet or entity is None else entity.type
    group = groups.setdefault(key, _new_source(name, kind, entity.id if entity else None))
    group["how"].add(frame)
    group["count"] += 1
    span = list(_char_span(mention))
    if span not in group["spans"]:
        group["spans"].append(span)
