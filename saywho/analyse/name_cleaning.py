"""Cutting a name mention down to its words: stray markup, articles, titles and swept-in verbs left out.

Also where the writer's own naming happens (outside quotes and headlines) and the name as written; the small
model's labels are corrected in name_labels.py.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from spacy.tokens import Doc, Span, Token

from saywho.analyse import name_forms
from saywho.analyse.entity_cluster import first_name_genders, first_names, person_titles
from saywho.analyse.headline_words import is_headline_verb
from saywho.analyse.name_labels import followed_by_an_age
from saywho.analyse.sentences import merge_spans
from saywho.lexicons import person_noun


class _QuotedRanges:
    """`offset in ranges`: whether a character lies in one of the ranges (merged where they overlap)."""

    def __init__(self, ranges: list[tuple[int, int]]):
        merged = merge_spans(ranges)
        self.starts = [start for start, _ in merged]
        self.ends = [end for _, end in merged]

    def __contains__(self, offset: int) -> bool:
        index = bisect_right(self.starts, offset) - 1
        return index >= 0 and offset < self.ends[index]


def quoted_characters(doc: Doc) -> _QuotedRanges:
    """Characters inside quotation marks or in a headline: not where the writer names people in full.

    A title-case line ("Obama To Asians Worried About U.S. Election") sweeps words into names."""
    ranges = [(q.start, q.end) for q in doc._.quotes or []]
    for start, end in doc._.paragraphs or []:
        line = doc.char_span(start, end, alignment_mode="expand")
        if line is not None and is_headline(line):
            ranges.append((start, end))
    return _QuotedRanges(ranges)


def is_headline(line: Span) -> bool:
    """Title case: 3 to 20 words, no content word in lower case, and most words capitalised.

    Read word by word and left at the first sign of running text: every paragraph is asked."""
    words = capitalised = 0
    for token in line:
        text = token.text
        if not text[:1].isalpha() or token.lower_ in _HEADLINE_SMALL_WORDS:
            continue
        words += 1
        if words > 20 or (text[0].islower() and token.pos_ in _CONTENT_POS):
            return False
        capitalised += text[0].isupper()
    return words >= 3 and capitalised >= 0.8 * words


_CONTENT_POS = frozenset({"VERB", "AUX", "NOUN", "ADJ", "ADV"})
_HEADLINE_SMALL_WORDS = frozenset({"a", "an", "the", "of", "to", "in", "on", "at", "for", "and", "or", "by", "with"})


VERB_TAGS = frozenset({"VB", "VBD", "VBP", "VBZ", "MD"})


def before_any_verb(span: Span) -> Span:
    """A name ends before a verb the model swept into it: headline "Obama Says ..." names Obama, "Hillary Clinton
    Slams Donald Trump …" (all tagged nouns) Hillary Clinton."""
    for token in span[1:]:
        if token.tag_ in VERB_TAGS or _in_the_headline(token) and is_headline_verb(token):
            return span.doc[span.start : token.i]
    return span


def _in_the_headline(token: Token) -> bool:
    paragraphs = token.doc._.paragraphs
    return bool(paragraphs) and token.idx < paragraphs[0][1]


def after_any_gerund(span: Span) -> Span:
    """ "Entrusting Donald Trump with our economic future is a risk": a sentence's opening -ing verb the model
    swept into the name of two words after it is no part of it (a first name, "Sterling Brown", is kept)."""
    first = span[0]
    if len(span) < 3 or first.tag_ != "VBG" or not first.is_title or first_names().get(first.lower_):
        return span
    return Span(span.doc, span.start + 1, span.end, label=span.label_)


_CLOCK_TIME = re.compile(r"\d{1,2}[:.]\d{2}")


def after_a_clock_time(span: Span) -> Span:
    """ "18:51 Kerridge speaks outside the hotel": a live blog's time before an entry's first word is no part of a
    name the model ran over it."""
    if len(span) < 2 or not _CLOCK_TIME.fullmatch(span[0].text):
        return span
    return Span(span.doc, span.start + 1, span.end, label=span.label_)


