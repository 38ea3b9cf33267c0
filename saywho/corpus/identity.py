"""One identity per speaker across articles.

Within one article saywho's entities already merge "Clinton" with the article's
full name for her, so a speaker's `name` is the fullest name that article uses.
Across articles this module decides which names are the same speaker:

* A person's full name is keyed by first and last name only, so "Donald Trump",
  "Donald J. Trump" and "President Donald Trump" share the key ``p:donald trump``,
  and "Hillary Rodham Clinton" joins "Hillary Clinton". Titles, initials, middle
  names and suffixes ("Jr.") are dropped; a leading word that is not a first name
  ("Crooked Hillary Clinton") yields to a later one that is. "Jr." stays.
* An organisation (or any other name that is not a person's) is keyed by its
  words, without "the" and the possessive: "The New York Times" is ``o:new york times``.
* A single word ("Clinton", "Trump", "FBI") is attached to a full name only:
  first, when the article itself gives exactly one full name with that surname
  (or one organisation with that acronym); else, when the article gives no such
  name, to the full name with that surname that dominates the corpus (named in
  at least `DOMINANCE` of the articles that name someone of that surname in full;
  counting every person an article names, not only speakers, so that "Obama"
  does not go to Michelle Obama merely because Barack is always quoted as
  "Obama"). Otherwise it
  stays its own identity ``s:clinton``: two people who share a surname are never
  merged because of it.
* Unnamed speakers ("a source", "officials") are never merged across articles:
  their key names the article (``u:<article>:<description>``).

`resolve` is a pure function of the set of mentions, so the identities do not
depend on the order in which articles were ingested.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

# A name's own key is saywho/names.py's (the analysis reads names by it too); re-exported for the store.
from saywho.names import (  # noqa: F401
    FULL,
    OTHER,
    SINGLE,
    UNNAMED,
    NameKey,
    description_key,
    fold,
    is_pronoun,
    name_key,
)

DOMINANCE = 0.8
NOT_PEOPLE = frozenset({"GPE", "LOC", "FAC", "NORP", "OUTLET", "DOCUMENT", "EVENT", "PRODUCT", "WORK_OF_ART"})


@dataclass
class MentionRow:
    """One name as one article uses it: the unit that identity resolution groups.

    `local` holds, for a SINGLE name, the (key, name) of the names in the same
    article that it could stand for (full names with that surname, organisations
    with that acronym).
    """

    id: int
    article_id: int
    name: str
    type: str
    named: bool
    key: NameKey
    local: tuple[tuple[str, str], ...] = ()  # (key, name) pairs
    counts: bool = True  # whether the mention counts towards a surname's dominance (speakers and sources do)


@dataclass
class Identity:
    key: str
    name: str
    type: str
    named: bool
    mentions: list[int] = field(default_factory=list)
    article_id: int | None = None  # for unnamed speakers, the one article they belong to


def local_candidates(key: NameKey, names: Iterable[tuple[str, str]]) -> tuple[tuple[str, str], ...]:
    """For a single word, the (key, name) of each name in the same article it could stand for."""
    if key.form != SINGLE:
        return ()
    found: dict[str, str] = {}
    for name, type in names:
        other = name_key(name, type)
        if other.form == FULL and other.surname == key.surname:
            found.setdefault(other.key, name)
        elif other.form == OTHER and key.acronym and other.acronym == key.acronym:
            found.setdefault(other.key, name)
    return tuple(sorted(found.items()))


def single_target(key: NameKey, local: tuple[tuple[str, str], ...], corpus: Counter, bare: int = 0) -> str:
    """Where a SINGLE name goes: the article's own full name, the corpus's dominant one, or itself.

    `corpus` counts, for each FULL or OTHER key that the word could stand for,
    the articles that name it (see `candidate_counts`); `bare` counts the
    articles that use the word alone for a speaker. The dominant name must hold
    `DOMINANCE` of the corpus count, and be named in full in at least half as
    many articles as use the bare word: one article that calls a group "Log
    Cabin Republicans" does not make every "Republicans" theirs. Ties go to the
    key first in sort order.
    """
    if len(local) == 1:
        return local[0][0]
    if len(local) > 1:
        return key.key  # the article names two people of that surname: do not guess
    total = sum(corpus.values())
    best, count = min(corpus.items(), key=lambda item: (-item[1], item[0])) if total else (key.key, 0)
    return dominant(key, best, count, total, bare)


def dominant(key: NameKey, best: str, count: int, total: int, bare: int) -> str:
    """`best` (named in `count` of the `total` articles that name any candidate) if it dominates, else the word itself.

    The counts are what `single_target` reads from its candidates; the identity pass keeps them per word."""
    if total and count / total >= DOMINANCE and 2 * count >= bare:
        return best
    return key.key


def candidate_counts(names: Iterable[tuple[int, NameKey, str]]) -> tuple[dict[str, Counter], dict[str, Counter]]:
    """Articles that name each full name, grouped by surname; and each organisation, grouped by acronym.

    `names` are (article_id, key, name) for every name the articles use, whether or
    not it speaks: a famous person who is quoted as "Obama" is still named in full
    somewhere, and that is what makes "Obama" theirs.
    """
    by_surname: dict[str, Counter] = defaultdict(Counter)
    by_acronym: dict[str, Counter] = defaultdict(Counter)
    for _article, key in {(article_id, key) for article_id, key, _ in names}:
        if key.form == FULL and key.surname is not None:  # a full name always has one
            by_surname[key.surname][key.key] += 1
        elif key.form == OTHER and key.acronym:
            by_acronym[key.acronym][key.key] += 1
    return by_surname, by_acronym


def candidates_for(key: NameKey, by_surname: dict[str, Counter], by_acronym: dict[str, Counter],
                   type: str = "PERSON") -> Counter:
    """The full names a single word could stand for; a place or an outlet is nobody's surname ("Israel")."""
    found = Counter() if type in NOT_PEOPLE else Counter(by_surname.get(key.surname or "", {}))
    if key.acronym:
        found.update(by_acronym.get(key.acronym, {}))
    return found


