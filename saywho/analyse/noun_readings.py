"""What a source's head noun says of how many it names, and whom: readings of the parse alone.

Shared by the resolver and the rules beside it (near_names, speaker_sentence_leads), so that "the official",
"some Republicans" and "Clinton and the State Department" are read the same way everywhere.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from saywho.analyse.body_names import body_named_in_full
from saywho.analyse.entity_cluster import first_names
from saywho.analyse.name_cleaning import is_joining_hyphen
from saywho.lexicons import classified, person_noun

DEFINITE = {"the", "this", "that", "these", "those"}
SOME_OF = {"a", "an", "another", "one", "some", "many", "several", "most", "few", "both", "these", "those", "two",
           "three", "four", "five", "other", "more", "all", "numerous", "certain", "various"}


def is_several(head: Token) -> bool:
    """ "Clinton and the State Department", "she and her husband": more than one speaker, none named alone.
    A clause joined to the name is no second speaker ("Dana Whitfield, an organizer …, and who appears in the film").
    "Fields, along with reporter Ben Terris, say": several too, "along" on the name or (the parser's other
    reading) on the verb, between the subject and its verb. Not after the verb: "said George Miller, one of the
    four negotiators, along with John Boehner" is Miller alone."""
    if head.lower_ != "who" and name_after_titles(head) is None and any(
            child.dep_ == "conj" and not _relative_clause(child) and not _in_one_name(head, child)
            and not _a_name_set_beside(head, child) and not _a_second_description(head, child)
            for child in head.children):
        return True
    if _after_a_party_tag(head.head if head.dep_ == "appos" else head):
        return True
    verb = head.head
    if head.dep_ != "nsubj" or verb.i < head.i:
        return False
    return any(_along_with(child) and head.i < child.i < verb.i for child in [*head.children, *verb.children])


def _a_second_description(head: Token, joined: Token) -> bool:
    """ "Rosa Delgado, the campaign's co-chair and a former tenant organizer", "Suzanne Ferriss, an English professor
    at …, and a co-editor of …": a description with "a" the parser joined to the name, its "and" running on from the
    description set beside the name, is hers too."""
    beside = [c for c in head.children if c.dep_ == "appos" and head.i < c.i < joined.i]
    if head.pos_ != "PROPN" or joined.pos_ != "NOUN" or not beside or joined.left_edge.lower_ not in {"a", "an"}:
        return False
    joining = head.doc[beside[-1].right_edge.i + 1]
    if joining.text == "," and joining.i + 1 < joined.left_edge.i:  # a comma before the "and" is house style
        joining = head.doc[joining.i + 1]
    return joining.lower_ == "and" and joining.i + 1 == joined.left_edge.i


def _a_name_set_beside(head: Token, joined: Token) -> bool:
    """ "the committee's chair, lawyer Yumiko Sato,": a name the parser joined on to a description with a comma
    alone is the description's own; several are joined by "and", "or" or "&" somewhere in the list."""
    return head.pos_ == "NOUN" and joined.pos_ == "PROPN" and not any(
        t.dep_ == "cc" or t.lower_ in {"and", "or", "&", "nor", "plus"}
        for t in head.doc[min(head.i, joined.left_edge.i): max(head.i, joined.right_edge.i) + 1])


def _in_one_name(head: Token, joined: Token) -> bool:
    """ "U.S. Customs and Border Protection": a name the model tagged whole, its "and" inside it; a body's name
    that the model cut ("The Department of Employment and Labour", body_names)."""
    first, last = sorted((head.i, joined.i))
    words = head.doc[first: last + 1]
    if (body := body_named_in_full(head)) is not None and body.start <= first and last < body.end:
        return True
    return bool(head.ent_type_) and all(t.ent_iob_ != "O" and t.text != "," for t in words) \
        and all(t.ent_iob_ == "I" for t in words[1:])  # not "Crane, Kibbe and other libertarians"


def name_after_titles(title: Token) -> Token | None:
    """ "Owner and chef Marguerite Dubois", "Former prosecutor and New York City Mayor Rudy Giuliani": two titles
    before one name, the first a bare role noun the parser made the head and joined the name to; the name's head."""
    if title.tag_ != "NN" or any(c.dep_ in {"det", "poss"} for c in title.children) \
            or not person_noun(title.lemma_.lower()):
        return None
    joined = [c for c in title.children if c.dep_ == "conj"]
    if not joined:
        return _name_hung_on_title(title)
    if len(joined) != 1 or joined[0].pos_ != "PROPN":
        return None
    name = joined[0]
    titled = any(c.dep_ == "compound" and person_noun(c.lemma_.lower()) for c in name.children)
    return name if titled else None


