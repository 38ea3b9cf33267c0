"""Readings of a name's words that entities.py uses to cut names and to join their variants.

Kept apart from entities.py, which assembles the entities: each function here reads
a name's own words ("Pate IV", "Said Comey", "Lehigh, Bruce Turry") or the clusters
built so far (duck-typed: anything with `forms`, `own_words` and `type`).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Span

from saywho.analyse.entity_cluster import first_name_genders, person_titles
from saywho.analyse.name_aliases import known_as_owner
from saywho.analyse.name_respellings import respelt_owner
from saywho.analyse.sentences import text_of
from saywho.analyse.token_arrays import entity_words, with_lower
from saywho.lexicons import body_noun, classified, first_names

if TYPE_CHECKING:
    from saywho.analyse.entity_cluster import Cluster


def late_merged(clusters: list[Cluster], doc: Doc) -> list[Cluster]:
    """Names that could join their entity only once the whole text was read: "Obama To Asians Worried"
    or "GOP Rep McCaul", met only in a headline or a quote, that begin or end with a name the writer uses
    elsewhere and add no first name; a headline's "Hillary" before the text's one Hillary Clinton; a name
    the text says someone is known as (name_aliases.py); a surname misspelt after the full name (name_respellings.py)."""
    kept = []
    text = text_of(doc)
    for cluster in clusters:
        owner = _headline_owner(cluster, clusters) or _first_name_owner(cluster, clusters)
        # a short name or an alias stands for its owner whole: its every word is the owner's
        acronym_of = None if owner is not None else (_spelled_out_owner(cluster, clusters, text)
                                                     or known_as_owner(cluster, clusters, text)
                                                     or respelt_owner(cluster, clusters))
        owner = owner or acronym_of
        if owner is None:
            kept.append(cluster)
            continue
        for form in cluster.forms:
            if form not in owner.forms:
                owner.forms.append(form)
        owner.written = {**cluster.written, **owner.written}
        owner.mentions = sorted(owner.mentions + cluster.mentions)
        owner.pronoun_genders += cluster.read_pronoun_genders()
        # Only the words of its own name stand for the owner: "Asians" in the headline is not Obama.
        words = {word.lower() for form in owner.forms if form not in cluster.forms for word in form}
        owner.token_ids.extend(i for i in cluster.token_ids if acronym_of or doc[i].lower_ in words)
        for label, votes in cluster.type_votes.items():
            owner.type_votes[label] = owner.type_votes.get(label, 0) + votes
    return kept


_OR_BEFORE = re.compile(r",\s+or\s+(?:the\s+)?$")


def _spelled_out_owner(cluster: Cluster, clusters: list[Cluster], text: str) -> Cluster | None:
    """ "the Swiss People’s Party, or SVP,", "the California Department of Transportation (Caltrans)": a short
    name the text gives right after the name it stands for."""
    if any(len(form) != 1 or not form[0][:1].isupper() for form in cluster.forms) or not cluster.mentions:
        return None
    return _or_owner(cluster, clusters, text) or _bracketed_owner(cluster, clusters, text)


def _or_owner(cluster: Cluster, clusters: list[Cluster], text: str) -> Cluster | None:
    start = cluster.mentions[0][0]
    before = _OR_BEFORE.search(text, max(0, start - 12), start)
    if before is None or any(not form[0].isupper() for form in cluster.forms):
        return None
    owners = [c for c in clusters if c is not cluster and c.type != "GPE"
              and any(end == before.start() for _, end in c.mentions)]
    return owners[0] if len(owners) == 1 else None


def _bracketed_owner(cluster: Cluster, clusters: list[Cluster], text: str) -> Cluster | None:
    """Only an organisation's, and the model may have tagged the bracketed word nowhere: "Jane Roe (Reuters)"
    is a credit, not her short name."""
    brackets = {f"({form[0]})" for form in cluster.forms}
    owners = [c for c in clusters if c is not cluster and c.type == "ORG" and len(max(c.forms, key=len)) > 1
              and any(text.startswith(form, end + (text[end : end + 1] == " "))
                      for _, end in c.mentions for form in brackets)]
    return owners[0] if len(owners) == 1 else None


def _first_name_owner(cluster: Cluster, clusters: list[Cluster]) -> Cluster | None:
    words = {form[0].lower() for form in cluster.forms if len(form) == 1}
    if len(words) != 1 or any(len(form) > 1 for form in cluster.forms):
        return None
    others = [c for c in clusters if c is not cluster]
    word = words.pop()
    return by_first_name(others, word) or _named_in_full_before(cluster, others, word)


def _named_in_full_before(cluster: Cluster, others: list[Cluster], word: str) -> Cluster | None:
    """ "Assistant Commissioner Kassim Mat Noor said …. “…,” Kassim said": a person the model tags by a first word no
    list holds is the one person named in full with it before, where no name ends with it. Many languages call people
    so (Malay, Indonesian, Thai), and those that write the family name first are read the same way ("Chong")."""
    if cluster.type != "PERSON" or not cluster.mentions:
        return None
    owners = [c for c in others if c.type == "PERSON" and any(len(f) > 1 and f[0].lower() == word for f in c.forms)]
    surnames = [c for c in others if any(f[-1].lower() == word for f in c.forms)]
    if len(owners) != 1 or surnames or not owners[0].mentions:
        return None
    return owners[0] if owners[0].mentions[0][0] < cluster.mentions[0][0] else None


def _headline_owner(cluster: Cluster, clusters: list[Cluster]) -> Cluster | None:
    longest = max(cluster.forms, key=len)
    if len(longest) < 2 or any(cluster.own_words.values()):
        return None
    lowered = [t.lower() for t in longest]
    owners = []
    for other in clusters:
        if other is cluster or not any(other.own_words.values()):
            continue
        surnames = [form[-1:] for form in other.forms] if other.type == "PERSON" else []
        for form in [*other.forms, *surnames]:
            name = [t.lower() for t in form]
            rest = lowered[len(name):] if lowered[: len(name)] == name else \
                lowered[: -len(name)] if lowered[-len(name):] == name else None
            if rest and not any(first_names().get(word) for word in rest):
                owners.append(other)
                break
    return owners[0] if len(owners) == 1 else None


def after_any_comma(span: Span) -> Span:
    """ "Lehigh, Bruce Turry": a place the model swept into a person's name stays out of it ("King, Jr." stays)."""
    commas = [t.i for t in span if t.text == ","]
    if not commas or commas[-1] + 1 >= span.end:
        return span
    rest = span.doc[commas[-1] + 1 : span.end]
    if len(rest) == 1 and rest[0].lower_.strip(".") in NAME_SUFFIXES:
        return span
    if span.label_ == "PERSON" or first_names().get(rest[0].lower_):
        return rest
    # "the Maricopa County Attorney’s Office, Brent Caldwell": a name set after a body's, in two or three words
    body = span.doc[commas[-1] - 1].lemma_.lower()
    if 2 <= len(rest) <= 3 and all(t.is_title and t.is_alpha for t in rest) \
            and body_noun(body):
        return Span(span.doc, rest.start, rest.end, label="PERSON")
    return span


