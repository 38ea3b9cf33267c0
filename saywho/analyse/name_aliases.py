"""A name the text says a person goes by: "Marcel Lazăr Lehel, the hacker known as “Guccifer,”" or
"Chrabaszcz, who goes by “Vito,”". Read once the whole text is read (name_forms.late_merged): the alias
is its own entity until then, and every later bare "Guccifer" would otherwise name someone else."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from saywho.analyse.entity_cluster import Cluster

# What stands between the person's name and the alias: a comma or dash, at most a short description
# ("the hacker"), then the phrase that gives the alias, and an opening quotation mark.
_KNOWN_AS = re.compile(
    r"\s*(?:,|--|—|–)\s*(?:(?:the|a|an)\s+(?:[\w’'.-]+\s+){1,4})?"
    r"(?:(?:also|better|widely|popularly|commonly|affectionately|then|now)\s+)?"
    r"(?:known\s+as|nicknamed|who\s+goes\s+by|who\s+went\s+by)\s+[“\"‘']?",
    re.IGNORECASE)
_CUE = re.compile(r"(?:known\s+as|nicknamed|goes\s+by|went\s+by)\s+[“\"‘']?$", re.IGNORECASE)
_MOST_BETWEEN = 80  # characters from the person's name to the alias
_INITIALS = re.compile(r"[A-Z]{2,6}")


def known_as_owner(cluster: Cluster, clusters: list[Cluster], text: str) -> Cluster | None:
    """The one person whose name the text gives this one as an alias of, right before it; or the one organisation whose
    initials it is ("The National Disaster Management Agency, known as BNPB, said": BNPB, whatever the model tagged it,
    is the agency)."""
    owners: list[Cluster] = []
    initials = all(_INITIALS.fullmatch(text[start:end]) for start, end in cluster.mentions)
    for start, _ in cluster.mentions:
        if not _CUE.search(text, max(0, start - 25), start):
            continue
        for other in clusters:
            if other is cluster or other in owners or not (other.type == "PERSON" or initials and other.type == "ORG"):
                continue
            if any(0 < start - end <= _MOST_BETWEEN and _KNOWN_AS.fullmatch(text, end, start)
                   for _, end in other.mentions):
                owners.append(other)
    return owners[0] if len(owners) == 1 else None
