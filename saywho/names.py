"""What a name says about whose it is, on its own: the key that ties "President Donald J. Trump" to
"Donald Trump", and "The New York Times" to "New York Times".

Shared by the analysis (the speaker check reads the source's own words by it) and the corpus
(identity across articles, saywho/corpus/identity.py); it reads nothing but the word lists.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from saywho.lexicons import word_list

FULL = "full"  # a person's first and last name
OTHER = "other"  # an organisation's or place's name, or any name of several words that is not a person's
SINGLE = "single"  # one word: a surname, a mononym or an acronym
UNNAMED = "unnamed"  # a description ("a source"), kept per article

_EXTRA_TITLES = {
    "pres", "former", "then", "late", "the", "dem", "gop", "democratic", "republican", "candidate", "nominee",
    "sec", "atty", "attorney", "chief", "first", "lady", "ex", "u.s", "us", "supt", "msgr",
}
_SUFFIXES = {"phd", "md", "esq"}  # dropped
_GENERATIONS = {"jr", "sr", "ii", "iii", "iv"}  # kept: Donald Trump Jr. is not his father
_PARTICLES = {"van", "von", "de", "del", "della", "da", "di", "le", "la", "al", "el", "bin", "ben", "du", "der",
              "den", "ter", "ten", "dos", "das", "st"}
_ORG_STOPWORDS = {"of", "the", "and", "for", "on", "in", "at", "&", "to"}
_PRONOUNS = {"i", "you", "we", "he", "she", "they", "it", "who", "which", "that", "'s", "one", "ones", "this"}
_LEADING_DETERMINERS = ("a ", "an ", "the ", "another ", "some ", "one ", "two ", "several ", "many ")
_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "`": "'", "\u00a0": " ", "–": "-", "—": "-"})
_POSSESSIVE = re.compile(r"\s*'s?$")
_PUNCT = re.compile(r"[^\w\s'&-]")


@dataclass(frozen=True)
class NameKey:
    """What a speaker's name says about its identity, before looking at other articles."""

    form: str  # FULL, OTHER, SINGLE or UNNAMED
    key: str  # the identity key for FULL and OTHER; "s:<word>" for SINGLE; "u:…" for UNNAMED
    surname: str | None = None  # FULL: the last name; SINGLE: the word itself
    acronym: str | None = None  # OTHER: the initials of its words ("fbi"); SINGLE: the word, when written in capitals
    exact: bool = True  # FULL: the name is just first and last name, with nothing dropped


def fold(text: str) -> str:
    """Lower case, without accents, with one kind of apostrophe and hyphen and single spaces."""
    text = unicodedata.normalize("NFKD", text.translate(_APOSTROPHES))
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    text = re.sub(r"\s*-\s*", "-", text)
    return " ".join(text.split())


def _words(name: str) -> list[str]:
    text = _POSSESSIVE.sub("", fold(name))
    return [w.strip("'-") for w in _PUNCT.sub(" ", text).split() if w.strip("'-")]


@lru_cache(maxsize=1)
def _titles() -> frozenset[str]:
    # Built once: name_key runs for every name of every article, and the union is not free.
    return frozenset(t.rstrip(".") for t in word_list("person_titles.txt")) | _EXTRA_TITLES


def _first_names() -> frozenset[str]:
    return word_list("first_names.txt")


def description_key(name: str) -> str:
    """An unnamed source's description without its determiner: "a senior official" -> "senior official"."""
    text = fold(name)
    for determiner in _LEADING_DETERMINERS:
        if text.startswith(determiner):
            return text[len(determiner):]
    return text


def is_pronoun(name: str) -> bool:
    return fold(name) in _PRONOUNS


def name_key(name: str, type: str = "UNKNOWN", named: bool = True, article_id: int | str | None = None) -> NameKey:
    """The identity key a name gives on its own, before looking at other articles."""
    if not named:
        return NameKey(UNNAMED, f"u:{article_id}:{description_key(name)}")
    words = _words(name)
    if not words:
        return NameKey(OTHER, "o:" + fold(name))
    if len(words) == 1:
        word = words[0]
        caps = name.strip().isupper() and 2 <= len(word) <= 6
        return NameKey(SINGLE, "s:" + word, surname=word, acronym=word if caps else None)
    first_names = _first_names()
    if type == "PERSON" or _reads_like_a_person(words, first_names):
        person = _person_key(words, first_names)
        if person is not None:
            return person
    return _other_key(words)


def _reads_like_a_person(words: list[str], first_names: frozenset[str]) -> bool:
    """A name mistyped as an organisation or place ("Ed Rendell" as ORG): a first name, then a surname."""
    titles = _titles()
    core = [w for w in words if w not in titles]
    return 2 <= len(core) <= 3 and core[0] in first_names and not any(w in _ORG_STOPWORDS for w in core)


def _person_key(words: list[str], first_names: frozenset[str]) -> NameKey | None:
    titles = _titles()
    core = list(words)
    while len(core) > 1 and core[0] in titles:
        core.pop(0)
    while len(core) > 1 and core[-1] in _SUFFIXES:
        core.pop()
    generation = core.pop() if len(core) > 2 and core[-1] in _GENERATIONS else None
    if len(core) == 1:
        return NameKey(SINGLE, "s:" + core[0], surname=core[0])
    last_start = len(core) - 1
    while last_start > 1 and core[last_start - 1] in _PARTICLES:
        last_start -= 1
    family = " ".join(core[last_start:] + ([generation] if generation else []))
    given = core[:last_start]
    first = given[0]
    if first not in first_names:
        # "Crooked Hillary Clinton", "Rip Donald Trump": a word before the first name.
        first = next((w for w in given[1:] if w in first_names and len(w) > 1), first)
    exact = len(core) + bool(generation) == len(words) and given == [first]
    # The key keeps "van Beethoven" and "Trump Jr" whole; a bare "Beethoven" is matched on the last name.
    return NameKey(FULL, f"p:{first} {family}", surname=core[-1], exact=exact)


def _other_key(words: list[str]) -> NameKey:
    if words[0] == "the" and len(words) > 1:
        words = words[1:]
    initials = "".join(w[0] for w in words if w not in _ORG_STOPWORDS)
    return NameKey(OTHER, "o:" + " ".join(words), acronym=initials if len(initials) >= 2 else None)
