"""Which entity a name mention joins: its variants ("Abu Marzouk" ~ "Mousa Abu Marzouk",
"NATO" ~ "North Atlantic Treaty Organization"), titles and gender keeping apart those who differ.
"""

from __future__ import annotations

from saywho.analyse import name_forms
from saywho.analyse.entity_cluster import (
    COMPANY_ENDINGS,
    Cluster,
    first_name_genders,
    first_names,
    initialisms,
    name_keys,
    opens_with_a_first_name,
    person_titles,
    without_ampersand,
)
from saywho.lexicons import classified


def _title_gender(titles: list[str]) -> str | None:
    genders = {person_titles().get(t.lower(), "-") for t in titles} - {"-"}
    return genders.pop() if len(genders) == 1 else None


def known_gender(cluster: Cluster) -> str | None:
    """ "Mrs. Clinton" or "Hillary Clinton" is a woman; "Mr. Clinton" then is someone else."""
    gender = _title_gender(cluster.titles)
    if gender is None and cluster.type == "PERSON":
        full = cluster.fullest_lowered()
        gender = first_names().get(full[0]) if opens_with_a_first_name(full) else None
    return gender or (_role_gender(cluster.roles) if cluster.type == "PERSON" else None)


# Words after which a role's phrase says whose or of what, not who: "the mother of a victim", "a son who".
_ROLE_STOPS = frozenset({"of", "for", "at", "in", "with", "from", "to", "by", "who", "whose", "that", "and"})


def _role_gender(roles: list[str]) -> str | None:
    """ "His daughter, Sumayah Jamal": the gender a role's own noun states, so that "Mr. Jamal" is someone else."""
    stated = classified("gendered_nouns.txt")
    for role in roles:
        for word in role.lower().split():
            if word in _ROLE_STOPS:
                break
            if stated.get(word) in {"m", "f"}:
                return stated[word]
    return None


SHARED_SURNAME = "shared surname"


def matching_cluster(clusters: list[Cluster], tokens: list[str], label: str, titles: list[str] | tuple[str, ...] = (),
                     offset: int = 0, pronoun: str | None = None,
                     both_genders: frozenset[str] = frozenset()) -> Cluster | str | None:
    """The most recent cluster this name is a variant of, if the match is unambiguous enough;
    SHARED_SURNAME for a "Clinton" where Hillary and Bill Clinton are both named and nothing tells which
    (it names no one).

    `pronoun`: the gender of the pronoun that takes the name up ("Clinton said she"), if one does.
    `both_genders`: the surnames the text gives a man's title and a woman's ("Mr. Khan", "Ms. Khan")."""
    lowered = [t.lower() for t in tokens]
    if len(lowered) > 1:
        for cluster in reversed(clusters):
            if _has_form(cluster, lowered):
                return cluster
        variants = _candidates(clusters, lowered, label, titles, both_genders)
        return _chosen([c for c in variants if not _another_thing_of_its_name(c, lowered, label)], offset, pronoun)
    # "Mr. Trump" is, all through a text, the one it first called so, though his brother Freddy Trump came up since.
    called = [c for c in clusters if any((t.lower(), lowered[0]) in c.titled for t in titles)] if titles else []
    called = called or _titled_in_full(clusters, lowered[0], titles)
    # found once: the shared-surname test and the match read the same candidates
    candidates = None if called else _candidates(clusters, lowered, label, titles, both_genders)
    if candidates is not None and len(candidates) > 1 and _chosen(candidates, offset, pronoun) is None:
        return SHARED_SURNAME
    if len(called) == 1:
        return called[0]
    by_first_name = name_forms.by_first_name(clusters, lowered[0], titles)
    if by_first_name is not None:
        return by_first_name
    if candidates is None:
        candidates = _candidates(clusters, lowered, label, titles, both_genders)
    return _chosen(candidates, offset, pronoun)


def _titled_in_full(clusters: list[Cluster], surname: str, titles: list[str] | tuple[str, ...]) -> list[Cluster]:
    """ "Dr. Tamsin Hale … Owen Hale … Dr. Hale said": the one person of the surname whose full name the text gave that
    title; none where it gave it to several or to no one."""
    found = [c for c in clusters if any((t.lower(), surname) in c.titled_in_full for t in titles)]
    return found if len(found) == 1 else []


# The words that finish an organisation's name without making it another one: "Amnesty International".
_ORG_ENDINGS = COMPANY_ENDINGS | {"international", "group", "holdings", "company", "companies", "incorporated"}