def after_a_stray_initial(span: Span) -> Span:
    """ "travelers slept near Concourse B. Harold Brennan, a 74-year-old …, was trying": where the parser ran a
    sentence ending on a letter into the next, the name starts after that letter when a first name follows it and
    none comes before it ("George W. Bush" keeps his)."""
    for index, token in enumerate(span[1:-1], start=1):
        if len(token.text) == 2 and token.text[0].isupper() and token.text[1] == "." \
                and first_name_genders().get(span[index + 1].lower_) \
                and not any(first_name_genders().get(t.lower_) for t in span[:index]):
            return span.doc[span.start + index + 1: span.end]
    return span


_LINKS = frozenset({"of", "and", "or", "in", "at", "from"})


def before_any_link(span: Span) -> Span:
    """ "Juan Manriquez of Oakland": a person's name ends before a linking word ("of", "and", "from") two words or
    more into it (the town or the next person the model swept in); any name ends before one it ends with
    ("Al Ashry and"). "Bill and Hillary Clinton" stays whole."""
    end = span.end
    if span.label_ == "PERSON":
        end = next((t.i for t in span[2:] if t.text in _LINKS), end)
    while end - span.start > 1 and span.doc[end - 1].text in _LINKS:
        end -= 1
    return span if end == span.end else Span(span.doc, span.start, end, label=span.label_)


# Scale words of an amount: "fined Apple 1.8 billion euros", tagged "Apple 1.8 billion".
_SCALES = frozenset({"million", "billion", "trillion", "bn", "m"})


def before_any_amount(span: Span) -> Span:
    """ "The Commission fined Apple 1.8 billion euros": a name ends before an amount the model swept into it, a
    number with a scale word after it ("Studio 54" and "Guccifer 2.0" stay whole)."""
    doc = span.doc
    cut = next((t.i for t in span[1:] if t.like_num and t.i + 1 < len(doc) and doc[t.i + 1].lower_ in _SCALES),
               span.end)
    return span if cut == span.end else Span(doc, span.start, cut, label=span.label_)


_BREAKS = frozenset({":", "(", "[", "|"})
_BRACKETS = frozenset({"(", ")"})


def before_any_break(span: Span) -> Span:
    """A name ends at a colon or an opening bracket: a headline's "AP-GfK Poll: Voters …" names the poll,
    "the Vox Populi (Voice of the People) column" names Vox Populi; one that opens the span is dropped."""
    words = list(span)
    while words and words[0].text in _BREAKS:
        words = words[1:]
    end = next((token.i for token in words[1:] if token.text in _BREAKS and _whole_before(span.doc, words[0].i, token)),
               span.end)
    if not words or (words[0].i, end) == (span.start, span.end):
        return span
    return Span(span.doc, words[0].i, end, label=span.label_)


# the horizontal bar too: HuffPost sets datelines off with it (unfamiliar_marks.py)
DASHES = frozenset({"-", "–", "—", "--", "―"})


def before_any_spaced_dash(span: Span) -> Span:
    """ "Deborah Jordan Reynolds - Santilli's girlfriend": a dash with a space either side ends a name (one
    that joins a name's parts has none: "Holtz-Eakin"); the name is the first part with a capital in it
    ("power - Wall Street" names Wall Street)."""
    cuts = [t.i for t in span[1:-1] if t.text in DASHES and t.whitespace_ and span.doc[t.i - 1].whitespace_]
    if not cuts:
        return span
    for start, end in zip([span.start, *(i + 1 for i in cuts)], [*cuts, span.end]):
        if any(t.text[:1].isupper() for t in span.doc[start:end]):
            return Span(span.doc, start, end, label=span.label_)
    return span


def after_any_dateline(span: Span) -> Span:
    """A name starts after a dateline the model swept into it: "CLEVELAND - Donald Trump painted …" names
    Donald Trump (the words before the dash all in capitals, the name after it). "SAG-AFTRA", a hyphen with no space
    either side, is one name."""
    dash = next((token for token in span[1:-1] if token.text in DASHES), None)
    if dash is None or is_joining_hyphen(dash):
        return span
    if not _in_capitals(span.doc[span.start : dash.i]) and not _after_a_place_in_capitals(span):
        return span
    return Span(span.doc, dash.i + 1, span.end, label=span.label_)


def _after_a_place_in_capitals(span: Span) -> bool:
    """ "MALOLOS, Bulacan - Maricel Dizon": the province after a line's place in capitals and its comma is the
    dateline's too."""
    doc = span.doc
    if span.start < 2 or doc[span.start - 1].text != ",":
        return False
    place = doc[span.start - 2]
    return place.is_upper and len(place) > 1 and _opens_line(doc[place.i: place.i + 1])


