"""Attributions under construction (Draft), which quotation each token stands in (QuoteMap),
the shared walking limits, and the helpers that turn tokens into character spans."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from saywho.analyse.quotes import Quote
from saywho.analyse.sentences import merge_spans as _merge  # noqa: F401  the name finished.py imports
from saywho.analyse.sentences import sentence_starts, text_of

# Relations through which a participle or coordinated verb shares its governor's subject.
SHARES_SUBJECT = {"advcl", "xcomp", "conj", "pcomp", "prep", "pobj", "ccomp", "parataxis", "acomp"}
REPORTING_LEMMAS = {"report", "learn"}
WALK_LIMIT = 8


@dataclass
class Draft:
    """An attribution under construction."""

    cue: list[Token]
    content: list[tuple[int, int]] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    source: tuple[int, int] | None = None
    source_head: Token | None = None
    according_to: bool = False
    cue_drawn: bool = False  # `cue` is the whole cue as found ("let them know"), not a verb to grow one from
    carries_over: Draft | None = None  # a quote with no frame speaks for the previous speaker
    labelled: bool = False  # a transcript's `NAME:` line: the speaker's own words

    @property
    def head(self) -> Token | None:
        return self.cue[0] if self.cue else None

    @property
    def start(self) -> int:
        return _first_offset(self)


class QuoteMap:
    """Which quotation, if any, each token stands in."""

    def __init__(self, doc: Doc, quotes: list[Quote]):
        self.quotes = quotes
        self.of_token: list[int | None] = [None] * len(doc)
        for index, quote in enumerate(quotes):
            open_at, close_at = quote.outer
            span = doc.char_span(open_at, close_at, alignment_mode="expand")
            for token_index in range(span.start, span.end) if span is not None else ():  # no Token per word
                self.of_token[token_index] = index

    def inside(self, token: Token) -> bool:
        return self.of_token[token.i] is not None

    def tokens(self, doc: Doc, index: int) -> list[Token]:
        quote = self.quotes[index]
        span = doc.char_span(quote.start, quote.end, alignment_mode="expand")
        return [t for t in span or [] if self.of_token[t.i] == index and quote.start <= t.idx < quote.end and not t.is_space]


# -- span helpers ------------------------------------------------------------------


def _first_offset(draft: Draft) -> int:
    offsets = [s for s, _ in draft.content] + [q.start for q in draft.quotes]
    return min(offsets) if offsets else 0


def _char_span(tokens: list[Token] | Span) -> tuple[int, int]:
    tokens = list(tokens)
    return tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)


def _trim_punct(tokens: list[Token]) -> list[Token]:
    keep_closing = set("”’\"'%")  # a closing mark, or the sign of "47%" (spaCy counts it as punctuation)
    start, end = 0, len(tokens)
    while start < end and (tokens[start].is_punct or tokens[start].is_space) and tokens[start].text not in "“‘\"'«" \
            and not _opening_apostrophes(tokens, start):
        start += 1
    while end > start and (tokens[end - 1].is_punct or tokens[end - 1].is_space) and tokens[end - 1].text not in keep_closing \
            and not _closing_apostrophes(tokens, end - 1):
        end -= 1
    return tokens[start:end]


def _opening_apostrophes(tokens: list[Token], index: int) -> bool:
    """ "''We're still winning …''": the New York Times' opening mark, two apostrophes set right before a word."""
    return tokens[index].text == "''" and index + 1 < len(tokens) and not tokens[index].whitespace_


def _closing_apostrophes(tokens: list[Token], index: int) -> bool:
    """ "''cares about people like me,''": the New York Times' closing mark, two apostrophes set right after a word (an
    opening one after a space begins the next quotation)."""
    return tokens[index].text == "''" and index > 0 and not tokens[index - 1].whitespace_


def _longest_run(tokens: list[Token]) -> list[Token]:
    """The longest stretch of consecutive tokens."""
    runs: list[list[Token]] = []
    for token in tokens:
        if runs and token.i == runs[-1][-1].i + 1:
            runs[-1].append(token)
        else:
            runs.append([token])
    return max(runs, key=len) if runs else []


