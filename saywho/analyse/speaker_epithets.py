"""Who an epithet stands for: "the 27-year-old", "the teenager", "the 14-time champion", "the puppeteer".

A description by age is the one person, named or not, the text gave that age ("Gemma Routledge, 45,", "A 27-year-old
woman", "Callum Reedy, 19," for the teenager), else the person named as the subject just before ("Her mother,
Corazon, was less sure. The 56-year-old said") or who spoke the paragraph before. A description by calling that
names no one the text called so, set after a quotation, is the one person named as the subject of the sentence before
it. Never where what the text called that person rules the description out.
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from saywho.analyse.referents import CALLED, SAME_CALLING
from saywho.analyse.sentences import text_of
from saywho.analyse.speaker_ages import (
    TEEN_AGES,
    aged_entity,
    aged_otherwise,
    aged_unnamed,
    described_age,
    described_teenage,
)
from saywho.analyse.speaker_candidates import speaker_of
from saywho.analyse.speaker_families import KIN_GENDER
from saywho.analyse.speaker_topics import REPLYING, subjects_before_the_quotation
from saywho.analyse.speaker_unnamed_leads import aged_subject_before, named_lead
from saywho.document import Entity, Speaker

# What a person may be besides their calling: no other role for an age description ("the 57-year-old scientist").
ANYONE = frozenset({"resident", "residents", "voter", "supporter", "member", "citizen", "person", "local", "native",
                    "neighbour", "neighbor", "fan", "friend", "veteran", "immigrant", "parent", "owner", "student"})


def described_by_age(head: Token, resolver) -> Speaker | None:
    """ "…, the 27-year-old said", "the teenager told reporters": whom the description by age stands for; None where
    it is not one or nothing singles the person out. `resolver`: the speakers step's Resolver."""
    if head.pos_ == "PRON":
        return None
    age = described_age(head) or (TEEN_AGES if described_teenage(head) else None)
    by_age = aged_entity(age, head, resolver.entities) if age is not None else None
    if by_age is not None:
        return speaker_of(by_age, "description")
    again = aged_unnamed(age, head, resolver.unnamed) if age is not None else None
    if again is not None:
        return Speaker(**{**again.speaker.__dict__, "resolved_by": "description", "antecedent": again.offset})
    before = subjects_before_the_quotation(head.left_edge, resolver.quotes, resolver.paragraph_of)
    aged = aged_subject_before(head, resolver.by_token, before, dict(resolver.spoken())) \
        or _speaker_just_before(head, resolver)
    if aged is None:
        return None
    entity = resolver.entities[aged[0]]
    if entity.type != "PERSON" or _called_otherwise(head, entity, resolver) \
            or (age is not None and aged_otherwise(age, entity, head)):
        return None
    return Speaker(**{**speaker_of(entity, "description").__dict__, "antecedent": aged[1]})


def _called_otherwise(head: Token, entity: Entity, resolver) -> bool:
    """ "Janine Marsh, a former Matildas defender, …. "…," the 19-year-old striker said": not a striker."""
    noun = head.lemma_.lower()
    roles = resolver.roles
    # the person's nouns the text set beside the name, but for what anyone may be ("a resident"); not a body's
    # ("a member of the cooperative")
    role_words = {word for role in entity.roles for word in _own_words(role)}
    given = {word for word in role_words if roles.get(word, "").startswith("PERSON")}
    given |= {office for office, words in CALLED.items()  # "Gov. Dana Whitlow" is no senator
              if words & {title.lower().rstrip(".") for title in entity.titles}}
    alike = {noun, *SAME_CALLING.get(noun, ())}
    return noun in roles and not alike & (resolver.called(entity) | role_words | given) \
        and bool(given - ANYONE - set(KIN_GENDER))


ROLE_ENDS = re.compile(r",| (?:of|for|at|with|from|in|on|to|who|whose|which|that|since) ")


def _own_words(role: str) -> list[str]:
    """The words of a role before what it is of or for: "a retired seamstress from Mitchells Plain" → a, retired,
    seamstress ("a lawyer for the coach" is no coach)."""
    return ROLE_ENDS.split(role.lower(), maxsplit=1)[0].split()


def _speaker_just_before(head: Token, resolver) -> tuple[str, int] | None:
    """ "“… Today I felt like I was in Chennai.” / The 34-year-old off-spinner … said": a description by age opening
    the paragraph after one whose words a named person spoke is that person."""
    spoken, paragraph = resolver.spoken(), resolver.paragraph_of(head.idx)
    if not spoken or not described_age(head) or head.left_edge.i != head.sent.start \
            or paragraph - resolver.paragraph_of(spoken[-1][0]) != 1 or head.head.lemma_.lower() in REPLYING:
        return None  # "“…?” he asked. / “Not files of that size,” the 41-year-old answered": the one asked
    before = next((t for t in reversed(head.doc[:head.sent.start]) if not t.is_space), None)
    return (spoken[-1][1], spoken[-1][0]) if before is not None and resolver.paragraph_of(before.idx) != paragraph \
        else None


