"""A he or she given to one of several people named together is left as written.

"House Speaker Tom Lane, Senate leader Bill Ford and Gov. Jim Hart met on Monday. … He said": the ranker reads
the first of the coordinated names as the subject, but nothing in the text singles him out of the three. Where
the mention a pronoun would be resolved to is one of a coordination ("A, B and C", "A and B") with another
person the pronoun could stand for, and the text has not used the surname again since, the pronoun stays
unresolved. On PolNeAR train it takes one wrong name away
(the shipped ranker's "he" for Donald Trump, coordinated with Bernie Sanders, where Obama was meant) and
changes nothing else.
"""

from __future__ import annotations

from spacy.tokens import Token

from saywho.analyse.speaker_candidates import Candidate
from saywho.analyse.speaker_topics import asker_or_asked
from saywho.document import Entity


def one_of_several(head: Token, chosen: Candidate, name_head_tokens: dict[int, int], by_token: dict[int, str],
                   entities: dict[str, Entity], genders: dict[str, str | None], wanted_gender: str | None) -> bool:
    """Whether `chosen`, a mention of a person, stands coordinated with another person of the pronoun's gender
    (or of none known), or is the asker or the one asked of a question just put between two such people.
    `name_head_tokens`: each name's head word by its offset, as the resolver keeps it."""
    if chosen.entity is not None and asker_or_asked(head, chosen.entity.id, by_token, genders, wanted_gender):
        return True
    if chosen.entity is None or chosen.entity.type != "PERSON" or chosen.role != "mention":
        return False
    if chosen.offset not in name_head_tokens:
        return False
    name = head.doc[name_head_tokens[chosen.offset]]
    surname = chosen.entity.name.split()[-1]
    if any(t.text == surname for t in head.doc[name.i + 1: head.i]):
        return False  # "Mark Cuban and Donald Trump spoke. Cuban also gave …": singled out since, untagged
    partners = [c for c in name.children if c.dep_ == "conj"]
    if name.dep_ == "conj":
        partners.append(name.head)
    return any(_another_person(by_token.get(p.i), chosen.entity.id, entities, genders, wanted_gender)
               for p in partners)


def _another_person(other: str | None, entity_id: str, entities: dict[str, Entity], genders: dict[str, str | None],
                    wanted_gender: str | None) -> bool:
    return (other is not None and other != entity_id and entities[other].type == "PERSON"
            and genders.get(other) in {None, wanted_gender})


def beside_a_like_pronoun(head: Token, by_token: dict[int, str]) -> frozenset[str]:
    """Whom the pronoun's sentence, up to it, names in a pair with the same pronoun ("she and Ramanathan shared a
    panel …, and she says"): the "she" beside a name is someone else, and a "she" after it goes on with that one."""
    pronouns = [t for t in head.sent if t.i <= head.i and t.lower_ == head.lower_]
    partners = [p for pronoun in pronouns for p in [*pronoun.children, pronoun.head]
                if p.dep_ == "conj" and p.head.i == pronoun.i or pronoun.dep_ == "conj" and p.i == pronoun.head.i]
    return frozenset(by_token[t.i] for p in partners for t in [p, *p.children]
                     if t.i in by_token and (t.i == p.i or t.dep_ == "compound"))
