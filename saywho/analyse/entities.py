"""The article's people and organisations: name variants merged, with titles, roles and affiliations.

"Top Hamas official Mousa Abu Marzouk" and "Abu Marzouk" become one entity
named by its fullest form, with the role "Top Hamas official" and the
affiliation Hamas. Titles ("Mullah", "Mr.") are kept apart from the name.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from saywho.analyse import name_forms
from saywho.analyse.sentences import text_of
from saywho.document import Entity, Mention
from saywho.lexicons import classified

NAME_LABELS = {"PERSON": "PERSON", "ORG": "ORG", "GPE": "GPE"}
DESCRIPTOR_POS = {"NOUN", "PROPN", "ADJ", "PART", "PUNCT", "DET", "NUM"}
COPULAS = {"serve", "be", "become", "work", "act"}


@dataclass
class Cluster:
    """An entity being assembled from its mentions."""

    type_votes: dict[str, int]
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
    def type(self) -> str:
        """The label most mentions had, except that "Donald Trump", once called a person, stays one:
        the small model calls many a bare "Trump" or "Gates" an organisation."""
        if self.type_votes.get("PERSON") and any(len(f) > 1 and first_names().get(f[0].lower()) for f in self.forms):
            return "PERSON"
        return max(self.type_votes, key=self.type_votes.get)

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


def find_entities(doc: Doc) -> tuple[list[Entity], dict[int, str], dict[str, str | None]]:
    """Entities, the entity id of each token in a name, and each entity's gender as far as the text tells.

    Also sets doc._.entity_descriptors: the words the text applies to each entity."""
    clusters: list[Cluster] = []
    quoted = _quoted_characters(doc)
    for span, label in _name_mentions(doc):
        span = name_forms.after_any_comma(_before_any_verb(span))
        tokens, titles = _clean_name(span)
        if not tokens:
            continue
        titles += _title_before(span)
        label = _corrected_label(span, tokens, label)
        cluster = _matching_cluster(clusters, tokens, label, titles, span.start_char) or _new_cluster(clusters, label)
        _add_mention(doc, cluster, span, tokens, titles, label)
        _note_form(cluster, span, tokens, span.start_char in quoted)
    clusters = name_forms.late_merged(clusters, doc)
    for cluster in clusters:
        _guess_gender(cluster)
    return _entities(doc, clusters)


def _name_mentions(doc: Doc) -> list[tuple[Span, str]]:
    """Named entities, plus proper nouns the model missed that head a speaker's phrase."""
    mentions = [(ent, NAME_LABELS[ent.label_]) for ent in doc.ents if ent.label_ in NAME_LABELS]
    named = {t.i for ent, _ in mentions for t in ent}
    for head in doc._.source_heads or []:
        if head is None or head < 0 or head in named:
            continue
        if doc[head].ent_type_ == "NORP":
            mentions.extend((ent, "ORG") for ent in doc.ents if ent.start <= head < ent.end)
        elif doc[head].pos_ == "PROPN":
            mentions.append((_proper_noun_chain(doc[head]), "ORG"))
    return sorted(mentions, key=lambda m: m[0].start)


class _QuotedRanges:
    """`offset in ranges`: whether a character lies in one of the ranges (merged where they overlap)."""

    def __init__(self, ranges: list[tuple[int, int]]):
        merged: list[list[int]] = []
        for start, end in sorted(ranges):
            if merged and start <= merged[-1][1]:
                merged[-1][1] = max(merged[-1][1], end)
            else:
                merged.append([start, end])
        self.starts = [start for start, _ in merged]
        self.ends = [end for _, end in merged]

    def __contains__(self, offset: int) -> bool:
        index = bisect_right(self.starts, offset) - 1
        return index >= 0 and offset < self.ends[index]


def _quoted_characters(doc: Doc) -> _QuotedRanges:
    """Characters inside quotation marks or in a headline: not where the writer names people in full.

    A title-case line ("Obama To Asians Worried About U.S. Election") sweeps words into names."""
    ranges = [(q.start, q.end) for q in doc._.quotes or []]
    for start, end in doc._.paragraphs or []:
        line = doc.char_span(start, end, alignment_mode="expand")
        if line is not None and _is_headline(line):
            ranges.append((start, end))
    return _QuotedRanges(ranges)


