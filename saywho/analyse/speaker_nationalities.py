"""Whose a description's nationality is: "the Senegalese minister" is the minister the article calls Senegal's, not the
Kenyan one quoted just before her; "the French government" is no European Union.

A country's adjective and its name share their first letters ("Kenyan", "Kenya"), but for the few written otherwise
("French", "France"), listed here.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from spacy.tokens import Token

from saywho.analyse.speaker_candidates import Candidate
from saywho.document import Entity

# Adjectives of nationality whose country's name begins otherwise (or too briefly alike to tell apart by its letters).
COUNTRY_OF = {
    "french": "france", "dutch": "netherlands", "british": "britain", "swiss": "switzerland", "welsh": "wales",
    "irish": "ireland", "scottish": "scotland", "danish": "denmark", "swedish": "sweden", "finnish": "finland",
    "polish": "poland", "turkish": "turkey", "greek": "greece", "thai": "thailand", "filipino": "philippines",
    "chinese": "china", "spanish": "spain", "norwegian": "norway", "portuguese": "portugal", "japanese": "japan",
    "vietnamese": "vietnam", "lebanese": "lebanon", "emirati": "emirates", "icelandic": "iceland",
}

# Parties, faiths and continents written like a country's people ("the Republican senator", "a Christian group").
NOT_NATIONALITIES = frozenset({"republican", "republicans", "libertarian", "christian", "jewish", "sunni", "shiite",
                               "african", "asian", "latin"})

LETTERS_ALIKE = 5  # at least this many first letters shared: "Kenyan" / "Kenya", "Nigerian" / "Nigeria"


def _nationalities(head: Token) -> list[str]:
    """The adjectives of nationality before a description's head: "the Senegalese minister" → ["senegalese"]."""
    return [c.lower_ for c in head.lefts if c.ent_type_ in {"NORP", "GPE"} and c.dep_ in {"amod", "compound", "nmod"}
            and _of_a_country(c.lower_)]


def _of_a_country(adjective: str) -> bool:
    """An adjective that names a country's people ("Kenyan", "Senegalese", "Iraqi", "Turkish", "French"), not a
    faith's or a party's ("Islamic", "Christian", "Republican")."""
    return adjective in COUNTRY_OF or (adjective.endswith(("an", "ese", "i", "ish")) and adjective not in NOT_NATIONALITIES)


def _of_nationality(adjective: str, words: set[str]) -> bool:
    """Whether the words the article gives someone say the nationality: the country's adjective or its name."""
    country = COUNTRY_OF.get(adjective)
    if country is not None:
        return country in words or adjective in words
    return any(len(_shared_start(adjective, word)) >= min(LETTERS_ALIKE, len(word)) >= 4 for word in words)


def _shared_start(a: str, b: str) -> str:
    shared = 0
    while shared < min(len(a), len(b)) and a[shared] == b[shared]:
        shared += 1
    return a[:shared]


def of_the_nationality(head: Token, candidates: list[Candidate], called: Callable[[Entity], set[str]]) -> list[Candidate]:
    """The candidates whose words say the nationality the description gives, where it gives one."""
    adjectives = _nationalities(head)
    if not adjectives:
        return candidates
    return [c for c in candidates if c.entity is not None
            and all(_of_nationality(adjective, _words_for(c.entity, called)) for adjective in adjectives)]


def _words_for(entity: Entity, called: Callable[[Entity], set[str]]) -> set[str]:
    texts = " ".join([*entity.roles, *entity.affiliations, *entity.titles]).lower()
    return called(entity) | set(re.findall(r"[^\W\d_]+", texts))
