"""Source mention → speaker: names, pronouns and descriptions resolved to the article's entities.

No offline coreference model exists for spaCy here, so this is saywho's own,
deliberately cautious resolver. It prefers leaving a speaker as the text
describes it ("a 33-year-old woman", "he") to forcing a wrong name on it:
- a name resolves to its entity, with every variant merged (entities.py);
- a pronoun resolves to the most salient compatible candidate before it:
  the previous speaker first, then recent subjects, by gender and number;
- a definite description ("the Hamas official", "the group") resolves to a
  recent entity of the right type, and must agree with any affiliation it
  names; an indefinite one ("a source") is never resolved.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from saywho.analyse.entities import without_stray_punctuation
from saywho.document import Attribution, Entity, Speaker
from saywho.lexicons import classified

PRONOUNS = {
    "he": ("PERSON", "m"), "him": ("PERSON", "m"),
    "she": ("PERSON", "f"), "her": ("PERSON", "f"),
    "it": ("ORG", None), "they": ("GROUP", None), "we": ("ORG", None),
}
DEFINITE = {"the", "this", "that", "these", "those"}
ANONYMOUS_HEADS = {"source", "sources", "official", "officials", "person", "people", "aide", "aides"}
PARAGRAPH_WINDOW = 6
HALF_LIFE = 1000  # characters


@dataclass
class Candidate:
    """Someone the text has mentioned, as a pronoun or description might take them up."""

    speaker: Speaker
    gender: str | None
    offset: int
    paragraph: int
    weight: float  # subject or speaker: more salient than a passing mention
    entity: Entity | None = None


def resolve_speakers(doc: Doc) -> None:
    attributions: list[Attribution] = doc._.attributions or []
    heads: list[int | None] = doc._.source_heads or []
    entities = {e.id: e for e in doc._.entities or []}
    resolver = Resolver(doc, entities)
    for attribution, head in zip(attributions, heads):
        if head is None:
            continue
        if head < 0:
            attribution.speaker = _carried_over(attributions[-1 - head].speaker)
        else:
            attribution.speaker = resolver.resolve(doc[head], attribution)
        if attribution.speaker is not None:
            resolver.spoke(attribution)


def _carried_over(speaker: Speaker | None) -> Speaker | None:
    if speaker is None:
        return None
    return Speaker(**{**speaker.__dict__, "resolved_by": "carry-over"})


class Resolver:
    def __init__(self, doc: Doc, entities: dict[str, Entity]):
        self.doc = doc
        self.entities = entities
        self.genders: dict[str, str | None] = dict(doc._.entity_genders or {})
        self.descriptors: dict[str, set[str]] = doc._.entity_descriptors or {}
        self.by_token: dict[int, str] = doc._.entity_of_token or {}
        self.named_tokens = sorted(self.by_token)
        self.quotes = list(doc._.quotes or [])
        self.roles = classified("role_nouns.txt")
        self.speakers: list[tuple[int, Speaker]] = []  # (offset, speaker) of every attribution so far
        self.unnamed: list[Candidate] = []

    # -- the three kinds of mention ---------------------------------------------------

    def resolve(self, head: Token, attribution: Attribution) -> Speaker:
        entity_id = self._entity_of(head)
        if entity_id is not None:
            return self._named(entity_id, head)
        if head.pos_ == "PRON" and head.lower_ in PRONOUNS:
            return self._pronoun(head) or _unresolved(head.text)
        if self._is_definite(head) and head.lemma_.lower() in self.roles:
            found = self._description(head)
            if found is not None:
                return found
        return self._unnamed(head)

    def _entity_of(self, head: Token) -> str | None:
        """The entity of the name heading the mention, or named in apposition to it."""
        if head.i in self.by_token:
            return self.by_token[head.i]
        for child in head.children:
            if child.dep_ == "appos" and child.i in self.by_token and self.doc[child.i].ent_type_:
                return self.by_token[child.i]
        return None

    def _named(self, entity_id: str, head: Token) -> Speaker:
        entity = self.entities[entity_id]
        mention = self._mention_text(head)
        return _speaker_of(entity, "name" if mention == entity.name else "alias")

    def _pronoun(self, head: Token) -> Speaker | None:
        wanted_type, wanted_gender = PRONOUNS[head.lower_]
        best = self._best(self._candidates(head.idx), wanted_type, wanted_gender, hint=None, offset=head.idx)
        if best is None:
            return None
        if best.entity is not None and wanted_gender and not self.genders.get(best.entity.id):
            self.genders[best.entity.id] = wanted_gender  # "he" once, "he" thereafter
        return Speaker(**{**best.speaker.__dict__, "resolved_by": "pronoun"})

    def _description(self, head: Token) -> Speaker | None:
        wanted_type, gender = self.roles[head.lemma_.lower()].split("\t")
        hint = self._affiliation_hint(head)
        candidates = [c for c in self._candidates(head.idx) if c.entity is not None]
        if wanted_type == "PERSON" or self._modifiers(head):
            # "the terrorist organization", "the senator": only someone the text has called so before
            # (a bare "the group" may still take up the organisation in view).
            words = {head.lemma_.lower(), *self._modifiers(head)}
            candidates = [c for c in candidates if _shares_a_word(words, self.descriptors.get(c.entity.id, set()))]
        best = self._best(candidates, wanted_type, None if gender == "-" else gender, hint=hint, offset=head.idx,
                          noun=head.lemma_.lower())
        if best is None:
            return None
        return Speaker(**{**best.speaker.__dict__, "resolved_by": "description"})

    def _unnamed(self, head: Token) -> Speaker:
        description = self._mention_text(head)
        noun = head.lemma_.lower()
        kind, _, gender = self.roles.get(noun, "UNKNOWN\t-").partition("\t")
        speaker = Speaker(name=description, type=kind, named=False, resolved_by="unnamed")
        self.unnamed.append(
            Candidate(speaker, None if gender in {"", "-"} else gender, head.idx, self._paragraph(head.idx), 1.0)
        )
        return speaker

    # -- choosing among candidates ------------------------------------------------------

    def _candidates(self, offset: int) -> list[Candidate]:
        paragraph = self._paragraph(offset)
        since = self._window_start(paragraph)
        found = [c for c in self._entity_candidates(offset, since) if paragraph - c.paragraph <= PARAGRAPH_WINDOW]
        found += [c for c in self.unnamed if c.offset < offset and paragraph - c.paragraph <= 2]
        return found

    def _window_start(self, paragraph: int) -> int:
        """The first offset whose paragraph is within PARAGRAPH_WINDOW of `paragraph`: where candidates may start."""
        before = paragraph - PARAGRAPH_WINDOW - 1
        return self.doc._.paragraphs[before][1] if before >= 0 else 0

    def _entity_candidates(self, offset: int, since: int = 0) -> list[Candidate]:
        """Entity mentions and speakers before `offset`; mentions only from `since` on, so that
        a long text is not read from its start for every pronoun."""
        candidates = []
        seen_tokens = set()
        first = bisect_left(self.named_tokens, since, key=lambda token_id: self.doc[token_id].idx)
        for token_id in self.named_tokens[first:]:
            entity_id = self.by_token[token_id]
            token = self.doc[token_id]
            if token.idx >= offset:
                break  # in text order: the rest come later still
            if (entity_id, token.i) in seen_tokens:
                continue
            if token.head.i in self.by_token and self.by_token.get(token.head.i) == entity_id and token.head.i != token.i:
                continue  # score a name once, at its head word
            entity = self.entities[entity_id]
            weight = 2.0 if token.dep_ in {"nsubj", "nsubjpass"} else 1.0
            if self._in_quote(token):
                weight *= 0.3  # a speaker's own words are a weaker antecedent than the narrative
            candidates.append(Candidate(_speaker_of(entity, "name"), self.genders.get(entity_id), token.idx,
                                        self._paragraph(token.idx), weight, entity))
        for offset_spoken, speaker in self.speakers:
            if offset_spoken < offset and speaker.entity:
                entity = self.entities[speaker.entity]
                candidates.append(Candidate(_speaker_of(entity, "name"), self.genders.get(entity.id), offset_spoken,
                                            self._paragraph(offset_spoken), 3.0, entity))
        return candidates

    def _best(self, candidates, wanted_type, wanted_gender, hint, offset, noun=None) -> Candidate | None:
        scored = []
        for candidate in candidates:
            if not _type_fits(candidate.speaker.type, wanted_type):
                continue
            if wanted_gender and candidate.gender and candidate.gender != wanted_gender:
                continue
            if hint and not _mentions_affiliation(candidate, hint):
                continue
            score = candidate.weight * self._recency(candidate, offset)
            if noun and candidate.entity and any(noun in role.lower() for role in candidate.entity.roles):
                score *= 2.0
            scored.append((score, candidate.offset, candidate))
        if not scored:
            return None
        return max(scored, key=lambda item: (item[0], item[1]))[2]

    def _recency(self, candidate: Candidate, offset: int) -> float:
        """Salience halves with every thousand characters or so between mention and antecedent."""
        return 0.5 ** ((offset - candidate.offset) / HALF_LIFE)

    def spoke(self, attribution: Attribution) -> None:
        if attribution.source is not None and attribution.speaker is not None:
            self.speakers.append((attribution.source.start, attribution.speaker))

    # -- small readings of the text -------------------------------------------------------

    def _modifiers(self, head: Token) -> set[str]:
        return {c.lemma_.lower() for c in head.children if c.dep_ in {"amod", "compound"} and c.pos_ in {"ADJ", "NOUN"}}

    def _is_definite(self, head: Token) -> bool:
        """ "the official" may be someone named before; "his aide", "Sanders's aides" and
        "the officials" are someone else, or several people."""
        if head.tag_ in {"NNS", "NNPS"} or any(c.dep_ == "poss" for c in head.children):
            return False
        return any(c.dep_ == "det" and c.lower_ in DEFINITE for c in head.children)

    def _affiliation_hint(self, head: Token) -> str | None:
        """ "the Hamas official": the organisation a description names."""
        for child in head.lefts:
            if child.dep_ in {"compound", "nmod", "poss", "amod"} and child.ent_type_ == "ORG":
                return child.text
        return None

    def _mention_text(self, head: Token) -> str:
        """The noun phrase without relative clauses, appositions or trailing prepositions."""
        drop = {"relcl", "appos", "acl", "punct", "prep", "cc", "conj"}
        tokens = [head]
        for child in head.children:
            if child.dep_ not in drop:
                tokens.extend(child.subtree)
        tokens.sort(key=lambda t: t.i)
        return without_stray_punctuation("".join(t.text_with_ws for t in tokens).strip())

    def _in_quote(self, token: Token) -> bool:
        # Quotes come in text order and do not overlap: only the last one starting at or before the token can hold it.
        index = bisect_right(self.quotes, token.idx, key=_quote_start) - 1
        return index >= 0 and token.idx < self.quotes[index].end

    def _paragraph(self, offset: int) -> int:
        """The paragraph holding `offset` (the next one between paragraphs; len(paragraphs) after the last)."""
        return bisect_right(self.doc._.paragraphs, offset, key=_paragraph_end)


def _quote_start(quote) -> int:
    return quote.start


def _paragraph_end(span: tuple[int, int]) -> int:
    return span[1]


def _speaker_of(entity: Entity, resolved_by: str) -> Speaker:
    return Speaker(
        name=entity.name,
        type=entity.type,
        entity=entity.id,
        named=True,
        resolved_by=resolved_by,
        role=(entity.roles or entity.titles or [None])[0],
        affiliation=entity.affiliations[0] if entity.affiliations else None,
    )


def _unresolved(text: str) -> Speaker:
    return Speaker(name=text, type="UNKNOWN", named=False, resolved_by="unresolved")


def _type_fits(have: str, wanted: str) -> bool:
    if wanted == "GROUP":  # "they": an organisation or a group described, never one person or a place
        return have in {"ORG", "UNKNOWN"}
    if wanted == "ORG":
        return have in {"ORG", "GPE"}
    return have == wanted


def _shares_a_word(words: set[str], descriptors: set[str]) -> bool:
    """ "terror" and "terrorist" share a stem; so do "organization" and "organisation"."""
    return any(a[:6] == b[:6] for a in words for b in descriptors if min(len(a), len(b)) >= 4)


def _mentions_affiliation(candidate: Candidate, hint: str) -> bool:
    entity = candidate.entity
    if entity is None:
        return False
    hint = hint.lower()
    texts = [*entity.affiliations, *entity.roles, entity.name, *entity.aliases]
    return any(hint in text.lower() for text in texts)
