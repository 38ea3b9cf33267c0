"""Which of two people sharing a surname a surname alone is, where the he or she after it says.

"Gary Hollins, 71, … His daughter Kerry Hollins raised the alarm …. Hollins vowed he would never set foot on a mountain
again": the surname alone takes up the latest named, here the daughter; the "he" of its sentence says the father is
meant. name_repeats reads the same for a surname the tagger missed; this is the speaker's surname it tagged.
"""

from __future__ import annotations

from spacy.tokens import Token

from saywho.analyse.name_repeats import gender_beside
from saywho.document import Entity


def of_the_pronouns_gender(entity_id: str, head: Token, entities: dict[str, Entity],
                           genders: dict[str, str | None]) -> str | None:
    """The one person of the surname `head` whose gender the he or she after it fits, where the latest named does
    not fit it; `entity_id` where it fits, the text tells no gender, or no one else has the surname; None where
    the genders of those who share it are not all known or none of the others fits."""
    if any(c.dep_ == "compound" for c in head.lefts):
        return entity_id  # a full name, not a surname alone
    sharing = [e.id for e in entities.values() if e.type == "PERSON" and e.name.split()[-1] == head.text]
    gender = gender_beside(head.doc, head.i) if len(sharing) > 1 and entity_id in sharing else None
    if gender is None or genders.get(entity_id) in {None, gender}:
        return entity_id
    fitting = [other for other in sharing if genders.get(other) == gender]
    known = all(genders.get(other) for other in sharing)
    return fitting[0] if known and len(fitting) == 1 else None
