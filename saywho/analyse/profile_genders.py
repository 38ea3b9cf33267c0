"""A source profile's gender (profiles.py): what the article uses for the person, from every he, him, she and
her outside quotation marks the speaker resolver ties to them, the his, himself or herself of a clause's subject,
Mr. and Ms., and gendered nouns; for a description, the pronouns of the clause it leads."""

from __future__ import annotations

import re
from collections import Counter, defaultdict

from spacy.tokens import Doc, Token

from saywho.analyse.campaigning import CANDIDATES_OWN, campaigns
from saywho.analyse.clause_genders import (
    clause_subject_genders,
    named_subjects,
    named_with_the,
    reporting_verb,
    with_described_sources,
)
from saywho.analyse.doc_data import SourceLink
from saywho.analyse.mention_roles import SUBJECT_PRONOUNS
from saywho.analyse.name_forms import PRONOUN_GENDERS
from saywho.analyse.profile_roles import head_word
from saywho.analyse.profile_words import gendered_nouns, role_head, singular, source_words
from saywho.analyse.role_phrases import words_of
from saywho.analyse.speaker_candidates import PRONOUNS as PRONOUNS_WANTED
from saywho.analyse.speaker_ranker import SpeakerRanker, shipped_ranker
from saywho.analyse.speaker_readings import DEFAULT_SETTINGS, ResolverSettings
from saywho.analyse.speakers import Resolver
from saywho.analyse.token_arrays import quoted_tokens, with_lower
from saywho.analyse.unnamed_genders import unnamed_heads, unnamed_subject_genders
from saywho.document import NOT_STATED, Attribution, Entity, Gender, SourceKind, Speaker

# The gendered pronouns the resolver resolves, and their gender: he, him, she, her.
SUBJECT_OBJECT_PRONOUNS = {pronoun: gender for pronoun, (_, gender) in PRONOUNS_WANTED.items() if gender}
GENDER_NAMES: dict[str, Gender] = {"f": "female", "m": "male"}
COURTESY_TITLES = {"mr", "mrs", "ms", "miss"}


def profile_gender(speaker: Speaker, entity: Entity | None, source: str, description: str, kind: SourceKind,
                   genders: EntityGenders, pronouns: Counter[str]) -> Gender:
    if kind not in {"person", "unknown"}:
        return NOT_STATED
    if words_of(source) in (["he"], ["she"]):  # "she said": whoever the resolver took her for, the article says she
        return GENDER_NAMES[PRONOUN_GENDERS[words_of(source)[0]]]
    if entity is not None:
        return genders.of(entity.id)
    signals = Counter(_gender_words([head_word(description)]) if description.lower() not in SUBJECT_PRONOUNS else [])
    # "a welder who lost his job": the description's own relative clause says it
    clause = re.split(r"\bwho\b", source, maxsplit=1)
    if len(clause) == 2:
        signals.update(PRONOUN_GENDERS[w] for w in words_of(clause[1]) if w in PRONOUN_GENDERS)
    return _decided(signals + pronouns)