def _another_thing_of_its_name(cluster: Cluster, lowered: list[str], label: str) -> bool:
    """ "Apple said … its own service, Apple Music": a longer name an organisation known so far by one word begins,
    first written after the writer has used that word for it, is something of the organisation's, not its full name
    (a headline's "Pfizer" and the story's "Pfizer Inc." are one)."""
    if label == "PERSON" or cluster.type == "PERSON" or not any(cluster.own_words.values()):
        return False
    return all(len(form) == 1 for form in cluster.lowered_forms()) and lowered[0] == cluster.lowered_forms()[0][0] \
        and not set(lowered[1:]) <= _ORG_ENDINGS


def _of_the_same_gender(candidates: list[Cluster], lowered: list[str], titles: list[str] | tuple[str, ...],
                        both_genders: frozenset[str]) -> list[Cluster]:
    """Where the text gives one surname a man's title and a woman's ("the parents, Khizr and Ghazala Khan … Mr. Khan
    … Ms. Khan"), two people share it and a name's gender must be the text's, not a guess: a titled "Mr. Khan" joins
    only a person the text shows to be a man (not Ghazala Khan, whose first name no list holds), and a full name of
    unknown gender joins no one known only as "Mr." or "Ms. Khan"."""
    if lowered[-1] not in both_genders:
        return candidates
    gender = _title_gender(list(titles)) or (first_names().get(lowered[0]) if len(lowered) > 1 else None)
    if gender is not None:
        return [c for c in candidates if known_gender(c) == gender]
    if len(lowered) > 1:
        return [c for c in candidates if len(c.fullest_lowered()) > 1]
    return candidates


def _chosen(candidates: list[Cluster], offset: int, pronoun: str | None) -> Cluster | None:
    """The likeliest candidate; where none is, the one person of them the pronoun agrees with,
    if the text tells every one's gender (Tony Podesta, of a first name the lexicon lacks, may be "he")."""
    chosen = name_forms.likeliest(candidates, offset)
    genders = [known_gender(c) for c in candidates]
    if chosen is None and pronoun is not None and None not in genders and genders.count(pronoun) == 1:
        chosen = candidates[genders.index(pronoun)]
    return chosen


def _candidates(clusters: list[Cluster], lowered: list[str], label: str, titles: list[str] | tuple[str, ...],
                both_genders: frozenset[str]) -> list[Cluster]:
    gender = _title_gender(list(titles))
    if gender is None and len(lowered) > 1 and label == "PERSON":
        # "Michelle Obama" does not join the "Mr. Obama" the text spoke of before she came up.
        gender = first_names().get(lowered[0])
    key, keys = (tuple(lowered), label), name_keys(lowered)
    candidates = [c for c in clusters if not keys.isdisjoint(c.match_keys()) and _matches(c, lowered, label, key)]
    if name_forms.without_suffix(lowered) != lowered:
        # "President Trump … Donald Trump Jr.": a person the text spoke of by office and surname alone, before any
        # full name, is someone the reader knew already; a son named later with a generation suffix and without
        # that office is someone else ("Biden" in a headline, then "Vice President Joseph R. Biden Jr.", is not)
        candidates = [c for c in candidates if any(len(form) > 1 for form in c.lowered_forms())
                      or not name_forms.holds_another_office(c, titles)]
    if gender is not None:
        candidates = [c for c in candidates if known_gender(c) in {None, gender}]
    if len(lowered) == 1 and any(c.type == "PERSON" for c in candidates):
        # A bare "Trump" or "Podesta" is the person, not Trump University or the Podesta Group.
        candidates = [c for c in candidates if c.type == "PERSON"]
        candidates = name_forms.holding_office(candidates, titles)
    return _of_the_same_gender(candidates, lowered, titles, both_genders)


def _matches(cluster: Cluster, name: list[str], label: str, key: tuple[tuple[str, ...], str]) -> bool:
    """Whether the name is a variant or a form of the cluster: asked of every cluster at every mention, so
    answered once for each name and label (`key`) while the cluster keeps its forms and type."""
    answers = cluster.match_answers()
    answer = answers.get(key)
    if answer is None:
        answer = answers[key] = _is_variant(cluster, name, label) or _has_form(cluster, name)
    return answer


def _has_form(cluster: Cluster, name: list[str]) -> bool:
    return name in cluster.lowered_forms()


