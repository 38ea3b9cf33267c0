"""A he or she the ranker doubts, named where its own sentence introduces the person it continues.

"Former Rep. Chris Shays (R-Conn.) was pro John Kasich while the Ohio governor was in the running, he said";
"Rep. Devin Nunes (R-Calif.), chairman of the House Intelligence Committee, didn't second-guess Comey's
recommendation on prosecution, but he did call for more accountability"; "The Ethiopian marathoner Feyisa Lilesa,
who won the silver medal …, drew global attention … when he held his crossed arms over his head; he says …".
A writer who brings in someone new as the subject of a sentence and goes on with "he" in that same sentence
means the newcomer: whoever else the sentence names stands there as an object or an owner ("pro John Kasich",
"Comey's recommendation"), which speaker_clause_subjects.py, counting every name in the sentence, cannot tell
apart. The pronoun must hang on the newcomer's clause: it reports it ("…, he said"), is joined to it ("…, but he
did call") or stands in a clause under it ("… when he held"). The newcomer is a person named here for the
first time, of the pronoun's gender or of none known, and no other person who could be meant leads a clause of
the sentence before the pronoun. One of no known gender is taken only where their first name hints at no other
gender and nobody the sentence names is known to be of the pronoun's, unless the pronoun's clause is joined to
the newcomer's own ("X didn't …, but he did …": a writer meaning Comey there would not write "he").
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable
from typing import Protocol

from spacy.tokens import Token

from saywho.analyse.entity_cluster import first_name_hint
from saywho.analyse.speaker_candidates import Candidate
from saywho.analyse.speaker_sentence_leads import GENDERS, SUBJECTS

JOINED = frozenset({"conj", "advcl", "relcl"})  # how the pronoun's clause may hang on the newcomer's


class Resolver(Protocol):
    """What is read of the resolver (speakers.Resolver)."""

    genders: dict[str, str | None]
    name_head_offsets: list[int]  # each name head's offset, in text order
    name_head_entities: list[str]  # and its entity's id

    def _in_quote(self, token: Token) -> bool: ...


def newcomer(head: Token, candidates: list[Candidate], resolver: Resolver) -> Candidate | None:
    """The latest mention among `candidates` of the person `head`'s sentence introduces as a subject before it, where
    the pronoun's clause hangs on theirs; None where that is not certain."""
    if head.dep_ not in SUBJECTS or head.lower_ not in GENDERS or resolver._in_quote(head):
        return None
    sentence, wanted, genders = head.sent, GENDERS[head.lower_], resolver.genders
    named = {c.offset: c for c in candidates if sentence.start_char <= c.offset < head.idx and c.entity is not None
             and c.speaker.type == "PERSON" and not c.quoted and c.role == "mention"}
    tokens = {offset: _token_at(head, offset) for offset in named}
    fitting = {o: c for o, c in named.items() if genders.get(c.entity.id) in {wanted, None}}  # type: ignore[union-attr]
    leading = {o: c for o, c in fitting.items() if _leads(tokens[o])}
    if len({c.entity.id for c in leading.values()}) != 1:  # type: ignore[union-attr]
        return None
    offset, lead = max(leading.items())
    entity_id = lead.entity.id  # type: ignore[union-attr]
    if _first_named(resolver, entity_id) < sentence.start_char:
        return None  # named before: someone the text already talks about, not brought in here
    name = tokens[offset]
    if not _hangs_on(head, name):
        return None
    if genders.get(entity_id) is None and _unsure_of_gender(head, name, lead, named.values(), genders):
        return None
    return lead


def _unsure_of_gender(head: Token, name: Token, lead: Candidate, named: Iterable[Candidate],
                      genders: dict[str, str | None]) -> bool:
    """Whether a newcomer of no known gender may not be the pronoun's: their first name hints at the other gender, or
    someone known to be of the pronoun's is named beside them, unless the pronoun goes on with the newcomer's own
    clause ("Rep. Devin Nunes … didn't second-guess Comey's recommendation, but he did call for …")."""
    wanted = GENDERS[head.lower_]
    hint = first_name_hint(lead.speaker.name)
    if hint is not None and hint != wanted:
        return True
    joined = head.head.dep_ == "conj" and head.head.head.i == _clause_of(name).i
    return not joined and any(c.entity is not None and genders.get(c.entity.id) == wanted for c in named)


def _first_named(resolver: Resolver, entity_id: str) -> int:
    return next(offset for offset, entity in zip(resolver.name_head_offsets, resolver.name_head_entities)
                if entity == entity_id)


def _token_at(head: Token, offset: int) -> Token:
    """The token of `head`'s sentence starting at character `offset`."""
    sentence = head.sent
    return sentence[bisect_left([token.idx for token in sentence], offset)]


def _leads(name: Token) -> bool:
    """A subject, a name in apposition to one, or a fragment's root ("Rep. Devin Nunes (R-Calif.), chairman …")."""
    return name.dep_ in SUBJECTS or name.dep_ == "ROOT" or (name.dep_ == "appos" and name.head.dep_ in SUBJECTS)


def _clause_of(name: Token) -> Token:
    """The verb whose subject the name is (or the name itself, where it is its sentence's root)."""
    if name.dep_ == "ROOT":
        return name
    subject = name.head if name.dep_ == "appos" else name
    return subject.head


def _hangs_on(pronoun: Token, name: Token) -> bool:
    """Whether the pronoun's clause reports the name's ("X was pro Kasich …, he said"), is joined to it ("X didn't …,
    but he did call") or stands under it ("X drew attention when he held …")."""
    verb, clause = pronoun.head, _clause_of(name)
    if verb.dep_ == "ROOT" and clause.dep_ == "ccomp" and clause.head.i == verb.i and clause.i < pronoun.i:
        return True  # "X was pro Kasich …, he said"
    return verb.dep_ in JOINED and verb.head.i == clause.i