# Words an office's title holds between its capitalised words: "Minister for Trade and Industry", "Head of the …".
OFFICE_LINKS = frozenset({"of", "for", "to", "at", "on", "and", "the", "&"})
OFFICE_PREPOSITIONS = frozenset({"of", "for", "to", "at", "on"})


def name_closing_a_title(doc: Doc, source: tuple[int, int] | None) -> Token | None:
    """ "Minister for Trade and Industry Lim Hng Kiang", "Chief Executive of the Port Authority Maria Lopez",
    "Newfoundland and Labrador Fisheries Minister Brenda Squires": a source that is an office's title in capitals
    and then a person's name, where the parser made a word of the title the head; the name's last word.

    Not where the name is whose the title is: right after a preposition ("Adviser to Boris Johnson"), or after a
    person's noun that follows one ("Spokesman for Senate Majority Leader Mitch McConnell"); nor "A …" or "The …"."""
    span = doc.char_span(*source, alignment_mode="contract") if source is not None else None
    words = [t for t in span if not t.is_space] if span is not None else []
    while words and words[-1].is_punct:
        words.pop()  # "…, Tunde Adeyemi-Bello," the comma closing an apposition
    opening = _person_name_opening(words)
    if opening is None or opening == 0 or opening > len(words) - 2 or not _an_office(words[:opening]):
        return None  # one word of a name alone may be the end of a name the model cut ("… Malik Zaheer Awan")
    return None if first_names().get(words[opening - 1].lower_, "") else words[-1]


def _person_name_opening(words: list[Token]) -> int | None:
    """Where the one person's name that ends `words`, and the source, begins."""
    if not words or words[-1].ent_type_ != "PERSON":
        return None
    last = words[-1]
    if last.i + 1 < len(last.doc) and last.doc[last.i + 1].ent_iob_ == "I":
        return None  # the name runs on past the source
    opening = len(words) - 1
    while opening > 0 and words[opening].ent_iob_ == "I":
        opening -= 1
    return opening if words[opening].ent_iob_ == "B" and words[opening].ent_type_ == "PERSON" else None


def _an_office(title: list[Token]) -> bool:
    """Capitalised words of an office, with a person's noun before any preposition and none after it; "and" only
    in what the office is for ("Minister for Trade and Industry") or between places ("Newfoundland and Labrador")."""
    if title[0].lower_ in OFFICE_LINKS | {"a", "an"} or title[-1].lower_ in OFFICE_LINKS \
            or any(t.ent_type_ == "PERSON" for t in title):
        return False
    preposition = next((k for k, t in enumerate(title) if t.lower_ in OFFICE_PREPOSITIONS), len(title))
    for k, word in enumerate(title):
        if word.lower_ in {"and", "&"}:
            between_places = 0 < k < len(title) - 1 and title[k - 1].ent_type_ == title[k + 1].ent_type_ == "GPE"
            if k < preposition and not between_places:
                return False
        elif word.lower_ not in OFFICE_LINKS and not (word.is_title or word.is_upper) and not is_joining_hyphen(word):
            return False
    ahead, behind = title[:preposition], title[preposition:]
    return any(person_noun(t.lower_) for t in ahead) and not any(person_noun(t.lower_) for t in behind)


def _name_hung_on_title(title: Token) -> Token | None:
    """ "said Cal Fire battalion chief Rodrigo Salas", parsed with the name as the title's object: a person's name
    right after the bare role noun and hung on it is the name's head."""
    doc = title.doc
    after = doc[title.i + 1] if title.i + 1 < len(doc) else None
    if after is None or after.ent_type_ != "PERSON" or after.ent_iob_ != "B":
        return None
    end = after.i + 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return doc[end - 1] if doc[end - 1].head.i == title.i else None


