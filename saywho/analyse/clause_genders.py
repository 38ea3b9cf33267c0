"""The gender a his, himself or herself states for the one person its clause is about.

The speaker resolver reads he, him, she and her (profile_genders.EntityGenders); a possessive "his"
and a reflexive it never sees, yet they are how an article most often goes on about a man:
"Sanders sent a text message to his supporters", "Rubio defended himself". Such a pronoun
belongs to its clause's subject far more often than to anyone else, so it counts for that
subject, and only when nobody else is named in the clause to take it ("Clinton faulted Trump
for his remarks" tells nothing about Clinton). A possessive "her" the resolver reads already.

A description the resolver has tied to a named person is a mention of them like their name:
in "The longtime senator said he rarely asks surrogates", the he is the senator's
(`with_described_sources`).

An organisation every mention of which opens with "the" ("The Associated Press") is no person the
recogniser mistook: a "she" the resolver ties to it says nothing (`named_with_the`).
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator

from spacy.tokens import Doc, Token

from saywho.analyse.doc_data import SourceLink
from saywho.analyse.token_arrays import with_lower
from saywho.document import Attribution, Entity

CLAUSE_PRONOUNS = {"his": "m", "himself": "m", "herself": "f"}
SUBJECTS = {"nsubj", "nsubjpass"}
# the dependents that name someone else the clause is about: "faulted Trump", "told Rubio", "with Cruz"
OTHERS = {"dobj", "dative", "prep", "agent", "attr", "appos", "conj", "npadvmod"}
# "Sanders said his rival is in trouble": a his in the subject of what someone says is the sayer's
SAYING = {"say", "tell", "write", "argue", "insist", "claim", "add", "note", "believe", "think"}


def clause_subject_genders(doc: Doc, entity_of_token: dict[int, str], quoted: set[int],
                           people: set[str], said: bool = False) -> Iterator[tuple[str, str]]:
    """(entity id, "m" or "f") for each his, himself or herself outside quotation marks (`quoted`: the
    indices of the tokens inside them, token_arrays.quoted_tokens) whose clause has one named subject and
    none of the other `people` (entity ids) named: a place or a party may stand beside it ("his supporters
    in Philadelphia"). With `said`, a his in the subject of a said clause that names nobody counts for the
    one who says it ("Bill Clinton said his wife was uniquely qualified")."""
    for token in (doc[i] for i in with_lower(doc, CLAUSE_PRONOUNS)):
        if token.pos_ != "PRON" or token.i in quoted:
            continue
        verb = _clause_verb(token)
        if verb is None:
            continue
        subject = _named_subject(verb, entity_of_token, said, token)
        own_phrase = {t.i for t in token.head.subtree} if token.dep_ == "poss" else set()
        if subject is None and said and _in_said_subject(token, verb) \
                and not _names_someone_else(verb, "", entity_of_token, people, own_phrase):
            verb = verb.head  # "Sanders said [his rival candidate is in trouble]"
            subject = _named_subject(verb, entity_of_token, said, token)
        if subject is not None and not _names_someone_else(verb, subject, entity_of_token, people, own_phrase):
            yield subject, CLAUSE_PRONOUNS[token.lower_]


def reporting_verb(pronoun: Token) -> Token | None:
    """ "Bush said he would …": the verb whose complement clause the subject pronoun `pronoun` is the subject of;
    None for any other pronoun, and for a clause standing before its verb ("He wasn't the only one unhappy:
    Ginsburg received criticism": the he is not the verb's subject's)."""
    clause = pronoun.head
    if pronoun.dep_ not in SUBJECTS or clause.dep_ != "ccomp" or clause.i < clause.head.i:
        return None
    return clause.head


def _clause_verb(token: Token) -> Token | None:
    """The verb of the clause the pronoun stands in: up from "his" through "supporters" and "to" to "sent"."""
    while token.head.i != token.i:  # the root is its own head
        token = token.head
        if token.pos_ in {"VERB", "AUX"}:
            return token
    return None


def _named_subject(verb: Token, entity_of_token: dict[int, str], described: bool = False,
                   pronoun: Token | None = None) -> str | None:
    """The one entity that is the subject of `verb`; a verb joined to another by "and" shares its
    subject ("Trump stopped and defended his plan"), and "who" is the noun it qualifies. With
    `described`, a name in apposition to a described subject (`pronoun` not inside it) or after a fronted
    description counts."""
    subjects = [c for c in verb.children if c.dep_ in SUBJECTS]
    if not subjects and verb.dep_ == "conj":
        return _named_subject(verb.head, entity_of_token, described, pronoun)
    if described and len(subjects) == 2 and _fronted_description(subjects[0], subjects[1], entity_of_token) \
            and (pronoun is None or pronoun.i not in {t.i for t in subjects[0].subtree}):
        subjects = subjects[1:]  # "A Texas voter who supports Trump, Golvach lost his son"
    if len(subjects) != 1:
        return None
    subject = subjects[0]
    if subject.lower_ in {"who", "that"} and verb.dep_ == "relcl":
        subject = verb.head
    if described and subject.i not in entity_of_token:  # "Another former lawmaker, Sen. Joe Lieberman, stated his intention"
        if (pronoun is not None and pronoun.i in {t.i for t in subject.subtree}) or verb.lemma_ == "be" \
                or any(c.dep_ == "poss" for c in subject.children):
            return None  # "his wife, Jane, said", "The congressman's adviser, Randolph, was his heir": another's
        named = {entity_of_token[c.i] for c in subject.children if c.dep_ == "appos" and c.i in entity_of_token}
        return named.pop() if len(named) == 1 else None
    return entity_of_token.get(subject.i)


def _fronted_description(first: Token, second: Token, entity_of_token: dict[int, str]) -> bool:
    """A common noun phrase set before a name with a comma, both read as subjects: "A Texas voter who
    supports Trump, Golvach lost …" is about Golvach alone."""
    return first.pos_ == "NOUN" and first.i not in entity_of_token and second.i in entity_of_token \
        and second.i > 0 and first.doc[second.i - 1].text == "," \
        and all(t.i < second.i for t in first.subtree)


def _in_said_subject(pronoun: Token, verb: Token) -> bool:
    """The pronoun is a possessive inside the subject of a clause that is what someone, named before it, says."""
    if pronoun.dep_ != "poss" or verb.dep_ != "ccomp" or verb.head.lemma_.lower() not in SAYING:
        return False
    # the sayer named first: in "His endorsement could matter more, said strategist Hank Sheinkopf" the his
    # is someone named before
    if not any(c.dep_ in SUBJECTS and c.i < pronoun.i for c in verb.head.children):
        return False
    return any(c.dep_ in SUBJECTS and pronoun.i in {t.i for t in c.subtree} for c in verb.children)


def _names_someone_else(verb: Token, subject: str, entity_of_token: dict[int, str], people: set[str],
                        own_phrase: set[int]) -> bool:
    """Whether the clause names another person outside the pronoun's own phrase: in "his attacks on
    Rubio" the his is not Rubio's."""
    named = {entity_of_token[t.i] for child in verb.children if child.dep_ in OTHERS
             for t in child.subtree if t.i in entity_of_token and t.i not in own_phrase}
    return bool((named & people) - {subject})


def with_described_sources(doc: Doc, attributions: list[Attribution], entity_of_token: dict[int, str]) -> dict[int, str]:
    """`entity_of_token` and the head of each source description ("the longtime senator") that the
    resolver tied to a named entity: the entity the description stands for."""
    links = doc._.sources or [SourceLink()] * len(attributions)
    described = {link.head: a.speaker.entity for a, link in zip(attributions, links)
                 if link.head is not None and a.speaker is not None and a.speaker.entity is not None
                 and a.speaker.resolved_by == "description"}
    return {**described, **entity_of_token}


def genders_unknown_till_now(doc: Doc, entity_of_token: dict[int, str], quoted: set[int],
                             genders: dict[str, str | None], people: set[str]) -> dict[str, str]:
    """For the `people` whose gender in `genders` is unknown ("Luay Sami": no list knows "Luay"), the one
    gender every his, himself or herself of a clause they alone lead agrees on ("Sami recalled how on
    his first trip …"): the speaker resolver then weighs them as the he or she they are."""
    read: dict[str, set[str]] = {}
    found_in_clauses = clause_subject_genders(doc, entity_of_token, quoted, people)
    for entity_id, gender in itertools.chain(found_in_clauses, _reported_subject_genders(doc, entity_of_token, quoted)):
        if entity_id in people and not genders.get(entity_id):
            read.setdefault(entity_id, set()).add(gender)
    return {entity_id: found.pop() for entity_id, found in read.items() if len(found) == 1}


REPORTED_SUBJECTS = {"he": "m", "she": "f"}
ADDRESSED = {"dobj", "dative", "iobj"}


def _reported_subject_genders(doc: Doc, entity_of_token: dict[int, str], quoted: set[int]) -> Iterator[tuple[str, str]]:
    """(entity id, gender) for each "Clinton said she would win": the he or she that is the subject of what one named
    person says, to no one named, is that person's far more often than not; where an article also has "Clinton said
    he …", the two disagree and the gender stays unknown."""
    for token in (doc[i] for i in with_lower(doc, REPORTED_SUBJECTS)):
        verb = reporting_verb(token) if token.pos_ == "PRON" and token.i not in quoted else None
        if verb is None or verb.lemma_.lower() not in SAYING or any(c.dep_ in ADDRESSED for c in verb.children):
            continue  # "asked Holder whether he …", "told Rubio he …": the he may be the one addressed
        sayers = named_subjects(_sayer(verb), entity_of_token)
        if len(sayers) == 1:
            yield sayers.pop(), REPORTED_SUBJECTS[token.lower_]


def named_subjects(verb: Token, entity_of_token: dict[int, str]) -> set[str]:
    """The entities whose names are the subject of `verb`."""
    return {entity_of_token[c.i] for c in verb.children if c.dep_ in SUBJECTS and c.i in entity_of_token}


def _sayer(verb: Token) -> Token:
    """The verb whose subject says: a participle's own subject is its clause's ("Clinton, saying she would win, left";
    "Clinton issued a statement saying she would win")."""
    if verb.tag_ != "VBG" or any(c.dep_ in SUBJECTS for c in verb.children):
        return verb
    if verb.dep_ == "advcl":
        return verb.head
    return verb.head.head if verb.dep_ == "acl" and verb.head.dep_ == "dobj" else verb


def named_with_the(entity: Entity) -> bool:
    """Every mention of an organisation opens with "the" ("The Associated Press"): no person's name does,
    so a "she" the resolver ties to it says nothing of anyone's gender."""
    return bool(entity.mentions) and all(m.text.lower().startswith("the ") for m in entity.mentions)