def is_joining_hyphen(token: Token) -> bool:
    """A hyphen with no space either side: "Sheila Jackson-Lee", "SAG-AFTRA"."""
    return token.text == "-" and not token.whitespace_ and not token.doc[token.i - 1].whitespace_


_POSSESSIVES = frozenset({"’s", "'s", "’", "'"})


def after_any_owner(span: Span) -> Span:
    """ "Fox News’ Megyn Kelly" names Megyn Kelly: an owner the model swept into a name ends where a first
    name follows its possessive. ("the Swiss People’s Party" stays whole: "Party" is no first name.)"""
    owner_end = max((t.i + 1 for t in span[1:-1] if t.text in _POSSESSIVES), default=None)
    if owner_end is None or span.end - owner_end < 2 or not first_name_genders().get(span.doc[owner_end].lower_):
        return span
    return Span(span.doc, owner_end, span.end, label="PERSON")


def is_dateline_place(span: Span) -> bool:
    """ "MANCHESTER, N.H. — It was …", "WASHINGTON - The …", "DETROIT (AP) — The …": capitals opening a line, a
    dash after them (or after the state's short name, or the agency's in brackets) name the place the story was
    filed from, not a person; with an agency's credit also in title case ("Washington (AFP) – Democrat …")."""
    doc = span.doc
    if not _opens_line(span):
        return False
    after = doc[span.end : span.end + 8]  # "SAN JOSE, California, Feb 5 (Reuters) -"
    if len(after) and after[0].text == "(" and all(t.is_title or t.is_upper for t in span if t.is_alpha):
        return _dash_after_agency(after)  # "Washington (AFP) –": an agency's credit marks the place in any case
    if not _in_capitals(span):
        return False
    if len(after) and after[0].text in DASHES:
        return True
    return len(after) > 1 and after[0].text == "," and any(t.text in DASHES or t.text == "(" for t in after[2:])


def in_dateline(span: Span) -> bool:
    """A dateline's place, or the agency it credits ("DETROIT (AP) —"): neither is who the sentence is about."""
    return is_dateline_place(span) or _agency_credit(span)


def _agency_credit(span: Span) -> bool:
    """The "AP" of "DETROIT (AP) —", "LONDON, Oct 3 (Reuters) -": the agency in brackets after a line's place in
    capitals, then the dateline's dash."""
    doc = span.doc
    if span.start < 2 or span.end + 1 >= len(doc) or doc[span.start - 1].text != "(" or doc[span.end].text != ")":
        return False
    line_start = next((t.i + 1 for t in reversed(doc[max(0, span.start - 9) : span.start - 1])
                       if "\n" in t.text_with_ws), 0 if span.start <= 9 else None)
    if line_start is None or line_start >= span.start - 1:
        return False
    place = doc[line_start]
    return place.is_alpha and (place.is_upper or place.is_title) and len(place) > 1 and doc[span.end + 1].text in DASHES


def _dash_after_agency(after: Span) -> bool:
    """ "(AP) —", "(Reuters) -": an agency's name in brackets, then the dateline's dash."""
    close = next((t.i for t in after if t.text == ")"), None)
    return close is not None and close + 1 < len(after.doc) and after.doc[close + 1].text in DASHES


def _in_capitals(tokens: Span) -> bool:
    """Every word in capitals, as a dateline's place is ("CLEVELAND", "MANCHESTER, N.H.")."""
    return all(t.is_upper or not t.is_alpha for t in tokens)


def _opens_line(span: Span) -> bool:
    if span.start == 0:
        return True
    before = span.doc[span.start - 1]
    return "\n" in before.text_with_ws and before.is_space


def _whole_before(doc, start: int, brk: Token) -> bool:
    """A colon ends any name; a bracket only one of two words or more ("George (W. Bush)" goes on)."""
    return brk.text != "(" or sum(token.is_alpha for token in doc[start : brk.i]) >= 2


def written_form(span: Span, tokens: list[str]) -> str:
    """The name cut from the text with its own spacing, when the cleaned tokens still read as written."""
    words = [t for t in span if not t.is_space]
    for start in range(len(words) - len(tokens) + 1):
        window = words[start : start + len(tokens)]
        if [t.text for t in window[1:-1]] == tokens[1:-1] and window[0].text.endswith(tokens[0]) \
                and window[-1].text.startswith(tokens[-1]):
            text = "".join(t.text_with_ws for t in window[:-1]) + window[-1].text
            return text[len(window[0].text) - len(tokens[0]) : len(text) - len(window[-1].text) + len(tokens[-1])]
    return " ".join(tokens)


