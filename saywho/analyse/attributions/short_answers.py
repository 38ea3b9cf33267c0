"""A one-word answer: "Asked if the practices were illegal, 46 percent of voters said yes", "the candidate said no".

The parser makes the answer an interjection (intj) of the cue, so the cue seems to report nothing; the
answer is what was said, as PolNeAR marks it.
"""

from __future__ import annotations

from spacy.tokens import Token

from saywho.analyse.attributions.drafts import Draft, QuoteMap, _char_span
from saywho.analyse.attributions.reported_speech import _draft_for

ANSWERS = {"yes", "no"}
ANSWERING_LEMMAS = {"say", "answer", "reply", "respond", "vote"}


def add_short_answer(drafts: dict[int, Draft], cue: Token, quote_map: QuoteMap) -> None:
    """ "said yes" or "answered no" right after the cue, with a subject who answers."""
    if cue.i in drafts or cue.lemma_.lower() not in ANSWERING_LEMMAS or cue.i + 1 >= len(cue.doc):
        return
    answer = cue.doc[cue.i + 1]
    if answer.lower_ not in ANSWERS or answer.dep_ != "intj" or answer.head.i != cue.i or quote_map.inside(answer):
        return
    if any(c.dep_ == "nsubj" for c in cue.children):
        _draft_for(drafts, cue).content.append(_char_span([answer]))
