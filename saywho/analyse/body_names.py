"""Names of public bodies that the recogniser cut short or missed, where a body speaks under its full name.

"The Department of Employment and Labour said" is tagged only "Department of Employment"; "Greater Manchester
Fire and Rescue Service said" a place and nothing; "The Ministry of Environment, Water and Agriculture" is cut at
its comma. Left so, the source matches no entity and the speaker stays a description ("The Ministry Water and
Agriculture"), though the text names the body in full. A source whose head is a capitalised body's word
("Department", "Service", "Commission") and whose capitalised words, joined by "of", "and", "for", "on", a
list's commas, a hyphen or a plural owner's mark, run unbroken around it is that body's name.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from saywho.document import EntityType
from saywho.lexicons import body_noun

JOINING = frozenset({"of", "and", "for", "on", "&"})
_NOT_IN_A_NAME = frozenset({"PERSON", "DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY"})


def with_bodies_named_in_full(doc: Doc, sources: list[int | None],
                              mentions: list[tuple[Span, EntityType]]) -> list[tuple[Span, EntityType]]:
    """`mentions` with each body a source names in full in place of the pieces the recogniser made of it."""
    for head in sources:
        name = body_named_in_full(doc[head]) if head is not None else None
        if name is None or any(_not_a_piece_of(m, name) for m, _ in mentions):
            continue
        mentions = [m for m in mentions if m[0].end <= name.start or m[0].start >= name.end]
        mentions.append((name, "ORG"))
    return sorted(mentions, key=lambda m: m[0].start)


def _not_a_piece_of(mention: Span, name: Span) -> bool:
    """Whether a mention is the name itself, or overlaps it without lying within: "the U.S. Court of Appeals for
    the 6th Circuit", named whole already, is not cut to "Court of Appeals"."""
    start = mention.start + (mention[0].lower_ == "the")
    return (start, mention.end) == (name.start, name.end) or (
        start < name.end and name.start < mention.end and not name.start <= start < mention.end <= name.end)


def body_named_in_full(head: Token) -> Span | None:
    """The full name of the body whose capitalised word `head` is, or None where it names none."""
    if not _capitalised(head):
        return None
    doc = head.doc
    start, end = head.i, head.i + 1
    while start > 0 and (_capitalised(doc[start - 1]) or _joins(doc, start - 1, backwards=True)):
        start -= 1
    while end < len(doc) and (_capitalised(doc[end]) or _joins(doc, end, backwards=False)):
        end += 1
    end = _listed_to_its_and(doc, head.i, _one_bodys_end(doc, start, head.i, end))
    while not _capitalised(doc[start]):  # "a member of the Tenant Board": not from "the"
        start += 1
    words = [t for t in doc[start:end] if _capitalised(t)]
    if len(words) < 2 or not (_a_body_word(_name_head(doc[start:end])) or _described_as_a_body(doc, start, end)) \
            or (end < len(doc) and doc[end].tag_ == "POS") or any(t.ent_type_ in _NOT_IN_A_NAME for t in words):
        return None  # "the Department of Health's regional office": the body owns what speaks
    return Span(doc, start, end, label="ORG")


def _described_as_a_body(doc: Doc, start: int, end: int) -> bool:
    """ "Citizens for Digital Rights, a civic group that filed the complaint,": a name with its "for" or "of", set off
    by a comma and "a" or "an" before a body's noun, is that body's, whatever its own first word."""
    if end + 2 >= len(doc) or doc[end].text != "," or doc[end + 1].lower_ not in {"a", "an"} \
            or not any(t.lower_ in {"for", "of"} for t in doc[start:end]):
        return False
    described = doc[end + 1].head  # the noun "a" leads up to
    return described.i > end + 1 and body_noun(described.lemma_.lower())


def _name_head(name: Span) -> Token:
    """The name's own noun: "Committee" in "International Committee of the Red Cross", never a word of its "of"
    phrase ("Senior Superintendent of Police" is a person's title)."""
    joined = next((t.i for t in name if t.lower_ in {"of", "for", "on"}), name.end)
    return next(t for t in reversed(name.doc[name.start:joined]) if _capitalised(t))


def _one_bodys_end(doc: Doc, start: int, head: int, end: int) -> int:
    """Where the name stops before an "and" that joins another name to it ("the Ministry of Defence and NATO"):
    an "and" stays within a body's "of" phrase ("Department of Employment and Labour"), before its last word
    ("Fire and Rescue Service") or before words the recogniser does not begin a name with."""
    for token in doc[head + 1:end]:
        if token.lower_ != "and":
            continue
        after = doc[token.i + 1]
        inside_of = any(t.lower_ == "of" for t in doc[start:token.i]) and after.is_title \
            and after.ent_type_ not in {"GPE", "PERSON", "NORP"}
        ends_the_name = _a_body_word(doc[end - 1]) and not any(map(_a_body_word, doc[start:token.i]))
        if after.ent_iob_ == "B" and not inside_of and not ends_the_name:
            return token.i
    return end


def _a_body_word(token: Token) -> bool:
    return body_noun(token.lower_)


def _capitalised(token: Token) -> bool:
    """A word of a name: "Labour", "ICT", "KwaZulu"; never "The" or a word the sentence's start alone capitalised."""
    return token.text[:1].isupper() and token.is_alpha and token.lower_ != "the" \
        and not (token.is_sent_start and token.pos_ not in {"PROPN", "NOUN"})


def _joins(doc: Doc, index: int, backwards: bool) -> bool:
    """ "of", "and", a comma between two capitalised words of one name; "of the" ("International Committee of the
    Red Cross"); a hyphen ("Kenya Anti-Doping Authority") and a plural owner's mark ("Property Owners' Association")
    within a word."""
    token = doc[index]
    if index == 0 or index + 1 >= len(doc):
        return False
    before, after = doc[index - 1], doc[index + 1]
    if token.text == "the":
        return before.lower_ in {"of", "for", "on"} and _capitalised(after)
    if token.lower_ in {"of", "for", "on"} and after.text == "the":
        return _capitalised(before) and index + 2 < len(doc) and _capitalised(doc[index + 2])
    if token.text == "-" or (token.text in {"'", "’"} and before.text.endswith("s")):
        return not before.whitespace_ and (token.text != "-" or not token.whitespace_) \
            and _capitalised(before) and _capitalised(after)
    if token.lower_ not in JOINING and token.text != ",":
        return False
    return _capitalised(before) and _capitalised(after) and (token.text != "," or not backwards)


def _listed_to_its_and(doc: Doc, head: int, end: int) -> int:
    """A comma in a name only lists ("of Environment, Water and Agriculture"): an "and" must come after the last
    one, else the name stops at the first comma after its head."""
    commas = [t.i for t in doc[head:end] if t.text == ","]
    if commas and not any(t.lower_ == "and" for t in doc[commas[-1]:end]):
        return commas[0]
    return end
