"""A he or she the ranker doubts, named where the one person of its gender its own sentence names before it
is the subject of a clause there.

"When Robby Mook, Clinton's campaign manager, was asked … if Clinton would schedule a press conference, he
laughed": the main verb's subject is the pronoun itself, so the sentence's lead (speaker_sentence_leads.py)
looks back past the sentence, though the person it is about leads a clause of it. "Though Ms. Olivieri has
spent most of her life in Washington Heights, the influx … has led to an increased police presence, she
said": the main verb's subject is no one. A person who leads a clause before the pronoun in its sentence is
whom a reader takes it for, but only where nobody else who could be meant is named there, as subject or not
("Shays was pro Kasich while the Ohio governor was in the running, he said" stays unnamed), nor speaks there.
Where the pronoun's sentence names nobody before it who could be meant, the sentence before is read the same
way; where that sentence's main verb is led by a thing, not a person ("This speech can be summed up in the very
words of Abraham Lincoln … He concluded"), or by nothing the parser found, its one person of that gender is taken
wherever they stand.
"""

from __future__ import annotations

from operator import attrgetter
from typing import Literal

from spacy.tokens import Span, Token

from saywho.analyse.speaker_candidates import Candidate
from saywho.analyse.speaker_sentence_leads import GENDERS, SUBJECTS, one_of_its_gender_in, root_subject

PERSONAL = frozenset({"he", "she", "i", "we", "they", "you", "who", "it", "this", "that"})


def clause_subject(head: Token, candidates: list[Candidate], genders: dict[str, str | None],
                   paragraph: int, roles: dict[str, str]) -> Candidate | None:
    """The latest of `candidates` (the pronoun's, without those barred) leading a clause of `head`'s sentence
    before it, where they are the only one of that sentence who could be meant; where that part of the sentence
    names nobody who could be, the same of the sentence before; None otherwise. `paragraph`: the pronoun's."""
    if head.dep_ not in SUBJECTS or head.lower_ not in GENDERS:
        return None
    sentence = head.sent
    found = _the_one_leading(sentence.start, head, candidates, genders)
    if found is not False or sentence.start == 0:
        return found or None
    main_subject = root_subject(sentence)
    if main_subject is not None and main_subject.i > head.i:
        return None  # "Although he said …, Chris Murphy called it …": the pronoun looks ahead, not back
    # "In his own videos, there are times when Santilli plays the eager officer. “They want me!” he says"
    before = head.doc[sentence.start - 1].sent
    found = _the_one_leading(before.start, head, candidates, genders, _led_by_a_thing(before, candidates, roles))
    if not found or found.entity is None or genders.get(found.entity.id) is not None:
        return found or None
    # a lead of no known gender is no "she" beside a woman the paragraph names (nor "he" beside a man)
    return None if one_of_its_gender_in(paragraph, head, candidates, genders) else found


def _led_by_a_thing(sentence: Span, candidates: list[Candidate], roles: dict[str, str]) -> bool:
    """Whether the main verb has no subject, or one that is neither a name, a person's pronoun nor a word for a
    person ("The book accuses Bob of …", "That tactic allows Rubio to …")."""
    subject = root_subject(sentence)
    if subject is None:  # "What could start this process is a strong finish by Rubio here Monday": no one leads
        return True
    if subject.lower_ in PERSONAL or subject.lemma_.lower() in roles:
        return False
    return subject.pos_ in {"NOUN", "PRON"} and not any(c.offset == subject.idx for c in candidates)


def _the_one_leading(first: int, head: Token, candidates: list[Candidate],
                     genders: dict[str, str | None], anywhere: bool = False) -> Candidate | Literal[False] | None:
    """The latest mention of the one person between token `first` and `head` who could be meant, if they lead a clause
    there; False where nobody there could be meant, None where someone could but is not sure to be."""
    wanted = GENDERS[head.lower_]
    start = head.doc[first].idx
    in_sentence = [c for c in candidates if start <= c.offset < head.idx]
    if any(c.entity is None and c.speaker.type in {"PERSON", "UNKNOWN"} for c in in_sentence):
        return None  # someone unnamed ("a spokesman") may be anyone
    fitting = [c for c in in_sentence if c.entity is not None and c.speaker.type == "PERSON"
               and genders.get(c.entity.id) in {wanted, None}]
    people = {c.entity.id for c in fitting if c.entity is not None}
    if len(people) != 1:
        return False if not people else None
    # "Though Bush's campaign has languished for months, he began …": the owner of a clause's subject leads it too
    owners = {t.idx for t in head.doc[first:head.i] if t.dep_ == "poss" and t.head.dep_ in SUBJECTS}
    leading = [c for c in fitting if (anywhere or c.subject or c.offset in owners) and not c.quoted]
    return max(leading, key=attrgetter("offset")) if leading else None
