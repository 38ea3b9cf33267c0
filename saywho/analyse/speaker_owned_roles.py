"""Someone's lawyer or spokesman, named as such before: "Strzok attorney Aitan Goelman said … / Strzok's attorney,
meanwhile, blasted the bureau".

A noun of a person owned by a name ("Strzok's attorney", "Clinton's spokesman") is someone new to the reader unless
the article has already named a person as holding that role for that owner; then it is that person. Read only where
the text is plain: the article gave one person, other than the owner, both the role noun (or its twin: lawyer and
attorney) and the owner's name among the words beside their name ("Strzok attorney Aitan Goelman", "Brian Fallon,
Clinton's spokesman"). Two such people, or none, leave the description as the text gives it.
"""

from __future__ import annotations

import re
from typing import Protocol

from spacy.tokens import Token

from saywho.analyse.speaker_candidates import Candidate
from saywho.document import Entity

POSSESSIVE = re.compile(r"[’']s?$")
TWINS = ({"lawyer", "attorney"}, {"spokesman", "spokeswoman", "spokesperson"})


class Resolver(Protocol):
    """What is read of the resolver (speakers.Resolver)."""

    by_token: dict[int, str]
    entities: dict[str, Entity]
    descriptors: dict[str, set[str]]
    roles: dict[str, str]

    def _entity_candidates(self, offset: int, since: int = 0) -> list[Candidate]: ...


def owned_role_holder(head: Token, resolver: Resolver) -> Candidate | None:
    """The latest mention of the one person the article named as `head`'s role for its owning name; else None."""
    owner = next((c for c in head.children if c.dep_ == "poss"), None)
    if owner is None or head.tag_ != "NN" or not resolver.roles.get(head.lemma_.lower(), "").startswith("PERSON"):
        return None
    owner_id = resolver.by_token.get(owner.i)
    owners = {owner_id} if owner_id is not None else _bodies_called(owner, resolver)
    if not owners:
        return None
    owner_words = {word.lower() for owner_id in owners for name in _names(resolver.entities[owner_id])
                   for word in name.split()}
    owner_words |= {owner.lemma_.lower()} if owner_id is None else set()
    nouns = _twins(head.lemma_.lower())
    named_beside = {named for owner_id in owners for named in _named_beside(head, nouns, owner_id, resolver.by_token)}
    holders: dict[str, Candidate] = {}
    holds: dict[str, bool] = {}  # read once for each entity, however often it is mentioned
    for candidate in resolver._entity_candidates(head.idx):
        entity = candidate.entity
        if entity is None or entity.id in owners or entity.type != "PERSON":
            continue
        if entity.id not in holds:
            words = _words_beside(entity, resolver)
            holds[entity.id] = entity.id in named_beside or bool(words & nouns and words & owner_words)
        if holds[entity.id]:
            holders[entity.id] = candidate
    return next(iter(holders.values())) if len(holders) == 1 else None


def _named_beside(head: Token, nouns: set[str], owner_id: str, by_token: dict[int, str]) -> set[str]:
    """The people named in apposition to the same owned noun before `head`: "Trump's attorney, Alan Garten,",
    "Jeff Weaver, Sanders's campaign manager"."""
    named = set()
    for token in head.doc[: head.i]:
        if token.lemma_.lower() not in nouns or not any(
                c.dep_ == "poss" and by_token.get(c.i) == owner_id for c in token.children):
            continue
        beside = [c for c in token.children if c.dep_ == "appos"] + ([token.head] if token.dep_ == "appos" else [])
        named |= {by_token[t.i] for t in beside if t.i in by_token}
    return named


def _bodies_called(owner: Token, resolver: Resolver) -> set[str]:
    """ "the coalition's director", "the union's president": the bodies the article has called by the owning noun
    ("the pilots' union Cockpit Allianz"); none where the owner is no body's noun or is not "the" one."""
    noun = owner.lemma_.lower()
    if owner.pos_ != "NOUN" or not any(c.dep_ == "det" and c.lower_ == "the" for c in owner.children) \
            or not resolver.roles.get(noun, "").startswith("ORG"):
        return set()
    return {entity_id for entity_id, entity in resolver.entities.items() if entity.type == "ORG" and (
        noun in resolver.descriptors.get(entity_id, set()) or noun in {w.lower() for w in entity.name.split()})}


def _names(entity: Entity) -> list[str]:
    return [entity.name, *entity.aliases]


def _twins(noun: str) -> set[str]:
    return next((set(twins) for twins in TWINS if noun in twins), {noun})


def _words_beside(entity: Entity, resolver: Resolver) -> set[str]:
    """The words the article put beside the entity's name: its roles, affiliations and descriptors."""
    words = {POSSESSIVE.sub("", word.lower()) for text in [*entity.roles, *entity.affiliations] for word in text.split()}
    return words | resolver.descriptors.get(entity.id, set())