_IRREGULAR_CUES = {"said": "say", "told": "tell", "wrote": "write", "thought": "think", "spoke": "speak"}


def is_cue_word(word: str) -> bool:
    """An inflected cue verb ("Said", "Asserting", "Adds"), judged from its letters: a name has no lemma.
    A bare lemma ("Mark", "Grant") may be a first name, and is left alone."""
    word = word.lower()
    if first_names().get(word):
        return False
    forms = {_IRREGULAR_CUES.get(word, "")}
    for ending in ("ing", "ed", "es", "s", "d"):
        if word.endswith(ending) and len(word) > len(ending) + 2:
            stem = word[: -len(ending)]
            forms |= {stem, stem + "e", stem[:-1] if len(stem) > 3 and stem[-1] == stem[-2] else stem}
    return any(classified("cue_verbs.txt").get(form) for form in forms - {""})


def by_first_name(clusters: list[Cluster], word: str, titles: list[str] | tuple[str, ...] = ()) -> Cluster | None:
    """ "Donald" alone, in a text that names one Donald (Donald J. Trump) and no one whose surname is Donald; "Sir
    Geoffrey" after "Sir Geoffrey Lanning", whatever the lists hold of the name: a knight or a dame is called by it."""
    if not first_names().get(word) and not {t.lower().rstrip(".") for t in titles} & FIRST_NAME_TITLES:
        return None
    owners = [c for c in clusters if c.type == "PERSON" and any(len(f) > 1 and f[0].lower() == word for f in c.forms)]
    surnames = [c for c in clusters if any(f[-1].lower() == word for f in c.forms)]
    return owners[0] if len(owners) == 1 and not surnames else None


