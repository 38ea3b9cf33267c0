"""Names the small model left untagged, or tagged as something else, that the text shows are names: a speaker's
proper noun ("Isabelle writes"), a first name before a surname the model tags elsewhere ("Viola Grant, who won …"),
a name in apposition to a speaker's role ("His widow, Ana Herrera, said"), a name after a person's title ("U.S.
District Judge Ana Torres wrote")."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from saywho.analyse.entity_cluster import first_name_genders, person_titles
from saywho.analyse.name_cleaning import is_joining_hyphen, proper_noun_chain, quoted_characters
from saywho.analyse.name_labels import apposed_to_a_person
from saywho.analyse.name_repeats import capital_at
from saywho.analyse.token_arrays import with_text
from saywho.document import EntityType


def untagged_full_names(doc: Doc, mentions: list[tuple[Span, EntityType]], named: set[int]) -> list[tuple[Span, EntityType]]:
    """ "Viola Grant, who won an Academy Award …", untagged, where "Grant" is a person or a speaker later: a first
    name before such a surname, the two alone in title case, are that person's full name. (Not a surname the model
    tags an organisation: "Fiona Apple" is no name of Apple's; nor a name in a quotation or a headline.)"""
    surnames = {ent[0].text for ent, label in mentions if len(ent) == 1 and (label == "PERSON" or not ent[0].ent_type_)}
    found: list[tuple[Span, EntityType]] = []
    for token in (doc[i] for i in with_text(doc, surnames)):
        first = doc[token.i - 1] if token.i > 0 else None
        if first is None or token.i in named or first.i in named or not first.is_title \
                or not first_name_genders().get(first.lower_) or capital_at(doc, first.i - 1) \
                or capital_at(doc, token.i + 1):
            continue
        found.append((doc[first.i: token.i + 1], "PERSON"))
    if found:  # not in a title or a quotation: ''The Fixers: Eddie Mannix, Howard Strickling …''
        quoted = quoted_characters(doc)
        found = [(span, label) for span, label in found if span.start_char not in quoted]
    return found


def untagged_name_beside(role: Token) -> Span | None:
    """ "His widow, Ana Herrera, said", with no name tagged: a first name and a surname in apposition to a person's
    role that is a speaker's are that person's name."""
    appos = next((c for c in role.children if c.dep_ == "appos" and c.pos_ == "PROPN" and c.i > role.i), None)
    if appos is None or role.pos_ != "NOUN":
        return None
    chain = proper_noun_chain(appos)
    return chain if len(chain) >= 2 and first_name_genders().get(chain[0].lower_) and apposed_to_a_person(chain) \
        else None


def after_a_title(chain: Span) -> Span | None:
    """ "U.S. District Judge Ana Torres wrote", with no name tagged: the words after a person's title, opening with a
    first name, are that person's name (the title stays before it, as for a name the model tagged)."""
    titles = person_titles()
    last = max((t.i for t in chain[:-1] if t.lower_ in titles), default=None)
    if last is None or not first_name_genders().get(chain.doc[last + 1].lower_):
        return None
    return chain.doc[last + 1: chain.end]


def missed_name_label(chain: Span, surnames: set[str]) -> EntityType:
    """ "'My eyes well up,' Isabelle writes": a speaker's proper noun the model left untyped is a person where it
    is a first name alone ("Isabelle") or the surname of a person the model tags elsewhere ("Musk says …" in a
    headline, "Elon Musk said" below it), else taken for an organisation ("Reuters", "J.P. Morgan")."""
    alone = len(chain) == 1 and chain[0].text
    return "PERSON" if alone and (first_name_genders().get(chain[0].lower_) or alone in surnames) else "ORG"


def with_its_of_phrase(ent: Span) -> Span:
    """ "According to the March of Dimes", where the model tagged only "March" an organisation, or nothing:
    capitalised words it left untagged after "of" finish the name of an organisation the text introduces with
    "the"."""
    doc, end = ent.doc, ent.end + 1
    if ent.label_ not in {"ORG", ""} or ent.start == 0 or doc[ent.start - 1].lower_ != "the" or end >= len(doc) \
            or doc[ent.end].lower_ != "of":
        return ent
    while end < len(doc) and doc[end].is_title and doc[end].pos_ == "PROPN" and not doc[end].ent_type_:
        end += 1
    return ent if end == ent.end + 1 else Span(doc, ent.start, end, label="ORG")


def with_its_hyphened_start(ent: Span) -> Span:
    """ "SAG-AFTRA said", tagged only "AFTRA", a person: the capitalised word joined to a name by a hyphen with no
    space either side is the name's first part; a name of capitals joined so is an organisation's, whatever the
    model tagged it."""
    doc, start = ent.doc, ent.start
    if start >= 2 and is_joining_hyphen(doc[start - 1]) and not doc[start - 2].ent_type_ \
            and doc[start - 2].pos_ == "PROPN" and doc[start - 2].text[:1].isupper():
        ent = Span(doc, start - 2, ent.end, label=ent.label_)
    words = [t for t in ent if t.is_alpha]
    if len(words) > 1 and all(t.is_upper for t in words) and any(is_joining_hyphen(t) for t in ent[1:]):
        return Span(doc, ent.start, ent.end, label="ORG")
    return ent


def plural_noun_read_as_name(ent: Span) -> bool:
    """ "Keepers said the calf was healthy", "Hackers …": a plural common noun opening a sentence that the model took
    for a name, where the text uses the word nowhere else (a surname such as "Sanders" comes up again)."""
    word = ent[0]
    if len(ent) != 1 or word.tag_ != "NNS" or not word.is_sent_start or not word.lower_.endswith("s"):
        return False
    return all(word.doc[i].is_sent_start for i in with_text(word.doc, [word.text]))
