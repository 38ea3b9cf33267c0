"""An opinion piece's writer, named in its closing line or heading its title: whose the writer's own "I" is.

Op-eds end with a line about their writer ("Glenn Harlan Reynolds, a University
of Tennessee law professor, is a member of USA TODAY's Board of Contributors."),
and the writer's "I predict" outside any quotation is that person's. The rule is
narrow on purpose: the last paragraph must be short and open with a person's
name followed by "is" (or an apposition and then "is"), and the article must
name that person nowhere else: a news story's last line about someone it has
reported on ("Gov. John Kasich is polling a distant third.") is no byline.
A column's title may open with its writer's name instead ("Ann Coulter: And Then There Was the One."): a
headline that quotes someone ("Marco Rubio: I'm Not Interested In Being Vice President.") names them again in
the story, so there too the person must be named nowhere else.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from saywho.analyse.sentences import text_of
from saywho.document import Entity

MAX_WORDS = 60  # a closing line about the writer, not a paragraph of the story
MAX_TITLE_WORDS = 25
# after the name: an optional apposition (", a law professor,") and then the verb that describes the writer
_DESCRIBED = re.compile(r"(?:,[^.,]{1,160},)?\s+(?:is|was|has been|teaches|writes)\b")
_TITLES = ("Mr. ", "Ms. ", "Mrs. ", "Dr. ")
_BYLINE = re.compile(r"[Bb][Yy]\s+")
MAX_BYLINE_WORDS = 8
BYLINE_PARAGRAPHS = 4  # the title, perhaps a standfirst and a date, then the byline


def writer_of(doc: Doc, paragraphs: list[tuple[int, int]], entities: dict[str, Entity],
              by_token: dict[int, str]) -> tuple[Entity, int] | None:
    """The person the closing line describes or the title opens with, where the article names them nowhere else,
    and where that line names them (the antecedent a reader can check)."""
    return (_described_at_the_close(doc, paragraphs, entities, by_token)
            or _heading_the_title(doc, paragraphs, entities, by_token)
            or _in_the_byline(doc, paragraphs, entities, by_token))


def _described_at_the_close(doc: Doc, paragraphs: list[tuple[int, int]], entities: dict[str, Entity],
                            by_token: dict[int, str]) -> tuple[Entity, int] | None:
    text = text_of(doc)
    closing = _short_last_paragraph(text, paragraphs)
    if closing is None:
        return None
    start, end = closing
    line = text[start:end].strip()
    start += len(text[start:end]) - len(text[start:end].lstrip())
    for title in _TITLES:
        if line.startswith(title):
            start += len(title)
    span = doc.char_span(start, start + 1, alignment_mode="expand")
    entity_id = by_token.get(span[0].i) if span is not None else None
    entity = entities.get(entity_id) if entity_id is not None else None
    if entity is None or entity.type != "PERSON":
        return None
    tokens = [token for token, owner in by_token.items() if owner == entity_id]
    if any(doc[token].idx < start for token in tokens):  # named in the story: someone reported on
        return None
    name_end = max(doc[token].idx + len(doc[token]) for token in tokens)
    return (entity, start) if _DESCRIBED.match(text, name_end) else None


def _heading_the_title(doc: Doc, paragraphs: list[tuple[int, int]], entities: dict[str, Entity],
                       by_token: dict[int, str]) -> tuple[Entity, int] | None:
    """ "Ann Coulter: And Then There Was the One.": the person whose name opens the first line, before a colon,
    where no later line names them."""
    text = text_of(doc)
    opening = next(((start, end) for start, end in paragraphs if text[start:end].strip()), None)
    if opening is None:
        return None
    start, end = opening
    start += len(text[start:end]) - len(text[start:end].lstrip())
    if len(text[start:end].split()) > MAX_TITLE_WORDS:
        return None
    span = doc.char_span(start, start + 1, alignment_mode="expand")
    entity_id = by_token.get(span[0].i) if span is not None else None
    entity = entities.get(entity_id) if entity_id is not None else None
    if entity is None or entity.type != "PERSON":
        return None
    tokens = sorted(token for token, owner in by_token.items() if owner == entity_id)
    if any(doc[token].idx >= end for token in tokens):  # named in the story: someone reported on or quoted
        return None
    name_end = doc[tokens[-1]].idx + len(doc[tokens[-1]])
    return (entity, start) if text.startswith(":", name_end) else None


def a_byline(line: str) -> bool:
    """Whether a line reads as a byline: "By" and a few words ("By Jordan Ellis")."""
    return _BYLINE.match(line) is not None and len(line.split()) <= MAX_BYLINE_WORDS


def _in_the_byline(doc: Doc, paragraphs: list[tuple[int, int]], entities: dict[str, Entity],
                   by_token: dict[int, str]) -> tuple[Entity, int] | None:
    """ "By Jordan Ellis" on a line of its own near the top (a pasted article keeps its byline in the text): the one
    person it names, where the article names them nowhere else."""
    text = text_of(doc)
    for start, end in [(s, e) for s, e in paragraphs if text[s:e].strip()][:BYLINE_PARAGRAPHS]:
        start += len(text[start:end]) - len(text[start:end].lstrip())
        match = _BYLINE.match(text, start)
        line = text[start:end]
        if match is None or not a_byline(line) or any(mark in line for mark in "\"“”"):
            continue
        named = {by_token[t.i] for t in doc.char_span(match.end(), end, alignment_mode="expand") or []
                 if t.i in by_token}
        if len(named) != 1:
            return None  # no one, or two writers: whose "I" is not told
        entity_id = named.pop()
        entity = entities.get(entity_id)
        closing = _closing_line(text, paragraphs)
        if entity is None or entity.type != "PERSON" or any(
                not (start <= doc[t].idx < end or closing[0] <= doc[t].idx < closing[1])
                for t, owner in by_token.items() if owner == entity_id):
            return None
        return entity, match.end()
    return None


def _closing_line(text: str, paragraphs: list[tuple[int, int]]) -> tuple[int, int]:
    """The last paragraph where it is a line about the writer ("Karen Liu is a high school teacher in Millbrook."),
    which may name the byline's writer again; (0, 0) where it is not."""
    closing = _short_last_paragraph(text, paragraphs)
    return closing if closing is not None and _DESCRIBED.search(text, *closing) else (0, 0)


def _short_last_paragraph(text: str, paragraphs: list[tuple[int, int]]) -> tuple[int, int] | None:
    """The last paragraph with words, where it is short and quotes no one: the only place a line about the writer
    stands."""
    closing = [(start, end) for start, end in paragraphs if text[start:end].strip()]
    if not closing:
        return None
    start, end = closing[-1]
    line = text[start:end]
    return None if len(line.split()) > MAX_WORDS or any(mark in line for mark in "\"“”") else (start, end)
