"""A one-word answer: "Asked if the practices were illegal, 46 percent of voters said yes", "the candidate said no";
and a word that stands for what was said before: "half said so", "26 percent said the same".

The parser makes the answer an interjection (intj) of the cue, "so" an adverb and "the same" a second subject, so the
cue seems to report nothing; the answer or the pro-form is what was said, as PolNeAR marks it.
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


PRO_FORM_LEMMAS = {"say", "think", "believe", "agree"}


def add_pro_form(drafts: dict[int, Draft], cue: Token, quote_map: QuoteMap) -> None:
    """ "55 percent said so in December", "26 percent said the same", "three-quarters said the same of Sanders":
    "so" or "the same" right after the cue stands for what the sentence before reported."""
    if cue.i in drafts or cue.lemma_.lower() not in PRO_FORM_LEMMAS or cue.i + 2 >= len(cue.doc):
        return
    doc = cue.doc
    after, same = doc[cue.i + 1], doc[cue.i + 2]
    if after.lower_ == "so" and after.head.i == cue.i and after.dep_ == "advmod":
        words = [after]
    elif after.lower_ == "the" and same.lower_ == "same" and same.head.i == cue.i:
        # as an object, with what it is the same of ("the same of Sanders"); read as a subject, the two words alone
        words = list(doc[after.i: (same.right_edge.i if same.dep_ == "dobj" else same.i) + 1])
    else:
        return
    has_subject = any(c.dep_ == "nsubj" and c.i < cue.i for c in cue.children)
    if has_subject and not any(quote_map.inside(t) for t in words):
        _draft_for(drafts, cue).content.append(_char_span(words))