def _is_headline(line: Span) -> bool:
    """Title case: no content word in lower case, and most words capitalised."""
    words = [t for t in line if t.text[:1].isalpha() and t.lower_ not in _HEADLINE_SMALL_WORDS]
    if not 3 <= len(words) <= 20 or any(t.pos_ in _CONTENT_POS and t.text[0].islower() for t in words):
        return False
    return sum(t.text[0].isupper() for t in words) >= 0.8 * len(words)


_CONTENT_POS = frozenset({"VERB", "AUX", "NOUN", "ADJ", "ADV"})
_HEADLINE_SMALL_WORDS = frozenset({"a", "an", "the", "of", "to", "in", "on", "at", "for", "and", "or", "by", "with"})


_VERB_TAGS = frozenset({"VB", "VBD", "VBP", "VBZ", "MD"})


def _before_any_verb(span: Span) -> Span:
    """A name ends before a verb the model swept into it: headline "Obama Says ..." names Obama."""
    for token in span[1:]:
        if token.tag_ in _VERB_TAGS:
            return span.doc[span.start : token.i]
    return span


def _note_form(cluster: Cluster, span: Span, tokens: list[str], in_quotes: bool) -> None:
    form = tuple(tokens)
    cluster.written.setdefault(form, _written_form(span, tokens))
    cluster.own_words[form] = cluster.own_words.get(form, 0) + (not in_quotes)


def _written_form(span: Span, tokens: list[str]) -> str:
    """The name cut from the text with its own spacing, when the cleaned tokens still read as written."""
    words = [t for t in span if not t.is_space]
    for start in range(len(words) - len(tokens) + 1):
        window = words[start : start + len(tokens)]
        if [t.text for t in window[1:-1]] == tokens[1:-1] and window[0].text.endswith(tokens[0]) \
                and window[-1].text.startswith(tokens[-1]):
            text = "".join(t.text_with_ws for t in window[:-1]) + window[-1].text
            return text[len(window[0].text) - len(tokens[0]) : len(text) - len(window[-1].text) + len(tokens[-1])]
    return " ".join(tokens)


def _proper_noun_chain(head: Token) -> Span:
    start = head.i
    while start > 0 and head.doc[start - 1].pos_ == "PROPN" and head.doc[start - 1].dep_ == "compound":
        start -= 1
    return head.doc[start : head.i + 1]


# Web pages leave markup and dashes glued to names ('p>">Sanders', "-Craig Fehrman", "Marco Rubio :").
_MARKUP_PREFIX = re.compile(r"^.*[<>=]")  # everything up to the last markup character
_LEADING_JUNK = re.compile(r"^[^\w]+")
_TRAILING_JUNK = re.compile(r"[^\w.]+$")  # a final period stays: "Jr.", "Inc."
_MARKUP = re.compile(r"[<>=\"“”{}|\\]")


def without_stray_punctuation(text: str) -> str:
    """'p>">Sanders' -> 'Sanders', "Marco Rubio :" -> "Marco Rubio"; the text itself if nothing would be left."""
    return _without_trailing(_without_leading(text)) or text


def _without_leading(word: str) -> str:
    return _LEADING_JUNK.sub("", _MARKUP_PREFIX.sub("", word))


def _without_trailing(word: str) -> str:
    return _TRAILING_JUNK.sub("", word)


def _clean_name(span: Span) -> tuple[list[str], list[str]]:
    """Name tokens without article, possessive, titles or stray punctuation; and the titles.

    What is left of markup ('datetime="2016') is no name: it comes back empty."""
    words = [t.text for t in span if not t.is_space]
    if words:
        words[0] = _without_leading(words[0])
        words[-1] = words[-1] if words[-1] in {"’s", "'s"} else _without_trailing(words[-1])
        words = [w for w in words if w]
    if any(_MARKUP.search(w) for w in words) or not any(c.isalpha() for w in words for c in w):
        return [], []
    while words and words[0].lower() in {"the", "a", "an"}:
        words = words[1:]
    while len(words) > 1 and name_forms.is_cue_word(words[0]):
        words = words[1:]  # "Said Comey", "Asserting Clinton": a sentence's first word swept into the name
    while words and words[-1] in {"’s", "'s", "’", "'"}:
        words = words[:-1]
    titles = []
    while len(words) > 1 and words[0].lower() in person_titles() and span.label_ in {"PERSON", ""}:
        titles.append(words.pop(0))
    return words, titles


