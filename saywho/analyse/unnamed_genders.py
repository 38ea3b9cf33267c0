"""The gender a he, she, his or himself states for a source the article describes but does not name.

EntityGenders (profiles.py) counts for an unnamed speaker only the pronouns the resolver ties to its
description ("A resident ... she said"), and the resolver, looking for an antecedent before the pronoun,
seldom ties a pronoun to the description that is the very subject of the clause around it:
- "The self-described democratic socialist said he would win": a he that is the subject of what the
  description says is the description's, as "Bush said he would" is Bush's (EntityGenders._reporting_subject);
- "The French freelance music photographer had misplaced his passport": a his, himself or herself in a
  clause the description alone leads is its, as it is a named subject's (clause_genders.py).
Read by the same syntax as for a named subject, those pronouns state the gender of the person described.
A description the resolver tied to a name is that name's (clause_genders.with_described_sources), not read here;
nor is a plural or a description of several ("Prosecutors", "The Republican nominee and his aides": a group of
people has no gender in a profile), one of something said ("a comparison with his filings"), or someone's ("his
mother refused …, insisting that her son": the pronouns are the owner's as often).
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Doc, Token

from saywho.analyse.clause_genders import SUBJECTS, clause_subject_genders, reporting_verb
from saywho.analyse.doc_data import SourceLink
from saywho.analyse.noun_readings import is_several
from saywho.analyse.subject_taken_up import is_a_person_noun
from saywho.analyse.token_arrays import with_lower
from saywho.document import Attribution

HE_OR_SHE = {"he": "m", "she": "f"}
UNNAMED = "unnamed:"  # the prefix that keeps a description's stand-in id apart from the entities' ids


def unnamed_heads(doc: Doc, attributions: list[Attribution], links: list[SourceLink],
                  by_token: dict[int, str]) -> dict[int, int]:
    """Token index → character offset of the head word of each source that is a description tied to nobody
    ("the self-described democratic socialist"; not a pronoun, not a relative "who", not a name)."""
    heads = {}
    for attribution, link in zip(attributions, links):
        speaker = attribution.speaker
        if link.head is None or link.carried_from is not None or link.head in by_token:
            continue
        if speaker is not None and (speaker.entity is not None or speaker.resolved_by != "unnamed"):
            continue
        head = doc[link.head]
        if _one_person_unowned(head):
            heads[head.i] = head.idx
    return heads


def _one_person_unowned(head: Token) -> bool:
    """ "The French freelance music photographer": one person, described by a noun that calls a person. Not a
    group ("Sources", "Smith and his aides": no he or she), not something said ("a comparison", "67 percent"), and
    not someone's ("his mother", "Trump's wife": the pronouns of the clause are as often the owner's)."""
    return head.tag_ == "NN" and not is_several(head) and is_a_person_noun(head.lower_) \
        and not any(c.dep_ == "poss" for c in head.children)


def _one_person(token: Token) -> bool:
    return token.tag_ == "NNP" or (token.tag_ == "NN" and is_a_person_noun(token.lower_))


def unnamed_subject_genders(doc: Doc, heads: dict[int, int], by_token: dict[int, str], quoted: set[int],
                            people: set[str]) -> Iterator[tuple[int, str]]:
    """(description head offset, "m" or "f") for each pronoun outside quotation marks that the clause it
    stands in gives to the description leading it."""
    if not heads:
        return
    for token in (doc[i] for i in with_lower(doc, HE_OR_SHE)):
        if token.pos_ == "PRON" and token.i not in quoted:
            head = _reporting_description(token, heads)
            if head is not None:
                yield heads[head], HE_OR_SHE[token.lower_]
    stand_ins = {i: f"{UNNAMED}{i}" for i in heads}
    for found, gender in clause_subject_genders(doc, {**stand_ins, **by_token}, quoted, people, said=True):
        if found.startswith(UNNAMED):
            yield heads[int(found[len(UNNAMED):])], gender


def _reporting_description(pronoun: Token, heads: dict[int, int]) -> int | None:
    """ "The speaker shared with the crowd that he believes": the description that is the one subject of the
    verb whose complement the pronoun is the subject of."""
    verb = reporting_verb(pronoun)
    if verb is None or any(c.dep_ in {"dobj", "dative"} and _one_person(c) for c in verb.children):
        return None  # "a man tells a woman that she is moaning": the she may be the woman's ("told the crowd": not)
    subjects = [c.i for c in verb.children if c.dep_ in SUBJECTS]
    return subjects[0] if len(subjects) == 1 and subjects[0] in heads else None
