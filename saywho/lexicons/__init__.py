"""saywho's own curated word lists, read from the plain-text files beside this module.

Each file starts with a comment block saying where the list comes from. Lines are
`entry` or `entry<TAB>class`; `#` starts a comment.
"""

from __future__ import annotations

import unicodedata
from functools import cache
from importlib import resources


def _lines(name: str) -> list[str]:
    text = resources.files(__package__).joinpath(name).read_text(encoding="utf-8")
    rows = (line.split("#", 1)[0].rstrip() for line in text.splitlines())
    return [row for row in rows if row.strip()]


@cache
def word_list(name: str) -> frozenset[str]:
    """The entries of a one-column list, lower-cased."""
    return frozenset(line.split("\t")[0].strip().lower() for line in _lines(name))


@cache
def classified(name: str) -> dict[str, str]:
    """A two-column list as {entry: class}."""
    table = {}
    for line in _lines(name):
        entry, _, kind = line.partition("\t")
        table[entry.strip().lower()] = kind.strip()
    return table


class AccentBlind(dict[str, str]):
    """A table of names that finds "sébastien" and "tomás" under the plain "sebastien" and "tomas" it lists: writers
    keep a name's accents, and the lists mostly do not."""

    def get(self, key: str, default: str | None = None) -> str | None:  # type: ignore[override]
        found = dict.get(self, key)
        if found is None and not key.isascii():
            found = dict.get(self, without_accents(key))
        return default if found is None else found

    def __contains__(self, key: object) -> bool:
        return isinstance(key, str) and self.get(key) is not None


def without_accents(word: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))


@cache
def first_names() -> AccentBlind:
    """First names with the gender they hint at (first_names.txt)."""
    return AccentBlind(classified("first_names.txt"))


def person_noun(word: str) -> bool:
    """Whether role_nouns.txt gives the noun (a lemma, lower-cased) to people ("student", "spokesman", "widow")."""
    return classified("role_nouns.txt").get(word, "").startswith("PERSON")


def body_noun(word: str) -> bool:
    """Whether role_nouns.txt gives the noun (lower-cased) to organisations ("ministry", "union", "company")."""
    return classified("role_nouns.txt").get(word, "").startswith("ORG")


def cue_verbs() -> dict[str, str]:
    return classified("cue_verbs.txt")
