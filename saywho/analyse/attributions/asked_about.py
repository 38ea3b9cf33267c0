"""A question put about something, where the parser hung "about …" on the occasion: "Asked at a briefing Monday about
Suu Kyi's future role, Earnest said …", "When asked at the business conference about the merger, she defended …"
(s42). PolNeAR gives the participle an attribution of its own, what was asked about as its content; the occasion
("at a briefing Monday") stays out. Who asked is the agent where the text names one ("asked by Ingraham").
"""

from __future__ import annotations

from spacy.tokens import Token

from saywho.analyse.attributions.drafts import Draft, QuoteMap, _char_span, _trim_punct
from saywho.analyse.attributions.reported_speech import _draft_for
from saywho.analyse.occasions import OCCASION_PREPOSITIONS


def add_asked_about(drafts: dict[int, Draft], cue: Token, quote_map: QuoteMap) -> None:
    if cue.lemma_.lower() != "ask" or cue.tag_ != "VBN" or cue.dep_ != "advcl" or cue.i in drafts:
        return
    about = _about_under_the_occasion(cue)
    if about is None or quote_map.inside(about):
        return
    tokens = _trim_punct([t for t in about.subtree if not t.is_space])
    if len(tokens) >= 2:
        _draft_for(drafts, cue).content.append(_char_span(tokens))


def _about_under_the_occasion(cue: Token) -> Token | None:
    """The "about" phrase hung on the object of the cue's occasion ("at a briefing … about …")."""
    for preposition in cue.children:
        if preposition.dep_ != "prep" or preposition.lower_ not in OCCASION_PREPOSITIONS:
            continue
        for word in preposition.subtree:
            if word.lower_ == "about" and word.dep_ == "prep" and word.head.pos_ in {"NOUN", "PROPN"}:
                return word
    return None