def _corrected_label(span: Span, tokens: list[str], label: str) -> str:
    """The small model often calls a person an organisation; a first name or `who` tells otherwise."""
    if label == "PERSON":
        return label
    if len(tokens) >= 2 and first_names().get(tokens[0].lower()):
        return "PERSON"
    follows = span.doc[span.end : span.end + 2]
    if len(follows) == 2 and follows[0].text == "," and follows[1].lower_ == "who":
        return "PERSON"
    root = span.root
    described_by = [root.head] if root.dep_ == "appos" and root.head.i < span.start else []
    described_by += [c for c in root.children if c.dep_ == "appos" and c.i >= span.end]  # "Marcus Obi, the engineer"
    described_by += [c for c in root.children if c.dep_ == "compound" and c.i < span.start]
    types = {classified("role_nouns.txt").get(t.lemma_.lower(), "").split("\t")[0] for t in described_by}
    if "PERSON" in types and "ORG" not in types:
        return "PERSON"
    return label


def _title_before(span: Span) -> list[str]:
    """ "Mr." in "Mr. Clinton": the model leaves the title outside the name."""
    if span.start == 0:
        return []
    before = span.doc[span.start - 1]
    return [before.text] if person_titles().get(before.lower_, "-") != "-" else []


def _title_gender(titles: list[str]) -> str | None:
    genders = {person_titles().get(t.lower(), "-") for t in titles} - {"-"}
    return genders.pop() if len(genders) == 1 else None


def _known_gender(cluster: Cluster) -> str | None:
    """ "Mrs. Clinton" or "Hillary Clinton" is a woman; "Mr. Clinton" then is someone else."""
    gender = _title_gender(cluster.titles)
    if gender is None and cluster.type == "PERSON":
        full = max(cluster.forms, key=len)
        gender = first_names().get(full[0].lower()) if len(full) > 1 else None
    return gender


def _matching_cluster(clusters: list[Cluster], tokens: list[str], label: str, titles: list[str] = (),
                      offset: int = 0) -> Cluster | None:
    """The most recent cluster this name is a variant of, if the match is unambiguous enough."""
    lowered = [t.lower() for t in tokens]
    gender = _title_gender(list(titles))
    for cluster in reversed(clusters):
        if len(lowered) > 1 and _has_form(cluster, lowered):
            return cluster
    if len(lowered) == 1:
        # "Mr. Trump" is, all through a text, the one it first called so, though his brother Freddy Trump came up since.
        called = [c for c in clusters if any((t.lower(), lowered[0]) in c.titled for t in titles)]
        if len(called) == 1:
            return called[0]
        by_first_name = name_forms.by_first_name(clusters, lowered[0])
        if by_first_name is not None:
            return by_first_name
    candidates = [c for c in clusters if _is_variant(c, lowered, label) or _has_form(c, lowered)]
    if gender is not None:
        candidates = [c for c in candidates if _known_gender(c) in {None, gender}]
    if len(lowered) == 1 and any(c.type == "PERSON" for c in candidates):
        # A bare "Trump" or "Podesta" is the person, not Trump University or the Podesta Group.
        candidates = [c for c in candidates if c.type == "PERSON"]
    return name_forms.likeliest(candidates, offset)


def _has_form(cluster: Cluster, name: list[str]) -> bool:
    return any([t.lower() for t in form] == name for form in cluster.forms)


def _is_variant(cluster: Cluster, name: list[str], label: str) -> bool:
    if cluster.type == "PERSON" and (label == "PERSON" or len(name) == 1):
        # Against the fullest form only: once "Clinton" has joined Hillary Clinton,
        # "Bill Clinton" must not join through it.
        return _person_variant(name, [t.lower() for t in max(cluster.forms, key=len)])
    if label != "PERSON" and cluster.type != "PERSON":
        return any(_org_variant(name, [t.lower() for t in form]) for form in cluster.forms)
    return False


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
    return len(short) >= 2 and short[0] == long[0] and short[-1] == long[-1]


def _org_variant(a: list[str], b: list[str]) -> bool:
    """ "Amnesty" ~ "Amnesty International"; "NATO" ~ "North Atlantic Treaty Organization"."""
    short, long = sorted((a, b), key=len)
    if len(short) < len(long) and long[: len(short)] == short:
        return True
    initials = "".join(w[0] for w in long if w not in {"of", "the", "and", "for"})
    with_small_words = "".join(w[0] for w in long if w != "the")  # "DOJ", the Department of Justice
    return len(short) == 1 and len(long) > 1 and short[0] in {initials, with_small_words}