NAME_SUFFIXES = frozenset({"jr", "jr.", "sr", "sr.", "ii", "iii", "iv", "kc", "qc"})
FIRST_NAME_TITLES = frozenset({"sir", "dame", "sheikh", "sheikha", "sheik"})


def without_suffix(name: list[str]) -> list[str]:
    """ "Luther Stan Pate IV" is "Pate" for short: the generation suffix is no surname."""
    return name[:-1] if len(name) > 1 and name[-1].strip(",") in NAME_SUFFIXES else name


def one_word_persons(doc: Doc) -> set[str]:
    """Words, lowercased, the model tags a person on their own somewhere in the text: a bare "Trump" it
    tags an organisation elsewhere in the same text is the same person, not a short form of the "Trump
    Train" named before him."""
    return {ent.text.lower() for ent in doc.ents if ent.label_ == "PERSON" and len(ent) == 1}


# "Ban Ki-moon", "Choi Seung-min": a family name, then a given name of two short syllables joined by a hyphen,
# the second in lower case (a double surname, "Jackson-Lee", capitalises both); not a name run into an English word
# ("a Donald Trump-led coalition").
_SURNAME_FIRST = re.compile(r"[A-Z][a-z]+ [A-Z][a-z]{0,4}-(?!(?:led|based|era|style|like|backed|run|owned|made|born|"
                            r"free|wide|spent|as)\b)[a-z]{1,5}")


def surname_first(cluster: Cluster) -> str | None:
    """The family name, lowercased, of a person whose name is written family name first ("Ban" of Ban
    Ki-moon, whom the text then calls "Ban"); None for anyone else."""
    if cluster.type != "PERSON":
        return None
    fullest = max(cluster.forms, key=len)
    return fullest[0].lower() if _SURNAME_FIRST.fullmatch(cluster.form_text(fullest)) else None


# Words that join the two family names of a Spanish or Portuguese name: "Rodrigo Alarcón de la Puente".
SURNAME_JOINERS = frozenset({"de", "del", "y", "da", "do", "dos", "das"})


def first_of_two_surnames(cluster: Cluster) -> str | None:
    """The first family name, lowercased, of a person whose two family names are joined by "de", "del" or "y"
    ("Alarcón" of Rodrigo Alarcón de la Puente, whom the text then calls "Alarcón"), or follow a first name in a name
    of three words ("Ruiz" of Alejandra Ruiz Meza); None for anyone else."""
    if cluster.type != "PERSON":
        return None
    fullest = cluster.fullest_lowered()
    joiner = next((i for i, word in enumerate(fullest) if word in SURNAME_JOINERS), None)
    if joiner is not None:
        return fullest[joiner - 1] if 2 <= joiner < len(fullest) - 1 else None
    # "Alejandra Ruiz Meza" is "Ruiz": a first name, then two words that no list holds as first names
    if len(fullest) == 3 and first_name_genders().get(fullest[0]) and len(fullest[1]) > 2 \
            and not first_name_genders().get(fullest[1]) and fullest[1].isalpha():
        return fullest[1]
    return None


