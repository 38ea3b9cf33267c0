"""The writer's voice: whom the article cites, and the words that are the writer's own.

`find_voice(doc)` runs after speakers are resolved and returns five lists; every
item is a dict with `text` and `spans` (``[start, end)`` offsets into text_of(doc)):

- sources: everyone and everything cited, grouped by speaker, with the ways they
  are cited; outlets named without a speech cue ("aired on RT") too.
- hedges: the writer passing a claim on without vouching for it: evidential
  adverbs ("reportedly"), distancing adjectives ("so-called"), agentless passives
  of saying or believing ("is said to", "has been seen as") and raising verbs
  ("claimed to have been"), each with the clause or predicate it `qualifies`.
- unattributed_claims: the writer's sentences that assert something checkable
  and are attributed to no one (the rule is in `find_unattributed_claims`).
- labels: evaluative labels and loaded words ("terror group", "regime",
  "infamous"), each with its `category` and the entity it labels (`target`).
- loaded_cues: speech verbs that colour what they report ("blasted", "claiming").
- word_choices: further words of the writer's own that a small learned model
  flags (voice_model.py), each with the cues that weighed most (`why`).

Whose words are they? Everything inside quotation marks (doc._.quotes, the marks
included) belongs to the quoted speaker and is never the writer's. Everything
else is the writer's wording, including the content of an indirect attribution:
"Mujahid said the terrorist organization is urging ..." paraphrases Mujahid in
the writer's words, so "terrorist organization" is the writer's label.

The word lists are saywho's own (lexicons/hedges.txt, labels.txt, sources.txt,
loaded_cue_context.txt and the loaded class of cue_verbs.txt); each is read in
context here, and the same lists apply to every outlet and every side.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from functools import cache
from typing import Any

from spacy.tokens import Doc, Span, Token

from saywho.analyse import voice_model
from saywho.analyse.attributions.sources import source_head
from saywho.analyse.sentences import text_of
from saywho.document import (
    ACCORDING_TO,
    DIRECT,
    INDIRECT,
    KINDS,
    PARTIAL,
    REPORTED,
    Attribution,
    Entity,
    Speaker,
    joined_text,
)
from saywho.lexicons import classified, cue_verbs

VOICE_KEYS = ("sources", "hedges", "unattributed_claims", "labels", "loaded_cues", "word_choices")

HOW = {
    DIRECT: "direct quote", PARTIAL: "partial quote", INDIRECT: "paraphrase",
    ACCORDING_TO: "according to", REPORTED: "reported",
}
NAMED_TYPES = {"PERSON", "ORG", "GPE", "NORP"}
NAME_TYPES = {"PERSON", "ORG", "WORK_OF_ART", "FAC", "LAW", "EVENT", "PRODUCT"}  # proper names of things
PERSONAL_PRONOUNS = {"he", "she", "they", "we", "i", "you", "who"}
RELATIVE_TAGS = {"WP", "WDT"}
NEAR = 3  # "claimed to", "seen as", "widely seen as": a hedge's words stand together
SPEECH_PREPOSITIONS = {"for", "over", "as", "of", "about", "against", "at"}
WEB_DOMAIN = re.compile(r"\w\.(com|org|net|co|au|uk)\b", re.IGNORECASE)  # "News.com.au"
CALL_SIGN = re.compile(r"[KW][A-Z]{2,3}")  # North American broadcasters: "WVLK"
CHECKABLE_ENTS = {
    "PERSON": "name", "ORG": "name", "GPE": "name", "NORP": "name", "LOC": "name", "FAC": "name",
    "EVENT": "name", "LAW": "name", "CARDINAL": "number", "PERCENT": "number", "MONEY": "number",
    "QUANTITY": "number", "ORDINAL": "number", "DATE": "date", "TIME": "date",
}
# Nouns that name people or a group besides lexicons/role_nouns.txt: what a label like "terror" may modify.
AGENT_NOUNS = {"fighter", "cell", "outfit", "operative", "sympathizer", "sympathiser", "mastermind", "recruit",
               "suspect", "gunman", "bomber", "attacker", "state", "cleric", "preacher", "ideologue", "warlord"}
# Adjectives that make "a regime" a government: "an authoritarian regime", not "a strict training regime".
POLITICAL_REGIME = {"authoritarian", "communist", "military", "totalitarian", "repressive", "brutal", "dictatorial",
                    "theocratic", "clerical", "fascist", "socialist", "islamist", "islamic", "despotic", "autocratic",
                    "ruling", "puppet", "rogue"}


def find_voice(doc: Doc) -> dict[str, list[dict[str, Any]]]:
    reading = Reading(doc)
    hedges, hedge_tokens = find_hedges(reading)
    voice = {
        "sources": find_sources(reading),
        "hedges": hedges,
        "unattributed_claims": find_unattributed_claims(reading, hedges),
        "labels": find_labels(reading),
        "loaded_cues": find_loaded_cues(reading, hedge_tokens),
    }
    voice["word_choices"] = find_word_choices(reading, [voice["labels"], voice["loaded_cues"], hedges])
    return voice


def find_word_choices(reading: Reading, flagged: list[list[dict[str, Any]]]) -> list[dict[str, Any]]:
    """What the learned model flags (voice_model.py) among the words no list flagged already."""
    taken = [tuple(span) for items in flagged for item in items for span in item["spans"]]
    return voice_model.word_choices(text_of(reading.doc), voice_model.candidates(reading), taken,
                                    voice_model.shipped_model())


class Reading:
    """What the voice analysis asks of a parsed doc, worked out once."""

    def __init__(self, doc: Doc):
        self.doc = doc
        self.attributions: list[Attribution] = list(doc._.attributions or [])
        self.heads: list[int | None] = list(doc._.source_heads or [None] * len(self.attributions))
        self.entities: dict[str, Entity] = {e.id: e for e in doc._.entities or []}
        self.entity_of_token: dict[int, str] = dict(doc._.entity_of_token or {})
        self.quote_spans = [q.outer for q in doc._.quotes or []]
        self.quoted = self._tokens_in(self.quote_spans)
        self.cue_of = self._cue_tokens()
        self.speaker_at = {
            head: a.speaker for i, a in enumerate(self.attributions)
            if a.speaker and (head := self.head_of(i)) is not None
        }

    def _tokens_in(self, spans: list[tuple[int, int]]) -> set[int]:
        inside = set()
        for start, end in spans:
            span = self.doc.char_span(start, end, alignment_mode="expand")
            inside.update(t.i for t in span or [])
        return inside

    def _cue_tokens(self) -> dict[int, Attribution]:
        cue_of = {}
        for attribution in self.attributions:
            for index in self._tokens_in(attribution.cue.spans if attribution.cue else []):
                cue_of.setdefault(index, attribution)
        return cue_of

    def source_tokens(self) -> set[int]:
        """Tokens inside some attribution's source mention."""
        spans = [tuple(s) for a in self.attributions if a.source for s in a.source.spans]
        return self._tokens_in(spans)

    def head_of(self, index: int) -> int | None:
        """The source head token of an attribution; a carried-over quote points at another attribution."""
        for _ in range(len(self.heads)):
            head = self.heads[index] if index < len(self.heads) else None
            if head is None or head >= 0:
                return head
            index = -1 - head
        return None

    def in_quote(self, token: Token) -> bool:
        return token.i in self.quoted

    def entity(self, token: Token) -> Entity | None:
        entity_id = self.entity_of_token.get(token.i)
        return self.entities.get(entity_id) if entity_id else None

    def paragraph_start(self, token: Token) -> int:
        paragraphs = self.doc._.paragraphs or [(0, len(text_of(self.doc)))]
        index = bisect_right(paragraphs, token.idx, key=_span_end)  # the first paragraph ending after the token
        return paragraphs[index][0] if index < len(paragraphs) else 0

    def is_person_like(self, token: Token) -> bool:
        """A named entity, a personal pronoun or a noun for a person or group."""
        return (
            token.i in self.entity_of_token
            or token.ent_type_ in NAMED_TYPES
            or token.lower_ in PERSONAL_PRONOUNS
            or token.lemma_.lower() in agent_nouns()
        )


