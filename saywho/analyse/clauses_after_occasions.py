"""The clause a verb of saying reports, where the parser hung it on the noun of a phrase after the verb.

"told reporters at a briefing that the port was safe", "said in a statement that …", "told jurors during the
two-week trial that Ellison used the money …", "told employees in an email seen by this newspaper that …": the
small parser makes such a clause a relative clause of the noun, its complement, or a clause of a participle on it.
"""

from __future__ import annotations

from spacy.tokens import Token

from saywho.analyse.occasions import OCCASIONS, object_of, opens_with_that


def complement_after_occasion(verb: Token) -> Token | None:
    """ "told reporters at a briefing that the port was safe": the small parser makes the "that" clause a
    relative clause of "briefing". A relative clause's "that" is its subject or object; here it is a
    complementizer ("mark") before a subject of the clause's own, so the clause is what was told. After the noun of
    an occasion ("said in a statement that …") the parser may also make the clause the noun's own complement."""
    for preposition in verb.children:
        found = object_of(preposition) if preposition.dep_ == "prep" and preposition.i > verb.i else None
        found = found if found is not None else _when(verb, preposition) or _occasion_parsed_as_object(verb, preposition)
        for clause in found.subtree if found is not None else ():
            hung = clause.dep_ == "relcl" or (clause.dep_ == "acl" and _occasion_or_place(clause.head))
            that = opens_with_that(clause) or _that_read_as_argument(clause)
            if (hung and not _glossed(clause) and that and _has_own_subject(clause)) or _beyond_a_participle(clause):
                return clause
    return None


def _when(verb: Token, child: Token) -> Token | None:
    """ "replied the same day that the agency's independence required …": a phrase of time right after the verb."""
    return child if child.dep_ == "npadvmod" and child.i > verb.i and child.ent_type_ in {"DATE", "TIME"} else None


def _that_read_as_argument(clause: Token) -> bool:
    """ "told jurors during the two-week trial that Ellison used the money": the parser made "that" the relative
    clause's object, though the clause has an object of its own right after its verb; so "that" opens what was told.
    Not on a noun that a "that" clause may complete ("Rowling's revelation that she …")."""
    that = clause.left_edge
    if that.lower_ != "that" or that.head.i != clause.i or that.dep_ not in {"dobj", "nsubj"} \
            or clause.head.lemma_.lower() in CONTENT_NOUNS:
        return False
    if that.tag_ == "IN" and that.dep_ == "dobj" and _has_own_subject(clause):
        return True  # "said in a post on social media that he had spoken with both sides": tagged a complementizer
    return any(c.dep_ == that.dep_ and c.i != that.i and not _marks_between(clause, c) for c in clause.children)


def _marks_between(verb: Token, argument: Token) -> bool:
    """Punctuation other than quotation marks between a verb and its argument: "faces — stagnant wages"."""
    return any(t.is_punct and not t.is_quote for t in verb.doc[verb.i: argument.left_edge.i])


# Nouns a "that" clause may complete rather than describe: "the revelation that …", "the fact that …".
CONTENT_NOUNS = frozenset({"revelation", "fact", "news", "idea", "notion", "belief", "view", "argument", "evidence",
                           "claim", "report", "assertion", "suggestion", "sense", "hope", "fear", "warning", "theory",
                           "possibility", "assurance", "word", "statement", "concern", "realization", "rumor",
                           "speculation", "admission", "conclusion", "impression", "message", "finding", "promise"})


# Where things are said: "told reporters outside the courthouse that …", whose clause the parser hangs on the place.
PLACES = frozenset({"courthouse", "court", "house", "hall", "building", "hotel", "office", "headquarters", "home",
                    "residence", "capitol", "chamber", "floor", "podium", "stage", "studio", "church", "school",
                    "station", "hospital", "steps", "gate", "door", "airport", "restaurant", "room", "center"})


def _occasion_or_place(noun: Token) -> bool:
    return noun.lemma_.lower() in OCCASIONS | PLACES or noun.ent_type_ in {"GPE", "FAC", "LOC"}


def _beyond_a_participle(clause: Token) -> bool:
    """ "told employees in an email seen by this newspaper that the pilot would cost …": the clause hung on the
    participle that describes the occasion ("seen", "obtained"), which reports nothing itself."""
    participle = clause.head
    return clause.dep_ == "ccomp" and participle.dep_ == "acl" and participle.tag_ == "VBN" \
        and opens_with_that(clause) and _has_own_subject(clause)


SUBJECTS = {"nsubj", "nsubjpass", "expl"}


def _glossed(clause: Token) -> bool:
    """ "voted to add bike lanes along Market Street, a plan that shop owners have called …": the writer's gloss on
    a place, set off as "a …", holds the clause, not the occasion of what was said."""
    gloss = clause.head
    return gloss.dep_ == "appos" and gloss.left_edge.dep_ == "det"


def _occasion_parsed_as_object(verb: Token, preposition: Token) -> Token | None:
    """ "writing in an Instagram post that …": the parser may leave "in" without its object and make the post the
    verb's object."""
    if preposition.dep_ != "prep" or preposition.lower_ not in {"in", "on"} or any(preposition.children):
        return None
    noun = next((c for c in verb.children if c.dep_ == "dobj" and c.left_edge.i == preposition.i + 1), None)
    return noun if noun is not None and noun.lemma_.lower() in OCCASIONS else None


def _has_own_subject(clause: Token) -> bool:
    """A subject of the clause's own, also where the parser hung it on the clause's auxiliary ("that it was …")."""
    return any(c.dep_ in SUBJECTS or (c.dep_ in {"aux", "auxpass"} and any(g.dep_ in SUBJECTS for g in c.children))
               for c in clause.children)
