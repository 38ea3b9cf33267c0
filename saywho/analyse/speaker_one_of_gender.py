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


def only_person_in_view(head: Token, candidates: list[Candidate], paragraph_of) -> Candidate | None:
    """ "The ovens behind Ama Essuman's house are made of clay …. She says her eyes have paid": the one person in
    view, named earlier in the pronoun's own paragraph and of its gender by title or first name, where no other
    person is in view at all."""
    wanted_gender = SUBJECT_GENDERS.get(head.lower_)
    people = [c for c in candidates if c.entity is not None and c.speaker.type == "PERSON"]
    if wanted_gender is None or len({c.entity.id for c in people if c.entity is not None}) != 1:
        return None
    person = people[-1]
    return person if person.gender == wanted_gender and person.offset < head.idx \
        and paragraph_of(person.offset) == paragraph_of(head.idx) else None


def only_one_of_gender_near(head: Token, candidates: list[Candidate], genders: dict[str, str | None],
                            paragraph_of) -> Candidate | None:
    """ "For Marcela Vidal, the mayor, the numbers only confirm what her office sees. … / "…," she said": the one person
    in view known to be of the pronoun's gender, named in its paragraph or the one before, where no person of a gender
    unknown was named there ("Juanita Broaddrick … She has said" is not the Hillary Clinton named after her)."""
    wanted_gender = SUBJECT_GENDERS.get(head.lower_)
    people = [c for c in candidates if c.entity is not None and c.speaker.type == "PERSON" and c.offset < head.idx]
    fitting = {c.entity.id for c in people if c.entity is not None and (genders.get(c.entity.id) or c.gender) == wanted_gender}
    if wanted_gender is None or len(fitting) != 1:
        return None
    latest = max((c for c in people if c.entity is not None and c.entity.id in fitting), key=lambda c: c.offset)
    near = paragraph_of(head.idx) - 1
    unknown_near = [c for c in people if paragraph_of(c.offset) >= near and c.entity is not None
                    and (genders.get(c.entity.id) or c.gender) is None]
    if unknown_near or paragraph_of(latest.offset) < near or _spoken_of(head.doc, latest.offset):
        return None
    return latest


SAYING = frozenset({"say", "tell", "add", "write", "argue", "claim", "insist"})


def _spoken_of(doc: Doc, offset: int) -> bool:
    """Whether the name at `offset` stands in what someone else says ("She said she'd rather elect Hillary Clinton")."""
    name = doc.char_span(offset, offset + 1, alignment_mode="expand")
    if name is None:
        return False
    token = name[0]
    for ancestor in token.ancestors:
        if ancestor.lemma_.lower() in SAYING and ancestor.pos_ == "VERB":
            return not any(c.dep_ == "nsubj" and token in c.subtree for c in ancestor.children)
    return False
