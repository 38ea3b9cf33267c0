"""A quotation's frame before it, where the parser hung the quotation on nothing that says it (issue 12, s36)."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from saywho.analyse import cues
from saywho.analyse.attributions.clause_shapes import is_to_infinitive
from saywho.analyse.attributions.drafts import QuoteMap

FRAMING_TAGS = {"VBD", "VBZ", "VBN"}  # "barked" is often misread as a participle right after a quotation


def frame_before(doc: Doc, quote_map: QuoteMap, index: int) -> Token | None:
    """ "Charlie Sykes, who lamented in an interview with Oliver Darcy, ''We have …''": the parser hung the quotation
    on nothing that says it, but right before its comma stands a verb of saying with nothing said of its own (where
    it was said may follow it), and no other verb between; an infinitive after "to" too ("The email went on to say,
    “…”")."""
    tokens = quote_map.tokens(doc, index)
    if not tokens:
        return None
    first = tokens[0].i
    opening = first - 1
    while opening > 0 and doc[opening].is_quote:
        opening -= 1
    if opening <= 0 or doc[opening].text != ",":
        return None
    sentence_start = doc[opening].sent.start
    verbs = [t for t in doc[sentence_start:opening] if t.pos_ in {"VERB", "AUX"} and not quote_map.inside(t)]
    if not verbs:
        return None
    verb = verbs[-1]
    if not cues.is_listed(verb) or _says_its_own(verb) or verb.tag_ not in FRAMING_TAGS and not is_to_infinitive(verb) \
            and not _telling(verb):
        return None
    return verb


def _says_its_own(verb: Token) -> bool:
    """What the verb reports stands in its own frame: a clause, an infinitive, an object (but for whom "tell"
    addresses)."""
    frame = cues.frame_of(verb)
    return frame in {cues.CLAUSE, cues.INFINITIVE} or frame == cues.OBJECT and verb.lemma_.lower() != "tell"


def _telling(verb: Token) -> bool:
    """ "…, telling the crowd, “Some people get a little carried away”": a participle of "tell" and whom it addressed."""
    return verb.tag_ == "VBG" and verb.lemma_.lower() == "tell"
