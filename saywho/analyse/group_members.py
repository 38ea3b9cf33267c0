"""Whether a group's description names some of its members, which the guidelines call a named source.

"Some 2016 presidential candidates — for instance, Sen. Ted Cruz", "Intelligence officials — including NSA
Director Adm. Michael Rogers": a member after a word that lists examples; "Ward and other digital security
experts": a member before "and other"; "Democratic presidential hopefuls former Maryland Gov. Martin O’Malley
and former Secretary of State Hillary Clinton": the members right after the group's plural noun; "the Khans":
a family by the surname of a person the article names. Not "officials, including 51 State Department
employees" (a number of them, no one named) nor "Republicans" (a party, not a family).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from saywho.document import Entity

# a word naming someone as written: "Sen.", "O’Malley", "Tufekci"
_NAME_WORD = r"[A-Z][\w.’'-]*"
# "including", "for instance,", "such as", "among them": the examples a group's description lists
EXAMPLE_LEAD = re.compile(r"\b(?:including|for instance|for example|such as|among them|among whom)\b\s*,?\s*")
# what follows such a word, up to the next comma, semicolon or dash, when it ends in a capitalised word; not
# "including many of Germany's own experts" nor "including 51 State Department employees"
EXAMPLE_NAME = re.compile(r"(?!(?:a|an|many|some|most|those|these|several|serving|\d)\b)"
                          rf"([^,;—–-]*?{_NAME_WORD})\s*(?:[,;—–-]|$)")
# "Ward and other digital security experts", "Cruz, Rubio and other senators"
NAMED_THEN_OTHERS = re.compile(rf"^\W*(?:{_NAME_WORD}\s+){{0,3}}{_NAME_WORD}\s*(?:,\s*(?:{_NAME_WORD}\s*)+)*"
                               r"\s+and\s+(?:several\s+|many\s+|some\s+)?others?\b")
# "hopefuls former Maryland Gov. Martin O’Malley and …", "rivals Cruz and Rubio": a lowercase plural noun
# and, right after it, names joined by "and"
PLURAL_THEN_NAMES = re.compile(rf"\b[a-z]+s\s+(?:(?:former|then|fellow|current)\s+)?{_NAME_WORD}"
                               rf"[^,;—–]*\band\s+(?:[a-z]+\s+){{0,2}}{_NAME_WORD}")
# "the Khans", "the Clintons"
FAMILY = re.compile(r"^\W*the\s+([A-Z][\w’'-]*?)(?:e?s)\W*$")


def example_name(source: str) -> str:
    """The words naming a member that a group's description gives as an example, or ""."""
    lead = EXAMPLE_LEAD.search(source)
    found = EXAMPLE_NAME.match(source, lead.end()) if lead else None
    return found.group(1) if found and found.group(1).split()[-1][:1].isupper() else ""


def before_examples(source: str) -> str:
    """The group's own words, before the examples it lists ("Some observers" of "Some observers, including …")."""
    lead = EXAMPLE_LEAD.search(source)
    return source[: lead.start()] if lead else source


def names_members(source: str, surnames: Iterable[str] = ()) -> bool:
    """Whether a group's description names any of its members. `surnames`: the last words of the names of the
    article's people: the name before "and other" or after the plural noun must be one of theirs ("Republicans
    and other conservatives" names no one), and a family's plural takes one up ("the Khans")."""
    if example_name(source):
        return True
    people = set(surnames)
    listed = NAMED_THEN_OTHERS.search(source) or PLURAL_THEN_NAMES.search(source)
    if listed is not None and any(word.strip(".,’'") in people for word in listed.group(0).split()):
        return True
    family = FAMILY.match(source)
    return family is not None and family.group(1) in people


def people_surnames(entities: Iterable[Entity]) -> frozenset[str]:
    """The last word of each name and alias of the article's people, for `names_members`."""
    return frozenset(name.split()[-1] for e in entities if e.type == "PERSON" for name in [e.name, *e.aliases] if name)
