"""Pieces of one content that the writer's own words join: "argued that his client was not to be taken seriously:
His words were the bloviations of a “shock jock,” “an entertainer,” but also a “new-media journalist.”", "blamed the
anti-fracking law on “knuckleheaded Democratic politicians.”". A quotation drawn in beside a clause, or several
quotations in one sentence, gave a content in pieces with the words between them left out; PolNeAR's annotators
draw such a mixture of paraphrase and quotation as one span (the guidelines' "Lowell said that he doesn't “prefer”
pickles"). On train, joining the pieces where no cue, source or verb of saying stands between them and no sentence
ends there put 31 contents right and none wrong.
"""

from __future__ import annotations

from spacy.tokens import Doc

from saywho.analyse import cues
from saywho.analyse.attributions.drafts import Draft
from saywho.analyse.sentences import text_of
from saywho.text_spans import Spans

SENTENCE_ENDS = ".?!"


def across_word_bridges(doc: Doc, kept: list[tuple[Draft, Spans]]) -> list[tuple[Draft, Spans]]:
    """Each content with its pieces joined across the writer's words between them, where those words frame nothing."""
    framing = _framing_characters(kept)
    return [(draft, _joined(doc, content, framing)) for draft, content in kept]


def _framing_characters(kept: list[tuple[Draft, Spans]]) -> set[int]:
    """Where any attribution's cue or source stands: words between pieces that hold one belong to a frame."""
    framing: set[int] = set()
    for draft, _ in kept:
        for token in draft.cue:
            framing.update(range(token.idx, token.idx + len(token.text)))
        if draft.source is not None:
            framing.update(range(*draft.source))
    return framing


def _joined(doc: Doc, content: Spans, framing: set[int]) -> Spans:
    joined: Spans = []
    for start, end in content:
        if joined and _bridges(doc, joined[-1][1], start, framing):
            joined[-1] = (joined[-1][0], end)
        else:
            joined.append((start, end))
    return joined


def _bridges(doc: Doc, start: int, end: int, framing: set[int]) -> bool:
    """Whether the words from `start` to `end` are the writer's own, inside one sentence and framing nothing."""
    gap = text_of(doc)[start:end]
    words = gap.strip()
    if not any(c.isalnum() for c in gap) or "\n" in gap or (len(words) > 1 and words[-1] in SENTENCE_ENDS):
        return False
    if any(i in framing for i in range(start, end)):
        return False
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or any(t.is_sent_start for t in span[1:]):  # a sentence of the writer's own between the pieces
        return False
    return not any(t.lemma_.lower() in cues.SAYING_LEMMAS or cues.reports_quotes(t) for t in span)