def resolve(mentions: list[MentionRow], names: Iterable[tuple[int, NameKey, str]] = ()) -> dict[str, Identity]:
    """Group mentions into identities, keyed by identity key. Deterministic for a given set of mentions and names.

    `names` are the (article_id, key, name) of every name the articles use (see
    `candidate_counts`); the mentions' own names always count.
    """
    names = [*((m.article_id, m.key, m.name) for m in mentions if m.counts), *names]
    by_surname, by_acronym = candidate_counts(names)
    target: dict[int, str] = {}
    bare = Counter(surname for surname, _ in {(m.key.surname, m.article_id) for m in mentions
                                              if m.key.form == SINGLE and m.counts})
    for mention in mentions:
        key = mention.key
        if key.form == SINGLE:
            candidates = candidates_for(key, by_surname, by_acronym, mention.type)
            target[mention.id] = single_target(key, mention.local, candidates, bare[key.surname])
        else:
            target[mention.id] = key.key
    groups: dict[str, list[MentionRow]] = defaultdict(list)
    for mention in mentions:
        groups[target[mention.id]].append(mention)
    # A full name that speaks only as "Obama" takes its display name from the articles that name it in full.
    wanted = {key for key, group in groups.items() if not any(m.key.key == key for m in group)}
    named_as: dict[str, list[MentionRow]] = defaultdict(list)
    for article_id, key, name in names:
        if key.key in wanted:
            named_as[key.key].append(MentionRow(-1, article_id, name, "PERSON", True, key))
    return {key: _identity(key, group, named_as.get(key, [])) for key, group in groups.items()}


def _identity(key: str, group: list[MentionRow], named_as: list[MentionRow]) -> Identity:
    named = not key.startswith("u:")
    return Identity(
        key=key,
        name=display_name(key, named_as or group),
        type=_majority_type(key, group),
        named=named,
        mentions=sorted(m.id for m in group),
        article_id=None if named else min(m.article_id for m in group),
    )


def display_name(key: str, group: list[MentionRow]) -> str:
    """The form most articles use, preferring plain "First Last" and names of the key's own form."""
    articles: dict[str, set[int]] = defaultdict(set)
    rank: dict[str, tuple] = {}
    for mention in group:
        articles[mention.name].add(mention.article_id)
        own = mention.key.key == key
        rank[mention.name] = (own, own and mention.key.exact)
    if not any(own for own, _ in rank.values()):
        # Only bare words stand for this name here: take the full name their articles give.
        local = sorted(name for m in group for k, name in m.local if k == key)
        if local:
            return local[0]
    return min(articles, key=lambda n: (not rank[n][0], not rank[n][1], -len(articles[n]), len(n), n))


def _majority_type(key: str, group: list[MentionRow]) -> str:
    if key.startswith("p:"):
        return "PERSON"
    counts = Counter(m.type for m in group if m.type and m.type != "UNKNOWN")
    if not counts:
        return "UNKNOWN"
    return min(counts.items(), key=lambda item: (-item[1], item[0] != "PERSON", item[0]))[0]
