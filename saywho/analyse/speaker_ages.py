"""Who "the 45-year-old" is: the one person the text gave that age.

"Gemma Routledge, 45, a ward sister …, said …. Her colleague Aisha Benn … said …. The 45-year-old said she had raised
the problem": the age the text set beside a name ("Gemma Routledge, 45,", "45-year-old Gemma Routledge") singles out
its person, wherever the description comes, where no other person was given that age.
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from saywho.analyse.sentences import text_of
from saywho.analyse.speaker_candidates import Candidate
from saywho.document import Entity

AGE_DESCRIBED = re.compile(r"^(?:the )?(\d{1,3})-year-old\b")  # "the" may hang on the verb
# "the teenager", "The teenage striker": any age from 13 to 19
TEENAGE = re.compile(r"^the (?:[\w-]+ )?(?:teenager|teen|teenage [\w-]+)$")
TEEN_AGES = r"1[3-9]"
AGE_AFTER_A_NAME = r",\s*{age}\s*[,.;)]"
# "19-year-old striker Halima Abubakar", not "a 19-year-old leg-spinner from Kano": no preposition between, and no
# sentence's end ("a 71-year-old retired railway dispatcher. / Valentyna Moroz": a word of four letters and a stop)
AGE_BEFORE_A_NAME = r"\b{age}-year-old\s+(?:(?!(?:from|in|at|of|for|with|by|on|to|and)\s)[\w.-]+(?<![a-z]{{4}}\.)\s+){{0,3}}$"
# "Halima Abubakar, a 19-year-old leg-spinner", "Grace Ayodele, the 31-year-old who has won four titles"
AGE_APPOSED_TO_A_NAME = r",\s*(?:a|an|the)\s+{age}-year-old\b"
# "Lucía Mamani Ccori is 76 now.", "Ortiz, who turned 80 in May,": an age said of the name
AGE_SAID_OF_A_NAME = r"(?:,\s*who)?\s+(?:is|was|turned|turns)\s+{age}(?:\s+(?:now|today|this year|in \w+))?\s*[,.;]"
ANY_AGE = r"\d{1,3}"


def given_an_age(noun: Token) -> bool:
    """Whether the noun's own phrase gives it an age before it ("a 67-year-old retired postal carrier", "a 72 year old
    crofter"): something only a person is."""
    return any(t.lower_ == "year-old" or (t.lower_ == "year" and _old_after(t)) for t in noun.subtree if t.i < noun.i)


def _old_after(year: Token) -> bool:
    after = year.doc[year.i + 1: year.i + 3]
    return bool(after) and (after[0].lower_ == "old" or (after[0].text == "-" and after[-1].lower_ == "old"))


def described_age(head: Token) -> str | None:
    """The age a description by age alone gives ("the 45-year-old": "45"); None for any other description."""
    found = AGE_DESCRIBED.match(head.doc[head.left_edge.i: head.i + 1].text.lower())
    return found.group(1) if found is not None else None


def description_opening(head: Token) -> Token:
    """The first word of the description `head` heads, with the "the" the parser may have hung on the verb instead
    (\"…,\" the 76-year-old said: "the" and "old" both on "said")."""
    before = head.doc[head.left_edge.i - 1] if head.left_edge.i > 0 else None
    if before is not None and before.lower_ == "the" and before.head.i == head.head.i != head.i:
        return before
    return head.left_edge


def described_teenage(head: Token) -> bool:
    """Whether the description calls someone a teenager ("the teenager", "the teenage striker")."""
    return TEENAGE.match(head.doc[head.left_edge.i: head.i + 1].text.lower()) is not None


def aged_entity(age: str, head: Token, entities: dict[str, Entity]) -> Entity | None:
    """The one person named before `head` whose age, set beside a name, is `age`; None elsewhere."""
    text = text_of(head.doc)
    aged = [entity for entity in entities.values() if entity.type == "PERSON" and _given(age, entity, text, head.idx)]
    return aged[0] if len(aged) == 1 else None


def aged_otherwise(age: str, entity: Entity, head: Token) -> bool:
    """Whether the text gave the person another age than `age`, before `head` or after it: "Callum Mackay, 29," is
    not "the 34-year-old"."""
    text = text_of(head.doc)
    return _given(ANY_AGE, entity, text, len(text)) and not _given(age, entity, text, len(text))


def _given(age: str, entity: Entity, text: str, before: int) -> bool:
    after, said, apposed, ahead = (re.compile(pattern.format(age=age)) for pattern in (
        AGE_AFTER_A_NAME, AGE_SAID_OF_A_NAME, AGE_APPOSED_TO_A_NAME, AGE_BEFORE_A_NAME))
    return any(start < before and (after.match(text, end) or said.match(text, end) or apposed.match(text, end)
                                   or ahead.search(text[max(0, start - 60): start]))
               for mention in entity.mentions for start, end in mention.spans)


def aged_unnamed(age: str, head: Token, unnamed: list[Candidate]) -> Candidate | None:
    """The one unnamed speaker brought in before `head` with `age` ("A 27-year-old woman … said …. The 27-year-old
    said"); None elsewhere. `unnamed`: the resolver's unnamed candidates."""
    words = f"{age}-year-old"
    aged = {c.speaker.name: c for c in unnamed if c.offset < head.idx and words in c.speaker.name.lower().split()}
    return next(iter(aged.values())) if len(aged) == 1 else None
