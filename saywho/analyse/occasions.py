"""When and where words were said: "in an interview", "at a briefing Monday", "on Twitter", "Friday". A cue's phrase
holds these beside what it reports; PolNeAR's annotators count them in the cue or leave them out, never in the
content. cues.py reads a reported clause past them, cue_extent.py decides which join the cue."""

from __future__ import annotations

from spacy.tokens import Token

# The prepositions of an occasion ("in an interview", "at a briefing", "during the debate", "on Twitter").
OCCASION_PREPOSITIONS = {"in", "at", "during", "on"}
OCCASIONS = {"interview", "statement", "briefing", "conference", "speech", "email", "call", "letter",
             "op-ed", "post", "tweet", "appearance", "hearing", "rally", "remarks", "address", "debate"}
# Where a post went up, never what it said: "wrote on Twitter" (PolNeAR train's gold takes it into the cue 22 times).
SOCIAL_MEDIA = {"twitter", "facebook", "instagram", "youtube", "snapchat"}
WEEKDAYS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}


def occasion(part: Token) -> list[Token]:
    """ "in an interview", "at a briefing Monday", "Friday": when and where words were said."""
    if part.dep_ == "npadvmod" and part.lower_ in WEEKDAYS:
        return [part]
    objects = [c for c in part.children if c.dep_ == "pobj"]
    if part.dep_ == "prep" and part.lower_ == "on" and objects and objects[0].lower_ in SOCIAL_MEDIA:
        return list(part.subtree)  # "wrote on Twitter": where, never what
    if part.dep_ == "prep" and part.lower_ in OCCASION_PREPOSITIONS and objects and objects[0].lemma_.lower() in OCCASIONS:
        said = [c for c in objects[0].children if c.dep_ == "acl" and opens_with_that(c)]
        # not what was said in it, nor a relative clause set off after it ("in the email, which was reviewed by …")
        aside = [c for c in objects[0].children if c.dep_ in {"relcl", "acl"} and c.left_edge.i > objects[0].i
                 and part.doc[c.left_edge.i - 1].text == ","]
        stop = min([c.left_edge.i - (c in aside) for c in said + aside], default=None)
        return [t for t in part.subtree if stop is None or t.i < stop]
    return []


def of_when(preposition: Token) -> bool:
    """ "on Tuesday", "in March": a preposition whose object is a date, a time or a weekday."""
    found = object_of(preposition)
    return found is not None and (found.ent_type_ in {"DATE", "TIME"} or found.lower_ in WEEKDAYS)


def object_of(preposition: Token) -> Token | None:
    return next((c for c in preposition.children if c.dep_ in {"pobj", "pcomp"}), None)


def opens_with_that(clause: Token) -> bool:
    return any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children)