def _span_end(span: tuple[int, int]) -> int:
    return span[1]


# -- lexicons -------------------------------------------------------------------------


def _kinds(name: str) -> dict[str, set[str]]:
    """A two-column list whose second column may hold several space-separated kinds."""
    return {entry: set(kind.split()) for entry, kind in classified(name).items()}


@cache
def hedge_entries() -> dict[str, set[str]]:
    return _kinds("hedges.txt")


@cache
def label_entries() -> dict[str, tuple[str, str]]:
    """entry -> (category, use)."""
    return {entry: tuple(rest.split("\t")) for entry, rest in classified("labels.txt").items()}


@cache
def cue_context() -> dict[str, set[str]]:
    return _kinds("loaded_cue_context.txt")


@cache
def source_entries() -> dict[str, set[str]]:
    return _kinds("sources.txt")


@cache
def agent_nouns() -> frozenset[str]:
    roles = set(classified("role_nouns.txt"))
    labels = {entry for entry, (_, use) in label_entries().items() if use == "agent" and " " not in entry}
    return frozenset(roles | labels | AGENT_NOUNS)


def _entries_of(table: dict, wanted) -> set[str]:
    return {entry for entry, value in table.items() if wanted(value)}


@cache
def _phrase_pattern(entries: frozenset[str]) -> re.Pattern:
    """Entries of several words (spaces or hyphens), as one case-insensitive pattern; nouns may take a plural."""
    alternatives = []
    for entry in sorted(entries, key=len, reverse=True):
        words = [re.escape(w) for w in re.split(r"[\s\-]+", entry)]
        last = words[-1]
        words[-1] = f"(?:{last[:-1]}(?:y|ies)|{last})" if last.endswith("y") else f"{last}(?:s|es)?"
        alternatives.append(r"[\s\-]+".join(words))
    return re.compile(r"(?<![\w\-])(?:" + "|".join(alternatives) + r")(?![\w\-])", re.IGNORECASE)


def phrase_matches(doc: Doc, entries: set[str]) -> list[tuple[Span, str]]:
    """Where entries of several words occur in the text, as token spans, with the entry found."""
    phrases = frozenset(e for e in entries if re.search(r"[\s\-]", e))
    if not phrases:
        return []
    found = []
    for match in _phrase_pattern(phrases).finditer(text_of(doc)):
        span = doc.char_span(match.start(), match.end(), alignment_mode="expand")
        if span is not None:
            found.append((span, _which_entry(match.group(0), phrases)))
    return found


