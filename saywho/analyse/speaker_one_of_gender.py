"""A "he" or "she" the ranker doubts, named where the text leaves one person it can be.

"The loudest cheer came from a 52-year-old resident named Caroline. … she said": the ranker, trained
mostly on people named in full and as subjects, abstains on a woman named by her first name only in
passing. Where the resolver's rules chose her and she is the one person in view of the pronoun's
gender, every other one known to be of the other, she is who "she" is (docs/benchmarks.md, s11-pronouns4).
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from saywho.analyse.speaker_candidates import Candidate

# Subjects only: a source "her" or "him" is mostly someone's ("her statement"), not the person speaking.
SUBJECT_GENDERS = {"he": "m", "she": "f"}


def one_of_gender(head: Token, candidates: list[Candidate], by_rules: Candidate | None,
                  genders: dict[str, str | None], name_heads: dict[int, int], by_token: dict[int, str],
                  roles: dict[str, str]) -> Candidate | None:
    """The rules' choice `by_rules` for the pronoun `head`, where it is the one person among `candidates` of
    that gender and every other person there is known to be of the other; else None.
    `name_heads`: each name head's offset → token index; `roles`: role_nouns.txt (noun → type and gender)."""
    wanted_gender = SUBJECT_GENDERS.get(head.lower_)
    if wanted_gender is None or by_rules is None or by_rules.entity is None:
        return None
    people = {c.entity.id for c in candidates if c.entity is not None and c.speaker.type == "PERSON"}
    known = [genders.get(entity_id) for entity_id in people]
    fitting = [entity_id for entity_id, gender in zip(people, known) if gender == wanted_gender]
    if fitting != [by_rules.entity.id] or None in known:
        return None
    if by_rules.role == "mention" and not _names_a_person_there(head.doc, name_heads.get(by_rules.offset),
                                                                by_token, roles):
        return None
    return by_rules


def _names_a_person_there(doc: Doc, index: int | None, by_token: dict[int, str], roles: dict[str, str]) -> bool:
    """ "a nurse who gave her name only as Margaret", "a resident named Caroline", "Margaret said": the name
    stands for the person its phrase is about, not for one inside a clause about something else ("A president
    who authorized the raid that killed Osama bin Laden ... he said": the raid's, not the speaker's)."""
    if index is None:
        return False
    token, entity_id = doc[index], by_token.get(index)
    while token.head.i != token.i:
        token = token.head
        if token.pos_ in {"NOUN", "PROPN"} and by_token.get(token.i) != entity_id:
            return roles.get(token.lemma_.lower(), "").startswith("PERSON")
    return True