NEARBY = 250  # characters: a full name this close before is the one a bare surname takes up
TOGETHER = 40  # characters: "Hillary and Bill Clinton", named together (paired_at), so neither is the one just named


def likeliest(candidates: list[Cluster], offset: int) -> Cluster | None:
    """A bare "Clinton" is the Clinton just named in full, if one was; else the one the text speaks of most
    (Clint Howard in his own story, not his brother Ron, named once in passing)."""
    def last_seen(cluster: Cluster) -> int:
        return cluster.mentions[-1][0] if cluster.mentions else -1

    if len(candidates) <= 1:
        return candidates[0] if candidates else None
    others = [c for c in candidates if not _kept_in_full(c, candidates, offset)]
    if len(others) == 1 < len(candidates):
        return others[0]
    named = max(candidates, key=lambda c: c.named_in_full[-1] if c.named_in_full else -1)
    together = named.named_in_full and any(
        c is not named and any(0 <= named.named_in_full[-1] - at <= TOGETHER for at in c.paired_at) for c in candidates)
    if named.named_in_full and offset - named.named_in_full[-1] <= NEARBY and not together:
        return named
    most, runner_up = sorted(candidates, key=lambda c: (len(c.mentions), last_seen(c)), reverse=True)[:2]
    # Without such evidence a shared surname is the story's main person only if the text names them far more.
    return most if len(most.mentions) >= DOMINANT * len(runner_up.mentions) else None


DOMINANT = 2  # times as many mentions as the next person of that surname
KEPT_IN_FULL = 3  # full namings since the namesake came up, and never the surname alone


def _kept_in_full(cluster: Cluster, candidates: list[Cluster], offset: int) -> bool:
    """Whether the writer, once a namesake came up, has kept naming this person in full and never by the surname
    alone ("Eric Trump" again and again beside his father): a bare "Trump" at `offset` is then the other one."""
    if any(at < offset for at in cluster.named_bare):
        return False
    namesake_since = max((c.mentions[0][0] for c in candidates if c is not cluster and c.mentions), default=offset)
    return sum(namesake_since < at < offset for at in cluster.named_in_full) >= KEPT_IN_FULL


_OFFICE_FAMILIES = {"sen": "senator", "rep": "representative", "congressman": "representative",
                    "congresswoman": "representative", "gov": "governor"}
# Seats one person does not hold at once in a news story (a senator may be a nominee, a secretary, a former
# governor): a mention titled with one is not a person the text gives another. "First lady" is the spouse's.
_SEATS = frozenset({"president", "senator", "representative", "governor", "mayor", "lady"})


def _office(word: str) -> str | None:
    """The office a title or role word names ("Sen." and "senator" alike), if it names one."""
    word = word.lower().strip(".,")
    if word != "lady" and person_titles().get(word, "") != "-":
        return None  # no office: "Mr.", "Mrs." (gender keeps them apart) or no title at all
    return _OFFICE_FAMILIES.get(word, word)


def _offices_of(cluster: Cluster) -> set[str]:
    words = [w for text in [*cluster.titles, *cluster.roles] for w in text.split()] + list(cluster.descriptors)
    return {office for office in map(_office, words) if office}


def holds_another_office(cluster: Cluster, titles: list[str] | tuple[str, ...]) -> bool:
    """The text gave the cluster an office ("President Trump") that a name's own titles do not name."""
    return bool(_offices_of(cluster) - {office for office in map(_office, titles) if office})