def _which_entry(text: str, entries: frozenset[str]) -> str:
    return next((e for e in entries if _phrase_pattern(frozenset([e])).fullmatch(text)), text.lower())


def _lemma_in(token: Token, entries) -> str | None:
    for form in (token.lower_, token.lemma_.lower()):
        if form in entries:
            return form
    return None


# -- small span helpers ------------------------------------------------------------------


def _item(doc: Doc, tokens: list[Token], **fields: Any) -> dict[str, Any]:
    start, end = _char_span(tokens)
    return {"text": text_of(doc)[start:end], "spans": [[start, end]], **fields}


def _char_span(tokens) -> tuple[int, int]:
    tokens = sorted(tokens, key=lambda t: t.i)
    return tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)


def _trim(tokens: list[Token]) -> list[Token]:
    """Without punctuation or spaces at either end."""
    tokens = sorted(tokens, key=lambda t: t.i)
    while tokens and (tokens[0].is_punct or tokens[0].is_space):
        tokens = tokens[1:]
    while tokens and (tokens[-1].is_punct or tokens[-1].is_space):
        tokens = tokens[:-1]
    return tokens


def _segment(doc: Doc, groups: list[list[Token]]) -> dict[str, Any] | None:
    """Several token runs as one text with spans, like document.Segment."""
    spans = sorted({_char_span(g) for g in (_trim(g) for g in groups) if g})
    if not spans:
        return None
    return {"text": joined_text(text_of(doc), spans), "spans": [list(s) for s in spans]}


def _writer_run(reading: Reading, tokens: list[Token], anchor: Token) -> list[Token]:
    """The consecutive stretch of tokens around `anchor` that stands outside quotation marks."""
    ordered = sorted(tokens, key=lambda t: t.i)
    run: list[Token] = []
    for token in ordered:
        if reading.in_quote(token) or (run and token.i != run[-1].i + 1):
            if anchor in run:
                return run
            run = []
            if reading.in_quote(token):
                continue
        run.append(token)
    return run if anchor in run else [anchor]


# -- sources ---------------------------------------------------------------------------


def find_sources(reading: Reading) -> list[dict[str, Any]]:
    """Every speaker the attributions cite, then outlets named by a frame ("aired on RT")."""
    groups: dict[str, dict[str, Any]] = {}
    for index, attribution in enumerate(reading.attributions):
        if attribution.speaker is not None:
            _add_attributed(groups, reading, index, attribution)
    for mention, frame, is_outlet in outlet_mentions(reading):
        _add_framed(groups, reading, mention, frame, is_outlet)
    for group in groups.values():
        group["how"] = sorted(group["how"], key=_how_order)
        group["spans"] = sorted(group["spans"])
        group["text"] = group["name"]
    return sorted(groups.values(), key=lambda g: (g["spans"][0][0] if g["spans"] else len(text_of(reading.doc))))


def _how_order(how: str) -> tuple[int, str]:
    ordered = [HOW[kind] for kind in KINDS]
    return (ordered.index(how), how) if how in ordered else (len(ordered), how)


def _add_attributed(groups: dict, reading: Reading, index: int, attribution: Attribution) -> None:
    speaker = attribution.speaker
    head = reading.head_of(index)
    head_lemma = reading.doc[head].lemma_.lower() if head is not None else ""
    key = speaker.entity or speaker.name.lower()
    group = groups.setdefault(key, _new_source(speaker.name, _source_type(speaker, head_lemma), speaker.entity))
    group["anonymous"] = group["anonymous"] or is_anonymous(speaker, head_lemma)
    group["how"].add(HOW.get(attribution.kind, attribution.kind))
    group["count"] += 1
    group["attributions"].append(attribution.id)
    if attribution.source is not None:
        group["spans"].extend(list(s) for s in attribution.source.spans if list(s) not in group["spans"])


def _new_source(name: str, kind: str, entity: str | None) -> dict[str, Any]:
    return {"name": name, "type": kind, "entity": entity, "how": set(), "count": 0,
            "anonymous": False, "spans": [], "attributions": []}


def is_anonymous(speaker: Speaker, head_lemma: str) -> bool:
    """Unnamed, and described by a noun that hides who it is: "a source", "officials", "a spokesperson"."""
    return not speaker.named and "anonymous" in source_entries().get(head_lemma, set())


def _source_type(speaker: Speaker, head_lemma: str) -> str:
    if not speaker.named and "document" in source_entries().get(head_lemma, set()):
        return "DOCUMENT"
    return speaker.type


def outlet_mentions(reading: Reading) -> list[tuple[list[Token], str, bool]]:
    """Named sources in a frame: outlets or channels ("aired on X", "told X", "in an interview
    with X"), and "according to X" where no attribution has X as its source already.
    Each with the frame's words and whether it names an outlet."""
    frames = {kind: _entries_of(source_entries(), lambda kinds, kind=kind: kind in kinds)
              for kind in ("outlet", "channel", "cited")}
    sources = reading.source_tokens()
    found = []
    for token in reading.doc:
        if reading.in_quote(token) or token.i in sources:
            continue
        for kind, entries in frames.items():
            frame = _outlet_frame(token, entries)
            if frame and _fits_frame(reading, token, kind):
                found.append((_name_tokens(reading, token), frame, kind != "cited"))
                break
    return found


