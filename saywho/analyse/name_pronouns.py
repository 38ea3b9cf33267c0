"""The gender a text states of a person by the pronoun it uses for them in the same sentence.

"Guccifer told her he had done it": "he", the subject of a clause that "Guccifer"'s own verb governs, is
Guccifer, whatever his name says; read only where neither a title, a role nor a first name tells.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

_SUBJECT_PRONOUNS = {"he": "m", "she": "f"}
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
_CLAUSES = frozenset({"ccomp", "advcl", "xcomp"})  # "said he", "told her he", "before she"; not "and she"


def subject_pronoun_gender(span: Span) -> str | None:
    """The gender of the "he" or "she" that takes up the name `span` as the subject of a clause its verb
    governs ("Sami said he had found a home"); None if another person is named before it, or there is none."""
    if span.root.dep_ not in _SUBJECTS:
        return None
    verb = span.root.head
    for token in span.doc[span.end : span.sent.end]:
        if token.ent_type_ == "PERSON":
            return None
        gender = _SUBJECT_PRONOUNS.get(token.lower_)
        if gender is not None:
            return gender if token.dep_ in _SUBJECTS and _governed_by(token.head, verb) else None
    return None


def _governed_by(clause: Token, verb: Token) -> bool:
    """Whether `clause` is `verb` or a clause under it, through clausal links only."""
    while clause.i != verb.i:
        if clause.dep_ not in _CLAUSES or clause.head.i == clause.i:
            return False
        clause = clause.head
    return True


def stated_gender(genders: list[str]) -> str | None:
    """The one gender every pronoun read agrees on, if any was read and they agree."""
    return genders[0] if genders and len(set(genders)) == 1 else None
