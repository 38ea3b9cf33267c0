"""What kind of thing a name names: the small model's label corrected where a first name, a role or the words around
the name tell a person ("Kouassi's agent, Sébastien Marcoux", "Candace Morrow of Dayton") or an institution
("Albert Einstein College of Medicine"); moved out of name_cleaning.py (s49)."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from saywho.analyse.entity_cluster import COMPANY_ENDINGS, first_name_genders, first_names, person_titles
from saywho.analyse.name_given import given_a_persons_name
from saywho.analyse.speaker_ages import given_an_age
from saywho.analyse.speaker_common_names import PEOPLES
from saywho.analyse.speaker_nationalities import COUNTRY_OF
from saywho.analyse.token_arrays import with_lower
from saywho.document import EntityType
from saywho.lexicons import body_noun, classified, person_noun

# Ranks that are adjectives in names as often: "Major League Baseball".
RANKS_AND_ADJECTIVES = frozenset({"major", "general"})
# What a politician is by party, said before the name: "Republican Greg Mason".
PARTY_MEMBERS = frozenset({"republican", "democrat", "independent", "libertarian"})


def opens_with_a_role_word(span: Span) -> bool:
    """ "Spokeswoman Haley Morris", tagged an organisation whole: a person's role noun in title case (opening a
    sentence, or as an office) before two name words, neither a word of the role lists (not "President Obama
    Administration"), is the role of the person the two words name; so is one the model tagged a person with the
    name, when a first name follows it ("Historian Alan Brinkley"); so is a party's member ("Republican Greg Mason")."""
    if len(span) < 3 or not all(t.is_title and t.is_alpha for t in span):
        return False
    if span[0].lower_ in PARTY_MEMBERS and first_name_genders().get(span[1].lower_):
        return True  # "Republican Greg Mason", tagged an organisation whole
    if span.label_ == "PERSON" and not first_name_genders().get(span[1].lower_):
        return False  # "Historian Alan Brinkley", tagged a person whole: the role before a first name is no name
    if span.label_ != "PERSON" and len(span) != 3:
        return False
    if span[0].lower_ in RANKS_AND_ADJECTIVES and not first_name_genders().get(span[1].lower_):
        return False  # "Major League Baseball", "General Electric Company"
    kinds = classified("role_nouns.txt")
    return kinds.get(span[0].lower_, "").startswith("PERSON") and not any(t.lower_ in kinds for t in span[1:])


def corrected_label(span: Span, tokens: list[str], label: EntityType, titled: frozenset[str]) -> EntityType:
    """The small model often calls a person an organisation; a first name or `who` tells otherwise.
    `titled`: the words the text gives a courtesy title (`courtesy_titled`)."""
    if label == "PERSON" and a_home_town(span):
        return "GPE"  # "one furious holidaymaker from Glasgow, who asked not to be named": her town, not her
    if label == "PERSON" or (label == "ORG" and _a_body_word(tokens[-1].lower())):
        return label  # "The warehouse's owner, Delmar Supply Co.,": a company, though an owner is mostly a person
    if given_a_persons_name(span):  # "a grandmother who gave only her first name, Valentina,"
        return "PERSON"
    if len(tokens) >= 2 and first_names().get(tokens[0].lower()) or _a_hyphened_surname_after(tokens):
        return "PERSON"
    if len(tokens) == 1 and span[0].lower_ in _COURTESY:  # "Ms Fogarty", tagged an organisation whole
        return "PERSON"
    if len(tokens) == 2 and (first_name_genders().get(tokens[0].lower())
                             and (_set_off_after_a_person(span) or _of_a_place(span) or _holding_an_office(span))
                             or tokens[1] in titled):
        return "PERSON"
    if 2 <= len(tokens) <= 4 and apposed_to_a_person(span):  # "Its coordinator, Tatiane Lobato Reis,"
        return "PERSON"
    if label == "ORG" and _surname_of_a_person_elsewhere(span, tokens):  # "Maricel Dizon …. "…," Dizon said"
        return "PERSON"
    follows = span.doc[span.end : span.end + 2]
    # "…, who said": a person, unless the name itself reads as an institution's ("the Claremont Institute's Center for
    # Constitutional Jurisprudence, who said", where the clause is the person the sentence described before it)
    if len(follows) == 2 and follows[0].text == "," and follows[1].lower_ == "who" and not _names_an_institution(span) \
            and not (label in {"GPE", "LOC"} and _where_someone_is_from(span)):
        return "PERSON"
    if label in {"GPE", "LOC"} and _where_someone_is_from(span, AT_A_PLACE):
        return label  # "At a bakery in Zurich, a 34-year-old sales assistant said": the parser's apposition is the speaker's
    types = _described_as(span)
    if "PERSON" in types and "ORG" not in types:
        return "PERSON"
    return "PERSON" if followed_by_an_age(span) else label


def _surname_of_a_person_elsewhere(span: Span, tokens: list[str]) -> bool:
    """A name of two capitalised words whose last the model tags a person on its own elsewhere in the text."""
    if len(tokens) != 2 or not all(word[:1].isupper() and word.isalpha() for word in tokens):
        return False
    return any(ent.label_ == "PERSON" and len(ent) == 1 and ent.text == tokens[1] and ent.start != span.end - 1
               for ent in span.doc.ents)


def followed_by_an_age(span: Span) -> bool:
    """ "Wambui, 34, tells the story", "Choi Dong-wook, 49,": a name with an age set off after it is a person's,
    whatever the model read (a place, a body)."""
    after = span.doc[span.end: span.end + 3]
    return len(after) == 3 and after[0].text == "," and after[2].text == "," and after[1].text.isdigit() \
        and 0 < int(after[1].text) < 111 and span[0].is_title and all(
            t.is_title or t.is_punct or (t.i > span.start and span.doc[t.i - 1].text == "-") for t in span)


AT_A_PLACE = frozenset({"in", "at", "near", "outside"})


def _a_hyphened_surname_after(tokens: list[str]) -> bool:
    """ "Jamal Okonkwo-Reid", "Erlinda Bautista-Ocampo": a first name and a surname of two joined by a hyphen."""
    return len(tokens) == 4 and tokens[2] == "-" and bool(first_name_genders().get(tokens[0].lower())) \
        and all(tokens[i].istitle() for i in (0, 1, 3))


_COURTESY = frozenset({"mr.", "ms.", "mrs.", "mr", "ms", "mrs", "miss"})


def courtesy_titled(doc: Doc) -> frozenset[str]:
    """The words the text gives a Mr., Ms. or Mrs. ("confirmed Deb Haaland as secretary …. Ms. Haaland"), read once
    for each text: a two-word name whose second word is one of them is a person's."""
    return frozenset(doc[i + 1].text for i in with_lower(doc, _COURTESY) if i + 1 < len(doc))


def apposed_to_a_person(span: Span) -> bool:
    """ "A student, 16-year-old Aiden Park, said": two capitalised words the parser sets in apposition to a person's
    role are that person's name, whatever the model tagged them (here a facility, "Park"); so are two after a role
    word that is part of their phrase ("Owner and chef Marguerite Dubois", tagged a place)."""
    root = span.root
    if not all(t.is_title for t in span) or names_a_body(span):
        return False
    if root.dep_ == "appos" and _a_persons_role(root.head):
        return True
    before = span.doc[span.start - 1] if span.start > 0 else None
    return before is not None and before.dep_ == "compound" and before.head.i == root.i and _a_persons_role(before)


def _set_off_after_a_person(span: Span) -> bool:
    """ "A spokesman for the group, Marcus Hill, said": a first name and one more word set off by commas right after
    a phrase led by a person's role, or ending in one ("The city's parks and recreation director, Marcus Bell,"), which
    the model tagged an organisation ("Hill")."""
    doc = span.doc
    if span.start < 3 or doc[span.start - 1].text != "," or span.end >= len(doc) or doc[span.end].text != ",":
        return False
    return any(_a_persons_role(t) and (t.right_edge.i >= span.start - 1 or t.i == span.start - 2)
               for t in doc[max(doc[span.start].sent.start, span.start - 7): span.start - 1])


def _where_someone_is_from(span: Span, prepositions: frozenset[str] = frozenset({"from", "of", "in"})) -> bool:
    """ "A retired schoolteacher from nearby Oro Springs, who asked …", "the chief executive of Miami Valley, who
    said": a place after "from", "of" or "in" on a noun; the "who" is that noun's."""
    place = span.root
    while place.dep_ in {"appos", "conj"} and place.head.i != place.i:
        place = place.head  # "a retired postal worker in Duluth, Minnesota, who"
    preposition = place.head
    return place.dep_ == "pobj" and preposition.lower_ in prepositions and preposition.head.pos_ in {"NOUN", "PROPN"}


def a_home_town(span: Span) -> bool:
    """One word, no first name, after a person's noun and "from" and before ", who": where the person is from; the
    clause is the person's."""
    follows = span.doc[span.end: span.end + 2]
    return len(span) == 1 and not first_names().get(span[0].lower_) and len(follows) == 2 and follows[0].text == "," \
        and follows[1].lower_ == "who" and _where_someone_is_from(span, frozenset({"from"})) \
        and _a_persons_role(span.root.head.head)


def _of_a_place(span: Span) -> bool:
    """ "Candace Morrow of Dayton, Ohio", "Marcus Feld of Orrin & Byrne", "Hanne Lund of the campaign group Safe Play":
    a first name and one more word, then where the person is from or works (a place, a capitalised name the model did
    not give to a person, or a body's noun)."""
    doc = span.doc
    if span.end + 1 >= len(doc) or doc[span.end].lower_ != "of":
        return False
    after = doc[span.end + 1]
    if after.ent_type_ in {"GPE", "ORG"} or (after.pos_ == "PROPN" and after.is_title and not after.ent_type_):
        return True
    objects = [t for t in doc[span.end].children if t.dep_ == "pobj"]
    return after.lower_ == "the" and any(body_noun(t.lemma_.lower()) for t in objects)


def _a_persons_role(token: Token) -> bool:
    """A noun role_nouns.txt gives to people ("student", "spokesman", "chef")."""
    return token.pos_ == "NOUN" and person_noun(token.lemma_.lower())


# Words that make a name an institution's, beside role_nouns.txt's organisations ("Institute", "Committee").
INSTITUTION_WORDS = frozenset({"center", "centre", "caucus"})


def _names_an_institution(span: Span) -> bool:
    return any(t.is_title and _institution_word(t.lower_, t.lemma_.lower()) for t in span)


def _institution_word(word: str, lemma: str) -> bool:
    """ "Institute", "Center", "College": a word of an institution's name (lower-cased, with its lemma)."""
    return word in INSTITUTION_WORDS or body_noun(lemma)


def named_for_someone(tokens: list[str]) -> bool:
    """ "Albert Einstein College of Medicine", "George Washington University": a name of three words or more whose third
    or a later word is an institution's is the institution's, though it opens with a person's name."""
    return len(tokens) >= 3 and any(word[:1].isupper() and _institution_word(word.lower(), word.lower())
                                    for word in tokens[2:])


def described_as_organisation(span: Span, tokens: list[str], label: EntityType = "PERSON") -> bool:
    """ "Xinhua, the official Chinese news agency", "the pilots' union Cockpit Allianz", "One of the firms named,
    Harlow Strategic Partners,", "Dalbit Labs": the text says what the model called a person is an organisation,
    by a body's noun set beside it or a body's last word, and no first name says otherwise ("Mujtaba Rahman of the
    Eurasia Group, a … company" and "Josh Bivens, Economic Policy Institute" are people). What the model called a
    place only by the noun before ("the housing charity Homefront")."""
    if label == "GPE":
        return named_after_a_body_noun(span)
    if first_names().get(tokens[0].lower()):
        return False
    if _a_body_apposed_after(span):
        return True
    if first_name_genders().get(tokens[0].lower()):  # "Outside court, Marjorie Coleman, 78,"
        return False
    return named_after_a_body_noun(span) or _apposed_to_a_body(span) \
        or (len(tokens) >= 2 and tokens[-1].lower() in BODY_ENDINGS | {"fc"})


def _a_body_apposed_after(span: Span) -> bool:
    doc, root = span.doc, span.root
    if span.end + 1 >= len(doc) or doc[span.end].text != ",":
        return False
    beside = [c for c in root.children if c.dep_ == "appos" and c.left_edge.i == span.end + 1]
    return any(c.left_edge.lower_ in {"the", "a", "an"} and _a_body_noun(c, any_body=True)
               and not _said_of_a_person(c) for c in beside)


def named_after_a_body_noun(span: Span) -> bool:
    """ "the aid group Shobar Jonno", "Payments start-up Paylane": a body's noun, in lower case, right before."""
    return span.start > 0 and span.doc[span.start - 1].is_lower and _a_body_noun(span.doc[span.start - 1])


def _apposed_to_a_body(span: Span) -> bool:
    """ "The club's main supporters' group, Ultras Sahel,", "One of the firms named in the complaint, Harlow …": the
    name set after a body's noun (or after "one of" the bodies)."""
    root = span.root
    if root.dep_ != "appos" or root.head.i >= span.start or root.head.dep_ == "pobj":
        return False
    head = root.head
    if head.lower_ == "one":
        head = next((t for t in head.children if t.lower_ == "of"), head)
        head = next((t for t in head.children if t.dep_ == "pobj"), head)
    return head.is_lower and _a_body_noun(head)


def _a_body_noun(noun: Token, any_body: bool = False) -> bool:
    """A body's noun ("union", "company"), read whole where a hyphen splits it ("start-up")."""
    doc, word = noun.doc, noun.lemma_.lower()
    if noun.i >= 2 and doc[noun.i - 1].text == "-" and not doc[noun.i - 2].whitespace_:
        word = f"{doc[noun.i - 2].lower_}-{noun.lower_}"
    return noun.pos_ in {"NOUN", "ADP", "ADV"} and (any_body or word not in _POSITIONS_TOO) \
        and body_noun(word)


# Bodies' nouns that name a player's position or a place as often: "the Nigerian center the Tacoma Tides selected"
_POSITIONS_TOO = frozenset({"center", "centre", "site", "chain", "carrier", "operator", "service", "office"})


def _said_of_a_person(noun: Token) -> bool:
    """ "Gail Presswood, a 67-year-old retired postal carrier": an age or a retirement is a person's, whatever the
    noun ("carrier") may also name."""
    return given_an_age(noun) or any(t.lower_ == "retired" for t in noun.subtree if t.i < noun.i)


def taken_up_by_which(span: Span, tokens: list[str]) -> bool:
    """ "Lockheed Martin, which builds the capsule,": a name of two words or more that a relative "which" takes up is
    a thing's, never a person's, where no first name says otherwise."""
    doc, root = span.doc, span.root
    if len(tokens) < 2 or first_names().get(tokens[0].lower()) or span.end + 1 >= len(doc):
        return False
    which = doc[span.end + 1]
    return doc[span.end].text == "," and which.lower_ == "which" and which.head.dep_ == "relcl" \
        and which.head.head.i == root.i


SPEAKING_FOR = frozenset({"spokesman", "spokeswoman", "spokesperson"})


def speaks_for(head: Token, name_at: int) -> bool:
    """Whether `head` is a spokesperson's noun whose "for" comes before the name at token `name_at`."""
    return head.lemma_.lower() in SPEAKING_FOR and any(c.dep_ == "prep" and c.lower_ == "for" and c.i < name_at
                                                       for c in head.children)


def _described_as(span: Span) -> set[str]:
    """The kinds (PERSON, ORG) of the words the text puts beside a name ("Marcus Obi, the engineer"). A spokesperson's
    noun says nothing of an acronym after what they speak for ("A spokesman for the administrators, KPMG,")."""
    root = span.root
    acronym = len(span) == 1 and span.text.isupper()  # "A spokesman for the administrators, KPMG,": the firm's
    firm_of = root.head.i == span.start - 1 and root.head.tag_ == "NNS"  # "administrators KPMG", not "Two residents, …"
    described_by = [root.head] if root.dep_ == "appos" and root.head.i < span.start and not firm_of \
        and not (acronym and speaks_for(root.head, span.start)) else []
    described_by += [c for c in root.children if c.dep_ == "appos" and c.i >= span.end]  # "Marcus Obi, the engineer"
    # not a plural before the name: "administrators KPMG", "auditors Deloitte" are firms
    described_by += [c for c in root.children if c.dep_ == "compound" and c.i < span.start
                     and c.tag_ not in {"NNS", "NNPS"}]
    return {classified("role_nouns.txt").get(t.lemma_.lower(), "").split("\t")[0] for t in described_by} - {""}


def a_people_named(span: Span, tokens: list[str]) -> bool:
    """ "The Czech, who had lost both of her previous meetings": one of a people, described by the nationality, not
    named; the model may tag the word a person."""
    if len(tokens) != 1 or span.start == 0 or span.doc[span.start - 1].lower_ != "the":
        return False
    word = tokens[0].lower()
    return word in PEOPLES or word in COUNTRY_OF or (word.endswith(("ian", "ese")) and span[0].ent_type_ == "NORP")


# Last words of a business's name: "Southern Cross Litigation Capital", "Kora Growth Partners"
BODY_ENDINGS = COMPANY_ENDINGS | {"capital", "partners", "holdings", "ventures", "investments", "associates", "group",
                                  "fund", "funds", "advisers", "advisors", "consulting", "solutions", "systems",
                                  "industries", "enterprises", "media", "labs", "technologies", "logistics", "mines",
                                  "mining", "minerals", "metals", "airlines", "pharmaceuticals", "brewery", "breweries",
                                  "bakery", "distillery", "winery", "dairy", "foods", "motors", "airways", "cruises",
                                  "hotels", "restaurants", "supermarkets", "pharmacy", "chemists", "telecom", "railways"}


def names_a_body(chain: Span) -> bool:
    """ "A spokesman for the litigation funder, Southern Cross Litigation Capital,": a name set beside whom someone
    speaks for that ends in a business's or a body's word is theirs, not the spokesman's."""
    return _a_body_word(chain[-1].lower_)


def names_a_body_by_its_end(name: str) -> bool:
    """ "Calderbrook Brewery", "Delmar Supply Co.": a name whose last word is a business's or a body's."""
    words = name.split()
    return len(words) > 1 and _a_body_word(words[-1].lower())


def _a_body_word(word: str) -> bool:
    return word in BODY_ENDINGS or body_noun(word)


def someones_production(span: Span) -> bool:
    """ "Her 1984 Hedda Gabler": a name right after an owner's pronoun (and a year) is a role played or a work made,
    not a person the text brings in."""
    doc, before = span.doc, span.start - 1
    if before > 0 and doc[before].like_num and len(doc[before].text) == 4:
        before -= 1
    first = span[0].lower_.rstrip(".")  # "her Uncle Bob", "His Dad Kevin": kin the model read into a name
    return span.label_ == "PERSON" and before >= 0 and doc[before].lower_ in {"his", "her", "their"} \
        and doc[before].tag_ == "PRP$" and not person_noun(first) and first not in person_titles() \
        and first not in classified("gendered_nouns.txt")


def a_title_alone(span: Span, tokens: list[str]) -> bool:
    """ "Its chairman, Eng. Hisham Morsi,": the tagger's person "Eng", a title and its full stop, is no one."""
    after = span.doc[span.end] if span.end < len(span.doc) else None
    return len(tokens) == 1 and after is not None and after.text == "." and not span[-1].whitespace_ \
        and tokens[0].lower() + "." in person_titles()


def part_of_a_role(span: Span) -> bool:
    """ "Bench coach Felipe Ugarte", "Bench" tagged an organisation: one capitalised word before a person's noun and
    a name opens the person's role."""
    doc = span.doc
    if len(span) != 1 or span.label_ == "PERSON" or span.end + 1 >= len(doc):
        return False
    noun, name = doc[span.end], doc[span.end + 1]
    return noun.is_lower and person_noun(noun.lower_) and name.is_title \
        and (name.ent_type_ == "PERSON" or bool(first_name_genders().get(name.lower_)))


def _holding_an_office(span: Span) -> bool:
    """ "Leader of the opposition Sunil Deshmukh said": a name closing the "of" or "for" of a capitalised office is
    the person who holds it."""
    preposition = span.root.head
    office = preposition.head
    return span.root.dep_ == "pobj" and preposition.lower_ in {"of", "for"} and office.is_title \
        and person_noun(office.lower_)
