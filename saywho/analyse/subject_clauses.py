"""A speaker's own aside read as the clause the verb reports: "One attendee, who like others spoke on the condition of
anonymity to discuss the private meeting, said the message was …", "A representative for the brand - a business
pitched as “…” - noted that …".

The parser may make the verb of the relative clause or apposition that follows the subject a clause complement of
the cue, with the subject inside it, so the cue seems to report the aside and to have no subject. The shape: the cue
has no subject of its own; a clause complement before it runs up to the comma or dash right before the cue, and its
first subject opens it. That subject, with its aside, is who speaks, and the aside is no part of what was said.
"""

from __future__ import annotations

from spacy.tokens import Token

SUBJECTS = {"nsubj", "nsubjpass", "expl"}
ASIDE_CLOSES = {",", "-", "--", "—", "–"}


def subject_read_as_clause(verb: Token) -> Token | None:
    """The clause the parser made of the subject and its aside, before `verb`; None where the text has no such shape."""
    if verb.i < 2 or any(c.dep_ in SUBJECTS for c in verb.children):
        return None
    clause = next((c for c in verb.children if c.dep_ == "ccomp" and c.i < verb.i), None)
    if clause is None or verb.doc[verb.i - 1].text not in ASIDE_CLOSES or clause.right_edge.i != verb.i - 2:
        return None
    subject = aside_subject(clause)
    if subject is None or subject.left_edge.i != clause.left_edge.i:
        return None
    return clause


def aside_subject(clause: Token) -> Token | None:
    """The clause's first subject, a noun set off from the rest by a comma or a dash right after its phrase."""
    subject = min((c for c in clause.children if c.dep_ == "nsubj" and c.i < clause.i), key=lambda c: c.i, default=None)
    if subject is None or subject.pos_ not in {"NOUN", "PROPN"}:
        return None
    doc = subject.doc
    phrase_end = max([subject.i, *(c.right_edge.i for c in subject.children if c.i > subject.i and c.dep_ == "prep")])
    return subject if phrase_end + 1 < clause.i and doc[phrase_end + 1].text in ASIDE_CLOSES else None
