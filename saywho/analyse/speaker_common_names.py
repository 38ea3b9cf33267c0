"""An "entity" whose name is only a common noun of person ("Attorneys for Clinton appeared to oppose …",
the headline "Trump's Son Says …"): the tagger took a capitalised word for a name. As a speaker it names no
one, so the source stays as the text describes it.

Only a name that is that noun alone, or a possessive and that noun, counts: "Angus King" and "Judge Kelly"
are names whose last or first word happens to be a role. So does a plural noun of person at the source's head
joined to one person's entity ("The lawyers also pointed to … Sen. John McCain": McCain's, by the linker).

Train (saywho/eval/speaker_gold/train.jsonl), after speaker_headlines.py: description wrong names 9 → 7
("Attorneys for Clinton" now an unnamed group, right; "Trump's Son" unnamed), right 367 → 368, nothing else
changes on train or train-pronouns. The plural head: wrong names 7 → 6, right 369 → 370 ("The lawyers", a
group), nothing else.
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from saywho.analyse.entity_cluster import first_name_genders, first_names
from saywho.document import Entity

POSSESSIVE = ("’s", "'s")


# One of a people, in a word that ends like no adjective of theirs: "the Pole", whom the model may take for a body.
PEOPLES = frozenset({"pole", "scot", "swede", "dane", "finn", "brit", "briton", "turk", "greek", "czech", "slovak",
                     "serb", "croat", "spaniard", "kiwi", "aussie"})


# The last words of offices the tagger takes for names; not "executive" ("the Health Service Executive" is a body).
OFFICE_WORDS = frozenset({"director", "manager", "secretary", "officer", "minister", "commissioner", "chairman",
                          "chairwoman", "administrator", "treasurer", "supervisor", "auditor"})


def names_no_one(entity: Entity, roles: dict[str, str], head: Token | None = None) -> bool:
    """`head`: the source's head word, where a plural noun of person ("The lawyers") is no one person."""
    if head is not None and head.tag_ == "NNS" and entity.type == "PERSON" and _person_noun(head.lower_, roles):
        return True
    if head is not None and head.tag_ == "NNP" and entity.name == head.text and not head.lower_.endswith("s") \
            and (entity.type == "PERSON" or head.lower_.endswith(("man", "woman")) or head.lower_ in PEOPLES
                 or head.ent_type_ == "NORP") \
            and any(c.dep_ == "det" and c.lower_ == "the" for c in head.children):
        return True  # "the Kansan", "The Scot", "the Frenchwoman": described, not named ("The Brujas" is a group)
    words = entity.name.split()
    if not words or not _person_noun(words[-1].lower(), roles):
        return False
    return len(words) == 1 or (len(words) == 2 and words[0].endswith(POSSESSIVE)) or an_office(words)


def an_office(words: list[str]) -> bool:
    """ "Group Managing Director (GMD)", "Divisional Railway Manager": words in title case ending in an office, none a
    first name, are the office the tagger took for a name ("Angus King", "Judge Kelly" are people)."""
    return 1 < len(words) <= 4 and words[-1].lower() in OFFICE_WORDS and all(word.istitle() for word in words) \
        and not any(first_names().get(word.lower()) or first_name_genders().get(word.lower()) for word in words)


def holder_of_the_office(office: Entity, entities: dict[str, Entity],
                         initialled: set[str] | frozenset[str] = frozenset()) -> Entity | None:
    """The one person the text gives the office as a role ("Group Managing Director, Mrs. Folasade Adeyemi-Bakare"),
    or in the words its initials spell (`initialled`, from speaker_office_initials)."""
    if initialled:
        return entities[next(iter(initialled))] if len(initialled) == 1 else None
    name = office.name.lower()
    holders = [e for e in entities.values() if e.type == "PERSON" and e is not office
               and any(role.lower() == name or _held(role.lower(), name) for role in [*e.roles, *e.titles])]
    return holders[0] if len(holders) == 1 else None


def _held(role: str, office: str) -> bool:
    """Whether a role ends with the office, not as whom it serves: "the deputy director of communications" holds
    "Director of Communications"; "a lawyer for the coach" is no coach."""
    return role.endswith(" " + office) and re.search(rf" (?:for|to)(?: the| a| an)? {re.escape(office)}$", role) is None


def _person_noun(word: str, roles: dict[str, str]) -> bool:
    singular = word[:-1] if word.endswith("s") and word[:-1] in roles else word
    return roles.get(singular, "").startswith("PERSON")
