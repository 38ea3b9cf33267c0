"""Which of a father and a son of one name "the elder Pruitt" or "the younger Pruitt" is.

"Pruitt's father, Harold Pruitt Sr., …. “I told him every vote counts,” the elder Pruitt said": the surname alone
would take up the latest named, here the son; the word before it says which generation is meant. Where no name says it
with a "Sr." or a "Jr.", the surname is read as any other (ages and "his son" are not read); where one does and the
wanted one is not found, neither is named.
"""

from __future__ import annotations

from spacy.tokens import Token

from saywho.document import Entity

GENERATION_WORDS = {"elder": "sr", "older": "sr", "younger": "jr"}
SUFFIXES = frozenset({"sr", "jr"})


def of_the_generation(entity_id: str, head: Token, entities: dict[str, Entity]) -> str | None:
    """The entity of the generation the word before the surname names; `entity_id` where no such word stands there,
    no one else has the surname or no name has a suffix; None where the suffixes do not single one out."""
    wanted = next((GENERATION_WORDS[c.lower_] for c in head.lefts if c.lower_ in GENERATION_WORDS), None)
    if wanted is None:
        return entity_id
    sharing = [e for e in entities.values() if e.type == "PERSON" and _surname_and_suffix(e.name)[0] == head.text]
    if len(sharing) < 2:
        return entity_id
    of_it = [e.id for e in sharing if _surname_and_suffix(e.name)[1] == wanted]
    if not any(_surname_and_suffix(e.name)[1] for e in sharing):
        return entity_id  # the names do not tell; the latest named stays, as for any surname
    return of_it[0] if len(of_it) == 1 else None


def _surname_and_suffix(name: str) -> tuple[str, str | None]:
    words = name.split()
    suffix = words[-1].rstrip(".").lower() if words else ""
    if suffix in SUFFIXES and len(words) > 1:
        return words[-2], suffix
    return (words[-1] if words else ""), None
