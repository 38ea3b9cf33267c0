"""Places the tagger took for a person or a body: "on the outskirts of Novi Sad, the owner, a man in his fifties,
said", "offices in Bab al-Louq", "GAMBELLA, Ethiopia -", "Ethiopia's Gambella region". A name the text uses only
where a place goes is a place, so no he, she or description of someone is taken for it."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from saywho.analyse.entity_cluster import Cluster
from saywho.analyse.name_cleaning import is_dateline_place
from saywho.lexicons import body_noun, person_noun

# Words after which a name stands where a place goes; not "at", "from" or "to", which take a body or a person as
# often ("a professor at Stanford", "a letter from Smith").
_PLACE_PREPOSITIONS = frozenset({"in", "near", "outside", "across", "around", "into", "through", "towards", "toward",
                                 "throughout", "inside", "nearby"})
# Nouns of a place, before "of" ("the district of El Porvenir") or after the name ("Gambella region").
_PLACE_NOUNS = frozenset({"outskirts", "district", "city", "town", "region", "province", "village", "suburb",
                          "suburbs", "streets", "capital", "county", "municipality", "neighbourhood", "neighborhood",
                          "governorate", "prefecture", "area", "valley", "island", "port", "state"})


def named_only_as_a_place(cluster: Cluster, doc: Doc) -> bool:
    """Whether every mention of a person or body the tagger found stands where a place goes."""
    if cluster.type not in {"PERSON", "ORG"} or cluster.aged or not cluster.mentions:
        return False
    found = [doc.char_span(start, end, alignment_mode="expand") for start, end in cluster.mentions]
    spans = [span for span in found if span is not None]
    if len(spans) != len(found):
        return False
    others = [span for span in spans if not (is_dateline_place(span) or _where_a_place_goes(span))]
    # "the agency's coordinator for Gambella" beside three places: one mention no subject may go either way
    return not others or (len(spans) - len(others) >= 3 and len(others) == 1
                          and others[0].root.dep_ not in {"nsubj", "nsubjpass"})


def _where_a_place_goes(span: Span) -> bool:
    doc = span.doc
    before = doc[span.start - 1] if span.start > 0 else None
    after = doc[span.end] if span.end < len(doc) else None
    if after is not None and after.lower_ in {"'s", "’s"}:
        return False  # "in Smith's view"
    if before is not None and before.lower_ in _PLACE_PREPOSITIONS or from_someone(span):
        return True
    if before is not None and before.lower_ == "of" and span.start > 1 and doc[span.start - 2].lower_ in _PLACE_NOUNS:
        return True
    if after is None or after.i != span.root.head.i or span.root.dep_ != "compound":
        return False
    return after.lower_ in _PLACE_NOUNS or (_a_bodys_noun(after) and before is not None and (
        before.lower_ in {"a", "an"} or before.pos_ == "ADP"))


def _a_bodys_noun(noun: Token) -> bool:
    """ "at a Limerick hospital", "a Huntsville company": the body's own noun, in lower case, after the place."""
    return noun.is_lower and body_noun(noun.lemma_.lower())


def from_someone(span: Span) -> bool:
    """ "One man from Khorog, 34,", "an 18-year-old from Jelgava": after "from" on a word for a person or an age, a
    place (the age after it is the person's); not "a letter from Smith"."""
    before = span.doc[span.start - 1] if span.start > 0 else None
    if before is None or before.lower_ != "from" or span[0].lower_ == "the":
        return False  # "protesters from the Granite Youth Climate Network": a body
    owner, doc = before.head, span.doc
    aged = owner.lower_ == "old" and owner.i >= 2 and doc[owner.i - 2].lower_ in {"year", "years"}
    return aged or (owner.tag_ == "NN" and person_noun(owner.lemma_.lower()))
