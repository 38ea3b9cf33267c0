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

from saywho.analyse.noun_readings import is_definite
from saywho.analyse.referents import CALLED, SAME_CALLING
from saywho.analyse.sentences import text_of
from saywho.analyse.speaker_ages import (
    TEEN_AGES,
    aged_entity,
    aged_otherwise,
    aged_unnamed,
    described_age,
    described_teenage,
    description_opening,
)
from saywho.analyse.speaker_candidates import speaker_of
from saywho.analyse.speaker_families import KIN_GENDER
from saywho.analyse.speaker_one_of_gender import SUBJECT_GENDERS
from saywho.analyse.speaker_topics import REPLYING, subjects_before_the_quotation
from saywho.analyse.speaker_unnamed_leads import aged_subject_before, named_lead
from saywho.document import Entity, Speaker

# What a person may be besides their calling: no other role for an age description ("the 57-year-old scientist").
ANYONE = frozenset({"resident", "residents", "voter", "supporter", "member", "citizen", "person", "local", "native",
                    "neighbour", "neighbor", "fan", "friend", "veteran", "immigrant", "parent", "owner", "student",
                    "pensioner", "retiree",
                    # a place in a contest, which a person of any calling may hold ("Her challenger, Vikram Patil")
                    "candidate", "challenger", "incumbent", "nominee", "contender", "hopeful", "rival", "opponent"})


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
    before = subjects_before_the_quotation(_right_after_the_quotation(head), resolver.quotes, resolver.paragraph_of)
    aged = aged_subject_before(head, resolver.by_token, before, dict(resolver.spoken())) \
        or _speaker_just_before(head, resolver)
    if aged is None:
        return None
    entity = resolver.entities[aged[0]]
    if entity.type != "PERSON" or _called_otherwise(head, entity, resolver) \
            or (age is not None and aged_otherwise(age, entity, head)):
        return None
    return Speaker(**{**speaker_of(entity, "description").__dict__, "antecedent": aged[1]})


def _right_after_the_quotation(head: Token) -> Token:
    """The word a quotation the description follows would end before: its first, or the verb it follows as the
    subject ("…,” said the 38-year-old)."""
    opening, verb = description_opening(head), head.head
    return verb if head.dep_ == "nsubj" and verb.i == opening.i - 1 else opening


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
    if not spoken or not described_age(head) or description_opening(head).i != head.sent.start \
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
    subjects = subjects_before_the_quotation(head.left_edge, resolver.quotes, resolver.paragraph_of, passive=True)
    opening = not subjects
    before = [actor for t in subjects if (actor := _acting(t)) is not None] if subjects \
        else _subjects_of_the_sentence_before(head, resolver.paragraph_of)
    lead = named_lead(before[0], resolver.by_token, dict(resolver.spoken())) if len(before) == 1 else None
    if lead is None or _a_turn(before[0], resolver.quotes) or _others_acting(before[0], lead[0], resolver) \
            or any(resolver.by_token.get(t.i) == lead[0] for t in head.doc[head.left_edge.i: head.i]):
        return None  # "the Miller aide": Miller's, not Miller
    entity = resolver.entities[lead[0]]
    if before[0].pos_ == "PRON" and not _named_in_the_paragraph(entity, before[0], resolver):
        return None  # a he or she taken up from further back passes on whatever its own reading got wrong
    if entity.type != "PERSON" or _called_otherwise(head, entity, resolver) or _placed_otherwise(head, entity) \
            or gender not in {"", "-", resolver.genders.get(entity.id) or gender} \
            or goes_on_as_another_gender(head, resolver.genders.get(entity.id)):
        return None
    if opening and _an_office_titled(entity) and noun not in resolver.called(entity):
        return None  # "Councillor Ann Dobbs said …. The mayor said": one the text gave another office
    if opening and any(c.dep_ == "prep" for c in head.rights) and noun not in resolver.called(entity):
        return None  # "The president of the local, who asked not to be named,": someone new, said whose
    return Speaker(**{**speaker_of(entity, "description").__dict__, "antecedent": lead[1]})


# Titles of courtesy, which give no office: "Ms. Choi … The director general said"
COURTESY_TITLES = frozenset({"mr", "mrs", "ms", "miss", "dr", "mx", "sir", "dame", "madam"})