def proper_noun_chain(head: Token) -> Span:
    return head.doc[_with_owner_in_the_name(head.doc, _compounds_start(head)) : head.i + 1]


def _compounds_start(head: Token) -> int:
    start = head.i
    while start > 0 and head.doc[start - 1].pos_ == "PROPN" and head.doc[start - 1].dep_ == "compound":
        start -= 1
    return start


def owner_in_the_name(head: Token) -> bool:
    """Whether the proper noun's name opens with an owner ("the Alzheimer's Association")."""
    start = _compounds_start(head)
    return _with_owner_in_the_name(head.doc, start) != start


def _with_owner_in_the_name(doc: Doc, start: int) -> int:
    """ "the Alzheimer's Association", "the Women's March": a capitalised owner after "the" is part of the name
    ("the" is the name's, not the owner's), where "Clinton's State Department" is someone's department."""
    if start < 3 or doc[start - 1].tag_ != "POS" or doc[start - 3].lower_ != "the":
        return start
    owner = doc[start - 2]
    return owner.i if owner.pos_ == "PROPN" and owner.is_title and owner.dep_ == "poss" else start


# Web pages leave markup and dashes glued to names ('p>">Sanders', "-Craig Fehrman", "Marco Rubio :").
_MARKUP_PREFIX = re.compile(r"^.*[<>=]")  # everything up to the last markup character
_LEADING_JUNK = re.compile(r"^[^\w]+")
_TRAILING_JUNK = re.compile(r"[^\w.%]+$")  # a final period stays: "Jr.", "Inc."; so does a share's "47%"
_MARKUP = re.compile(r"[<>=\"“”{}|\\/]")  # "/": a credit line ("SVP/Global Risk Insights"), two names in one


def without_stray_punctuation(text: str) -> str:
    """'p>">Sanders' -> 'Sanders', "Marco Rubio :" -> "Marco Rubio"; the text itself if nothing would be left."""
    return _without_trailing(_without_leading(text)) or text


def _without_leading(word: str) -> str:
    return _LEADING_JUNK.sub("", _MARKUP_PREFIX.sub("", word))


def _without_trailing(word: str) -> str:
    stripped = _TRAILING_JUNK.sub("", word)
    if stripped.count("(") > stripped.count(")") and word[len(stripped):].startswith(")"):
        return stripped + ")"  # "Sara Gideon (D)": the bracket a tag opened closes it
    return stripped


_NICKNAME_QUOTES = frozenset({'"', "“", "”"})


def _without_nickname(words: list[str]) -> list[str]:
    """ 'Juan "Chico" Manriquez' is Juan Manriquez: a nickname quoted between the words of a name is left out
    (its quotation marks would otherwise read as markup, and no name would be left)."""
    for i in range(1, len(words) - 3):
        if words[i] in _NICKNAME_QUOTES and words[i + 2] in _NICKNAME_QUOTES and words[i + 1][:1].isupper():
            return words[:i] + words[i + 3 :]
    return words


# Words that open a sentence by linking it to the one before, never the first word of a name.
SENTENCE_LINKS = frozenset({"plus", "also", "meanwhile", "still", "but", "and", "so", "yet", "then", "now", "instead",
                            "besides", "moreover", "however", "indeed", "thus", "hence", "nevertheless", "nonetheless"})


def _opens_a_clause(token: Token) -> bool:
    return token.is_sent_start or token.i > 0 and token.doc[token.i - 1].is_punct


# Letters written after a name for a rank or an honour, as written (capitals): "Aoife Brennan BL", "Jane Doe MP".
POST_NOMINALS = frozenset({"BL", "SC", "QC", "KC", "SAN", "MBE", "OBE", "CBE", "KBE", "DBE", "JP", "MP", "MSP", "MLA",
                           "TD", "MEP", "PhD", "FRCS", "FRCP"})


GENERATIONS_AFTER = frozenset({"senior", "junior"})  # in lower case only: "Ken Griffey Junior" keeps it
# A surname's particle joined to its capital: "d'Entremont", "al-Masri", "el-Sayed".
_PARTICLE_BEFORE_A_CAPITAL = re.compile(r"(?:d|l|al|el|ad|as|ash|an|ar|az)['’-]\w*?[A-Z]")


