"""The entity being assembled from its mentions (Cluster), and the name lexicons entities.py reads.

Kept apart so that the modules that clean, match and describe names share one Cluster.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache, lru_cache

from saywho.document import EntityType
from saywho.lexicons import AccentBlind, classified, first_names

# The last word of a company's name: "Delmar Supply Co." is a company, whatever role the text puts beside it.
COMPANY_ENDINGS = frozenset({"inc", "inc.", "corp", "corp.", "corporation", "co", "co.", "llc", "ltd", "ltd.", "plc", "reit",
                             "gmbh", "llp"})


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
    pronoun_genders: list[str] = field(default_factory=list)  # "Sami said he": what name_pronouns reads
    # the readings of the he or she after each mention not read yet: most clusters' type and gender never ask
    unread_pronouns: list[Callable[[], list[str]]] = field(default_factory=list, repr=False, compare=False)
    written: dict[tuple[str, ...], str] = field(default_factory=dict)  # each form as the text writes it
    own_words: dict[tuple[str, ...], int] = field(default_factory=dict)  # mentions of each form outside quotes
    named_in_full: list[int] = field(default_factory=list)  # where a form of two words or more names it
    named_bare: list[int] = field(default_factory=list)  # where one word alone names it ("Trump", "Mr. Trump")
    paired_at: list[int] = field(default_factory=list)  # where its first name stands before a partner's full name
    titled: set[tuple[str, str]] = field(default_factory=set)  # ("mr.", "trump"): how the text calls it for short
    titled_in_full: set[tuple[str, str]] = field(default_factory=set)  # ("dr.", "hale") of "Dr. Tamsin Hale"
    # "Zoomcar, the ride-hailing company,": the text itself says an organisation, where no model tagged that mention
    called_an_organisation: bool = False
    aged: bool = False  # "Choi Dong-wook, 49,": an age set after a mention, which only a person has
    # Read for every cluster at every name mention, so kept rather than worked out each time: each
    # form lowercased (forms are only added to), and the type with the forms and votes it was read from.
    _lowered: tuple[list[list[str]], list[list[str]]] | None = field(default=None, repr=False, compare=False)
    # The type is kept with the forms list, its length, the votes dict and a copy of the votes: votes are only
    # ever added to (no key is removed), so equal votes in the same dict are in the same order too.
    _type: tuple[list[list[str]], int, dict[EntityType, int], dict[EntityType, int], EntityType,
                 tuple[bool, bool]] | None = field(
        default=None, repr=False, compare=False)
    _fullest: tuple[list[list[str]], int, list[str]] | None = field(default=None, repr=False, compare=False)
    # entity_matching's answers for the names met so far (whether each is a variant or a form of this cluster),
    # with the forms list, its length and the type they were given for
    _matches: tuple[list[list[str]], int, str, dict[tuple[tuple[str, ...], str], bool]] | None = field(
        default=None, repr=False, compare=False)
    # match_keys' set, with the forms list and its length it was read from
    _keys: tuple[list[list[str]], int, set[str]] | None = field(default=None, repr=False, compare=False)

    @property
    def type(self) -> EntityType:
        """The label most mentions had, except that "Donald Trump", once called a person, stays one:
        the small model calls many a bare "Trump" or "Gates" an organisation (so does "Curt Schilling",
        whose first name no list holds, once "he" takes him up)."""
        kept = self._type
        if (kept is not None and kept[0] is self.forms and kept[1] == len(self.forms) and kept[2] is self.type_votes
                and kept[3] == self.type_votes and kept[5] == (self.called_an_organisation, self.aged)):
            return kept[4]
        kind = self._read_type()
        self._type = (self.forms, len(self.forms), self.type_votes, dict(self.type_votes), kind,
                      (self.called_an_organisation, self.aged))
        return kind

    def _read_type(self) -> EntityType:
        if self.type_votes.get("PERSON") and any(an_institutions_name(form) for form in self.forms):
            return "ORG"  # "Comelec", tagged a person four times, is "the Commission on Elections"
        if self.aged and not self.called_an_organisation:
            return "PERSON"  # "Choi Dong-wook, 49, who heads the union branch", whom the model calls a body when bare
        if self.type_votes.get("PERSON"):
            names = first_name_genders()
            if any(opens_with_a_first_name(f) and names.get(f[0]) or opens_with_joined_first_names(f)
                   for f in self.lowered_forms()):
                return "PERSON"
            if self.called_an_organisation:
                return "ORG"
            # "Schilling said he …": taken up by "he" or "she", a full name is someone's, whatever its first name
            if any(len(f) > 1 for f in self.forms) and self.read_pronoun_genders():
                return "PERSON"
        # a tie goes to the person: "Ava DuVernay's '13th'" read as an organisation once, "Ava DuVernay" a person once
        return max(self.type_votes, key=lambda kind: (self.type_votes[kind], kind == "PERSON"))

    def read_pronoun_genders(self) -> list[str]:
        """`pronoun_genders`, every mention's read (name_pronouns.py): read when first asked for, not per mention."""
        for reading in self.unread_pronouns:
            self.pronoun_genders += reading()
        self.unread_pronouns.clear()
        return self.pronoun_genders

    def match_answers(self) -> dict[tuple[tuple[str, ...], str], bool]:
        """Answers kept for entity_matching, emptied whenever a form is added or the type changes."""
        kept, kind = self._matches, self.type
        if kept is None or kept[0] is not self.forms or kept[1] != len(self.forms) or kept[2] != kind:
            kept = self._matches = (self.forms, len(self.forms), kind, {})
        return kept[3]

    def lowered_forms(self) -> list[list[str]]:
        """`forms` lowercased, in the same order."""
        if self._lowered is None or self._lowered[0] is not self.forms:  # new, or forms replaced: read them all
            self._lowered = (self.forms, [])
        lowered = self._lowered[1]
        if len(lowered) < len(self.forms):  # asked far more often than a form is added: no slice made otherwise
            lowered.extend([t.lower() for t in form] for form in self.forms[len(lowered):])
        return lowered

    def match_keys(self) -> set[str]:
        """The words and initialisms (name_keys) of every form: a name sharing none of them is no variant of
        this cluster, so entity_matching asks the full question of the few clusters that share one."""
        kept = self._keys
        if kept is None or kept[0] is not self.forms or kept[1] != len(self.forms):  # read afresh once a form is added
            kept = self._keys = (self.forms, len(self.forms), set().union(*map(name_keys, self.lowered_forms())))
        return kept[2]

    def fullest_lowered(self) -> list[str]:
        """The first of the longest forms, lowercased (max(forms, key=len)); worked out again only when a form is added."""
        lowered = self.lowered_forms()
        kept = self._fullest
        if kept is None or kept[0] is not lowered or kept[1] != len(lowered):
            kept = self._fullest = (lowered, len(lowered), max(lowered, key=len))
        return kept[2]

    @property
    def name(self) -> str:
        """The fullest form the writer uses, as written ("Holtz-Eakin", not "Holtz - Eakin").

        A form met only inside quotation marks ("Crooked Hillary Clinton") names the entity only
        when the writer never names it; between forms of equal length the more used one wins, then one not in
        capitals throughout (a dateline's "MOSCOW" is the story's "Moscow")."""
        forms = [f for f in self.forms if self.own_words.get(tuple(f))] or self.forms
        best = max(forms, key=lambda f: (len(f), self.own_words.get(tuple(f), 0), not all(w.isupper() for w in f)))
        return self.form_text(best)

    def form_text(self, form: list[str]) -> str:
        return self.written.get(tuple(form)) or " ".join(form)

    def note_title(self, title: str, tokens: list[str]) -> None:
        """The title the text gave a name: with the surname alone ("Mr. Trump"), or before the full name."""
        (self.titled if len(tokens) == 1 else self.titled_in_full).add((title.lower(), tokens[-1].lower()))

    def add_unique(self, attribute: str, value: str) -> None:
        values = getattr(self, attribute)
        if value and value not in values:
            values.append(value)


