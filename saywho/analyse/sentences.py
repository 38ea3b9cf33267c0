"""Paragraphs, and sentence boundaries that respect them and quotation frames."""

from __future__ import annotations

from bisect import bisect_right

from spacy.tokens import Doc

from saywho.analyse.quotes import Quote
from saywho.document import paragraph_spans  # noqa: F401  re-exported for the components


def preset_boundaries(doc: Doc, quotes: list[Quote]) -> None:
    """Tell the parser where sentences must and must not start.

    A paragraph always starts a sentence (news paragraphs are short, and the
    small model otherwise runs a frame like `he said` into the next paragraph).
    After a closing mark, a lower-case word continues the sentence: in
    `“…?” he asked.` the frame belongs to the quote.
    """
    closing = {q.close_mark for q in quotes if q.close_mark is not None}
    previous = None
    for token in doc:
        if previous is not None:
            if "\n" in previous.text and not token.is_space:
                token.is_sent_start = True
            elif previous.idx in closing and token.text[:1].islower() and not token.is_space:
                token.is_sent_start = False
        if not token.is_space:
            previous = token
        elif "\n" in token.text:
            previous = token
    if len(doc):
        doc[0].is_sent_start = True


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
