"""A surname the article misspells once it has named the person in full: "Elise Labott … Labbot said", "Mo Cowan …
said Cowen … Cowmen also emphasized".

Left alone, such a name becomes a person of its own, and a quotation goes to someone the article never named. A
reader takes it for the person named before, and so is it read here, only where nothing else could be meant: the
misspelt name stands alone (no first name), comes after the full name, is five letters or more, begins with the
same letter and is one slip away (a letter changed, added, dropped or doubled elsewhere, or two swapped; not a
plural "s") from the surname of one person named in full, and of no one else.
"""

from __future__ import annotations

from saywho.analyse.entity_cluster import Cluster

SHORTEST = 5


def respelt_owner(cluster: Cluster, clusters: list[Cluster]) -> Cluster | None:
    """The one person named in full whose surname the cluster's lone name misspells; None otherwise."""
    words = {form[0].lower() for form in cluster.forms if len(form) == 1}
    # the model tags a name it has never seen as anything ("Cowmen" an organisation): the letters decide here
    if cluster.type not in {"PERSON", "ORG"} or len(words) != 1 or any(len(form) != 1 for form in cluster.forms):
        return None
    word = words.pop()
    if len(word) < SHORTEST or not cluster.mentions:
        return None
    first_seen = min(cluster.mentions)
    owners = [other for other in clusters if other is not cluster and other.type == "PERSON"
              and len(other.fullest_lowered()) > 1 and other.mentions and min(other.mentions) < first_seen
              and _one_slip(word, other.fullest_lowered()[-1])]
    return owners[0] if len(owners) == 1 else None


def _one_slip(written: str, surname: str) -> bool:
    """One letter changed, added, dropped or doubled elsewhere, or two neighbours swapped; the same first letter;
    no plural."""
    if written == surname or written[0] != surname[0] or len(surname) < SHORTEST:
        return False
    if written.rstrip("s") == surname.rstrip("s"):
        return False  # "Obamas", "Sanders": the family, or the name itself
    if _undoubled(written) == _undoubled(surname):
        return True  # "Labbot" for "Labott": a doubled letter in the wrong place
    if len(written) == len(surname):
        differ = [i for i, (a, b) in enumerate(zip(written, surname)) if a != b]
        swapped = len(differ) == 2 and differ[1] == differ[0] + 1 and written[differ[0]] == surname[differ[1]] \
            and written[differ[1]] == surname[differ[0]]
        return len(differ) == 1 or swapped
    short, long = sorted((written, surname), key=len)
    return len(long) - len(short) == 1 and any(long[:i] + long[i + 1:] == short for i in range(len(long)))


def _undoubled(word: str) -> str:
    return "".join(letter for i, letter in enumerate(word) if i == 0 or letter != word[i - 1])
