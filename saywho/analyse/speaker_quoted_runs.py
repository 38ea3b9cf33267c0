"""A he or she the ranker doubts after a quotation of several sentences: the one person of its gender the sentence
before the quotation names.

"McDonough was responding to a message from Undersecretary for Political Affairs Wendy Sherman, reporting that a
plane … had lifted off from Tunis. / "Tunis plane wheels up a few minutes ago. Another Pat Kennedy miracle," she
wrote.": the parser ends a sentence inside the quotation, so the sentence before the pronoun's is quoted words and
speaker_clause_subjects.py, reading that one, finds nobody. A reader reads back to where the quotation opens: the
narrative sentence there sets up whose words follow. Taken where the quotation opens a sentence of its own (or
the pronoun's) no more than a few sentences back, and that narrative sentence names, outside quotation marks,
exactly one person who could be meant (one of no known gender only where nobody its paragraph names is known to
be of the pronoun's) and nobody unnamed who could be.
"""

from __future__ import annotations

from typing import Protocol

from spacy.tokens import Span, Token

from saywho.analyse.speaker_candidates import Candidate
from saywho.analyse.speaker_sentence_leads import (
    GENDERS,
    SUBJECTS,
    one_of_its_gender_in,
    sentences_before,
)


class Resolver(Protocol):
    """What is read of the resolver (speakers.Resolver)."""

    genders: dict[str, str | None]

    def paragraph_of(self, offset: int) -> int: ...

    def _in_quote(self, token: Token) -> bool: ...


def before_the_quotation(head: Token, candidates: list[Candidate], resolver: Resolver) -> Candidate | None:
    """The latest mention among `candidates` of the one person who could be meant that the narrative sentence
    before a quotation of several sentences names, where `head` follows that quotation; None otherwise."""
    if head.dep_ not in SUBJECTS or head.lower_ not in GENDERS or resolver._in_quote(head):
        return None
    narrative = _opening_sentence(head, resolver)
    if narrative is None:
        return None
    wanted, genders = GENDERS[head.lower_], resolver.genders
    named = [c for c in candidates if narrative.start_char <= c.offset < narrative.end_char and not c.quoted]
    if any(c.entity is None and c.speaker.type in {"PERSON", "UNKNOWN"} for c in named):
        return None  # someone unnamed ("a spokesman") may be anyone
    fitting = [c for c in named if c.entity is not None and c.speaker.type == "PERSON"
               and genders.get(c.entity.id) in {wanted, None}]
    if len({c.entity.id for c in fitting}) != 1:  # type: ignore[union-attr]
        return None
    found = max(fitting, key=lambda c: c.offset)
    if genders.get(found.entity.id) is None and one_of_its_gender_in(  # type: ignore[union-attr]
            resolver.paragraph_of(narrative.start_char), head, candidates, genders):
        return None
    return found


def _opening_sentence(head: Token, resolver: Resolver) -> Span | None:
    """The narrative sentence before the quotation `head`'s sentence opens inside, where that quotation began one to
    QUOTED_SENTENCES sentences before, in the same paragraph or the one before."""
    sentence = head.sent
    if not any(resolver._in_quote(token) for token in sentence[:3]):
        return None  # the pronoun's sentence does not open inside a quotation
    quoted = 0
    for sentence in sentences_before(head, resolver):
        if not resolver._in_quote(sentence.root):
            return sentence if quoted else None  # no quoted sentence between: the sentence before, read elsewhere
        quoted += 1
    return None