def _fits_frame(reading: Reading, token: Token, kind: str) -> bool:
    """Outlets are organisations; a channel may be taken for a place; "according to" takes any name."""
    if kind == "cited":
        return _names_something(reading, token)
    entity = reading.entity(token)
    entity_type = entity.type if entity is not None else token.ent_type_
    if entity is None and token.pos_ != "PROPN":
        return False
    if kind == "outlet":
        return entity_type in {"ORG", "", "WORK_OF_ART"} and looks_like_media(_name_tokens(reading, token))
    return entity_type in {"ORG", "", "WORK_OF_ART", "PRODUCT", "GPE", "NORP", "FAC", "LOC"}


def looks_like_media(name: list[Token]) -> bool:
    """ "Fox News", "News.com.au", "WVLK": a news organisation's name, not Congress's or the FBI's."""
    media = _entries_of(source_entries(), lambda kinds: "media" in kinds)
    return any(
        word.lower() in media or WEB_DOMAIN.search(word) or CALL_SIGN.fullmatch(word)
        for word in (t.text for t in name)
    )


def _outlet_frame(token: Token, frames: set[str]) -> str | None:
    if token.dep_ == "pobj" and token.head.dep_ == "prep":
        preposition, governor = token.head, token.head.head
        frame = f"{governor.lemma_.lower()} {preposition.lower_}"
        return f"{governor.text.lower()} {preposition.lower_}" if frame in frames else None
    if token.dep_ in {"dative", "dobj"} and token.head.lemma_.lower() in frames:
        return token.head.text.lower()
    return None


def _name_tokens(reading: Reading, token: Token) -> list[Token]:
    keep = {"compound", "poss", "case", "det", "amod", "nmod", "punct"}
    tokens = [token] + [t for c in token.lefts if c.dep_ in keep for t in c.subtree]
    return _trim([t for t in tokens if not reading.in_quote(t)]) or [token]


def _add_framed(groups: dict, reading: Reading, mention: list[Token], frame: str, is_outlet: bool) -> None:
    head = max(mention, key=lambda t: t.i)
    entity = reading.entity(head)
    name = entity.name if entity else " ".join(t.text for t in mention if t.dep_ != "det")
    key = entity.id if entity else name.lower()
    kind = "OUTLET" if is_outlet or entity is None else entity.type
    group = groups.setdefault(key, _new_source(name, kind, entity.id if entity else None))
    group["how"].add(frame)
    group["count"] += 1
    span = list(_char_span(mention))
    if span not in group["spans"]:
        group["spans"].append(span)


# -- hedges -------------------------------------------------------------------------------


def find_hedges(reading: Reading) -> tuple[list[dict[str, Any]], set[int]]:
    """Hedges in the writer's voice, and the tokens they take (a hedging "claimed" is no loaded cue)."""
    found: list[tuple[list[Token], str, dict | None]] = []
    entries = hedge_entries()
    for token in reading.doc:
        if reading.in_quote(token):
            continue
        kinds = entries.get(token.lower_, set()) | entries.get(token.lemma_.lower(), set())
        if "adverb" in kinds and token.pos_ == "ADV":
            found.append(([token], "adverb", _clause_of(reading, token.head)))
        elif "passive" in kinds and _is_hedging_passive(token):
            found.append((_passive_words(token), "passive", _qualified_by_verb(reading, token)))
        elif "raising" in kinds and _raising_complement(token) is not None:
            found.append((_raising_words(token), "raising", _qualified_by_verb(reading, token)))
    found += _hedging_adjectives(reading, _entries_of(entries, lambda kinds: "adjective" in kinds))
    return _hedge_items(reading, found)


def _hedge_items(reading: Reading, found) -> tuple[list[dict[str, Any]], set[int]]:
    items, taken = [], set()
    for tokens, kind, qualifies in sorted(found, key=lambda f: min(t.i for t in f[0])):
        if any(t.i in taken for t in tokens) or any(reading.in_quote(t) for t in tokens):
            continue
        taken.update(t.i for t in tokens)
        items.append(_item(reading.doc, tokens, kind=kind, qualifies=qualifies))
    return items, taken


def _is_passive(verb: Token) -> bool:
    children = {c.dep_ for c in verb.children}
    if "auxpass" in children or "nsubjpass" in children:
        return True
    return verb.tag_ == "VBN" and verb.dep_ == "acl"  # "a man said to be 40"


def _is_hedging_passive(verb: Token) -> bool:
    """An agentless passive of saying or believing that takes a complement: "is said to", "seen as"."""
    if verb.pos_ != "VERB" or verb.tag_ != "VBN" or not _is_passive(verb):
        return False
    deps = {c.dep_ for c in verb.children}
    if "agent" in deps or _by_whom(verb):
        return False
    prepositions = {c.lower_ for c in verb.children if c.dep_ == "prep"}
    lemma = verb.lemma_.lower()
    if lemma in {"see", "view", "regard"}:
        return "as" in prepositions
    if lemma == "consider":
        return "as" in prepositions or bool(deps & {"xcomp", "oprd", "attr"})
    if lemma == "suspect" and "of" in prepositions:
        return True
    return bool(deps & {"ccomp", "xcomp", "oprd", "acomp"})