def _new_cluster(clusters: list[Cluster], label: str) -> Cluster:
    cluster = Cluster(type_votes={label: 0}, forms=[])
    clusters.append(cluster)
    return cluster


def _add_mention(doc: Doc, cluster: Cluster, span: Span, tokens: list[str], titles: list[str], label: str) -> None:
    cluster.type_votes[label] = cluster.type_votes.get(label, 0) + 1
    if tokens not in cluster.forms:
        cluster.forms.append(tokens)
    cluster.mentions.append((span.start_char, span.end_char))
    if len(tokens) > 1:
        cluster.named_in_full.append(span.start_char)
    cluster.token_ids.extend(t.i for t in span)
    for title in titles:
        cluster.add_unique("titles", title)
        if len(tokens) == 1:
            cluster.titled.add((title.lower(), tokens[0].lower()))
    cluster.descriptors |= _descriptor_words(span)
    if label == "PERSON":
        _describe_person(doc, cluster, span)


def _descriptor_words(span: Span) -> set[str]:
    """Nouns and adjectives the text puts beside a name: "the Taliban terrorists",
    "Hamas — a U.S.-designated terrorist organization", "Abu Marzouk, the Hamas leader"."""
    root = span.root
    phrases = [c for c in root.children if c.dep_ == "appos"]
    if root.dep_ in {"compound", "appos"} and root.head.pos_ == "NOUN":
        phrases.append(root.head)
    words = set()
    for phrase in phrases:
        for token in [phrase, *(c for c in phrase.children if c.dep_ in {"amod", "compound"})]:
            if token.pos_ in {"NOUN", "ADJ"}:
                words.add(token.lemma_.lower())
    return words

# -- roles and affiliations ---------------------------------------------------------


def _describe_person(doc: Doc, cluster: Cluster, span: Span) -> None:
    descriptor = _descriptor_before(span)
    owner = _possessor(descriptor)
    if owner:
        cluster.add_unique("affiliations", _text([t for t in owner if t.tag_ != "POS"]))
        descriptor = descriptor[len(owner):]
    if len(descriptor) == 1 and descriptor[0].lower_ in person_titles():
        cluster.add_unique("titles", descriptor[0].text)
    elif descriptor:
        cluster.add_unique("roles", _text(descriptor))
        for organisation in _organisations_in(descriptor):
            cluster.add_unique("affiliations", organisation)
    role = _role_after(doc, span) or _role_before_apposition(span)
    if role:
        cluster.add_unique("roles", _text(role))
        for organisation in _organisations_in(role):
            cluster.add_unique("affiliations", organisation)


def _descriptor_before(span: Span) -> list[Token]:
    """`Taliban spokesman` in "Taliban spokesman Zabihullah Mujahid"."""
    head = span.root
    modifiers = [c for c in head.lefts if c.i < span.start and c.dep_ in {"compound", "amod", "nmod", "poss"}]
    tokens = sorted({t for m in modifiers for t in m.subtree if t.i < span.start}, key=lambda t: t.i)
    if any(t.pos_ not in DESCRIPTOR_POS for t in tokens) or len(tokens) > 8:
        return []
    while tokens and (tokens[0].lower_ in {"the", "a", "an"} or tokens[0].is_punct):
        tokens = tokens[1:]
    return tokens


def _possessor(descriptor: list[Token]) -> list[Token]:
    """ "Amnesty’s" in "Amnesty’s Secretary-General": the organisation, not part of the role."""
    for index, token in enumerate(descriptor):
        if token.tag_ == "POS":
            return descriptor[: index + 1] if index else []
    return []


def _role_after(doc: Doc, span: Span) -> list[Token]:
    """`, who serves as deputy chairman of X,` or `, the group's spokesman,` just after a name."""
    after = doc[span.end : span.end + 3]
    if len(after) < 2 or after[0].text != ",":
        return []
    if after[1].lower_ == "who" and len(after) > 2 and after[2].lemma_ in COPULAS:
        start = span.end + 3
        if start < len(doc) and doc[start].lower_ == "as":
            start += 1
        return _until_comma(doc, start)
    if after[1].dep_ == "det" or after[1].tag_ == "PRP$":
        phrase = _until_comma(doc, span.end + 1)
        nouns = classified("role_nouns.txt")
        return phrase if any(t.lemma_.lower() in nouns for t in phrase) else []
    return []


