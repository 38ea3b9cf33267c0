"""A he or she the ranker doubts, named where the one person of its gender its own sentence names before it
is the subject of a clause there.

"When Robby Mook, Clinton's campaign manager, was asked … if Clinton would schedule a press conference, he
laughed": the main verb's subject is the pronoun itself, so the sentence's lead (speaker_sentence_leads.py)
looks back past the sentence, though the person it is about leads a clause of it. "Though Ms. Olivieri has
spent most of her life in Washington Heights, the influx … has led to an increased police presence, she
said": the main verb's subject is no one. A person who leads a clause before the pronoun in its sentence is
whom a reader takes it for, but only where nobody else who could be meant is named there, as subject or not
("Shays was pro Kasich while the Ohio governor was in the running, he said" stays unnamed), nor speaks there.
"""

from __future__ import annotations

from spacy.tokens import Token

from saywho.analyse.speaker_candidates import Candidate

SUBJECTS = frozenset({"nsubj", "nsubjpass"})
GENDERS = {"he": "m", "she": "f"}


def clause_subject(head: Token, candidates: list[Candidate], genders: dict[str, str | None]) -> Candidate | None:
    """The latest of `candidates` (the pronoun's, without those barred) leading a clause of `head`'s sentence
    before it, where they are the only one of that sentence who could be meant; None otherwise."""
    if head.dep_ not in SUBJECTS or head.lower_ not in GENDERS:
        return None
    start = head.sent.start_char
    wanted = GENDERS[head.lower_]
    in_sentence = [c for c in candidates if start <= c.offset < head.idx]
    if any(c.entity is None and c.speaker.type in {"PERSON", "UNKNOWN"} for c in in_sentence):
        return None  # someone unnamed ("a spokesman") may be anyone
    fitting = [c for c in in_sentence if c.entity is not None and c.speaker.type == "PERSON"
               and genders.get(c.entity.id) in {wanted, None}]
    if len({c.entity.id for c in fitting if c.entity is not None}) != 1:
        return None
    # "Though Bush's campaign has languished for months, he began …": the owner of a clause's subject leads it too
    owners = {t.idx for t in head.sent if t.i < head.i and t.dep_ == "poss" and t.head.dep_ in SUBJECTS}
    leading = [c for c in fitting if (c.subject or c.offset in owners) and not c.quoted]
    return max(leading, key=lambda c: c.offset) if leading else None
