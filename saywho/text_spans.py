"""Spans over an article's text: its paragraphs, and the text of a role split into several spans."""

from __future__ import annotations

from bisect import bisect_right

Spans = list[tuple[int, int]]

# Spaces that a tokenizer or a rule looking for " " does not take for one: the no-break space, the figure space, the
# thin and the narrow no-break space. Read as a plain space, one character for one, so that every offset holds.
UNBROKEN_SPACES = str.maketrans({"\xa0": " ", "\u2007": " ", "\u2009": " ", "\u202f": " "})


def with_plain_spaces(text: str) -> str:
    return text.translate(UNBROKEN_SPACES)


def paragraph_spans(text: str) -> Spans:
    """Character spans of the non-empty lines of a text, without surrounding spaces."""
    spans, start = [], 0
    for line in text.split("\n"):
        stripped = line.strip()
        if stripped:
            lead = len(line) - len(line.lstrip())
            spans.append((start + lead, start + lead + len(stripped)))
        start += len(line) + 1
    return spans


def paragraph_index(paragraphs: Spans, offset: int) -> int:
    """The paragraph holding `offset` (or the next one, for an offset between paragraphs)."""
    index = bisect_right(paragraphs, offset, key=_end)  # paragraphs are in order: the first ending after offset
    return min(index, max(0, len(paragraphs) - 1))


def _end(span: tuple[int, int]) -> int:
    return span[1]


GAP = " … "  # stands for words of the article left out between two spans


def joined_text(text: str, spans: Spans) -> str:
    """The text of ordered spans, with " … " only where the article has words between them.

    Spans split at a sentence boundary, or at a closing mark, are one continuous passage: they are
    joined with the article's own spacing, so a quotation copied from the result is not a misquote.
    """
    pieces: list[str] = []
    for index, (start, end) in enumerate(spans):
        if index:
            between = text[spans[index - 1][1] : start]
            pieces.append(between if not between.strip() else GAP)
        pieces.append(text[start:end])
    return "".join(pieces)