def _role_before_apposition(span: Span) -> list[Token]:
    """ "The firm’s lead engineer, Marcus Obi": the noun phrase the name stands in apposition to."""
    root = span.root
    head = root.head
    if root.dep_ != "appos" or head.i >= span.start or head.lemma_.lower() not in classified("role_nouns.txt"):
        return []
    tokens = [t for t in head.subtree if t.i < span.start and not t.is_punct]
    possessed = [t for t in tokens if t.dep_ in {"poss", "case", "det"} or t.head.dep_ == "poss"]
    return [t for t in tokens if t not in possessed]


def _until_comma(doc: Doc, start: int) -> list[Token]:
    tokens = []
    for token in doc[start : start + 14]:
        if token.text in {",", ".", ";", "—", "–"} or "\n" in token.text:
            break
        tokens.append(token)
    return tokens


def _organisations_in(tokens: list[Token]) -> list[str]:
    names, current = [], []
    for token in tokens:
        if token.ent_type_ in {"ORG", "NORP", "GPE"} and token.text not in {"’s", "'s"}:
            current.append(token.text)
        elif current:
            names.append(" ".join(current))
            current = []
    if current:
        names.append(" ".join(current))
    return names


def _text(tokens: list[Token]) -> str:
    return "".join(t.text_with_ws for t in tokens).strip()


# -- gender, only as far as the text tells it -----------------------------------------


def _guess_gender(cluster: Cluster) -> None:
    if cluster.type != "PERSON":
        return
    for title in cluster.titles:
        gender = person_titles().get(title.lower(), "-")
        if gender != "-":
            cluster.gender = gender
            return
    roles = classified("role_nouns.txt")
    for role in cluster.roles:
        for word in role.lower().split():
            if roles.get(word, "").endswith(("\tm", "\tf")):
                cluster.gender = roles[word][-1]
                return
    first = max(cluster.forms, key=len)[0].lower()
    cluster.gender = first_names().get(first)


def _display_name(cluster: Cluster) -> str:
    """The fullest name used; "Mr. Clinton" rather than a bare "Clinton" that could be anyone."""
    if max(len(f) for f in cluster.forms) == 1 and cluster.titles:
        return f"{cluster.titles[0]} {cluster.name}"
    return cluster.name


def _role_words(cluster: Cluster) -> set[str]:
    return {word.lower().strip(".") for role in [*cluster.roles, *cluster.titles] for word in role.split()}


def _name_affiliations(clusters: list[Cluster]) -> None:
    """ "Amnesty" as an affiliation is the organisation the article calls Amnesty International."""
    organisations = [c for c in clusters if c.type != "PERSON"]
    for cluster in clusters:
        named = []
        for affiliation in cluster.affiliations:
            words = affiliation.lower().split()
            match = next((o for o in organisations if any([w.lower() for w in f] == words for f in o.forms)), None)
            name = match.name if match else affiliation
            if name not in named:
                named.append(name)
        cluster.affiliations = named


def _entities(doc: Doc, clusters: list[Cluster]) -> tuple[list[Entity], dict[int, str], dict[str, str | None]]:
    entities, by_token, genders = [], {}, {}
    _name_affiliations(clusters)
    doc._.entity_descriptors = {f"e{n}": c.descriptors | _role_words(c) for n, c in enumerate(clusters, start=1)}
    for number, cluster in enumerate(clusters, start=1):
        identifier = f"e{number}"
        name = _display_name(cluster)
        entities.append(
            Entity(
                id=identifier,
                name=name,
                type=cluster.type,
                aliases=[cluster.form_text(f) for f in cluster.forms if cluster.form_text(f) != name],
                titles=cluster.titles,
                roles=cluster.roles,
                affiliations=cluster.affiliations,
                mentions=[Mention(text=text_of(doc)[s:e], spans=[(s, e)]) for s, e in cluster.mentions],
            )
        )
        genders[identifier] = cluster.gender
        for token_id in cluster.token_ids:
            by_token[token_id] = identifier
    return entities, by_token, genders
