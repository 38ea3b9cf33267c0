"""Names the small model left untagged, or tagged as something else, that the text shows are names: a speaker's
proper noun ("Isabelle writes"), a first name before a surname the model tags elsewhere ("Viola Grant, who won …"),
a name in apposition to a speaker's role ("His widow, Ana Herrera, said"), a name after a person's title ("U.S.
District Judge Ana Torres wrote")."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from saywho.analyse.entity_cluster import first_name_genders, person_titles
from saywho.analyse.name_cleaning import is_joining_hyphen, proper_noun_chain, quoted_characters
from saywho.analyse.name_labels import apposed_to_a_person, names_a_body
from saywho.analyse.name_repeats import capital_at
from saywho.analyse.sentences import text_of
from saywho.analyse.token_arrays import with_dep, with_text
from saywho.document import EntityType
from saywho.lexicons import person_noun


def untagged_full_names(doc: Doc, mentions: list[tuple[Span, EntityType]], named: set[int]) -> list[tuple[Span, EntityType]]:
    """ "Viola Grant, who won an Academy Award …", untagged, where "Grant" is a person or a speaker later: a first
    name before such a surname, the two alone in title case, are that person's full name. (Not a surname the model
    tags an organisation: "Fiona Apple" is no name of Apple's; nor a name in a quotation or a headline.)"""
    surnames = {ent[0].text for ent, label in mentions if len(ent) == 1 and (label == "PERSON" or not ent[0].ent_type_)}
    surnames |= {ent[-1].text for ent, label in mentions if len(ent) > 1 and label == "PERSON"}  # "Wilson Grefa"
    found: list[tuple[Span, EntityType]] = []
    for token in (doc[i] for i in with_text(doc, surnames)):
        first = doc[token.i - 1] if token.i > 0 else None
        if first is None or token.i in named or first.i in named or not first.is_title \
                or not first_name_genders().get(first.lower_) or _a_name_word_before(doc, first.i - 1) \
                or capital_at(doc, token.i + 1):
            continue
        found.append((doc[first.i: token.i + 1], "PERSON"))
    if found:  # not in a title or a quotation: ''The Fixers: Eddie Mannix, Howard Strickling …''
        quoted = quoted_characters(doc)
        found = [(span, label) for span, label in found if span.start_char not in quoted]
    return found


def _a_name_word_before(doc: Doc, i: int) -> bool:
    """A capitalised word that may be part of the name, not one that opens the sentence ("When Nelly Grefa was")."""
    return capital_at(doc, i) and not (doc[i].is_sent_start and doc[i].pos_ in {"SCONJ", "ADV", "CCONJ", "ADP", "DET"})


def untagged_name_beside(role: Token) -> Span | None:
    """ "His widow, Ana Herrera, said", with no name tagged: a first name and a surname in apposition to a person's
    role that is a speaker's are that person's name; so are capitalised words between commas after such a role, of a
    first name the lexicon does not hold ("Nigeria's Minister of State for Foreign Affairs, Chukwuemeka Obi-Nnadi,")."""
    appos = next((c for c in role.children if c.dep_ == "appos" and c.pos_ == "PROPN" and c.i > role.i), None)
    if role.pos_ not in {"NOUN", "PROPN"}:
        return None
    chain = proper_noun_chain(appos) if appos is not None else None
    if chain is not None and role.pos_ == "NOUN" and len(chain) >= 2 and first_name_genders().get(chain[0].lower_) \
            and apposed_to_a_person(chain):
        return chain
    appos = appos or _apposed_to_its_object(role)  # "The chief conductor of the Northern Philharmonia, Anders Lindqvist,"
    chain = hyphened_chain(appos) if appos is not None else None
    return chain if chain is not None and person_noun(role.lemma_.lower()) and _set_off(chain) \
        and not names_a_body(chain) else None


def untagged_names_beside_roles(doc: Doc, named: set[int]) -> list[tuple[Span, EntityType]]:
    """ "Orvanta's president for North America, Dominic Reyes, addressed customers": an untagged name of a known first
    name, set off by commas beside a person's role anywhere in the text (not only a speaker's), is that person's."""
    found: list[tuple[Span, EntityType]] = []
    for token in (doc[i] for i in with_dep(doc, {"appos"}) if i not in named and doc[i].pos_ == "PROPN"):
        role = token.head if token.head.dep_ != "pobj" else token.head.head.head
        chain = hyphened_chain(token)
        if person_noun(role.lemma_.lower()) and role.pos_ in {"NOUN", "PROPN"} and _set_off(chain) \
                and first_name_genders().get(chain[0].lower_) and not any(t.i in named for t in chain):
            found.append((chain, "PERSON"))
    return found


def _apposed_to_its_object(role: Token) -> Token | None:
    """The proper noun the parser set in apposition to the object of the role's "of", "for" or "at", or joined to it
    as a list's next item where it opens with a first name ("The Minister for Public Expenditure, Aisling Treacy,")."""
    return next((a for p in role.children if p.dep_ == "prep" and p.lower_ in {"of", "for", "at"}
                 for o in p.children if o.dep_ == "pobj" for a in o.children
                 if a.pos_ == "PROPN" and a.i > o.i and (a.dep_ == "appos" or _a_name_listed(a))), None)