def _by_whom(verb: Token) -> bool:
    """ "seen as a failure by most voters": the parser may hang the agent on the complement."""
    complements = [o for c in verb.children if c.dep_ == "prep" and c.lower_ == "as" for o in c.children]
    return any(c.lower_ == "by" and c.dep_ in {"agent", "prep"} for o in complements for c in o.children)


def _passive_words(verb: Token) -> list[Token]:
    """ "it is believed", "has been seen as", "is said to": auxiliaries, the verb, and its "as" or "to"."""
    words = [c for c in verb.lefts if c.dep_ in {"aux", "auxpass"}]
    words += [c for c in verb.lefts if c.dep_ in {"nsubjpass", "expl"} and c.lower_ == "it"]
    words.append(verb)
    words += [c for c in verb.rights if c.dep_ == "prep" and c.lower_ in {"as", "of"} and c.i - verb.i <= NEAR][:1]
    complement = next((c for c in verb.rights if c.dep_ == "xcomp"), None)
    if complement is not None:
        words += [c for c in complement.lefts if c.lower_ == "to" and c.i - verb.i <= NEAR]
    return _contiguous(words, verb)


def _raising_complement(verb: Token) -> Token | None:
    """ "claimed to have been brutalized": the to-infinitive a raising verb takes."""
    if verb.pos_ != "VERB":
        return None
    for child in verb.rights:
        if child.dep_ == "xcomp" and any(_is_to(c) and c.i - verb.i <= NEAR for c in child.lefts):
            return child
    return None


def _raising_words(verb: Token) -> list[Token]:
    complement = _raising_complement(verb)
    auxiliaries = [c for c in complement.lefts if c.dep_ in {"aux", "auxpass"}]
    return _contiguous([verb, *auxiliaries], verb)


def _contiguous(words: list[Token], anchor: Token) -> list[Token]:
    """From the first to the last word, as one stretch of the sentence."""
    first, last = min(w.i for w in words), max(w.i for w in words)
    return list(anchor.doc[first : last + 1])


def _hedging_adjectives(reading: Reading, entries: set[str]) -> list[tuple[list[Token], str, dict | None]]:
    """ "so-called reforms", "the alleged gunman": a hedge that modifies a noun phrase."""
    found = []
    singles = [reading.doc[t.i : t.i + 1] for t in reading.doc if t.lower_ in entries]
    for span in singles + [span for span, _ in phrase_matches(reading.doc, entries)]:
        root = span.root
        noun = root.head
        if root.dep_ in {"amod", "compound", "nmod"} and noun.pos_ in {"NOUN", "PROPN"} and noun.i > root.i:
            found.append((list(span), "adjective", _segment(reading.doc, [noun_phrase(reading, noun)])))
    return found


def _clause_of(reading: Reading, verb: Token) -> dict[str, Any] | None:
    """The predicate an adverb qualifies: its head's subtree, outside quotation marks."""
    return _segment(reading.doc, [_writer_run(reading, list(verb.subtree), verb)])


def _qualified_by_verb(reading: Reading, verb: Token) -> dict[str, Any] | None:
    """What a hedging verb qualifies: the clause it introduces, or its subject with its complement."""
    clause = next((c for c in verb.rights if c.dep_ == "ccomp"), None)
    if clause is not None:
        return _segment(reading.doc, [list(clause.subtree)])
    subject = next((c for c in verb.lefts if c.dep_ in {"nsubj", "nsubjpass"} and c.lower_ != "it"), None)
    groups = [] if subject is None or subject.tag_ in RELATIVE_TAGS else [list(subject.subtree)]
    if subject is not None and subject.tag_ in RELATIVE_TAGS and verb.dep_ == "relcl":
        groups.append(noun_phrase(reading, verb.head))
    for child in verb.rights:
        if child.dep_ in {"xcomp", "oprd", "acomp", "attr"}:
            groups.append(list(child.subtree))
        elif child.dep_ == "prep" and child.lower_ in {"as", "of"}:
            groups.append([t for t in child.subtree if t.i != child.i])
    return _segment(reading.doc, groups)


# -- labels -------------------------------------------------------------------------------


def find_labels(reading: Reading) -> list[dict[str, Any]]:
    """Evaluative labels and loaded words outside quotation marks, each read in context."""
    entries = label_entries()
    found: dict[tuple[int, int], dict[str, Any]] = {}
    for token in reading.doc:
        entry = _lemma_in(token, entries)
        if entry and not reading.in_quote(token) and not _inside_a_name(token):
            _keep(found, _read_label(reading, [token], *entries[entry]))
    for span, entry in phrase_matches(reading.doc, set(entries)):
        if entry in entries and not any(reading.in_quote(t) for t in span):
            _keep(found, _read_label(reading, list(span), *entries[entry]))
    return [found[key] for key in sorted(found)]


def _keep(found: dict, item: dict[str, Any] | None) -> None:
    """One label per stretch of text: a second trigger in the same noun phrase adds nothing."""
    if item is None:
        return
    span = tuple(item["spans"][0])
    if any(s < span[1] and span[0] < e for s, e in found):
        return
    found[span] = item


def _inside_a_name(token: Token) -> bool:
    """ "Rogue One", "The Terror": a word inside a title or an organisation's own name."""
    return token.pos_ == "PROPN" and token.ent_type_ in NAME_TYPES


