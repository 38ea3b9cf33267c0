"""Finding the few tokens a step wants in the Doc's attribute arrays, in one numpy pass.

Walking a Doc makes a Token object for every word and looks each attribute up as a
string; the steps that want only "he" and "she", or the content words outside names,
read the same attributes as integers with `Doc.to_array` and make Tokens of the hits
only. The hits are the tokens a walk would have found, in text order.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Collection, Iterable

import numpy
from spacy.attrs import DEP, ENT_TYPE, IDX, IS_ALPHA, IS_STOP, LEMMA, LENGTH, LOWER, ORTH, POS
from spacy.parts_of_speech import IDS as POS_IDS
from spacy.strings import get_string_id
from spacy.tokens import Doc


def with_lower(doc: Doc, words: Iterable[str]) -> list[int]:
    """The indices of the tokens whose lowercase form (token.lower_) is one of `words`."""
    return _with_string(doc, LOWER, words)


def with_text(doc: Doc, words: Iterable[str]) -> list[int]:
    """The indices of the tokens whose text (token.text) is one of `words`."""
    return _with_string(doc, ORTH, words)


def _with_string(doc: Doc, attribute: int, strings: Iterable[str]) -> list[int]:
    """The indices of the tokens whose string `attribute` (LOWER, ORTH, DEP) is one of `strings`."""
    if not len(doc):
        return []
    return numpy.flatnonzero(_is_one_of(doc.to_array(attribute), _string_ids(strings))).tolist()


def _string_ids(strings: Iterable[str]) -> numpy.ndarray:
    return numpy.array([get_string_id(string) for string in strings], dtype=numpy.uint64)


def _is_one_of(values: numpy.ndarray, ids: numpy.ndarray) -> numpy.ndarray:
    """numpy.isin(values, ids) for a few ids and a Doc's worth of values: each value looked up in the ids, sorted,
    rather than the Doc's values sorted too, as isin does for all but the shortest lists."""
    if not len(ids):
        return numpy.zeros(len(values), dtype=bool)
    ids = numpy.unique(ids)
    at = numpy.searchsorted(ids, values)
    at[at == len(ids)] = 0
    return ids[at] == values


def entity_words(doc: Doc, label: str) -> list[int]:
    """The indices of the tokens in entities labelled `label` (token.ent_type_)."""
    if not len(doc):
        return []
    return numpy.flatnonzero(doc.to_array(ENT_TYPE) == get_string_id(label)).tolist()


def with_lower_or_lemma(doc: Doc, words: Collection[str]) -> list[int]:
    """The indices of the tokens whose lowercase form or lowercased lemma (token.lemma_.lower()) is in `words`."""
    if not len(doc):
        return []
    table = doc.to_array([LOWER, LEMMA])
    wanted = _forms_in(doc, table[:, 0], words, lowered=False) | _forms_in(doc, table[:, 1], words, lowered=True)
    return numpy.flatnonzero(wanted).tolist()


def with_lemma(doc: Doc, lemmas: Collection[str], pos: Iterable[str] | None = None) -> list[int]:
    """The indices of the tokens whose lowercased lemma is in `lemmas` (and whose part of speech in `pos`)."""
    if not len(doc):
        return []
    table = doc.to_array([LEMMA, POS])
    wanted = _forms_in(doc, table[:, 0], lemmas, lowered=True)
    if pos is not None:
        wanted &= numpy.isin(table[:, 1], numpy.array([POS_IDS[name] for name in pos], dtype=numpy.uint64))
    return numpy.flatnonzero(wanted).tolist()


def with_lower_or_pos(doc: Doc, words: Iterable[str], pos: str) -> list[int]:
    """The indices of the tokens whose lowercase form (token.lower_) is one of `words` or whose part of
    speech (token.pos_) is `pos`."""
    if not len(doc):
        return []
    table = doc.to_array([LOWER, POS])
    return numpy.flatnonzero(_is_one_of(table[:, 0], _string_ids(words)) | (table[:, 1] == POS_IDS[pos])).tolist()


def with_dep(doc: Doc, deps: Iterable[str]) -> list[int]:
    """The indices of the tokens whose dependency label (token.dep_) is one of `deps`."""
    return _with_string(doc, DEP, deps)