def _a_name_listed(token: Token) -> bool:
    chain = hyphened_chain(token)
    return token.dep_ == "conj" and first_name_genders().get(chain[0].lower_) is not None


def hyphened_chain(head: Token) -> Span:
    """The proper nouns before `head` that its name runs on from, across hyphens joining its parts ("Obi-Nnadi")."""
    doc, start = head.doc, head.i
    while start > 0:
        before = doc[start - 1]
        if before.pos_ == "PROPN" and before.dep_ == "compound":
            start -= 1
        elif is_joining_hyphen(before) and start >= 2 and (doc[start - 2].pos_ == "PROPN" or _a_given_names_start(doc[start])):
            start -= 2
        else:
            break
    return doc[start: head.i + 1]


def _a_given_names_start(second: Token) -> bool:
    """ "Eun-ji Park", whose "Eun" the tagger read as an adjective: a capitalised word joined on to a lowercase
    romanised syllable opens a given name."""
    first = second.doc[second.i - 2]
    return second.is_lower and bool(_SYLLABLE.fullmatch(second.lower_)) and first.is_alpha and first.is_title \
        and first.lower_ not in _PREFIXES


def _set_off(chain: Span) -> bool:
    """Two to four capitalised words between commas, none of which the model gave a kind of name; the last may be a
    generation's numeral."""
    doc, words = chain.doc, [t for t in chain if not is_joining_hyphen(t)]
    return 0 < chain.start and doc[chain.start - 1].text == "," and chain.end < len(doc) \
        and doc[chain.end].text == "," and 2 <= len(words) <= 4 \
        and all(t.is_title or (t.i == chain.end - 1 and t.text in GENERATIONS) for t in words) \
        and not any(t.ent_type_ for t in chain)


GENERATIONS = frozenset({"II", "III", "IV", "Jr.", "Sr."})  # "Nana Kwamena Bentum II": the name's last word


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
    if len(chain) == 2 and first_name_genders().get(chain[0].lower_) and chain[1].text in surnames:
        return "PERSON"  # "Nelly Grefa says", where "Wilson Grefa" is a person
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
            and doc[start - 2].text[:1].isupper() and (doc[start - 2].pos_ == "PROPN" or _a_name_joined_on(ent)):
        ent = Span(doc, start - 2, ent.end, label=ent.label_)
    words = [t for t in ent if t.is_alpha]
    if len(words) > 1 and all(t.is_upper for t in words) and any(is_joining_hyphen(t) for t in ent[1:]):
        return Span(doc, ent.start, ent.end, label="ORG")
    return ent


# Prefixes a hyphen joins to a name that make no name of it: "Pro-Trump", "Ex-Barcelona".
_PREFIXES = frozenset({"pro", "anti", "ex", "non", "post", "pre", "mid", "neo", "un", "all", "trans"})


def _a_name_joined_on(ent: Span) -> bool:
    """ "Per-Olof Wahlgren", whose first part the tagger read as the preposition: a capitalised word of letters
    joined on to a person's name is its first part."""
    word = ent.doc[ent.start - 2]
    return ent.label_ == "PERSON" and word.is_alpha and word.is_title and word.lower_ not in _PREFIXES


def with_its_hyphened_end(ent: Span) -> Span:
    """ "Ha Ji-min", tagged only "Ha" a person (or nothing): a capitalised word and a hyphened part right after a
    person's name, with no space between them, finish the name (Korean given names)."""
    doc, end = ent.doc, ent.end
    if ent.label_ in {"PERSON", "ORG", ""} and _a_given_names_end(ent):
        return Span(doc, ent.start, end + 2, label=ent.label_)  # "Choi Min-seok", tagged "Choi Min"
    if ent.label_ not in {"PERSON", ""} or end + 2 >= len(doc) or not doc[end].is_title or doc[end].ent_type_ \
            or not is_joining_hyphen(doc[end + 1]) or not doc[end + 2].is_alpha or doc[end + 2].ent_type_:
        return ent
    return Span(doc, ent.start, end + 3, label=ent.label_)


# A romanised syllable ("seok", "ho", "jin", "sook"), not an English word joined on ("Clinton-era", "Bush-led")
_SYLLABLE = re.compile(r"(?:[bcdghjkmnprstwy]|ch|sh|kk|tt|pp|ss|jj)?(?:[aeiou]{1,2}|y[aeiou]{1,2}|w[aeio])(?:ng|[nklmp])?")
_JOINED_WORDS = frozenset({"era", "led", "run", "like", "born", "made", "based", "free", "owned", "wide", "long", "old",
                           "up", "in", "out", "on", "off", "style", "type", "esque", "ism", "ist", "ite", "ites", "mania",
                           "man", "men", "linked", "tied", "held", "kin"})


