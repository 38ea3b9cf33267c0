"""Names a mention gives its speaker in passing: "a pharmacist, who gave only his first name, Mina,", "One vendor, who
gave his name only as Tapiwa,", "An armed group calling itself the Creek Vanguard". The speaker is so named, though
the mention is a description; a person's name given so is a person's, whatever the tagger took it for."""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from saywho.analyse.sentences import text_of

# What the text says right before a name it gives someone (the name's first word follows it).
_GIVEN_A_PERSONS_NAME = re.compile(
    r"(?:\bgave|\bgiving|\bgives|\bgive|\bprovided|\bwould give|\bwould only give)\s+(?:only\s+)?(?:his|her|their)\s+"
    r"(?:first\s+|full\s+)?name\s*,?\s*(?:only\s+)?(?:as\s+)?$"
    r"|\bidentified\s+(?:(?:himself|herself)\s+)?(?:only\s+)?(?:by\s+(?:his|her)\s+first\s+name\s*,?\s*|as\s+)$")
_CALLING_ITSELF = re.compile(r"\b(?:calling|calls|called)\s+(?:itself|themselves)\s+(?:the\s+)?$")


def given_a_persons_name(span: Span) -> bool:
    """Whether the text gives `span` as someone's name ("who gave only her first name, Valentina,")."""
    return bool(_GIVEN_A_PERSONS_NAME.search(_text_before(span.doc[span.start])))


def name_given(tokens: list[Token], by_token: dict[int, str]) -> str | None:
    """The entity of the first name a mention gives its speaker, after "who gave his name as" or "calling itself"."""
    for token in tokens:
        entity_id = by_token.get(token.i)
        if entity_id is None or (token.i > 0 and by_token.get(token.i - 1) == entity_id):
            continue
        before = _text_before(token)
        if _GIVEN_A_PERSONS_NAME.search(before) or _CALLING_ITSELF.search(before):
            return entity_id
    return None


def _text_before(token: Token) -> str:
    """Up to 80 characters before the token, from its line's start (no sentence is parsed for it: read per name)."""
    before = text_of(token.doc)[max(0, token.idx - 80): token.idx]
    return before[before.rfind("\n") + 1:]
