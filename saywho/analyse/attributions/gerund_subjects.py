"""Reported speech whose clause opens with a gerund: "He said legalizing it could put thousands to work".

The small parser reads the gerund as the cue's open complement (xcomp) and hangs the clause's own verb
("could put", "was") below it as a clause of the gerund's, so the cue seems to report nothing. When a
gerund follows the cue at once and a finite verb hangs below it, the gerund's words are what was said.
"""

from __future__ import annotations

from spacy.tokens import Token

from saywho.analyse import cues
from saywho.analyse.attributions.drafts import Draft, QuoteMap, _char_span, _trim_punct
from saywho.analyse.attributions.reported_speech import _draft_for, is_cue_verb


def add_gerund_clause(drafts: dict[int, Draft], cue: Token, quote_map: QuoteMap) -> None:
    """The clause a gerund opens right after a verb of saying, where the parser gave the verb no clause."""
    if cue.i in drafts or not _says_clauses(cue) or cues.frame_of(cue) != cues.NONE:
        return
    gerund = opening_gerund(cue) or _disclosed(cue)
    if gerund is None:
        return
    tokens = _trim_punct([t for t in gerund.subtree if not t.is_space])
    if tokens and not any(quote_map.inside(t) for t in tokens):
        _draft_for(drafts, cue).content.append(_char_span(tokens))


def _says_clauses(cue: Token) -> bool:
    return is_cue_verb(cue) and (cues.is_listed(cue) or cues.probability(cue, cues.CLAUSE) >= cues.active().threshold)


def opening_gerund(cue: Token) -> Token | None:
    """The gerund right after `cue` (its xcomp, no "to") with a finite verb of the clause below it."""
    gerund = next((c for c in cue.children if c.dep_ == "xcomp" and c.tag_ == "VBG" and c.i > cue.i), None)
    if gerund is None or gerund.left_edge.i != cue.i + 1 or any(c.dep_ == "aux" for c in gerund.children):
        return None
    return gerund if any(_finite(c) for c in gerund.children if c.dep_ == "ccomp" and c.i > gerund.i) else None


# Verbs of a filing: "reported spending $6 million", "disclosed holding shares".
DISCLOSING_LEMMAS = {"report", "disclose"}


def _disclosed(cue: Token) -> Token | None:
    """ "The group reported spending $6 million attacking Clinton": what a filing or disclosure says was done."""
    if cue.lemma_.lower() not in DISCLOSING_LEMMAS:
        return None
    gerund = next((c for c in cue.children if c.dep_ == "xcomp" and c.tag_ == "VBG" and c.i == cue.i + 1), None)
    return gerund if gerund is not None and not any(c.dep_ == "aux" for c in gerund.children) else None


def _finite(verb: Token) -> bool:
    return verb.tag_ in cues.FINITE_TAGS or any(c.dep_ == "aux" and c.tag_ == "MD" for c in verb.children)
