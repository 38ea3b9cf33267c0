"""The entity being assembled from its mentions (Cluster), and the name lexicons entities.py reads.

Kept apart so that the modules that clean, match and describe names share one Cluster.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from saywho.document import EntityType
from saywho.lexicons import classified


@dataclass
class Cluster:
    """An entity being assembled from its mentions."""

    type_votes: dict[EntityType, int]
    forms: list[list[str]]  # each name form as tokens, in order of appearance
    mentions: list[tuple[int, int]] = field(default_factory=list)
    token_ids: list[int] = field(default_factory=list)
    titles: list[str] = field(default_factory=list)
    roles: list[str] = field(default_factory=list)
    affiliations: list[str] = field(default_factory=list)
    descriptors: set[str] = field(default_factory=set)  # words the text applies to it: "terrorist", "spokesman"
    gender: str | None = None
    written: dict[tuple[str, ...], str] = field(default_factory=dict)  # each form as the text writes it
    own_words: dict[tuple[str, ...], int] = field(default_factory=dict)  # mentions of each form outside quotes
    named_in_full: list[int] = field(default_factory=list)  # where a form of two words or more names it
    titled: set[tuple[str, str]] = field(default_factory=set)  # ("mr.", "trump"): how the text calls it for short

    @property
    def type(self) -> EntityType:
        """The label most mentions had, except that "Donald Trump", once called a person, stays one:
        the small model calls many a bare "Trump" or "Gates" an organisation."""
        if self.type_votes.get("PERSON"):
            names = first_names()
            if any(len(f) > 1 and names.get(f[0].lower()) for f in self.forms):
                return "PERSON"
        return max(self.type_votes, key=lambda kind: self.type_votes[kind])

    @property
    def name(self) -> str:
        """The fullest form the writer uses, as written ("Holtz-Eakin", not "Holtz - Eakin").

        A form met only inside quotation marks ("Crooked Hillary Clinton") names the entity only
        when the writer never names it; between forms of equal length the more used one wins."""
        forms = [f for f in self.forms if self.own_words.get(tuple(f))] or self.forms
        best = max(forms, key=lambda f: (len(f), self.own_words.get(tuple(f), 0)))
        return self.form_text(best)

    def form_text(self, form: list[str]) -> str:
        return self.written.get(tuple(form)) or " ".join(form)

    def add_unique(self, attribute: str, value: str) -> None:
        values = getattr(self, attribute)
        if value and value not in values:
            values.append(value)


def person_titles() -> dict[str, str]:
    return classified("person_titles.txt")


def first_names() -> dict[str, str]:
    return classified("first_names.txt")
