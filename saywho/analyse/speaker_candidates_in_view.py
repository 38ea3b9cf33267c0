"""What the speaker resolver (speakers.py) has resolved so far, and the candidates in view of a pronoun or a
description: every name head and every speaker in the paragraph window before it, and the unnamed speakers of the
last two paragraphs, each with the rules' salience (its weight, halving with distance)."""

from __future__ import annotations

from bisect import bisect_left
from copy import copy
from typing import Self

from spacy.tokens import Doc

from saywho.analyse.speaker_candidates import Candidate, mentions_affiliation, speaker_of, type_fits
from saywho.analyse.speaker_ranker import SpeakerRanker
from saywho.analyse.speaker_readings import DEFAULT_SETTINGS, ResolverReadings, ResolverSettings
from saywho.document import Attribution, Entity, Speaker


class CandidatesInView(ResolverReadings):
    """What resolving changes, and the candidates it reads; the text's readings are ResolverReadings'."""

    def __init__(self, doc: Doc, entities: dict[str, Entity], ranker: SpeakerRanker | None = None,
                 record: list | None = None, settings: ResolverSettings = DEFAULT_SETTINGS):
        super().__init__(doc, entities, settings)
        self._start_afresh(ranker, record)

    def _start_afresh(self, ranker: SpeakerRanker | None, record: list | None) -> None:
        """What resolving changes; everything else is read from the text once."""
        self.ranker = ranker
        self.record = record
        self.genders: dict[str, str | None] = {**(self.doc._.entity_genders or {}), **self.clause_genders}
        self.name_speakers: dict[str, Speaker] = {}
        self.speakers: list[tuple[int, Speaker]] = []  # (offset, speaker) of every attribution so far
        self.unnamed: list[Candidate] = []
        # each name head's candidate, made again only when its entity's gender or speaker changes: every pronoun
        # reads the heads before it, and candidates are only read
        self.head_candidates: dict[int, Candidate] = {}
        self.spoken_candidates: dict[int, Candidate] = {}  # the same for each of `speakers`, by position

    def replaying(self, ranker: SpeakerRanker | None) -> Self:
        """A resolver of the same text that has resolved nothing yet, with `ranker`: it shares this one's
        readings of the text (names' head words, sentences, quotes, the interview) rather than reading them again."""
        fresh = copy(self)
        fresh._start_afresh(ranker, None)
        return fresh

    # -- choosing among candidates ------------------------------------------------------

    def _candidates(self, offset: int) -> list[Candidate]:
        paragraph = self.paragraph_of(offset)
        since = self._window_start(paragraph)
        found = [c for c in self._entity_candidates(offset, since) if paragraph - c.paragraph <= self.settings.paragraph_window]
        found += [c for c in self.unnamed if c.offset < offset and paragraph - c.paragraph <= 2]
        return found

    def _window_start(self, paragraph: int) -> int:
        """The first offset whose paragraph is within the paragraph window of `paragraph`: where candidates may start."""
        before = paragraph - self.settings.paragraph_window - 1
        return self.paragraphs[before][1] if before >= 0 else 0

    def _entity_candidates(self, offset: int, since: int = 0) -> list[Candidate]:
        """Entity mentions and speakers before `offset`, from `since` on, so that a long text is not
        read from its start for every pronoun."""
        first = bisect_left(self.name_head_offsets, since)
        last = bisect_left(self.name_head_offsets, offset, lo=first)
        genders, named, kept = self.genders, self.name_speakers, self.head_candidates
        candidates = []
        for position in range(first, last):
            head = self.name_heads[position]
            speaker = named.get(head.entity.id) or self._name_speaker(head.entity)
            gender = genders.get(head.entity.id)
            candidate = kept.get(position)
            if candidate is None or candidate.speaker is not speaker or candidate.gender != gender:
                candidate = kept[position] = Candidate(speaker, gender, head.offset, head.paragraph, head.weight,
                                                       head.entity, subject=head.subject, quoted=head.quoted,
                                                       main=head.main)
            candidates.append(candidate)
        for position, (offset_spoken, speaker) in enumerate(self.speakers):
            if since <= offset_spoken < offset and speaker.entity:
                candidates.append(self._speaker_candidate(position, offset_spoken, self.entities[speaker.entity]))
        return candidates

    def _speaker_candidate(self, position: int, offset: int, entity: Entity) -> Candidate:
        """The candidate the `position`th speaker makes, kept as head_candidates are."""
        speaker, gender = self.name_speakers.get(entity.id) or self._name_speaker(entity), self.genders.get(entity.id)
        candidate = self.spoken_candidates.get(position)
        if candidate is None or candidate.speaker is not speaker or candidate.gender != gender:
            candidate = self.spoken_candidates[position] = Candidate(
                speaker, gender, offset, self.paragraph_of(offset), 3.0, entity, role="speaker")
        return candidate

    def _name_speaker(self, entity: Entity) -> Speaker:
        """The speaker an entity's name makes, made once: candidates' speakers are read, and copied when chosen."""
        if entity.id not in self.name_speakers:
            self.name_speakers[entity.id] = speaker_of(entity, "name")
        return self.name_speakers[entity.id]

    def _best(self, candidates, wanted_type, wanted_gender, hint, offset, noun=None) -> Candidate | None:
        return best_scored(candidates, [self._score(c, wanted_type, wanted_gender, hint, offset, noun)
                                         for c in candidates])

    def _score(self, candidate, wanted_type, wanted_gender, hint, offset, noun=None) -> float | None:
        """The rules' salience of a candidate; None where type, gender or affiliation rule it out."""
        if not type_fits(candidate.speaker.type, wanted_type) or (wanted_type == "GROUP" and candidate.one_thing):
            return None
        if wanted_type == "PERSON" and candidate.several:
            return None  # "Aides said … He praised …": not the aides
        if wanted_gender and candidate.gender and candidate.gender != wanted_gender:
            return None
        if hint and not mentions_affiliation(candidate, hint):
            return None
        score = candidate.weight * self._recency(candidate, offset)
        if noun and candidate.entity and any(noun in role.lower().split() for role in candidate.entity.roles):
            score *= 2.0
        return score

    def _recency(self, candidate: Candidate, offset: int) -> float:
        """Salience halves with every thousand characters or so between mention and antecedent."""
        return 0.5 ** ((offset - candidate.offset) / self.settings.half_life)

    def spoke(self, attribution: Attribution) -> None:
        if attribution.source is not None and attribution.speaker is not None and not self._writes(attribution):
            self.speakers.append((attribution.source.start, attribution.speaker))

    def _writes(self, attribution: Attribution) -> bool:
        """The writer's own "I": never whom a later "he" or "she" stands for ("my mother … she said")."""
        return (self.writer is not None and attribution.speaker is not None and attribution.source is not None
                and attribution.speaker.entity == self.writer[0].id and attribution.source.text.lower() == "i")


def best_scored(candidates: list[Candidate], scores: list[float | None]) -> Candidate | None:
    """The candidate of the highest score (None: ruled out), the latest of equals."""
    scored = [(score, candidate.offset, candidate) for candidate, score in zip(candidates, scores) if score is not None]
    if not scored:
        return None
    return max(scored, key=lambda item: (item[0], item[1]))[2]
