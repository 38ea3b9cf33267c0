"""Paragraphs, and sentence boundaries that respect them and quotation frames."""

from __future__ import annotations

import re
from bisect import bisect_right

import numpy
from spacy.attrs import SENT_START
from spacy.tokens import Doc, Token

from saywho.analyse.quotes import Quote
from saywho.analyse.token_arrays import token_starts
from saywho.document import paragraph_spans  # noqa: F401  re-exported for the components


def preset_boundaries(doc: Doc, quotes: list[Quote]) -> None:
    """Tell the parser where sentences must and must not start.

    A paragraph always starts a sentence (news paragraphs are short, and the
    small model otherwise runs a frame like `he said` into the next paragraph).
    After a closing mark, a lower-case word continues the sentence: in
    `“…?” he asked.` the frame belongs to the quote.
    """
    closing = {q.close_mark for q in quotes if q.close_mark is not None}
    starts: dict[int, bool] = {}
    # Only a word after a line break or after a closing mark changes: read those, not every token.
    for index in _breaks_and_closings(doc, closing):
        previous = doc[index]
        following = _next_kept(doc, index)
        if following is None or following.is_space:
            continue
        if "\n" in previous.text:
            starts[following.i] = True
            _continues_after_first_word(doc, following, starts)
        elif previous.idx in closing and (following.text[:1].islower() or _frame_follows(doc, previous, following)):
            starts[following.i] = False
    for index in [*_after_titles(doc), *_after_bracketed_abbreviations(doc)]:
        starts.setdefault(index, False)
    for index in _tokens_after(doc, QUOTATION_AFTER_AN_ABBREVIATION):
        starts.setdefault(index, True)
    if len(doc):
        starts[0] = True
        _continues_after_first_word(doc, doc[0], starts)
    _set_sentence_starts(doc, starts)


def _continues_after_first_word(doc: Doc, first: Token, starts: dict[int, bool]) -> None:
    """ "Portside United's top scorer … is leaving": a paragraph's first word and the word right after it are one
    sentence (the small parser may end a sentence after a place's name that opens a paragraph)."""
    second = first.i + 1
    if second < len(doc) and first.is_alpha and doc[second].is_alpha and first.whitespace_:
        starts.setdefault(second, False)


# "Navy Capt. Jeff Davis said": the small parser ends a sentence at a title's full stop and loses the speaker.
TITLE_BEFORE_NAME = re.compile(
    r"\b(?:Capt|Lt|Col|Maj|Gen|Sgt|Cpl|Pvt|Spc|Cmdr|Adm|Msgr|Supt|Amb|Atty|Gov|Govs|Sen|Sens|Rep|Reps|Rev|Gens)"
    r"\. (?=[A-Z][a-z])")


# "Council Whip Ben Hale (Lab.) in an interview said": a party's abbreviation in brackets ends in a full stop, and
# the small parser ends the sentence there, leaving "said" without its speaker.
LOWER_AFTER_BRACKETED_STOP = re.compile(r"\.\) (?=[a-z])")


# "… shortly after 3 a.m. “This was not opportunistic,” she said": an abbreviation's full stop that also ends the
# sentence, before a quotation opening on a capital; the small parser runs the two sentences together.
QUOTATION_AFTER_AN_ABBREVIATION = re.compile(r"\b(?:[ap]\.m|Jr|Sr|Inc|Ltd|Co|Corp|U\.S|U\.K|D\.C)\. (?=[“\"][A-Z])")


def _after_titles(doc: Doc) -> list[int]:
    """The tokens (names) right after a title's abbreviation: never a sentence start."""
    return _tokens_after(doc, TITLE_BEFORE_NAME)


def _after_bracketed_abbreviations(doc: Doc) -> list[int]:
    """A lower-case word right after "….)": never a sentence start."""
    return _tokens_after(doc, LOWER_AFTER_BRACKETED_STOP)


def _tokens_after(doc: Doc, pattern: re.Pattern) -> list[int]:
    """The tokens that start where a match of `pattern` in the text ends."""
    starts = token_starts(doc)
    found = []
    for match in pattern.finditer(text_of(doc)):
        index = bisect_right(starts, match.end()) - 1
        if index >= 0 and starts[index] == match.end():
            found.append(index)
    return found