def holding_office(candidates: list[Cluster], titles: list[str] | tuple[str, ...]) -> list[Cluster]:
    """ "Rep. Scott" is Bobby Scott, whom the text calls a representative, not Sen. Tim Scott; "President
    Obama" is not Michelle Obama, "the first lady", though the text names no other Obama in full."""
    offices = {office for office in map(_office, titles) if office}
    if not offices:
        return candidates
    holders = [c for c in candidates if offices & _offices_of(c)]
    if holders or not offices & _SEATS:
        return holders or candidates
    return [c for c in candidates if not _offices_of(c) & _SEATS]


PRONOUN_GENDERS = {"he": "m", "him": "m", "his": "m", "himself": "m", "she": "f", "her": "f", "hers": "f",
                   "herself": "f"}


def pronoun_after(span: Span, stops: list[int] | None = None) -> str | None:
    """ "Clinton said she would win": the gender of the first he or she after a name in its sentence,
    unless another person is named before it. `stops`: pronoun_stops(span.doc), for a text's many names."""
    if stops is None:
        stops = pronoun_stops(span.doc)
    first = bisect_left(stops, span.end)
    if first == len(stops) or stops[first] >= span.sent.end:
        return None
    token = span.doc[stops[first]]
    return None if token.ent_type_ == "PERSON" else PRONOUN_GENDERS[token.lower_]


def pronoun_stops(doc: Doc) -> list[int]:
    """Where pronoun_after stops: the indices of a person's name's words and of gendered pronouns."""
    people = set(entity_words(doc, "PERSON"))
    return sorted(people.union(with_lower(doc, PRONOUN_GENDERS)))


def unlisted_first_name_before(ent: Span) -> bool:
    """ "coach Emeka Nwachukwu", "MALOLOS - Maricel Dizon" where the model tagged the surname alone: a capitalised
    proper noun compounded with a one-word name, untagged, with no proper noun of its own before it (a role word, a
    dash, a dateline in capitals or the sentence's start), is that name's first word, though no list of first names
    holds it. Not a title ("Coach Dizon", "Sen. Dizon") nor a word in capitals; for a name read as an organisation,
    only after a person's role word."""
    doc = ent.doc
    if len(ent) != 1 or ent.start == 0:
        return False
    word = doc[ent.start - 1]
    if word.pos_ != "PROPN" or word.dep_ != "compound" or word.head.i != ent.start or word.ent_type_ \
            or not word.is_title or word.tag_ == "NNPS" or _a_title_or_role(word.lower_):
        return False
    before = doc[word.i - 1] if word.i > 0 and not word.is_sent_start else None
    if ent.label_ != "PERSON":  # an organisation the model read: only after a person's role ("coach Emeka Nwachukwu")
        return before is not None and classified("role_nouns.txt").get(before.lower_, "").startswith("PERSON")
    return before is None or not before.is_title or (before.is_upper and len(before) > 1)


def _a_title_or_role(word: str) -> bool:
    """ "Coach", "Sen.", "Senators": a title or a role, in the singular or the plural."""
    return any(form in person_titles() or form in classified("role_nouns.txt") for form in (word.rstrip("."), word[:-1]))


def untagged_surname_after(ent: Span) -> bool:
    """ "The film's producer, Ritwik Dasgupta, said" where the model tagged "Ritwik" alone: a capitalised proper noun
    left untagged right after a one-word name, which it heads as a name's last word heads its first, and which
    ends the chain, is that name's surname."""
    doc = ent.doc
    if len(ent) != 1 or ent.end >= len(doc) or ent.label_ not in {"PERSON", "ORG"}:
        return False
    word = doc[ent.end]
    return word.pos_ == "PROPN" and word.is_title and not word.ent_type_ and ent[0].dep_ == "compound" \
        and ent[0].head.i == word.i and word.dep_ in {"appos", "nsubj", "nsubjpass", "pobj", "dobj"} \
        and ent[0].whitespace_ == " " and not any(c.dep_ == "compound" and c.i > word.i for c in word.children)