def clean_name(span: Span) -> tuple[list[str], list[str]]:
    """Name tokens without article, possessive, titles or stray punctuation; and the titles.

    What is left of markup ('datetime="2016') or a word without a capital is no name: it comes back empty."""
    words = _without_nickname([t.text for t in span if not t.is_space and t.text not in _BRACKETS])  # "George (W. Bush"
    if words:
        words[0] = _without_leading(words[0])
        words[-1] = words[-1] if words[-1] in {"’s", "'s"} else _without_trailing(words[-1])
        words = [w for w in words if w]
    if any(_MARKUP.search(w) for w in words) or not any(c.isalpha() for w in words for c in w):
        return [], []
    if not any(w[:1].isupper() or w[:1].isdigit() or _PARTICLE_BEFORE_A_CAPITAL.match(w) for w in words):
        return [], []  # "jabbed": the small model's name with no capital is a word of the sentence
    while words and words[0].lower() in {"the", "a", "an"}:
        words = words[1:]
    while len(words) > 1 and name_forms.is_cue_word(words[0]):
        words = words[1:]  # "Said Comey", "Asserting Clinton": a sentence's first word swept into the name
    if len(words) > 1 and words[0].lower() in SENTENCE_LINKS and _opens_a_clause(span[0]):
        words = words[1:]  # "Plus Obama is nominating …": the word that links the sentence to the one before
    while len(words) > 1 and span.label_ in {"PERSON", ""} and (
            words[0].lower() in KIN_TOGETHER or _a_mood_before(words) or _a_calling_before(words, span)):
        words = words[1:]
    while words and words[-1] in {"’s", "'s", "’", "'"} and not _owners_mark_in_the_name(span):
        words = words[:-1]
    if len(words) > 2 and words[-1] in POST_NOMINALS and span.label_ == "PERSON":
        words = words[:-1]  # "Aoife Brennan BL": a barrister's letters are no part of her name
    if len(words) > 1 and words[-1] in GENERATIONS_AFTER:
        words = words[:-1]  # "Mr Kerrigan senior": which of two Kerrigans, not a word of his name
    titles: list[str] = []
    while len(words) > 1 and _a_title_word(words, bool(titles)) and (
            span.label_ in {"PERSON", ""} or _a_person_after_titles(words)):
        word = words.pop(0)
        titles += [] if word in HYPHENS else [word]
    return words, titles


# Kin named together ("Brothers Dean and Craig Mullins"), and the tabloids' kin before a name ("Mum Lorraine", "gran
# Maureen Tully"): no word of the name. Not "Sister", "Brother", "Father" or "Mother", which are titles too, nor
# "Nana" ("Nana Kwamena Bentum II", a chief) or "Nan", a first name.
KIN_TOGETHER = frozenset({"brothers", "sisters", "siblings", "twins", "cousins", "mum", "mom", "dad", "gran"})


# The tabloids' mood before a first name ("Furious Kevin fumed", "Heartbroken Gemma, 29,"): no word of the name.
TABLOID_MOODS = frozenset({"furious", "fuming", "livid", "angry", "heartbroken", "devastated", "distraught", "grieving",
                           "tearful", "emotional", "gutted", "shocked", "stunned", "horrified", "terrified", "desperate",
                           "relieved", "delighted", "thrilled", "proud", "jubilant", "defiant", "brave", "tragic"})


def _a_mood_before(words: list[str]) -> bool:
    return words[0].lower() in TABLOID_MOODS and bool(first_name_genders().get(words[1].lower()))


def _a_calling_before(words: list[str], span: Span) -> bool:
    """ "Groom Danny Okoye", "Nurse Tina Ward": a person's noun that is no title of office and no first name the
    lexicon holds, capitalised before a first name and a surname, says what the person is; no word of the name. Not
    before a first name alone ("Dean Ryan", "Guy Martin": first names that are nouns too), but for the tabloids' "Groom
    Danny, 33,", whose age sets the name off."""
    first = words[0].lower()
    return (len(words) > 2 or len(words) == 2 and first in TABLOID_CALLINGS and followed_by_an_age(span)) \
        and first not in person_titles() and person_noun(first) and not first_name_genders().get(first) \
        and bool(first_name_genders().get(words[1].lower()))


