"""The writer's voice, unattributed claims: the writer's checkable sentences attributed to no one.
"""

from __future__ import annotations

from bisect import bisect_left
from typing import Any

from spacy.tokens import Doc, Token

from saywho.analyse.voice_reading import (
    Reading,
    _item,
)

CHECKABLE_ENTS = {
    "PERSON": "name", "ORG": "name", "GPE": "name", "NORP": "name", "LOC": "name", "FAC": "name",
    "EVENT": "name", "LAW": "name", "CARDINAL": "number", "PERCENT": "number", "MONEY": "number",
    "QUANTITY": "number", "ORDINAL": "number", "DATE": "date", "TIME": "date",
}


# -- unattributed claims ----------------------------------------------------------------------


def find_unattributed_claims(reading: Reading, hedges: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The writer's sentences that assert something checkable on no one's authority.

    A sentence counts when it
    - overlaps no attribution (its source, cue or content) and no quotation,
    - is a statement: it does not end in "?" and has a subject (no imperatives,
      no bylines like "Follow X on Twitter"),
    - holds something a reader could check: a number, a date, a name, a verb in
      the past tense, or a comparison ("more", "largest").
    Each claim lists what makes it checkable and whether the writer hedged it.
    """
    attributed = Intervals(_attributed_spans(reading))
    hedge_starts = sorted(item["spans"][0][0] for item in hedges)
    claims = []
    for sentence in reading.doc.sents:
        span = _words_span(reading.doc, sentence.start, sentence.end)
        if span is None or attributed.overlaps(span):  # read before making a Token of every word
            continue
        tokens = [t for t in sentence if not t.is_space]
        if not _is_statement(tokens):
            continue
        checkable = _checkable(tokens)
        if checkable:
            start, end = span
            first = bisect_left(hedge_starts, start)
            hedged = first < len(hedge_starts) and hedge_starts[first] < end
            claims.append(_item(reading.doc, tokens, checkable=checkable, hedged=hedged))
    return claims


def _words_span(doc: Doc, start: int, end: int) -> tuple[int, int] | None:
    """The characters from the first token of doc[start:end] that is not a space to the last one
    (_char_span of its words), or None where all are spaces."""
    while start < end and doc[start].is_space:
        start += 1
    if start == end:
        return None
    last = end - 1
    while doc[last].is_space:
        last -= 1
    return doc[start].idx, doc[last].idx + len(doc[last].text)


def _attributed_spans(reading: Reading) -> list[tuple[int, int]]:
    spans = list(reading.quote_spans)
    for attribution in reading.attributions:
        for segment in (attribution.source, attribution.cue, attribution.content):
            spans += [tuple(s) for s in segment.spans] if segment else []
    return spans


class Intervals:
    """Character spans merged into sorted, disjoint runs, so that an overlap test is one bisection
    (a long article has thousands of sentences and of attributed spans)."""

    def __init__(self, spans: list[tuple[int, int]]):
        self.starts: list[int] = []
        self.ends: list[int] = []
        for start, end in sorted(s for s in spans if s[0] < s[1]):
            if self.ends and start <= self.ends[-1]:
                self.ends[-1] = max(self.ends[-1], end)
            else:
                self.starts.append(start)
                self.ends.append(end)

    def overlaps(self, span: tuple[int, int]) -> bool:
        """Whether [start, end) shares a character with any of the spans."""
        start, end = span
        if start >= end:
            return False
        last = bisect_left(self.starts, end) - 1  # the last run starting before `end`
        return last >= 0 and self.ends[last] > start


def _is_statement(tokens: list[Token]) -> bool:
    if tokens[-1].text.endswith("?"):
        return False
    return any(t.dep_ in {"nsubj", "nsubjpass", "expl", "csubj"} for t in tokens)


def _checkable(tokens: list[Token]) -> list[str]:
    kinds = set()
    for token in tokens:
        if token.ent_type_ in CHECKABLE_ENTS:
            kinds.add(CHECKABLE_ENTS[token.ent_type_])
        if token.pos_ == "NUM":
            kinds.add("number")
        if token.tag_ == "VBD" or (token.tag_ == "VBN" and any(c.lemma_ == "have" for c in token.children)):
            kinds.add("past tense")
        if token.tag_ in {"JJR", "JJS", "RBR", "RBS"}:
            kinds.add("comparison")
    return sorted(kinds)
