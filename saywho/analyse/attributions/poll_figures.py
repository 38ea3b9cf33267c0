"""A poll's figures after a comma: "A new poll showed Mr. Trump leading Mr. Cruz nationally, 45 percent to 18 percent,
among white evangelical voters", "… showed Rubio in third at 11 percent, followed closely by Kasich at 10 percent".
The parse hangs such a tail on the verb, so the content stopped at the comma, but what a poll or study shows or
finds goes on to its figures: PolNeAR train's gold runs such contents to the end of the sentence (12 of 14 where
the rest of the sentence gives a share, a score or a margin)."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from saywho.analyse.attributions.drafts import Draft
from saywho.analyse.sentences import text_of

# Verbs that report what a poll or a study measured.
MEASURING_LEMMAS = {"show", "find"}
# A share, a score or a margin: "45 percent", "32%-25%", "50 to 48", "7 in 10", "16 points".
FIGURES = re.compile(r"\d+(\.\d+)? ?(percent|%|points?|percentage)|\d+%?-\d+%?|\d+ to \d+|\b\w+ in \d+\b")
# Marks after which the sentence goes on to something else: a quotation, a second clause, a new line.
STOPS = ("“", "”", '"', "''", ":", ";", "\n")
FINAL_MARKS = ".!?;:"


def with_poll_figures(doc: Doc, draft: Draft, content: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """`content` run on to the end of its sentence where what is left of it gives the poll's figures."""
    cue = draft.head
    if cue is None or cue.lemma_.lower() not in MEASURING_LEMMAS or cue.tag_ == "VBG" or draft.quotes \
            or not content or content[-1][0] < cue.idx or _measures_again(cue):
        return content
    text = text_of(doc)
    start, end = content[-1]
    piece = doc.char_span(start, end, alignment_mode="expand")
    if piece is None or piece[0].sent != cue.sent:
        return content
    sentence_end = _end_of(text, cue.sent.end_char)
    tail = text[end:sentence_end]
    if not tail.strip() or not FIGURES.search(tail) or any(mark in tail for mark in STOPS):
        return content
    return [*content[:-1], (start, sentence_end)]


def _measures_again(cue: Token) -> bool:
    """ "Polling averages show Clinton ahead, with RealClearPolitics showing her ahead 3 points, HuffPollster 4.3
    points": a second poll's figures, each its own attribution."""
    return any(t.lemma_.lower() in MEASURING_LEMMAS for t in cue.sent if t.i > cue.i and t.pos_ == "VERB")


def _end_of(text: str, end: int) -> int:
    """The sentence's end without its closing mark and spaces."""
    while end > 0 and (text[end - 1].isspace() or text[end - 1] in FINAL_MARKS):
        end -= 1
    return end