class EntityGenders:
    """The gender the article states for each person entity, from every signal it gives."""

    def __init__(self, doc: Doc, entities: dict[str, Entity], attributions: list[Attribution],
                 ranker: SpeakerRanker | None = None, settings: ResolverSettings = DEFAULT_SETTINGS,
                 resolver: Resolver | None = None):
        # organisations too: the recogniser takes a person for one now and then ("Mr. Trump" as ORG)
        self.signals: dict[str, Counter] = {e.id: Counter() for e in entities.values()
                                            if e.type == "PERSON" or (e.type == "ORG" and not named_with_the(e))}
        self.people = {e.id for e in entities.values() if e.type == "PERSON"}
        self.unnamed: dict[int, Counter] = defaultdict(Counter)  # an unnamed speaker's head offset → pronouns
        self.candidates: set[str] = set()  # the people a pronoun shows running: read as politicians
        for entity in entities.values():
            if entity.id in self.signals:
                self.signals[entity.id].update(_gender_words([t.lower() for t in entity.titles]))
                self.signals[entity.id].update(_gender_words([role_head(role) for role in entity.roles]))
        for attribution in attributions:
            speaker = attribution.speaker
            if speaker is not None and speaker.entity in self.signals and speaker.resolved_by == "description":
                self.signals[speaker.entity].update(_gender_words(words_of(source_words(attribution))[-1:]))
        # the speakers step's resolver, where given, has read the text already: only its answers start afresh
        replay = (resolver or Resolver(doc, entities, settings=settings)).replaying(ranker or shipped_ranker())
        self._every_pronoun(doc, attributions, replay)

    def add_nouns(self, described: dict[str, list[str]]) -> None:
        """The gendered nouns the article gives each entity in any mention: "Verley, HP's chief spokesman",
        "the congressman's ... Rep. Hale" (mention_roles.role_words). Only nouns: a "his" in "Williams, his
        longtime friend" is someone else's."""
        gendered = gendered_nouns()
        for entity_id, words in described.items():
            if entity_id in self.signals:  # Mr. and Ms. are counted once, among the entity's titles
                self.signals[entity_id].update(g for w in words if w not in COURTESY_TITLES
                                               and (g := singular(w, gendered)) in {"f", "m"})

    def of(self, entity_id: str) -> Gender:
        return _decided(self.signals.get(entity_id, Counter()))

    def of_unnamed(self, offset: int | None) -> Counter:
        """The pronouns resolved to the unnamed speaker whose description's head stands at `offset`."""
        return self.unnamed.get(offset, Counter()) if offset is not None else Counter()

    def _every_pronoun(self, doc: Doc, attributions: list[Attribution], resolver: Resolver) -> None:
        """Every he, him, she and her outside quotation marks, resolved as the speakers step resolves
        a source pronoun: "she" in paragraph 3 states the gender of the Clinton quoted in paragraph 12.
        Quoted pronouns are the speaker's own words, about someone else as often as not.
        `resolver`: one that has resolved nothing yet."""
        links = doc._.sources or [SourceLink()] * len(attributions)
        for attribution, head in zip(attributions, (link.head for link in links)):
            if head is not None and attribution.speaker is not None \
                    and attribution.speaker.resolved_by == "unnamed":
                resolver.resolve(doc[head], attribution)  # "a nurse": a candidate for a later "her"
            resolver.spoke(attribution)
        quoted = quoted_tokens(doc, doc._.quotes or [])
        by_token = with_described_sources(doc, attributions, doc._.entity_of_token or {})  # "the senator"
        for token in (doc[i] for i in with_lower(doc, SUBJECT_OBJECT_PRONOUNS)):
            gender = SUBJECT_OBJECT_PRONOUNS[token.lower_]
            if token.pos_ != "PRON" or token.i in quoted:
                continue
            entity_id = self._reporting_subject(token, by_token)
            found = resolver.pronoun_antecedent(token) if entity_id is None else None
            if found is not None and found.entity is None and found.antecedent is not None:
                self.unnamed[found.antecedent][gender] += 1  # "The lawmaker ... he": a person never named
                continue
            entity_id = entity_id or (found.entity if found is not None else None)
            if entity_id in self.signals and entity_id not in _subjects_of(token.head, by_token, token):
                self.signals[entity_id][gender] += 1
                if _shows_a_candidate(token, by_token):
                    self.candidates.add(entity_id)  # "her presidential campaign", "he won the primary"
        for entity_id, gender in clause_subject_genders(doc, by_token, quoted, self.people, said=True):  # "Rubio defended himself"
            if entity_id in self.signals:
                self.signals[entity_id][gender] += 1
        described = unnamed_heads(doc, attributions, links, by_token)  # "The photographer had misplaced his passport"
        for offset, gender in unnamed_subject_genders(doc, described, by_token, quoted, self.people):
            self.unnamed[offset][gender] += 1

    def _reporting_subject(self, pronoun: Token, by_token: dict[int, str]) -> str | None:
        """ "Bush said he would ...": the one person who is the subject of the verb whose
        complement the pronoun is the subject of."""
        verb = reporting_verb(pronoun)
        if verb is None:
            return None
        people = _subjects_of(verb, by_token) & set(self.signals)
        return next(iter(people)) if len(people) == 1 else None


def _shows_a_candidate(pronoun: Token, by_token: dict[int, str]) -> bool:
    if pronoun.dep_ == "poss":
        return pronoun.head.lemma_.lower() in CANDIDATES_OWN
    return campaigns(pronoun, by_token, strict=True)


def _subjects_of(verb: Token, by_token: dict[int, str], pronoun: Token | None = None) -> set[str]:
    """The entities that are the subject of `verb`. With an object pronoun given, those it cannot stand
    for: in "Nespral asked him", him is not Nespral."""
    if pronoun is not None and pronoun.dep_ not in {"dobj", "dative"}:
        return set()
    return named_subjects(verb, by_token)


def _decided(signals: Counter[str]) -> Gender:
    female, male = signals.get("f", 0), signals.get("m", 0)
    return GENDER_NAMES["f"] if female > 3 * male else GENDER_NAMES["m"] if male > 3 * female else NOT_STATED


def _gender_words(words: list[str]) -> list[str]:
    gendered = gendered_nouns()
    found = []
    for word in words:
        gender = PRONOUN_GENDERS.get(word) or singular(word, gendered)
        if gender in {"f", "m"}:
            found.append(gender)
    return found