# Callings the tabloids set before a first name and an age ("Groom Danny, 33,"); not "Dean Drake, 36,".
TABLOID_CALLINGS = frozenset({"groom", "bride", "pensioner", "widow", "widower", "schoolboy", "schoolgirl", "tot",
                              "toddler", "teenager", "nurse", "student", "cabbie", "hero",
                              # trades ("Scaffolder Darren, 37,"); not "Father", a priest's title
                              "scaffolder", "plumber", "electrician", "driver", "postman", "cleaner", "barmaid", "barman",
                              "chef", "mechanic", "labourer", "hairdresser", "bricklayer", "roofer", "binman",
                              "waitress", "waiter", "firefighter", "paramedic",
                              # kin ("Grandson Liam, 19,"); not "Son", a surname too
                              "grandson", "granddaughter", "nephew", "niece", "stepson", "stepdaughter"})


def _a_title_word(words: list[str], after_a_title: bool) -> bool:
    """Whether the first word is (part of) a title: "Rear" and "Air" only before one ("Rear Admiral", "Air
    Vice-Marshal"), a hyphen only inside one."""
    first = words[0].lower()
    if first in person_titles():
        return True
    if first in RANK_OPENINGS:
        return len(words) > 2 and words[1].lower() in person_titles()
    return after_a_title and first in HYPHENS and len(words) > 2 and words[1].lower() in person_titles()


# Words that open a rank of two or three words: "Rear Admiral", "Air Vice-Marshal", "Wing Commander".
RANK_OPENINGS = frozenset({"rear", "air", "wing", "group", "squadron", "flight", "lance", "staff", "first"})
HYPHENS = frozenset({"-", "‑"})
RANK_WORDS = RANK_OPENINGS | HYPHENS


def _owners_mark_in_the_name(span: Span) -> bool:
    last = span[-1]
    return span.label_ == "ORG" and len(span) > 1 and a_business_owners_mark(last)


def a_business_owners_mark(mark: Token) -> bool:
    """ "Sainsbury's said", "Macy's, the department store chain, said": an owner's mark on a name that owns nothing is
    the name's own, where a verb or a description set off by a comma follows it; not "Walmart's shares", "Christie's
    been" (a verb's "'s") or "families like Mai's were" (owning what the text left out)."""
    doc, owner = mark.doc, mark.doc[mark.i - 1]
    if mark.text not in {"'s", "’s"} or mark.i == 0 or mark.head.i != owner.i or owner.dep_ not in {"nsubj", "appos", "conj"} or mark.i + 2 >= len(doc):
        return False
    after = doc[mark.i + 1]
    return after.pos_ == "VERB" and after.tag_ in {"VBD", "VBZ", "VBP"} \
        or after.text == "," and doc[mark.i + 2].lower_ in {"the", "a", "an"}


def _a_person_after_titles(words: list[str]) -> bool:
    """ "the Rev Canon Margaret Ellison", tagged an organisation: titles before a first name are a person's."""
    rest = [word for word in words if word.lower() not in person_titles() and word.lower() not in RANK_WORDS]
    if len(words) == 2 and words[0].lower().rstrip(".") in COURTESY and words[1][:1].isupper():
        return True  # "Ms Fogarty", tagged an organisation whole: a courtesy title is only ever a person's
    if len(rest) == 1 and sum(word.lower() in person_titles() for word in words) >= 2 and rest[0][:1].isupper():
        return True  # "Rear Admiral Gallagher", "Air Vice-Marshal Gallagher": a rank of two titles, then a surname
    return len(rest) >= 2 and bool(first_name_genders().get(rest[0].lower()))


COURTESY = frozenset({"mr", "ms", "mrs", "miss", "mx"})


def title_before(span: Span) -> list[str]:
    """ "Mr." in "Mr. Clinton", "President" in "President Obama": the model leaves the title outside the name.
    An office only when capitalised: "the general" or "the secretary" before a name is a description."""
    if span.start == 0:
        return []
    before = span.doc[span.start - 1]
    gender = person_titles().get(before.lower_)
    if gender is None or (gender == "-" and not before.text[:1].isupper()):
        return []
    if before.i > 0 and span.doc[before.i - 1].text == "Prime":
        return [f"Prime {before.text}"]  # "Prime Minister Eleanor Marsh" is no "minister" of a description
    return [before.text]
