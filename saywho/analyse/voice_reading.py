"""What every part of the writer's-voice analysis reads from a parsed doc.

`Reading` works out once what voice.py and its parts ask of a doc (attributions,
source heads, entities, quoted tokens, cue tokens); beside it are the word lists
the parts read (lexicons/hedges.txt, labels.txt, sources.txt, loaded_cue_context.txt)
and the small helpers that turn tokens into items with `text` and `spans`.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import cache
from typing import Any

from spacy.tokens import Doc, Span, Token

from saywho.analyse.doc_data import SourceLink
from saywho.analyse.sentences import text_of
from saywho.document import (
    Attribution,
    Entity,
    joined_text,
)
from saywho.lexicons import classified

NAMED_TYPES = {"PERSON", "ORG", "GPE", "NORP"}
PERSONAL_PRONOUNS = {"he", "she", "they", "we", "i", "you", "who"}
RELATIVE_TAGS = {"WP", "WDT"}
# Nouns that name people or a group besides lexicons/role_nouns.txt: what a label like "terror" may modify.
AGENT_NOUNS = {"fighter", "cell", "outfit", "operative", "sympathizer", "sympathiser", "mastermind", "recruit",
               "suspect", "gunman", "bomber", "attacker", "state", "cleric", "preacher", "ideologue", "warlord",
               # people by their politics, whom a label may qualify: "a firebrand conservative"
               "conservative", "liberal", "progressive", "populist", "nationalist", "moderate", "libertarian"}


class Reading:
    """What the voice analysis asks of a parsed doc, worked out once."""

    def __init__(self, doc: Doc):
        self.doc = doc
        self.attributions: list[Attribution] = list(doc._.attributions or [])
        self.sources: list[SourceLink] = list(doc._.sources or [SourceLink()] * len(self.attributions))
        self.entities: dict[str, Entity] = {e.id: e for e in doc._.entities or []}
        self.entity_of_token: dict[int, str] = dict(doc._.entity_of_token or {})
        self.quote_spans = [q.outer for q in doc._.quotes or []]
        self.paragraphs = doc._.paragraphs or [(0, len(text_of(doc)))]
        self.quoted = self._tokens_in(self.quote_spans)
        self.cue_of = self._cue_tokens()
        self.speaker_at = {
            head: a.speaker for i, a in enumerate(self.attributions)
            if a.speaker and (head := self.head_of(i)) is not None
        }

    def _tokens_in(self, spans: list[tuple[int, int]]) -> set[int]:
        inside: set[int] = set()
        for start, end in spans:
            span = self.doc.char_span(start, end, alignment_mode="expand")
            if span is not None:
                inside.update(range(span.start, span.end))  # the indices alone: no Token per word
        return inside

    def _cue_tokens(self) -> dict[int, Attribution]:
        cue_of: dict[int, Attribution] = {}
        for attribution in self.attributions:
            for index in self._tokens_in(attribution.cue.spans if attribution.cue else []):
                cue_of.setdefault(index, attribution)
        return cue_of

    def source_tokens(self) -> set[int]:
        """Tokens inside some attribution's source mention."""
        spans = [(s[0], s[1]) for a in self.attributions if a.source for s in a.source.spans]
        return self._tokens_in(spans)

    def head_of(self, index: int) -> int | None:
        """The source head token of an attribution; a carried-over quote points at another attribution."""
        for _ in range(len(self.sources)):
            link = self.sources[index] if index < len(self.sources) else SourceLink()
            if link.carried_from is None:
                return link.head
            index = link.carried_from
        return None

    def in_quote(self, token: Token) -> bool:
        return token.i in self.quoted

    def entity(self, token: Token) -> Entity | None:
        entity_id = self.entity_of_token.get(token.i)
        return self.entities.get(entity_id) if entity_id else None

    def paragraph_start(self, token: Token) -> int:
        paragraphs = self.paragraphs
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
    return {entry: (category, use) for entry, (category, use) in
            ((entry, rest.split("\t")) for entry, rest in classified("labels.txt").items())}


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