def _read_label(reading: Reading, words: list[Token], category: str, use: str) -> dict[str, Any] | None:
    root = next((w for w in words if w.head not in words), words[-1])  # the phrase's head word
    if use == "regime":
        head = root if _is_government_regime(reading, root) else None
    elif use in {"agent", "modifier"}:
        head = _labelled_noun(root, allow_head=use == "agent")
    elif use == "entity":
        return _entity_adjective(reading, words, root, category)
    else:
        return _evaluative_word(reading, words, root, category)
    if head is None:
        return None
    tokens = noun_phrase(reading, head)
    return _item(reading.doc, tokens, word=" ".join(w.text for w in words), category=category,
                 target=label_target(reading, head))


def _labelled_noun(word: Token, allow_head: bool) -> Token | None:
    """The noun a group label names: the word itself as a head noun, or the person or group noun it modifies."""
    is_modifier = word.dep_ in {"compound", "amod", "nmod"} and word.head.i > word.i
    if is_modifier:
        noun = word.head
        return noun if noun.lemma_.lower() in agent_nouns() and noun.pos_ in {"NOUN", "PROPN"} else None
    if allow_head and word.pos_ in {"NOUN", "PROPN"}:
        return word
    return None


def _is_government_regime(reading: Reading, noun: Token) -> bool:
    """ "the Assad regime", "Iran's regime", "the regime": a government; not "the tax regime", "regime change"."""
    if noun.pos_ != "NOUN" or noun.dep_ == "compound":
        return False
    modifiers = [c for c in noun.lefts if c.dep_ in {"compound", "amod", "poss", "nmod"}]
    if any(_names_something(reading, m) or m.lower_ in {"its", "their", "his", "her"} for m in modifiers):
        return True
    if any(m.lemma_.lower() in POLITICAL_REGIME for m in modifiers):
        return True
    if modifiers:
        return False  # "tax regime", "a new regime": a system of rules
    of_whom = [c for c in noun.rights if c.dep_ == "prep" and c.lower_ == "of"]
    if of_whom:
        return any(_names_something(reading, o) for c in of_whom for o in c.children if o.dep_ == "pobj")
    return any(c.dep_ == "det" and c.lower_ in {"the", "this", "that"} for c in noun.lefts)


def _names_something(reading: Reading, token: Token) -> bool:
    return token.i in reading.entity_of_token or token.ent_type_ in NAMED_TYPES


