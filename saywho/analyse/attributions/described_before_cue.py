"""A description between a quotation's close and its cue: `“…,” an intelligence source, who was not authorized to
speak on the record, told Fox News`.

The parser may hang such a noun phrase on the quotation's own verb (as its object or predicate noun), leaving the cue
with no subject; sources.name_before_cue reads the same shape for a name. Here the phrase opens with a determiner or
a number ("an", "the", "two", "another"), its head is a noun, and nothing but a relative clause or an apposition set
off by commas stands between it and the cue.
"""

from __future__ import annotations

from spacy.tokens import Token

from saywho.analyse.attributions.drafts import QuoteMap

# Words that open a description of who spoke ("an aide", "the official", "two senators").
OPENERS = {"DET", "NUM"}
# Words inside the phrase before its head ("a senior Republican", "the state's").
INSIDE = {"DET", "NUM", "ADJ", "NOUN", "PROPN", "PART", "ADV"}
LIMIT = 30  # words from the quotation's close to the cue
RELATIVES = {"who", "which", "whose"}


def description_before_cue(cue: Token, quote_map: QuoteMap) -> Token | None:
    """The head noun of the description, where the text has this shape; None otherwise."""
    doc = cue.doc
    start = cue.i
    while start > 0 and not quote_map.inside(doc[start - 1]) and cue.i - start < LIMIT:
        start -= 1
    if start == cue.i or start == 0 or not quote_map.inside(doc[start - 1]) or doc[start].pos_ not in OPENERS:
        return None
    head = _phrase_head(doc[start: cue.i])
    if head is None or head.pos_ != "NOUN" or head.ent_type_ in {"DATE", "TIME"}:
        return None
    rest = doc[head.i + 1: cue.i]
    return head if not rest or _set_off(rest) else None


def _phrase_head(words) -> Token | None:
    """The last noun of the run of a noun phrase's words the description opens with."""
    head = None
    for word in words:
        if word.pos_ not in INSIDE or word.is_space:
            break
        if word.pos_ in {"NOUN", "PROPN"}:
            head = word
    return head


def _set_off(rest) -> bool:
    """ ", who was not authorized to speak on the record,", ", Donald Trump,": a relative clause or an apposition between
    commas."""
    if len(rest) < 3 or rest[0].text != "," or rest[-1].text != ",":
        return False
    opener = rest[1]  # "who …", "a …", or a name in apposition ("the presumptive nominee, Donald Trump,")
    return opener.lower_ in RELATIVES or opener.pos_ in OPENERS or opener.pos_ == "PROPN"