def _is_variant(cluster: Cluster, name: list[str], label: str) -> bool:
    kind = cluster.type
    if kind == "PERSON" and (label == "PERSON" or _one_word(name) or _ends_a_full_name(name, cluster)):
        # Against the fullest form only: once "Clinton" has joined Hillary Clinton,
        # "Bill Clinton" must not join through it.
        return _person_variant(name, cluster.fullest_lowered()) or [name_forms.surname_first(cluster)] == name \
            or [name_forms.first_of_two_surnames(cluster)] == name
    if label == "PERSON" and kind != "PERSON" and _surname_before_the_full_name(name, cluster):
        return True
    if label != "PERSON" and kind != "PERSON":
        # "Ondo State Government" does not join "Ondo State Police Command" through its "Ondo State": a name of two
        # words or more is held against the fullest form only
        forms = cluster.lowered_forms() if len(name) == 1 else [cluster.fullest_lowered()]
        return any(_org_variant(name, form, initials_only=_place_before_more(name, label, form, kind)) for form in forms)
    return False


def _ends_a_full_name(name: list[str], cluster: Cluster) -> bool:
    """ "Beyoglu coach Nuno Teixeira Abreu … Teixeira Abreu smiled": the last words of a person's full name, even
    where the recogniser took them for an organisation."""
    fullest = cluster.fullest_lowered()
    return 1 < len(name) < len(fullest) and fullest[-len(name):] == name


def _surname_before_the_full_name(name: list[str], cluster: Cluster) -> bool:
    """ "Lemoine-Arnaud wins URD primary" (tagged an organisation) and then "Valérie Lemoine-Arnaud": a surname of two
    joined by a hyphen, all the cluster was called so far, ending the full name of a person named after it."""
    forms = cluster.lowered_forms()
    return all(len(form) > 1 and _one_word(form) and len(form) < len(name) and name[-len(form):] == form
               for form in forms)


def _one_word(name: list[str]) -> bool:
    """One word, or one written with hyphens ("Ferreira-Holt", read as "ferreira", "-", "holt")."""
    return len(name) % 2 == 1 and all(word == "-" for word in name[1::2])


def _person_variant(a: list[str], b: list[str]) -> bool:
    """ "Abu Marzouk" ~ "Mousa Abu Marzouk"; "Hillary Rodham Clinton" ~ "Hillary Clinton";
    "Bill Clinton" !~ "Hillary Clinton"."""
    if a[-1] != b[-1] and a[-1] in name_forms.NAME_SUFFIXES and b[-1] in name_forms.NAME_SUFFIXES:
        return False  # Charles Elliott Jr. and his son Charles Elliott III
    short, long = sorted((name_forms.without_suffix(a), name_forms.without_suffix(b)), key=len)
    if not short:
        return False
    if len(short) < len(long) and long[-len(short):] == short:
        return True
    return len(short) >= 2 and short[-1] == long[-1] and (short[0] == long[0] or _short_form_of(short[0], long[0]))


def _short_form_of(a: str, b: str) -> bool:
    """ "Sandy" and "Sandra", "Danny" and "Daniel", "Chris" and "Christopher": one first name, written short once
    (its stem, with or without a "y", begins the long one); never two whose genders differ."""
    short, long = sorted((a, b), key=len)
    stem = short[:-2] if short.endswith("ie") else short[:-1] if short.endswith("y") else short
    if len(stem) > 2 and stem[-1] == stem[-2]:
        stem = stem[:-1]  # "Danny", "Timmy"
    if len(stem) < 3 or len(short) == len(long) or not long.startswith(stem):
        return False
    genders = {first_name_genders().get(short), first_name_genders().get(long)}
    return len(genders - {None}) <= 1


def _place_before_more(name: list[str], label: str, form: list[str], kind: str) -> bool:
    """ "the United States" is no alias of the United States Embassy, nor "WASHINGTON" of the Washington
    Monument: a place and an organisation named after it are two. (The other way round, "Mondelez" and a
    "Mondelez International" the model took for a place, the two are one.)"""
    short, long = (label, kind) if len(name) < len(form) else (kind, label)
    return short == "GPE" and long != "GPE"


def _org_variant(a: list[str], b: list[str], initials_only: bool = False) -> bool:
    """ "Amnesty" ~ "Amnesty International"; "NATO" ~ "North Atlantic Treaty Organization"."""
    short, long = sorted((a, b), key=len)
    if not initials_only and len(short) < len(long) and long[: len(short)] == short:
        return True
    if len(short) != 1 or len(long) < 2:
        return False  # only a one-word name can be initials
    return without_ampersand(short[0]) in initialisms(long)