# The words that make a name an institution's wherever they stand in it, no surname being one of them.
INSTITUTION_HEADS = frozenset({"commission", "ministry", "department", "agency", "authority", "committee", "council",
                               "tribunal", "university", "institute", "foundation", "association", "federation",
                               "bureau", "organization", "organisation", "coalition", "party", "union"})


def an_institutions_name(tokens: list[str]) -> bool:
    """ "The Commission on Elections", "Ministry of Health", tagged a person: a name of two words or more holding an
    institution's word, and not opening with a first name, is the institution's."""
    lowered = [t.lower() for t in tokens]
    return len(lowered) > 1 and not first_names().get(lowered[0]) and not first_name_genders().get(lowered[0]) \
        and any(word in INSTITUTION_HEADS for word in lowered)


SMALL_WORDS = frozenset({"of", "the", "and", "for"})
POSSESSIVE_MARKS = frozenset({"'s", "’s", "'", "’"})


def initialisms(words: list[str]) -> tuple[str, str]:
    """The initials a one-word name may stand for a longer one by: "nato" for north atlantic treaty
    organization (no small words), "doj" for department of justice (only "the" left out); "ico" for the information
    commissioner's office (an owner's mark is no word)."""
    words = [w for w in words if w != "&" and w not in POSSESSIVE_MARKS]
    return "".join(w[:1] for w in words if w not in SMALL_WORDS), "".join(w[:1] for w in words if w != "the")


def without_ampersand(word: str) -> str:
    """ "pg&e" for Pacific Gas and Electric, "at&t": initials written with the "&" of the name's "and"."""
    return word.replace("&", "") if len(word) > 2 else word


def name_keys(lowered: list[str]) -> set[str]:
    """A lowercased name's words, and its initialisms if it has two words or more. Whatever makes one name
    a variant of another (a shared surname or first word, the same form, one the initials of the other)
    leaves the two sharing a key."""
    return {*lowered, *initialisms(lowered)} if len(lowered) > 1 else {*lowered, without_ampersand(lowered[0])}


def person_titles() -> dict[str, str]:
    return classified("person_titles.txt")


@cache
def first_name_genders() -> AccentBlind:
    """The gender a first name hints at: the curated list, then the longer derived one (a hint for who
    "he" or "she" may be; what a name tells is never a stated gender)."""
    return AccentBlind({**classified("first_name_genders.txt"), **first_names()})


@lru_cache(maxsize=4096)  # asked for an entity's name at every pronoun it is a candidate for
def first_name_hint(name: str) -> str | None:
    """The gender the first word of a name of two words or more hints at ("Loretta Lynch": f), or None."""
    words = name.split()
    return first_name_genders().get(words[0].lower()) if len(words) > 1 else None


HYPHENS = frozenset({"-", "‐", "‑"})


def opens_with_a_first_name(form: list[str]) -> bool:
    """Whether a name form's first word may be a first name: more words follow, and no hyphen joins it to the
    next ("Mark-Viverito" is one family name, not a man called Mark)."""
    return len(form) > 1 and form[1] not in HYPHENS


def opens_with_joined_first_names(form: list[str]) -> bool:
    """Whether a lowercased name form opens with two first names a hyphen joins, a surname after them ("Marc-André
    Lévesque"): someone's name, whose gender neither first name alone tells."""
    names = first_name_genders()
    return len(form) > 3 and form[1] in HYPHENS and bool(names.get(form[0])) and form[2] in names
