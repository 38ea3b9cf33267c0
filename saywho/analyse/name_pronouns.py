"""The gender a text states of a person by the pronoun it uses for them in the same sentence.

"Guccifer told her he had done it": "he", the subject of a clause that "Guccifer"'s own verb governs, is
Guccifer, whatever his name says; read only where neither a title, a role nor a first name tells.
So is the "he" that opens the writer's next sentence after one the name alone leads ("Obama has proposed
…. Nor has he stood idle"); on the train articles this reading agrees with 88 of 90 known first names.
"""

from __future__ import annotations

from typing import Protocol

from spacy.tokens import Span, Token

from saywho.analyse.sentences import text_of

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


_REFLEXIVES = {"himself": "m", "herself": "f"}


def reflexive_gender(span: Span) -> str | None:
    """The gender of the "himself" or "herself" that is the object of the name's own verb ("Sanders compared
    himself to Clinton"): only the subject can be who that is."""
    if span.root.dep_ != "nsubj":
        return None
    objects = [c for c in span.root.head.children if c.dep_ == "dobj" and c.lower_ in _REFLEXIVES]
    return _REFLEXIVES[objects[0].lower_] if objects else None


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


class Offsets(Protocol):
    """Character offsets, asked only whether they hold one (name_cleaning.quoted_characters)."""

    def __contains__(self, offset: int, /) -> bool: ...


def next_sentence_gender(span: Span, quoted: Offsets) -> str | None:
    """The gender of the "he" or "she" that opens the next sentence as its subject, where `span` is the
    subject of its own sentence and no one else is named in it ("Obama has proposed many ways …. Nor has
    he stood idle"): a writer who goes on about the same person drops the name. `quoted`: offsets inside
    quotation marks (name_cleaning.quoted_characters), where the pronoun is the speaker's own."""
    sentence = span.sent
    if span.root.dep_ not in _SUBJECTS or span.root.head.i != sentence.root.i \
            or span.start_char in quoted or _names_another(sentence, span):
        return None
    following = _next_unquoted_sentence(sentence, quoted)
    for token in following if following is not None else ():
        if token.idx in quoted:  # a quoted "he" is the speaker's own, whoever it is
            continue
        if _may_be_someone(token) or token.lower_ in _PERSON_PRONOUNS:
            gender = _SUBJECT_PRONOUNS.get(token.lower_)
            opens = token.dep_ in _SUBJECTS and token.head.i == token.sent.root.i
            return gender if opens and not _new_speaker(span, token, quoted) \
                and not _other_pronoun_after(span, gender, quoted) else None
    return None


def _other_pronoun_after(span: Span, gender: str | None, quoted: Offsets) -> bool:
    """ "Whitcombe said earlier that …, but he acknowledged …. She said": the name's own sentence went on with the
    other gender's pronoun, so the next sentence's is someone else's."""
    return any(_SUBJECT_PRONOUNS.get(t.lower_) not in {None, gender} and t.idx not in quoted
               for t in span.doc[span.end : span.sent.end])


def _next_unquoted_sentence(sentence: Span, quoted: Offsets) -> Span | None:
    """The next sentence with a word of the writer's own: a quotation the model cut into sentences of its
    own ("'I kept telling myself … .' || he told the Times") is passed over."""
    doc = sentence.doc
    for _ in range(3):
        if sentence.end >= len(doc):
            return None
        sentence = doc[sentence.end].sent
        if any(t.is_alpha and t.idx not in quoted for t in sentence):
            return sentence
    return None


def _new_speaker(span: Span, pronoun: Token, quoted: Offsets) -> bool:
    """Whether the pronoun says who speaks a quotation that opens a new paragraph ("“Not before the vote,” she
    said."): that is as often someone else as the one the paragraph before was about."""
    first_word = next((t for t in pronoun.sent if t.is_alpha), pronoun)
    return first_word.idx in quoted and "\n" in text_of(span.doc)[span.end_char : pronoun.idx]


# the words that name or stand for a person: the first of them in a sentence is who it goes on about
_PERSON_PRONOUNS = frozenset({"he", "she", "him", "her", "his", "hers", "i", "me", "my", "we", "us", "our",
                              "they", "them", "their"})


def _names_another(sentence: Span, span: Span) -> bool:
    """Whether anyone else may be named in `sentence`: a person, or a proper noun the model left untyped or
    took for an organisation (a bare surname often is)."""
    return any(_may_be_someone(t) and not span.start <= t.i < span.end and not _in_a_preposition(t)
               for t in sentence)


def _in_a_preposition(token: Token) -> bool:
    """ "expressed dismay at the thought of Trump": one named after a preposition is talked about, not the
    one the writer goes on with."""
    while token.dep_ in {"compound", "poss", "flat"}:
        token = token.head
    return token.dep_ == "pobj"


def _may_be_someone(token: Token) -> bool:
    return token.ent_type_ == "PERSON" or (token.pos_ == "PROPN" and token.ent_type_ in {"", "ORG"})