def _forms_in(doc: Doc, values: numpy.ndarray, words: Collection[str], lowered: bool) -> numpy.ndarray:
    """Which of `values` (string ids) stand for a string in `words`, lowercased first if `lowered`:
    each distinct id is looked up once, and once only for all Docs while `words` is the same object."""
    return _membership(words, lowered).flags(doc.vocab.strings, values)


class _Membership:
    """Whether each string id met so far stands for a form in `words`: the ids sorted, for numpy to search a
    Doc's ids in them at once; only the ids met for the first time are looked up in the StringStore."""

    def __init__(self, words: Collection[str], lowered: bool):
        self.words, self.lowered = words, lowered
        self.ids = numpy.empty(0, dtype=numpy.uint64)
        self.found = numpy.empty(0, dtype=bool)

    def flags(self, strings, values: numpy.ndarray) -> numpy.ndarray:
        at = numpy.searchsorted(self.ids, values)
        known = numpy.zeros(len(values), dtype=bool)
        inside = at < len(self.ids)
        known[inside] = self.ids[at[inside]] == values[inside]
        if not known.all():
            self._learn(strings, numpy.unique(values[~known]))
            at = numpy.searchsorted(self.ids, values)
        return self.found[at]

    def _learn(self, strings, new: numpy.ndarray) -> None:
        forms = [strings[value] for value in new.tolist()]
        found = numpy.array([(form.lower() if self.lowered else form) in self.words for form in forms], dtype=bool)
        ids, found = numpy.concatenate([self.ids, new]), numpy.concatenate([self.found, found])
        order = numpy.argsort(ids, kind="stable")
        self.ids, self.found = ids[order], found[order]


# Each word list's membership, by (the list's id, lowered): the callers' lists are the lexicons' cached
# tables, and looking every distinct word of a Doc up in the StringStore was most of a scan. A string id
# is the hash of its string, the same in any Doc. Each entry holds its list, so that the id is not reused
# while it is kept; a list must not change once passed.
_MEMBERSHIP: dict[tuple[int, bool], _Membership] = {}
MEMBERSHIP_LISTS = 16  # more lists than this (callers making a new list per Doc) start the memory afresh


def _membership(words: Collection[str], lowered: bool) -> _Membership:
    key = (id(words), lowered)
    kept = _MEMBERSHIP.get(key)
    if kept is None or kept.words is not words:
        if len(_MEMBERSHIP) >= MEMBERSHIP_LISTS:
            _MEMBERSHIP.clear()
        kept = _MEMBERSHIP[key] = _Membership(words, lowered)
    return kept


def content_words(doc: Doc, pos: Iterable[str], min_length: int, not_entities: Iterable[str]) -> list[int]:
    """The indices of the tokens of a part of speech in `pos`, alphabetic, not stop words, longer than
    `min_length` characters and outside entities of the types `not_entities`."""
    if not len(doc):
        return []
    table = doc.to_array([POS, IS_ALPHA, IS_STOP, LENGTH, ENT_TYPE])
    pos_ids = numpy.array([POS_IDS[name] for name in pos], dtype=numpy.uint64)
    entity_ids = _string_ids(not_entities)
    wanted = (numpy.isin(table[:, 0], pos_ids) & (table[:, 1] != 0) & (table[:, 2] == 0)
              & (table[:, 3] > min_length) & ~numpy.isin(table[:, 4], entity_ids))
    return numpy.flatnonzero(wanted).tolist()


def token_starts(doc: Doc) -> list[int]:
    """Each token's character offset (token.idx), in order."""
    return doc.to_array(IDX).tolist() if len(doc) else []


def quoted_tokens(doc: Doc, quotes: Iterable) -> set[int]:
    """The indices of the tokens that start inside one of `quotes` (anything with character `start` and `end`):
    `i in quoted_tokens(doc, quotes)` for `any(q.start <= doc[i].idx < q.end for q in quotes)`, read once."""
    return starting_within(token_starts(doc), [(q.start, q.end) for q in quotes], 0, len(doc))


def starting_within(starts: list[int], spans: Iterable[tuple[int, int]], first: int, end: int) -> set[int]:
    """The indices, from `first` up to `end`, of the tokens that start inside one of the character `spans`;
    `starts` as token_starts gives them."""
    inside: set[int] = set()
    for start, stop in spans:
        inside.update(range(max(bisect_left(starts, start), first), min(bisect_left(starts, stop), end)))
    return inside