# Forms of the verbs a speaker's frame after a quotation uses ("“Why now?” Ruiz asked.").
FRAME_VERBS = {"said", "says", "asked", "asks", "added", "adds", "told", "tells", "wrote", "writes", "tweeted",
               "replied", "continued", "explained", "noted", "argued", "declared", "insisted", "responded",
               "shouted", "wondered", "joked", "quipped", "exclaimed", "recalled", "concluded"}
FRAME_NAME_WORDS = 5  # "Sen. Bernie Sanders", "White House press secretary Josh Earnest" is a title-case run


def _frame_follows(doc: Doc, closing: Token, following: Token) -> bool:
    """ "“Why now?” Ruiz asked.": a capitalised name and a frame verb after a quotation that ends in a question
    or exclamation mark continue its sentence; after a full stop only a frame that is the whole sentence
    ("“We will win.” Trump said."), since "“We will win.” Trump said the polls were wrong" starts anew."""
    ending = doc[closing.i - 1].text if closing.i > 0 else ""
    if ending not in {"?", "!", "."}:
        return False
    words = doc[following.i: following.i + FRAME_NAME_WORDS + 2]
    verb = next((t for t in words if t.lower_ in FRAME_VERBS), None)
    if verb is None or verb.i == following.i:
        return False
    if not all(t.text[:1].isupper() or t.text in {"-", "'s", "’s"} for t in doc[following.i: verb.i]):
        return False
    after = doc[verb.i + 1] if verb.i + 1 < len(doc) else None
    return ending != "." or after is None or after.text == "." or after.is_space


def _set_sentence_starts(doc: Doc, starts: dict[int, bool]) -> None:
    """doc[i].is_sent_start = value for each, in one write: spaCy's setter scans the whole Doc for a parse
    at every call."""
    if not starts:
        return
    if doc.has_annotation("DEP"):  # parsed already: the setter says why that cannot be
        for index, value in starts.items():
            doc[index].is_sent_start = value
        return
    values = doc.to_array([SENT_START]).astype(numpy.int64)  # 1, -1 (not a start) or 0, as uint64 here
    for index, value in starts.items():
        values[index] = 1 if value else -1
    doc.from_array([SENT_START], values.astype(numpy.uint64).reshape(-1, 1))  # type: ignore[arg-type]  # thinc's Ints2d is a numpy array here


def _breaks_and_closings(doc: Doc, closing: set[int]) -> list[int]:
    """The tokens holding a line break or starting at a closing mark, in order."""
    text = text_of(doc)
    starts = token_starts(doc)
    found = {bisect_right(starts, at) - 1 for at in closing}
    at = text.find("\n")
    while at != -1:
        found.add(bisect_right(starts, at) - 1)  # the token holding it (checked: not a space after a word)
        at = text.find("\n", at + 1)
    return [i for i in sorted(found) if i >= 0 and _marks_a_turn(doc[i], closing)]


def _marks_a_turn(token: Token, closing: set[int]) -> bool:
    if "\n" in token.text:
        return True
    return token.idx in closing and not token.is_space  # a space without a break is passed over


def _next_kept(doc: Doc, index: int) -> Token | None:
    """The next token that is not a space without a line break (those a reader passes over)."""
    for following in range(index + 1, len(doc)):
        token = doc[following]
        if not token.is_space or "\n" in token.text:
            return token
    return None


def merge_spans(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Character ranges in order, those that overlap or touch joined into one."""
    merged: list[list[int]] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    return [(start, end) for start, end in merged]


def text_of(doc: Doc) -> str:
    """doc.text, built once: spaCy joins every token anew on each access."""
    text = doc.user_data.get(TEXT_KEY)
    if text is None:
        text = doc.user_data[TEXT_KEY] = doc.text
    return text


def sentence_starts(doc: Doc) -> list[int]:
    """Character offsets where sentences start, computed once per parsed doc."""
    starts = doc.user_data.get(STARTS_KEY)
    if starts is None:
        starts = doc.user_data[STARTS_KEY] = [s.start_char for s in doc.sents]
    return starts


def sentence_index(doc: Doc, offset: int) -> int:
    """The sentence holding the character at `offset`, as an index into sentence_starts(doc)."""
    return bisect_right(sentence_starts(doc), offset) - 1


TEXT_KEY = "saywho.text"
STARTS_KEY = "saywho.sentence_starts"


def token_at(doc: Doc, offset: int) -> Token | None:
    """The token holding the character at `offset` (a source's start, as the speakers step keeps it)."""
    span = doc.char_span(offset, offset + 1, alignment_mode="expand")
    return span[0] if span is not None and len(span) else None