def _after_a_party_tag(subject: Token) -> bool:
    """ "Jeff McCabe (D) and … Sara Gideon (D) said": a name closed by its party tag and joined by "and" to the
    subject, which the parser can lose after the brackets."""
    if subject.dep_ != "nsubj" or subject.head.i < subject.i:
        return False
    start = subject.left_edge.i
    doc = subject.doc
    if start < 4 or doc[start - 1].lower_ != "and" or doc[start - 2].text != ")":
        return False
    opening = next((t for t in reversed(doc[max(0, start - 8):start - 2]) if t.text == "("), None)
    return opening is not None and opening.i > 0 and doc[opening.i - 1].tag_ == "NNP"


def _along_with(token: Token) -> bool:
    return token.dep_ == "prep" and token.lower_ in {"along", "together"} and any(
        child.lower_ == "with" for child in token.children)


def joined_clause(head: Token) -> Token | None:
    """ "a group of rabbis called for a boycott, and the … League denounced …": a finite verb (past tense, not a
    participle) the parser read as a clause on the noun is the next clause of the sentence joined to it, not an
    aside on the noun; that verb, or None."""
    return next((child for child in head.rights if child.dep_ == "acl" and child.tag_ == "VBD"), None)


def is_some_of(head: Token) -> bool:
    """ "a Democrat familiar with…", "some Republicans", "whose husband": one or a few of those named, or
    someone else named through them, not the entity the name stands for."""
    for child in head.children:
        if child.lower_ in {"a", "an"} and _full_name(head) and _only_words_of_mood(child, head):
            continue  # "A defiant Hillary Clinton told reporters": the person, in a mood
        if child.dep_ in {"det", "amod", "nummod", "quantmod", "predet"} and child.lower_ in SOME_OF:
            return True
        if child.dep_ == "poss" and child.lower_ == "whose":
            return True
    return False


def _full_name(head: Token) -> bool:
    """A person's name with a first name before it ("Hillary Clinton"), not a name for one of many ("a Democrat"),
    nor an organisation's or a document's ("a Gallup Poll", "A Supreme Court Justice")."""
    return head.pos_ == "PROPN" and head.ent_type_ == "PERSON" and any(
        c.dep_ == "compound" and c.ent_type_ == "PERSON" and c.lower_ in first_names()
        for c in head.children)


def _only_words_of_mood(article: Token, head: Token) -> bool:
    """Between "a" and the name, adjectives and adverbs only ("A more congenial Rick Santorum"), not a noun ("a
    recommendation Attorney General Loretta Lynch adopted")."""
    between = head.doc[article.i + 1 : head.i]
    first = next((i for i, t in enumerate(between) if t.dep_ == "compound"), len(between))
    return first > 0 and all(t.pos_ in {"ADJ", "ADV"} for t in between[:first])


def is_definite(head: Token) -> bool:
    """ "the official" may be someone named before; "his aide", "Sanders's aides" and
    "the officials" are someone else, or several people."""
    if head.tag_ in {"NNS", "NNPS"} or any(c.dep_ == "poss" for c in head.children):
        return False
    return any(c.dep_ == "det" and c.lower_ in DEFINITE for c in head.children)


def modifiers(head: Token) -> set[str]:
    """The adjectives and nouns that qualify it ("the Republican nominee": republican)."""
    return {c.lemma_.lower() for c in head.children if c.dep_ in {"amod", "compound"} and c.pos_ in {"ADJ", "NOUN"}}


# Words a hyphen joins before an office to make another: "vice-chancellor", "co-founder".
OFFICE_PREFIXES = frozenset({"vice", "co", "deputy", "sub"})


def written_whole(head: Token) -> str:
    """The office noun as written, lowercased, with a prefix a hyphen joins before it that makes another office ("the
    vice-chancellor": vice-chancellor, no chancellor); else its lemma ("the front-runner": runner, as before)."""
    doc = head.doc
    if head.i >= 2 and is_joining_hyphen(doc[head.i - 1]) and doc[head.i - 2].lower_ in OFFICE_PREFIXES:
        return f"{doc[head.i - 2].lower_}-{head.lemma_.lower()}"
    return head.lemma_.lower()


