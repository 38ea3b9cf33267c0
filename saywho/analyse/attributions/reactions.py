"""A reaction received: "The proposal has drawn harsh criticism from fellow Republicans", "Cruz received the
endorsement of Gov. Mike Pence", "Trump drew the support of 41 percent of those surveyed" (issue 12, s27-recall).
Whoever criticized, endorsed or supported is the source, the subject is what their words were about (PolNeAR's
content), and the cue is the verb with its noun. The rules read no frame in them (the verb's object is the reaction,
not what was said), so they were missed. Only with a "from" or "of" naming who reacted: "The answer drew boos" is
left alone, since the only candidate for its source would be the subject, which is the content."""

from __future__ import annotations

from spacy.tokens import Token

from saywho.analyse.attributions.drafts import Draft, QuoteMap, _char_span, _trim_punct

RECEIVING_LEMMAS = {"draw", "receive", "win", "earn", "garner", "attract", "face"}
REACTIONS = {"criticism", "praise", "support", "endorsement", "condemnation", "rebuke", "scrutiny", "concern",
             "complaint", "backing", "applause", "boo", "ridicule", "objection", "opposition", "backlash", "outrage",
             "approval", "plaudit", "acclaim", "adulation", "cheer", "jeer", "derision", "scorn", "accolade"}
BY_WHOM = {"from", "of"}


def add_reaction(drafts: dict[int, Draft], verb: Token, quote_map: QuoteMap) -> None:
    """`verb` receives a reaction (its object) from someone (a "from" or "of" phrase) about its subject."""
    if verb.i in drafts or verb.lemma_.lower() not in RECEIVING_LEMMAS:
        return
    reaction = next((c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in REACTIONS), None)
    subject = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if reaction is None or subject is None:
        return
    content = _trim_punct(list(subject.subtree))
    cue = list(verb.doc[_auxiliaries_start(verb): reaction.i + 1])
    if not content or any(quote_map.inside(t) for t in [*content, *cue]):
        return
    whom = _by_whom(reaction) or _by_whom(verb)
    source = _trim_punct(list(whom.subtree)) if whom is not None else []
    if source:
        drafts[verb.i] = Draft(cue=cue, content=[_char_span(content)], cue_drawn=True, source=_char_span(source),
                               source_head=whom)


def _auxiliaries_start(verb: Token) -> int:
    """Where the verb's own auxiliaries and negation right before it begin ("has not received")."""
    start = verb.i
    while start > 0 and verb.doc[start - 1].head.i == verb.i and verb.doc[start - 1].dep_ in {"aux", "neg", "advmod"}:
        start -= 1
    return start


def _by_whom(head: Token) -> Token | None:
    """The object of a "from" or "of" after `head` ("criticism from fellow Republicans", "drew support from")."""
    for preposition in head.children:
        if preposition.dep_ == "prep" and preposition.lower_ in BY_WHOM and preposition.i > head.i:
            return next((c for c in preposition.children if c.dep_ == "pobj"), None)
    return None
