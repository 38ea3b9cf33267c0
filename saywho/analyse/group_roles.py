"""The role of a source that lists named people: "Barack Obama and Hillary Clinton", "Oversight Committee
Chairman Jason Chaffetz (R-Utah) and Judiciary Committee Chairman Bob Goodlatte (R-Va.)".

The hand-check guidelines give a group the role the article gives it; a list of people the article
names is given, person by person, the roles it gives each. When every listed person the article names
has the same role, that is the group's (for profiles.py, which reads each person's role).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from saywho.document import Entity, RoleKind, Speaker

# "Chaffetz (R-Utah)", "Sen. Cruz": what stands around a name in a list, not the name.
_AROUND = re.compile(r"\([^)]*\)?|\.")


def listed_people(name: str, entities: dict[str, Entity]) -> list[Entity]:
    """The entities whose name or alias ends each item of the list `name` ("A and B", "A, B and C");
    empty unless every item is one."""
    items = [_bare(item) for item in re.split(r",|\band\b", name) if _bare(item)]
    if len(items) < 2:
        return []
    people = [(e, {_bare(known) for known in [e.name, *e.aliases]}) for e in entities.values() if e.type == "PERSON"]
    found = []
    for item in items:
        entity = next((e for e, names in people if any(item == n or item.endswith(" " + n) for n in names)), None)
        if entity is None:
            return []
        found.append(entity)
    return found


def _bare(text: str) -> str:
    return " ".join(_AROUND.sub(" ", text).split())


def list_role(name: str, entities: dict[str, Entity],
              role_of: Callable[[Entity, Speaker], RoleKind]) -> RoleKind | None:
    """The one role (`role_of` each person, as a speaker of that name) every person the source `name`
    lists has; None when it lists no people the article names, or they differ."""
    if " and " not in name:
        return None
    roles = {role_of(person, Speaker(name=person.name, type="PERSON", entity=person.id, named=True))
             for person in listed_people(name, entities)}
    return roles.pop() if len(roles) == 1 else None