def described_subject_before(head: Token, resolver) -> Speaker | None:
    """ "Joko, for his part, said he had been approached. "I told them yes," the puppeteer said": a description of a
    person's calling after a quotation that opens its sentence is the one person named as the subject of the sentence
    before, where nothing the text called that person rules it out."""
    noun = head.lemma_.lower()
    kind, _, gender = resolver.roles.get(noun, "").partition("\t")
    singular = head.tag_ == "NN" or (head.tag_ == "NNP" and head.is_lower)  # "the senator", tagged a proper noun
    if kind != "PERSON" or not singular or noun in ANYONE_NEW or not any(c.lower_ == "the" for c in head.lefts):
        return None  # "the official": someone new as often as not
    before = [actor for t in subjects_before_the_quotation(head.left_edge, resolver.quotes, resolver.paragraph_of,
                                                           passive=True) if (actor := _acting(t)) is not None]
    lead = named_lead(before[0], resolver.by_token, dict(resolver.spoken())) if len(before) == 1 else None
    if lead is None or _a_turn(before[0], resolver.quotes) or _others_acting(before[0], lead[0], resolver) \
            or any(resolver.by_token.get(t.i) == lead[0] for t in head.doc[head.left_edge.i: head.i]):
        return None  # "the Miller aide": Miller's, not Miller
    entity = resolver.entities[lead[0]]
    if before[0].pos_ == "PRON" and not _named_in_the_paragraph(entity, before[0], resolver):
        return None  # a he or she taken up from further back passes on whatever its own reading got wrong
    if entity.type != "PERSON" or _called_otherwise(head, entity, resolver) or _placed_otherwise(head, entity) \
            or gender not in {"", "-", resolver.genders.get(entity.id) or gender}:
        return None
    return Speaker(**{**speaker_of(entity, "description").__dict__, "antecedent": lead[1]})


def _acting(subject: Token) -> Token | None:
    """Who acts in the clause of `subject`: the subject itself, or in a passive clause whose subject is no one, the
    person it is done by ("The resistance is led by Sen. Dale Pruitt"); not one a thing is done to ("Ebeling and her
    husband were greeted by an organizer")."""
    if subject.dep_ != "nsubjpass":
        return subject
    agents = [pobj for agent in subject.head.children if agent.dep_ == "agent"
              for pobj in agent.children if pobj.dep_ == "pobj"]
    named = len(agents) == 1 and agents[0].ent_type_ == "PERSON" and not subject.ent_type_
    return agents[0] if named else None


# Callings that bring in someone new as often as they take someone up ("the official", "a spokesman", "the aide").
ANYONE_NEW = frozenset({"official", "officer", "source", "person", "man", "woman", "resident", "member", "employee",
                        "worker", "staffer", "spokesman", "spokeswoman", "spokesperson", "aide", "adviser", "advisor"})


def _others_acting(subject: Token, entity_id: str, resolver) -> bool:
    """Whether another person named in the sentence of `subject` does something there too ("Susan Miller said …, a date
    Paul Ferris doubted")."""
    return any(t.dep_ in {"nsubj", "nsubjpass"} and t.i in resolver.by_token and resolver.by_token[t.i] != entity_id
               and resolver.entities[resolver.by_token[t.i]].type == "PERSON" for t in subject.sent)


def _named_in_the_paragraph(entity: Entity, pronoun: Token, resolver) -> bool:
    paragraph = resolver.paragraph_of(pronoun.idx)
    return any(start < pronoun.idx and resolver.paragraph_of(start) == paragraph
               for mention in entity.mentions for start, _ in mention.spans)


def _a_turn(subject: Token, quotes) -> bool:
    """ "“We’ve had worse rows,” Furlong said. / “That’s true,” the director said": a sentence that opens with its
    subject's quotation is a turn of talk, and the description after it is the one who answers."""
    opening = next((t for t in subject.sent if not t.is_space), None)
    return opening is not None and any(quote.open_mark == opening.idx for quote in quotes)


def _placed_otherwise(head: Token, entity: Entity) -> bool:
    """ "De Blasio disbanded the unit. "…," the Republican presidential candidate said": a party, people or place the
    description gives that the text never sets near the person's name."""
    text = text_of(head.doc).lower()
    near = " ".join(text[max(0, start - NEAR): end + NEAR] for mention in entity.mentions for start, end in mention.spans)
    return any(c.ent_type_ in {"NORP", "GPE"} and c.lower_ not in near for c in head.lefts)


NEAR = 80  # characters either side of a name: "former Florida Gov. Jeb Bush", "Tanzania coach Salum Mwinyi"