def _entity_adjective(reading: Reading, words: list[Token], adjective: Token, category: str) -> dict[str, Any] | None:
    """ "the notorious warlord", "which is infamous for": an adjective that labels a person, group or entity."""
    noun = adjective.head
    if adjective.dep_ in {"amod", "compound"} and noun.i > adjective.i and _is_labelable(reading, noun):
        tokens, target_of = noun_phrase(reading, noun), noun
    elif adjective.dep_ in {"acomp", "attr"} and noun.lemma_ == "be":
        subject = next((c for c in noun.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
        if subject is None or not (_is_labelable(reading, subject) or subject.tag_ in RELATIVE_TAGS):
            return None
        tokens, target_of = _predicate_words(reading, adjective), subject
    else:
        return None
    return _item(reading.doc, tokens, word=" ".join(w.text for w in words), category=category,
                 target=label_target(reading, target_of))


def _is_labelable(reading: Reading, noun: Token) -> bool:
    return reading.is_person_like(noun) or noun.lower_ in {"it", "which", "that"}


def _predicate_words(reading: Reading, adjective: Token) -> list[Token]:
    """ "infamous for its harsh treatment of ...": the adjective and what it is infamous for."""
    tokens = [adjective]
    for child in adjective.rights:
        if child.dep_ == "prep" and child.lower_ in {"for", "as"}:
            tokens += list(child.subtree)
    return _writer_run(reading, tokens, adjective)


def _evaluative_word(reading: Reading, words: list[Token], root: Token, category: str) -> dict[str, Any] | None:
    if category == "loaded-speech" and root.pos_ != "NOUN":
        return None  # "rant" the noun is the writer's word; "rant" the verb is a loaded cue
    if root.pos_ == "PROPN" or (len(words) == 1 and root.pos_ not in {"ADJ", "ADV", "NOUN", "VERB"}):
        return None
    labels_someone = root.dep_ in {"amod", "acomp"} and reading.is_person_like(root.head)
    target = label_target(reading, root.head) if labels_someone else None
    return _item(reading.doc, words, word=" ".join(w.text for w in words), category=category, target=target)


def noun_phrase(reading: Reading, head: Token) -> list[Token]:
    """The head noun with its determiners and modifiers on the left, outside quotation marks."""
    modifiers = {"det", "poss", "amod", "compound", "nmod", "nummod", "advmod", "npadvmod", "quantmod", "predet"}
    tokens = [head] + [t for c in head.lefts if c.dep_ in modifiers for t in c.subtree]
    return _trim(_writer_run(reading, tokens, head)) or [head]


def label_target(reading: Reading, head: Token) -> str | None:
    """The entity a label names: apposition, a name inside the phrase, the speaker it is,
    the subject it is said of, else the nearest group or person named before it in the paragraph."""
    for find in (_appositive, _name_inside, _speaker_it_is, _subject_described):
        entity = find(reading, head)
        if entity is not None:
            return entity
    if _is_generic(head):
        return None
    return _nearest_before(reading, head)


def _appositive(reading: Reading, head: Token) -> str | None:
    if head.dep_ == "appos":
        return _name_of(reading, head.head)
    return next((n for c in head.children if c.dep_ == "appos" for n in [_name_of(reading, c)] if n), None)


def _name_inside(reading: Reading, head: Token) -> str | None:
    for token in [head, *(c for c in head.lefts if c.dep_ in {"compound", "poss", "nmod"})]:
        entity = reading.entity(token)
        if entity is not None and entity.type in NAMED_TYPES:
            return entity.name
    return None


def _speaker_it_is(reading: Reading, head: Token) -> str | None:
    speaker = reading.speaker_at.get(head.i)
    return speaker.name if speaker is not None and speaker.named else None


def _subject_described(reading: Reading, head: Token) -> str | None:
    """ "Hamas is a terror group", "the Taliban, which is infamous for": what the copula's subject names."""
    subject = head
    if head.dep_ in {"attr", "acomp"} and head.head.lemma_ == "be":
        subject = next((c for c in head.head.children if c.dep_ in {"nsubj", "nsubjpass"}), head)
    if subject.tag_ in RELATIVE_TAGS:
        verb = subject.head
        if verb.dep_ == "relcl":
            return _name_of(reading, verb.head) or _nearest_before(reading, subject)
        return _nearest_before(reading, subject)
    return _name_of(reading, subject) if subject is not head else None


def _name_of(reading: Reading, token: Token) -> str | None:
    entity = reading.entity(token)
    return entity.name if entity is not None else None


def _is_generic(head: Token) -> bool:
    """A bare plural ("Islamic extremists") speaks of a kind, not of someone named before."""
    return head.tag_ in {"NNS", "NNPS"} and not any(c.dep_ in {"det", "poss"} for c in head.lefts)


def _nearest_before(reading: Reading, head: Token) -> str | None:
    """The group (or, for a singular person noun, the person) named last before the label, in its paragraph."""
    wanted = "PERSON" if _is_single_person(head) else "ORG"
    start = reading.paragraph_start(head)
    for token in reversed(reading.doc[: head.i]):
        if token.idx < start:
            break
        entity = reading.entity(token)
        if entity is not None and entity.type == wanted and not reading.in_quote(token):
            return entity.name
    return None


def _is_single_person(head: Token) -> bool:
    kind = classified("role_nouns.txt").get(head.lemma_.lower(), "ORG").split("\t")[0]
    return kind == "PERSON" and head.tag_ == "NN" and head.lemma_.lower() not in {"group", "regime"}


# -- loaded cues ---------------------------------------------------------------------------


def find_loaded_cues(reading: Reading, taken: set[int]) -> list[dict[str, Any]]:
    """Speech verbs classed loaded in cue_verbs.txt, and loaded phrasal cues, in the writer's voice.

    Read from the tokens, not only from the attributions: "defended his group's
    support" and "accused America of occupying" report speech with no content
    clause, so the attribution finder may pass them by, yet the verb is the
    writer's choice. A hedge's verb ("claimed to have been") is a hedge, not a cue.
    """
    found, used = _phrasal_cues(reading, taken)
    taken = taken | used
    loaded = {lemma for lemma, kind in cue_verbs().items() if kind == "loaded"}
    for token in reading.doc:
        lemma = token.lemma_.lower()
        if lemma in loaded and token.i not in taken and not reading.in_quote(token) and _reports_speech(reading, token):
            found.append(_cue_item(reading, [token, *_particles(token)], lemma, token))
    return sorted(found, key=lambda item: item["spans"][0])


def _particles(verb: Token) -> list[Token]:
    return [c for c in verb.rights if c.dep_ == "prt"]


def _reports_speech(reading: Reading, verb: Token) -> bool:
    if _not_speech(verb):
        return False
    if verb.i in reading.cue_of:
        return True
    if verb.pos_ != "VERB":
        return False
    if "needs-speech" not in cue_context().get(verb.lemma_.lower(), set()):
        return True
    return _has_speaker(reading, verb) and _speech_signs(reading, verb)


def _not_speech(verb: Token) -> bool:
    """ "pleaded guilty", "claimed responsibility": an object that makes the verb no report of speech."""
    objects = [c for c in verb.children if c.dep_ in {"dobj", "acomp", "oprd", "attr", "advmod", "xcomp"}]
    return any("not-speech" in cue_context().get(o.lemma_.lower(), set()) for o in objects)


def _has_speaker(reading: Reading, verb: Token) -> bool:
    subject = source_head(verb)
    return subject is not None and reading.is_person_like(subject)


def _speech_signs(reading: Reading, verb: Token) -> bool:
    """Something that makes a verb like "hit" or "defend" a report of speech."""
    children = list(verb.children)
    if any(c.dep_ in {"ccomp", "xcomp", "prt"} or _is_infinitive(c) for c in children):
        return True
    if any(c.dep_ == "prep" and c.lower_ in SPEECH_PREPOSITIONS for c in children):
        return True
    if any(c.dep_ == "dobj" and reading.is_person_like(c) for c in children):
        return True
    settings = _entries_of(cue_context(), lambda kinds: "setting" in kinds)
    return any(t.lemma_.lower() in settings or reading.in_quote(t) for t in verb.subtree)


def _is_infinitive(clause: Token) -> bool:
    """ "threatened in May to withhold": the parser may hang the infinitive as an adverbial clause."""
    return clause.dep_ == "advcl" and any(_is_to(c) for c in clause.lefts)


def _is_to(token: Token) -> bool:
    return token.lower_ == "to" and token.dep_ == "aux"


def _phrasal_cues(reading: Reading, taken: set[int]) -> tuple[list[dict[str, Any]], set[int]]:
    """ "doubled down", "took a swipe at": the first word by lemma, the rest as written; and their tokens."""
    phrases = [p.split() for p in _entries_of(cue_context(), lambda kinds: "phrasal" in kinds)]
    found, used = [], set()
    for token in reading.doc:
        if token.pos_ not in {"VERB", "AUX"} or token.i in taken or reading.in_quote(token):
            continue
        for words in phrases:
            tokens = _phrase_at(token, words)
            if tokens and not any(reading.in_quote(t) for t in tokens):
                found.append(_cue_item(reading, tokens, " ".join(words), token))
                used.update(t.i for t in tokens)
                break
    return found, used


def _phrase_at(token: Token, words: list[str]) -> list[Token] | None:
    if token.lemma_.lower() != words[0]:
        return None
    following = list(token.doc[token.i + 1 : token.i + len(words)])
    if len(following) != len(words) - 1 or [t.lower_ for t in following] != words[1:]:
        return None
    return [token, *following]


def _cue_item(reading: Reading, tokens: list[Token], lemma: str, verb: Token) -> dict[str, Any]:
    attribution = reading.cue_of.get(verb.i)
    return _item(reading.doc, tokens, lemma=lemma, **{"class": "loaded"},
                 speaker=_speaker_of_verb(reading, verb, attribution),
                 attribution=attribution.id if attribution else None)


def _speaker_of_verb(reading: Reading, verb: Token, attribution: Attribution | None) -> str | None:
    if attribution is not None and attribution.speaker is not None:
        return attribution.speaker.name
    subject = source_head(verb)
    if subject is None:
        return None
    speaker = reading.speaker_at.get(subject.i)
    if speaker is not None:
        return speaker.name
    entity = reading.entity(subject)
    return entity.name if entity is not None else subject.text


# -- unattributed claims ----------------------------------------------------------------------


def find_unattributed_claims(reading: Reading, hedges: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The writer's sentences that assert something checkable on no one's authority.

    A sentence counts when it
    - overlaps no attribution (its source, cue or content) and no quotation,
    - is a statement: it does not end in "?" and has a subject (no imperatives,
      no bylines like "Follow X on Twitter"),
    - holds something a reader could check: a number, a date, a name, a verb in
      the past tense, or a comparison ("more", "largest").
    Each claim lists what makes it checkable and whether the writer hedged it.
    """
    attributed = Intervals(_attributed_spans(reading))
    hedge_starts = sorted(item["spans"][0][0] for item in hedges)
    claims = []
    for sentence in reading.doc.sents:
        tokens = [t for t in sentence if not t.is_space]
        if not tokens or attributed.overlaps(_char_span(tokens)) or not _is_statement(tokens):
            continue
        checkable = _checkable(tokens)
        if checkable:
            start, end = _char_span(tokens)
            first = bisect_left(hedge_starts, start)
            hedged = first < len(hedge_starts) and hedge_starts[first] < end
            claims.append(_item(reading.doc, tokens, checkable=checkable, hedged=hedged))
    return claims


def _attributed_spans(reading: Reading) -> list[tuple[int, int]]:
    spans = list(reading.quote_spans)
    for attribution in reading.attributions:
        for segment in (attribution.source, attribution.cue, attribution.content):
            spans += [tuple(s) for s in segment.spans] if segment else []
    return spans


class Intervals:
    """Character spans merged into sorted, disjoint runs, so that an overlap test is one bisection
    (a long article has thousands of sentences and of attributed spans)."""

    def __init__(self, spans: list[tuple[int, int]]):
        self.starts: list[int] = []
        self.ends: list[int] = []
        for start, end in sorted(s for s in spans if s[0] < s[1]):
            if self.ends and start <= self.ends[-1]:
                self.ends[-1] = max(self.ends[-1], end)
            else:
                self.starts.append(start)
                self.ends.append(end)

    def overlaps(self, span: tuple[int, int]) -> bool:
        """Whether [start, end) shares a character with any of the spans."""
        start, end = span
        if start >= end:
            return False
        last = bisect_left(self.starts, end) - 1  # the last run starting before `end`
        return last >= 0 and self.ends[last] > start


def _is_statement(tokens: list[Token]) -> bool:
    if tokens[-1].text.endswith("?"):
        return False
    return any(t.dep_ in {"nsubj", "nsubjpass", "expl", "csubj"} for t in tokens)


def _checkable(tokens: list[Token]) -> list[str]:
    kinds = set()
    for token in tokens:
        if token.ent_type_ in CHECKABLE_ENTS:
            kinds.add(CHECKABLE_ENTS[token.ent_type_])
        if token.pos_ == "NUM":
            kinds.add("number")
        if token.tag_ == "VBD" or (token.tag_ == "VBN" and any(c.lemma_ == "have" for c in token.children)):
            kinds.add("past tense")
        if token.tag_ in {"JJR", "JJS", "RBR", "RBS"}:
            kinds.add("comparison")
    return sorted(kinds)
