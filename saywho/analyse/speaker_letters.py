"""A reader's letter's "I": the person whose name alone signs it, on the line after the letter.

Letters pages and readers' comments run one item after another, each closed by a line holding nothing but its
writer's name ("… I guess the results would be the same inane comments. / Cathy Williams."). The writer's "I"
outside quotation marks is that person's. Read only where the text has at least two such signing lines (a page
of letters, not a story that happens to end on a name), and where the signing line comes within LETTER_PARAGRAPHS
paragraphs after the "I" with no other signing line between. PolNeAR train-pronouns.jsonl: 816 → 818 right, no
wrong name; train.jsonl unchanged.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from saywho.analyse.speaker_candidates import speaker_of
from saywho.document import Speaker

LETTER_PARAGRAPHS = 4  # a letter's paragraphs, its signing line included
MAX_NAME_WORDS = 4


def letter_signer(head: Token, resolver) -> Speaker | None:
    """The speaker of the signing line after the "I" `head`, on a page of letters; None otherwise.
    `resolver`: the speakers step's (speakers.Resolver)."""
    if head.lower_ != "i" or resolver._in_quote(head):
        return None
    signed = _signing_lines(head.doc, resolver)
    if len(signed) < 2:
        return None
    here = resolver.paragraph_of(head.idx)
    after = [(paragraph, entity_id, offset) for paragraph, entity_id, offset in signed if paragraph > here]
    if not after or after[0][0] - here > LETTER_PARAGRAPHS - 1:
        return None
    _, entity_id, offset = after[0]
    return Speaker(**{**speaker_of(resolver.entities[entity_id], "pronoun").__dict__, "antecedent": offset})


def _signing_lines(doc: Doc, resolver) -> list[tuple[int, str, int]]:
    """(paragraph, entity id, offset) of each paragraph that is one person's name and nothing more, read once."""
    found = getattr(resolver, "_signing_lines", None)
    if found is None:
        found = [line for index, (start, end) in enumerate(resolver.paragraphs)
                 if (line := _signer(doc, resolver, index, start, end)) is not None]
        resolver._signing_lines = found
    return found


def _signer(doc: Doc, resolver, index: int, start: int, end: int) -> tuple[int, str, int] | None:
    span = doc.char_span(start, end, alignment_mode="contract")
    words = [token for token in span if not (token.is_punct or token.is_space)] if span is not None else []
    if not words or len(words) > MAX_NAME_WORDS:
        return None
    owners = {resolver.by_token.get(token.i) for token in words}
    if len(owners) != 1 or None in owners:
        return None
    entity_id = owners.pop()
    if resolver.entities[entity_id].type != "PERSON":
        return None
    return index, entity_id, words[0].idx
