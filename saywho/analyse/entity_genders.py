"""A person's gender, only as far as the text tells it: a title ("Mrs."), a role or noun of one gender ("widow"), a
first name where the name opens with one, else the he or she the text goes on with (name_pronouns.py); moved out of
entities.py (s66)."""

from __future__ import annotations

from spacy.tokens import Span

from saywho.analyse import name_forms
from saywho.analyse.entity_cluster import (
    Cluster,
    first_name_genders,
    first_names,
    opens_with_a_first_name,
    person_titles,
)
from saywho.analyse.name_pronouns import (
    Offsets,
    next_sentence_gender,
    reflexive_gender,
    stated_gender,
    subject_pronoun_gender,
)
from saywho.lexicons import classified


def pronoun_genders(span: Span, quoted: Offsets) -> list[str]:
    """The he or she the text goes on with after the name (name_pronouns.py): in its own clause ("Guccifer told her
    he"), opening the writer's next sentence, and the himself or herself its verb takes ("Sanders compared himself")."""
    readings = (subject_pronoun_gender(span), next_sentence_gender(span, quoted), reflexive_gender(span))
    return [gender for gender in readings if gender is not None]


def guess_gender(cluster: Cluster) -> None:
    if cluster.type != "PERSON":
        return
    for title in cluster.titles:
        gender = person_titles().get(title.lower(), "-")
        if gender != "-":
            cluster.gender = gender
            return
    roles, stated = classified("role_nouns.txt"), classified("gendered_nouns.txt")
    for role in cluster.roles:
        for word in _role_own_words(role):
            if roles.get(word, "").endswith(("\tm", "\tf")):
                cluster.gender = roles[word][-1]
                return
            if stated.get(word) in {"m", "f"}:  # "9/11 widow Terry Strada": the noun, not the first name
                cluster.gender = stated[word]
                return
    fullest = max(cluster.forms, key=len)
    if name_forms.surname_first(cluster):
        cluster.gender = stated_gender(cluster.read_pronoun_genders())  # "Kim Jong-un": "Kim" is no woman's first name
        return
    # a bare "Jackson" is a surname; so is a hyphenated "Mark-Viverito"
    names = first_name_genders() if opens_with_a_first_name(fullest) else {} if len(fullest) > 1 else first_names()
    cluster.gender = names.get(fullest[0].lower()) or stated_gender(cluster.read_pronoun_genders())


# Words that open a phrase hung on a role's noun: what comes after says whose or of what, not who.
ROLE_PREPOSITIONS = frozenset({"of", "for", "at", "in", "with", "from", "on", "to", "by", "behind", "about"})


def _role_own_words(role: str) -> list[str]:
    """The role's lower-case words up to its first preposition: "owner of the Miss Universe pageant" is no
    "miss", "the lawyer leading Mrs. Clinton's search" no "mrs." (a capital starts someone else's title or
    name), "mother of victim Sean Smith" is a "mother"."""
    words = role.split()
    cut = next((i for i, word in enumerate(words) if word.lower() in ROLE_PREPOSITIONS), len(words))
    return [word.lower() for word in words[:cut] if not word[:1].isupper()]