def qualified_otherwise(head: Token, roles: list[str]) -> bool:
    """ "The site engineer" is not Dr. Emeka Obi, "a structural engineer engaged by the state": a description whose noun
    another noun qualifies names another office than a person's role (`roles`) that puts another word before that noun."""
    kinds = {c.lower_ for c in head.children if c.dep_ == "compound" and c.pos_ == "NOUN"}
    if any(_named_before_the_noun(head.lower_, role.split()) for role in roles):
        # "the Ryde Hills mayor" is not the "Gladesville Mayor": a place or body named before the noun, but a party's
        kinds |= {t.lower_ for c in head.children if c.dep_ == "compound" and c.pos_ == "PROPN"
                  and c.ent_type_ != "NORP" for t in c.subtree if t.pos_ == "PROPN"}
    role_words = [[_without_owners_mark(word) for word in role.lower().split()] for role in roles]
    qualified = any(head.lower_ in words[1:] for words in role_words)  # the noun with a word before it in a role
    # "the finance chief" is the "Chief Financial Officer": a word of the role from the same stem
    return bool(kinds) and qualified and not {kind[:5] for kind in kinds} & {word[:5] for words in role_words for word in words}


def _without_owners_mark(word: str) -> str:
    """ "the museum's director" qualifies "director" by the museum, as "the museum director" does."""
    return word[:-2] if word.endswith(("'s", "’s")) else word


def a_body_qualified_otherwise(head: Token, entity_type: str, called: set[str]) -> bool:
    """ "The national grid operator" is not "Paks Atomic Generation", "the plant's operator": a body's description
    whose noun another noun qualifies that the text never called the body."""
    kinds = {c.lower_[:5] for c in head.children if c.dep_ == "compound" and c.pos_ == "NOUN"}
    return entity_type == "ORG" and bool(kinds) and not kinds & {word[:5] for word in called}  # "terror", "terrorist"


def _named_before_the_noun(noun: str, words: list[str]) -> bool:
    """Whether a role puts a capitalised name right before the noun ("Gladesville Mayor")."""
    return any(word.lower() == noun and i > 0 and words[i - 1][:1].isupper() and words[i - 1].lower() != "the"
               for i, word in enumerate(words))


def affiliation_hint(head: Token) -> str | None:
    """ "the Hamas official": the organisation a description names."""
    for child in head.lefts:
        if child.dep_ in {"compound", "nmod", "poss", "amod"} and child.ent_type_ == "ORG":
            return child.text
    return None


def _relative_clause(token: Token) -> bool:
    """ "and who appears in the film": a verb whose subject is a relative pronoun."""
    return token.pos_ in {"VERB", "AUX"} and any(c.dep_ in {"nsubj", "nsubjpass"} and c.tag_ in {"WP", "WDT", "WP$"}
                                                   for c in token.children)


def is_one_thing(head: Token) -> bool:
    """ "the New Hampshire primary threatens …": a singular noun no role list knows as people ("the family",
    "the campaign", "a person" are) describes one thing, which a later "they" does not take up."""
    noun = head.lemma_.lower()
    return (head.tag_ == "NN" and not is_several(head) and noun not in classified("role_kinds.txt")
            and classified("sources.txt").get(noun) != "anonymous")


def past_a_coordinated_modifier(head: Token) -> Token | None:
    """ "Employment and Labour Minister Zanele Ngcobo urged", "The ports and airports minister, Otávio Lins,": the
    parser made the first word of the office's "and" the subject and the holder (or the office) its second item;
    a word that can speak for no one ("ports", "Employment") is no speaker, and the second item is the one meant.
    Its owner may stand before it ("The city’s parks and recreation director, Marcus Bell,"). Not "the mayor and
    police chief John Smith", two people."""
    doc, roles = head.doc, classified("role_nouns.txt")
    if head.i + 2 >= len(doc) or doc[head.i + 1].lower_ != "and" or head.pos_ not in {"NOUN", "PROPN"} \
            or head.ent_type_ or person_noun(head.lower_) or roles.get(head.lemma_.lower()) \
            or any(c.dep_ not in {"det", "poss"} for c in head.lefts):
        return None  # "media reports and party sources", "Toomey and Sen. Kelly Ayotte": two
    joined = next((c for c in head.children if c.dep_ == "conj" and c.left_edge.i == head.i + 2 < c.i), None)
    if joined is None or not all(t.dep_ == "compound" or t.head.dep_ == "compound" for t in doc[head.i + 2: joined.i]):
        return None
    office = doc[head.i + 2: joined.i + 1]
    if office[0].pos_ == "PROPN" and not office[0].is_title or not any(
            roles.get(t.lemma_.lower(), "").startswith("PERSON") for t in office):
        return None
    return joined