def _an_office_titled(entity: Entity) -> bool:
    """Whether the text gave the person an office by a title ("Councillor Ann Dobbs"), not only a courtesy's."""
    return any(title.lower().rstrip(".") not in COURTESY_TITLES for title in entity.titles)


def goes_on_as_another_gender(head: Token, gender: str | None) -> bool:
    """ "The sheriff said she would spend …" is not the "he" who spoke before."""
    going_on = _gender_going_on(head)
    return gender is not None and going_on is not None and going_on != gender


def _gender_going_on(head: Token) -> str | None:
    """The gender of the first he or she that is a subject after the description in its sentence."""
    pronoun = next((t for t in head.doc[head.i + 1: head.sent.end] if t.lower_ in SUBJECT_GENDERS and t.dep_ == "nsubj"),
                   None)
    return None if pronoun is None else SUBJECT_GENDERS[pronoun.lower_]


def _subjects_of_the_sentence_before(head: Token, paragraph_of) -> list[Token]:
    """ "Chandrika Perera, 66, was being helped into a navy dinghy. The retired teacher said …": a description opening
    its sentence takes up the subject of the sentence right before it (whatever was done to them); none where that
    sentence speaks of someone so called ("Smith met the governor. The governor said")."""
    doc, start = head.doc, head.sent.start
    if head.left_edge.i != start or start == 0:
        return []
    sentence = doc[start - 1].sent
    if paragraph_of(head.idx) - paragraph_of(sentence.start_char) > 1 \
            or any(t.lemma_.lower() == head.lemma_.lower() for t in sentence):
        return []
    subjects = [t for t in sentence if t.dep_ in {"nsubj", "nsubjpass"} and t.head.dep_ == "ROOT"]
    return [] if any(c.dep_ == "conj" for t in subjects for c in t.children) else subjects  # "Graham and Scott spoke"


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


def described_further_back(head: Token, resolver) -> Speaker | None:
    """ "Representative Gloria Atwater, … who chairs the committee, said …. [14 paragraphs on] The chairwoman said":
    beyond the paragraphs in view, the one person the whole text before has called so. Asked after every reading of
    what is near."""
    noun = head.lemma_.lower()
    if not is_definite(head) or noun in ANYONE_NEW or not resolver.roles.get(noun, "").startswith("PERSON"):
        return None
    owners = {resolver.by_token.get(index) for index in range(head.left_edge.i, head.i)}
    fitting = resolver.fitting(head, [c for c in resolver._entity_candidates(head.idx) if c.entity is not None
                                      and c.entity.id not in owners and c.entity.type == "PERSON"])
    if len({c.entity.id for c in fitting if c.entity is not None}) != 1:
        return None
    latest = fitting[-1]
    if latest.entity is None or _goes_on_unsure(head, resolver.genders.get(latest.entity.id)) \
            or _so_called_since(head, latest.offset) or _someone_else_near(head, latest.entity.id, resolver):
        return None
    return Speaker(**{**latest.speaker.__dict__, "resolved_by": "description", "antecedent": latest.offset})


def _goes_on_unsure(head: Token, gender: str | None) -> bool:
    """ "The hospital director said she …": not Dr. Abdulwahab Qaid, nor anyone the text gave no gender."""
    going_on = _gender_going_on(head)
    return going_on is not None and going_on != gender


def _so_called_since(head: Token, offset: int) -> bool:
    """ "… a doctor in the trauma ward, who asked not to be named, said …. the doctor said": someone else so called
    since the person named far back."""
    noun, doc = head.lemma_.lower(), head.doc
    since = doc.char_span(offset, offset + 1, alignment_mode="expand")
    return any(t.lemma_.lower() == noun for t in doc[since.end if since is not None else 0: head.i])


def _someone_else_near(head: Token, entity_id: str, resolver) -> bool:
    """ "When the moderator pointed out that Trump hadn't answered the question, the candidate said": another person
    named in the description's sentence or the one before may be whom it means."""
    doc = head.doc
    start = doc[head.sent.start - 1].sent.start if head.sent.start > 0 else head.sent.start
    return any((other := resolver.by_token.get(t.i)) not in {None, entity_id}
               and resolver.entities[other].type == "PERSON" for t in doc[start: head.i])