def _a_given_names_end(ent: Span) -> bool:
    """ "Choi Min-seok": a lower-case syllable joined by a hyphen to the short last word of a person's name."""
    doc, end = ent.doc, ent.end
    if end + 1 >= len(doc) or len(ent) < 2 or len(ent[-1]) > 6 or not ent[-1].is_title:
        return False
    word = doc[end + 1]
    return is_joining_hyphen(doc[end]) and word.is_lower and word.is_alpha and word.lower_ not in _JOINED_WORDS \
        and bool(_SYLLABLE.fullmatch(word.lower_)) and not (end + 2 < len(doc) and doc[end + 2].text == "-")


def plural_noun_read_as_name(ent: Span) -> bool:
    """ "Keepers said the calf was healthy", "Hackers …": a plural common noun opening a sentence that the model took
    for a name, where the text uses the word nowhere else (a surname such as "Sanders" comes up again)."""
    word = ent[0]
    if len(ent) != 1 or word.tag_ != "NNS" or not word.is_sent_start or not word.lower_.endswith("s"):
        return False
    return all(word.doc[i].is_sent_start for i in with_text(word.doc, [word.text]))


# A name the model left untagged, set before a person's role: "Hannes Winter, a medical ethicist in Freiburg, said",
# "Shazia Parveen, 52, a widow from Ichhra,", "Oh Jae-seok, the airline's executive vice president". Two to four
# capitalised words (parts joined by hyphens, particles between), one where an age follows it.
_NAME_WORD = r"[A-Z][\w'’.]*(?:-[A-Za-z]\w*)*"
_PARTICLE = r"(?:de|da|do|dos|del|della|van|von|der|den|bin|binti|al|el|la|le|ter|ten)"
NAME_BEFORE_A_ROLE = re.compile(
    rf"(?P<name>{_NAME_WORD}(?: (?:{_PARTICLE} )*{_NAME_WORD}){{0,3}}), (?P<age>\d{{1,3}}, )?"
    rf"(?P<role>(?:(?:a|an|the) )?[\w'’ -]+?)(?=,| at | of | for | in | with | from | on | who | whose |$)")
# Words after which a role ends: "a technology analyst at a brokerage"
ROLE_ENDS = frozenset({",", "at", "of", "for", "in", "with", "from", "on", "who", "whose", "and", "since", "."})


def untagged_names_before_roles(doc: Doc, named: set[int]) -> list[tuple[Span, EntityType]]:
    """Capitalised words the model tagged no person's name, opening a sentence (or after its saying verb) and set off
    by a comma before a person's role ("a medical ethicist", "policy director at the union"), are that person's name,
    whatever else it tagged them. `named`: the words of the persons' names found so far."""
    found: list[tuple[Span, EntityType]] = []
    text = text_of(doc)
    for start in _clause_openings(doc):
        match = NAME_BEFORE_A_ROLE.match(text, doc[start].idx)
        if match is None or (" " not in match["name"] and not match["age"]):
            continue
        name = doc.char_span(match.start("name"), match.end("name"))
        role = doc.char_span(match.start("role"), match.end("role"), alignment_mode="expand")
        if name is None or role is None or not all(_a_name_word(t, named) for t in name):
            continue
        if _role_head(role) is not None:
            found.append((name, "PERSON"))
    return found


# Words that open sentences in title case and are no one's name: "On Monday, the minister said"
NOT_NAME_PARTS = frozenset({"ADP", "DET", "PRON", "ADV", "CCONJ", "SCONJ", "VERB", "AUX", "NUM", "ADJ"})
CALENDAR = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january",
                      "february", "march", "april", "may", "june", "july", "august", "september", "october",
                      "november", "december", "yesterday", "today"})


def _a_name_word(token: Token, named: set[int]) -> bool:
    """A word of a name the model did not tag a person's: no function word, no day or month ("Winter" and
    "Parveen", tagged a date, and "Hannes", tagged an organisation, may be)."""
    return token.i not in named and token.ent_type_ != "PERSON" \
        and (token.pos_ not in NOT_NAME_PARTS or is_joining_hyphen(token)) and not token.is_stop \
        and token.lower_ not in CALENDAR


def _clause_openings(doc: Doc) -> list[int]:
    """Where a name may open what is said of someone: a sentence's first word (past a quotation mark), or the word
    after a saying verb that a comma or a quotation leads to ("…," said Hannes Winter, a medical ethicist)."""
    openings = []
    for sentence in doc.sents:
        first = next((t for t in sentence if not t.is_space and not t.is_quote and not t.is_punct), None)
        if first is not None and first.is_title:
            openings.append(first.i)
    openings += [t.i + 1 for t in doc[:-1] if t.lemma_ == "say" and t.tag_ == "VBD" and doc[t.i + 1].is_title
                 and t.i > 0 and (doc[t.i - 1].is_quote or doc[t.i - 1].text == ",")]
    return sorted(set(openings))


def _role_head(role: Span) -> Token | None:
    """The person's noun that ends a role's first words ("a medical ethicist", "the airline's executive vice
    president"); None where they end on no such noun."""
    words = [t for t in role if t.lower_ not in ROLE_ENDS]
    last = words[-1] if words else None
    return last if last is not None and last.pos_ in {"NOUN", "PROPN"} and person_noun(last.lemma_.lower()) else None
