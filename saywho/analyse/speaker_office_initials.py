"""Offices written as initials: "Superintendent of Police Kamran Butt … “…,” the SP said", "Chief Inspector Daniel
Koech, the officer commanding the station, … the OCS said". The tagger takes the initials for an organisation's
name; they are the title the text gave one person in words, right before the name or set off after it. Read
only where the text spells the initials out beside a person, so "the FBI" stays the bureau."""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Token

from saywho.analyse.sentences import text_of
from saywho.document import Entity

# Words an office's initials skip: "Superintendent of Police" is SP, "officer commanding the station" OCS.
_SKIPPED = r"(?:of|the|for|and|in|at|on)"


@lru_cache(maxsize=64)
def _spelled_out(initials: str) -> re.Pattern[str] | None:
    if not (2 <= len(initials) <= 5 and initials.isalpha() and initials.isupper()):
        return None
    words = [rf"[{letter}{letter.lower()}][a-z]+" for letter in initials]
    return re.compile(r"\b" + rf"(?:[\s-]+{_SKIPPED}\b)*[\s-]+".join(words) + r"\b")


def _after_the(head: Token) -> bool:
    return head.i > 0 and head.doc[head.i - 1].lower_ == "the"


def office_holders(office: Entity, head: Token, entities: dict[str, Entity]) -> set[str]:
    """The people the text gives the office `office` writes in initials, where `head` ("the SP") reads it so."""
    pattern = _spelled_out(office.name)
    if pattern is None or not _after_the(head):
        return set()
    text = text_of(head.doc)
    people = [(e.id, span) for e in entities.values() if e.type == "PERSON" and e is not office
              for mention in e.mentions for span in mention.spans]
    return {entity_id for match in pattern.finditer(text, 0, head.idx)
            for entity_id, (start, end) in people if _titled_so(text, match, start, end)}


# The place or force an office is of, between it and the name: " of Murshidabad, ", " of Police ".
_WHERE_AND_COMMA = re.compile(r"\s+(?:of|for|in)\s+(?:the\s+)?(?:[A-Z][\w'’.-]*\s*){1,4},?\s*")


def _titled_so(text: str, match: re.Match[str], start: int, end: int) -> bool:
    """The office's words right before the name ("Superintendent of Police Kamran Butt"), or set off after it
    ("Daniel Koech, the officer commanding the station")."""
    if 0 <= start - match.end() <= 2 and not text[match.end():start].strip():
        return True
    if 0 < start - match.end() <= 60 and _WHERE_AND_COMMA.fullmatch(text[match.end():start]):
        return True  # "The Superintendent of Police of Murshidabad, Rehana Parveen,"
    return end <= match.start() and re.fullmatch(r",\s+(?:the |a |an |its |their )?", text[end:match.start()]) is not None