def _run_containing(tokens: list[Token], head: Token) -> list[Token]:
    run: list[Token] = []
    for token in tokens:
        if run and token.i != run[-1].i + 1:
            if head in run:
                return run
            run = []
        run.append(token)
    return run if head in run else []


def _split_at_sentences(doc: Doc, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """PolNeAR marks a content of several sentences as one span per sentence."""
    starts = sentence_starts(doc)
    pieces = []
    for start, end in spans:
        for boundary in starts[bisect_right(starts, start) : bisect_left(starts, end)]:
            pieces.append((start, _rstrip(text_of(doc), start, boundary)))
            start = boundary
        pieces.append((start, end))
    return [(s, e) for s, e in pieces if e > s]


def _closed(text: str, span: tuple[int, int]) -> tuple[int, int]:
    """A clause that opens a quotation mark ends after the mark that closes it (and its full stop)."""
    start, end = span
    fragment = text[start:end]
    if fragment.count("“") > fragment.count("”") or fragment.count('"') % 2:
        match = re.match(r'[.,!?]?[”"]', text[end : end + 2])
        if match:
            return start, end + match.end()
    return span


# A mark a source may open, the mark that closes it, and what may stand just inside that: ",”", ".''".
CLOSING_MARKS = (("(", ")", ""), ("“", "”", ".,"), ("''", "''", ".,"), ('"', '"', ".,"))


def with_closing_mark(text: str, span: tuple[int, int]) -> tuple[int, int]:
    """ "Gov. Mike Pence (R)", "Dana Perino, a host of ''The Five,''": trimming a source's punctuation took the mark
    that closes a bracket or a title it opened."""
    start, end = span
    fragment = text[start:end]
    for opening, closing, inside in CLOSING_MARKS:
        opened = fragment.count(opening)
        left_open = opened % 2 if opening == closing else opened > fragment.count(closing)
        step = 1 if left_open and text[end : end + 1] in set(inside) else 0
        if left_open and text.startswith(closing, end + step):
            return start, end + step + len(closing)
    return span


def without_markup(text: str, span: tuple[int, int]) -> tuple[int, int]:
    """ `<tweet tweet-author="@edhenry" tweet-date="March 10, 2016">Sanders aide Jeff Weaver`: a tag the page left in
    the text, glued to the words around it, is no part of a source."""
    return _untagged(text, span) or span


def without_tags(text: str, content: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """ `violates DNC rules pic.twitter.com/CYeowyNI7y<tweet/`: nor of a content's pieces."""
    pieces = [piece for span in content if (piece := _untagged(text, span)) is not None]
    return pieces or content


def _untagged(text: str, span: tuple[int, int]) -> tuple[int, int] | None:
    """The words of a span before a tag opening in it and after one closing (or a post's time stamp) before them; None
    if none are left."""
    start, end = span
    opening = text.find("<", start, end)
    if opening >= 0:
        end = _rstrip(text, start, opening)
    close = max(text.rfind(">", start, end), _stamp_end(text, start, end) - 1)
    if close >= 0:
        start = close + 1
        while start < end and (text[start].isspace() or text[start] == "."):
            start += 1
    return (start, end) if start < end else None


# A live blog's post header glued to the post's first words: "…ShareLikeReply… February 6, 2016 9:23PMRubio Thinks …".
POST_STAMP = re.compile(r"\d{1,2}:\d\d ?[AP]M")


def _stamp_end(text: str, start: int, end: int) -> int:
    found = [m.end() for m in POST_STAMP.finditer(text, start, end)]
    return found[-1] if found else 0


def _rstrip(text: str, start: int, end: int, marks: str = "") -> int:
    """`end` moved back past whitespace, and past `marks` too where given, not before `start`."""
    while end > start and (text[end - 1].isspace() or text[end - 1] in marks):
        end -= 1
    return end
