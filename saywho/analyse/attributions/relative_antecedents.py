"""Whom a relative pronoun that says or shows stands for ("a focal point for demonstrators, who have called for …",
"released her records in July, which showed …"): the noun the parser hung its clause on, unless the verb's number
or the noun's being a time or a place says it is another (sources.source_head, near_names)."""

from __future__ import annotations

from spacy.tokens import Token

from saywho.analyse.name_labels import a_home_town
from saywho.lexicons import person_noun


def who_stands_for(relative: Token, head: Token) -> Token:
    """ "a focal point for demonstrators, who have called for …": "who" stands for the noun right before its comma
    where the parser hung the clause on an earlier noun whose number the clause's verb does not agree with."""
    head = _past_a_time_or_place(head)
    doc = relative.doc
    before = doc[relative.i - 2] if relative.i >= 2 else None
    if before is not None and before.tag_ == "RB" and before.i > 0:
        before = doc[before.i - 1]  # "demonstrators here, who"
    if relative.lower_ == "who" and (governing := _noun_the_number_fits(relative, head) or _someone_above(head)):
        return governing
    if relative.lower_ != "who" or before is None or doc[relative.i - 1].text != "," or before.i == head.i:
        return head
    if before.tag_ not in NOUN_NUMBER or head.tag_ not in NOUN_NUMBER or not head.is_ancestor(before):
        return head
    number = _verb_number(relative.head)
    if number is None or NOUN_NUMBER[head.tag_] == number or NOUN_NUMBER[before.tag_] != number:
        return head
    return before


# What a relative clause cannot be about when it says or shows something: "released her records in July, which
# showed …" (the records), "a candidate in Ohio's 16th District, who said …" (the candidate).
TIMES_AND_PLACES = {"DATE", "TIME", "GPE", "LOC", "FAC"}


def _a_time_or_place(node: Token) -> bool:
    """Tagged one, or a name after "nearby" ("a retired bookkeeper from nearby Kettering, who said"), or the one word
    after a person's noun and "from" ("one holidaymaker from Glasgow, who asked", Glasgow tagged a person; not "a
    tribute from Alex Ferguson, who said", two words)."""
    first = node.left_edge
    return node.ent_type_ in TIMES_AND_PLACES or first.lower_ == "nearby" \
        or (first.i > 0 and node.doc[first.i - 1].lower_ == "nearby") or a_home_town(node.doc[first.i: node.i + 1])


def _past_a_time_or_place(head: Token) -> Token:
    node = head
    while node.ent_type_ in TIMES_AND_PLACES and node.dep_ == "appos" and node.head.ent_type_ in TIMES_AND_PLACES:
        node = node.head  # "from Englewood, New Jersey, who said"
    while _a_time_or_place(node) and node.dep_ == "pobj" and node.head.dep_ == "prep":
        holder = node.head.head
        if holder.pos_ in {"VERB", "AUX"}:
            done = next((c for c in holder.children if c.dep_ == "dobj" and c.i < node.head.i), None)
            return done if done is not None else head
        if holder.pos_ not in {"NOUN", "PROPN"}:
            return head
        node = holder
    return node


def _noun_the_number_fits(relative: Token, head: Token) -> Token | None:
    """ "nervous Democrats on Capitol Hill, who have argued": where the clause hangs on a prepositional object whose
    number its verb does not agree with, the noun the preposition hangs on, if that one agrees."""
    preposition = head.head
    if head.dep_ != "pobj" or preposition.dep_ != "prep" or preposition.head.tag_ not in NOUN_NUMBER:
        return None
    number = _verb_number(relative.head)
    if number is None or NOUN_NUMBER.get(head.tag_) in {number, None}:
        return None
    return preposition.head if NOUN_NUMBER[preposition.head.tag_] == number else None


# Nouns for people that role_nouns.txt, a list of roles, does not hold.
PEOPLE = {"people", "person", "persons", "those", "others", "someone", "anyone", "everyone"}
PEOPLE_ENTITIES = {"PERSON", "NORP"}


def _someone_above(head: Token) -> Token | None:
    """ "people familiar with the matter, who asked not to be named": "who" is for someone, so where the parser hung
    its clause on a thing after a preposition, the people that preposition's phrase describes."""
    preposition = head.head
    if head.dep_ != "pobj" or preposition.dep_ != "prep":
        return None
    if _someone(head) and not (preposition.lower_ == "from" and head.ent_type_ != "PERSON"):
        return None  # "a retired firefighter from Yonkers who said": a place the model took for a people
    holder = preposition.head
    if holder.pos_ in {"ADJ", "VERB"} and holder.dep_ in {"amod", "acl"}:
        holder = holder.head  # "people familiar with the matter", "officials briefed on the talks"
    return holder if _someone(holder) else None


def _someone(noun: Token) -> bool:
    return noun.ent_type_ in PEOPLE_ENTITIES or noun.lower_ in PEOPLE or person_noun(noun.lemma_.lower())


NOUN_NUMBER = {"NN": "one", "NNP": "one", "NNS": "many", "NNPS": "many"}
VERB_NUMBER = {"VBZ": "one", "VBP": "many"}
NUMBER_OF_BE = {"was": "one", "were": "many"}


def _verb_number(verb: Token) -> str | None:
    """Singular or plural, where the clause's finite verb shows it ("has"/"have", "was"/"were"); None for "said"."""
    for word in [*(c for c in verb.children if c.dep_ in {"aux", "auxpass"}), verb]:
        if word.tag_ in VERB_NUMBER:
            return VERB_NUMBER[word.tag_]
        if word.lower_ in NUMBER_OF_BE:
            return NUMBER_OF_BE[word.lower_]
    return None
