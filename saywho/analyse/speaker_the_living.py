"""Which of two people sharing a surname is speaking now, where the text reports one of them dead.

"Walter Brisk died in 1996. His granddaughter, Caroline Brisk, … says he “loved that little man” …. “He wasn't a crook.
He was a customer,” Brisk says.": the surname alone had taken up Walter, the first named; someone who "says" now is one
of the living. Only for a verb in the present tense: "In a letter to the museum that year, Brisk wrote" may be the dead
man's words, written before he died.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from saywho.document import Entity

PRESENT_TAGS = {"VBZ", "VBP"}
DYING = {"die"}
KILLED = {"kill", "murder", "shoot", "stab"}


def the_living(entity_id: str, head: Token, entities: dict[str, Entity], by_token: dict[int, str]) -> str | None:
    """The one living person of the surname `head` where the text reports `entity_id` dead and the verb is in the
    present tense; `entity_id` elsewhere; None where no one of that surname, or more than one, is left living."""
    verb = head.head
    if head.dep_ != "nsubj" or verb.tag_ not in PRESENT_TAGS or entities[entity_id].type != "PERSON":
        return entity_id
    sharing = [e.id for e in entities.values() if e.type == "PERSON" and e.name.split()[-1] == head.text]
    if len(sharing) < 2 or entity_id not in sharing or head.text == entities[entity_id].name:
        return entity_id
    dead = reported_dead(head.doc, by_token)
    if entity_id not in dead:
        return entity_id
    living = [other for other in sharing if other not in dead]
    return living[0] if len(living) == 1 else None


def reported_dead(doc: Doc, by_token: dict[int, str]) -> set[str]:
    """The entities the text reports dead: "Walter Brisk died in 1996", "Lopez was killed", "the late Ray Hill"."""
    return {entity for i, entity in by_token.items() if _dead_at(doc[i])}


def _dead_at(token: Token) -> bool:
    lemma = token.head.lemma_.lower()
    return (token.dep_ == "nsubj" and lemma in DYING) or (token.dep_ == "nsubjpass" and lemma in KILLED) \
        or any(c.lower_ == "late" and c.dep_ == "amod" for c in token.children)
