"""Source mention → speaker: names, pronouns and descriptions resolved to the article's entities.

No offline coreference model exists for spaCy here, so this is saywho's own,
deliberately cautious resolver. It prefers leaving a speaker as the text
describes it ("a 33-year-old woman", "he") to forcing a wrong name on it:
- a name resolves to its entity, with every variant merged (entities.py);
- a pronoun resolves to the most salient compatible candidate before it:
  the previous speaker first, then recent subjects, by gender and number;
  where the ranker doubts, the one person in view of the pronoun's gender (speaker_one_of_gender.py);
- a question-and-answer interview's "I" (answers) and "you" (questions) are its
  interviewee (speaker_interviews.py);
- an op-ed's "I" outside quotations is the writer its closing line or its title names (speaker_writers.py);
- a definite description ("the Hamas official", "the group") resolves to a
  recent entity of the right type, and must agree with any affiliation it
  names, and is never a name inside it ("the Gawker employee": train one wrong name fewer, nothing else);
  an indefinite one ("a source") is never resolved. "The company" may also be
  the one organisation named just before it (organisation_kinds.py).
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from copy import copy
from dataclasses import dataclass
from typing import cast

from spacy.tokens import Doc, Token

from saywho.analyse.clause_genders import genders_unknown_till_now
from saywho.analyse.doc_data import SourceLink
from saywho.analyse.mention_names import MentionNames
from saywho.analyse.mention_phrases import phrase_text
from saywho.analyse.mention_roles import role_words
from saywho.analyse.named_together import they_for_people_named_together
from saywho.analyse.near_names import name_the_near
from saywho.analyse.noun_readings import affiliation_hint, is_definite, is_one_thing, is_several, is_some_of, modifiers
from saywho.analyse.organisation_kinds import kinds_of, organisation_named_before
from saywho.analyse.pronoun_choices import pronoun_choices
from saywho.analyse.quote_led_clauses import leads_before_its_quote
from saywho.analyse.sentences import sentence_starts, text_of
from saywho.analyse.speaker_candidates import (
    PRONOUNS,
    WANTED,
    Candidate,
    mentions_affiliation,
    shares_a_word,
    speaker_of,
    type_fits,
    unresolved,
)
from saywho.analyse.speaker_clause_subjects import clause_subject
from saywho.analyse.speaker_common_names import names_no_one
from saywho.analyse.speaker_continuations import last_speaker_going_on
from saywho.analyse.speaker_coordinations import one_of_several
from saywho.analyse.speaker_interviews import Interview, Introduction
from saywho.analyse.speaker_left_open import left_open
from saywho.analyse.speaker_names import name_the_nameless
from saywho.analyse.speaker_one_of_gender import one_of_gender
from saywho.analyse.speaker_organisation_pronouns import organisation_going_on
from saywho.analyse.speaker_possessors import owning_pronoun
from saywho.analyse.speaker_quoted_names import entities_named_in, named_under, open_choices
from saywho.analyse.speaker_ranker import SpeakerRanker, shipped_ranker
from saywho.analyse.speaker_relative_clauses import relative_clause_owner
from saywho.analyse.speaker_sentence_leads import sentence_lead
from saywho.analyse.speaker_taken_up import another_party, speaks_for_another
from saywho.analyse.speaker_topics import cataphora_choice, topic_choice
from saywho.analyse.speaker_unnamed_leads import unnamed_lead
from saywho.analyse.speaker_writers import writer_of
from saywho.analyse.token_arrays import quoted_tokens
from saywho.document import Attribution, Entity, Speaker, SpeakerType
from saywho.lexicons import classified

# The defaults of ResolverSettings (the saywho_speakers component's config).
PARAGRAPH_WINDOW = 6  # paragraphs back that a pronoun's or description's antecedent may stand
HALF_LIFE = 1000  # characters over which a candidate's salience halves


@dataclass(frozen=True)
class ResolverSettings:
    paragraph_window: int = PARAGRAPH_WINDOW
    half_life: float = HALF_LIFE


DEFAULT_SETTINGS = ResolverSettings()


SHIPPED = "shipped"


def resolve_speakers(doc: Doc, ranker: SpeakerRanker | str | None = SHIPPED, record: list | None = None,
                     settings: ResolverSettings = DEFAULT_SETTINGS, resolver: Resolver | None = None) -> list[Attribution]:
    """doc._.attributions, each with its speaker (fresh copies: the Doc keeps its own).
    `ranker` picks pronouns' antecedents: the shipped model by default, the rules alone with None.
    `record`, when given, collects each pronoun's head and choices: the model's training data.
    `resolver`: a Resolver of `doc` made by the caller, which resolves in place of one made from those three."""
    attributions: list[Attribution] = doc._.attributions or []
    sources: list[SourceLink] = doc._.sources or []
    if resolver is None:
        entities = {e.id: e for e in doc._.entities or []}
        model = shipped_ranker() if ranker == SHIPPED else ranker
        resolver = Resolver(doc, entities, model if isinstance(model, SpeakerRanker) else None, record, settings)
    for attribution, source in zip(attributions, sources):
        if source.carried_from is not None:
            attribution.speaker = _carried_over(attributions[source.carried_from])
        elif source.head is not None:
            attribution.speaker = resolver.resolve(doc[source.head], attribution)
        else:
            continue
        if attribution.speaker is not None:
            resolver.spoke(attribution)
    name_the_nameless(doc, attributions, sources, resolver.resolve)
    name_the_near(doc, attributions, sources, resolver)
    return attributions


def _span_of(attribution: Attribution) -> tuple[int, int] | None:
    return (attribution.source.start, attribution.source.end) if attribution.source is not None else None


def _carried_over(earlier: Attribution) -> Speaker | None:
    if earlier.speaker is None:
        return None
    where = earlier.source.start if earlier.source is not None else None
    return Speaker(**{**earlier.speaker.__dict__, "resolved_by": "carry-over", "antecedent": where})


class Resolver:
    def __init__(self, doc: Doc, entities: dict[str, Entity], ranker: SpeakerRanker | None = None,
                 record: list | None = None, settings: ResolverSettings = DEFAULT_SETTINGS):
        self.doc = doc
        self.settings = settings
        self.paragraphs = doc._.paragraphs or []
        self.paragraph_ends = [end for _, end in self.paragraphs]  # bisected for every candidate: no key function
        self.sentence_starts = sentence_starts(doc)  # read, never changed: the Doc's own list, made once
        self.entities = entities
        self.descriptors: dict[str, set[str]] = doc._.entity_descriptors or {}
        self.by_token: dict[int, str] = doc._.entity_of_token or {}
        self.quotes = list(doc._.quotes or [])
        self.quote_starts = [quote.start for quote in self.quotes]
        self.quote_sentences = [self.sentence_of(quote.start) for quote in self.quotes]
        self.first_quote_end: dict[int, int] = {}  # sentence → where the first of its quotes to close closes
        for quote, sentence in zip(self.quotes, self.quote_sentences):
            self.first_quote_end[sentence] = min(quote.end, self.first_quote_end.get(sentence, quote.end))
        self.name_heads = self._name_heads()
        self.name_head_offsets = [head.offset for head in self.name_heads]
        self.name_head_entities = [head.entity.id for head in self.name_heads]
        self.interview = Interview(text_of(doc), self.paragraphs,
                                   [Introduction(h.offset, h.entity, h.leads) for h in self.name_heads])
        self.name_head_tokens = {head.offset: head.index for head in self.name_heads}
        self.name_head_deps = {offset: doc[index].dep_ for offset, index in self.name_head_tokens.items()}
        self.writer = writer_of(doc, self.paragraphs, entities, self.by_token)  # an op-ed's, named in its last line
        self.possessive: dict[int, bool] = {}
        self.roles = classified("role_nouns.txt")
        self.names = MentionNames(doc, entities, self.by_token, self.roles)
        people = {e.id for e in entities.values() if e.type == "PERSON"}  # "Sami recalled how on his first trip"
        self._role_words: dict[str, list[str]] | None = None
        self.clause_genders = genders_unknown_till_now(doc, self.by_token, quoted_tokens(doc, self.quotes),
                                                       doc._.entity_genders or {}, people)
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

    def replaying(self, ranker: SpeakerRanker | None) -> Resolver:
        """A resolver of the same text that has resolved nothing yet, with `ranker`: it shares this one's
        readings of the text (names' head words, sentences, quotes, the interview) rather than reading them again."""
        fresh = copy(self)
        fresh._start_afresh(ranker, None)
        return fresh

    def role_words(self) -> dict[str, list[str]]:
        """The words the article describes each entity with (mention_roles.role_words): read once, for the
        near names' rules and the profiles alike, and never changed by either."""
        if self._role_words is None:
            self._role_words = role_words(self.doc, self.entities.values())
        return self._role_words

    # -- the three kinds of mention ---------------------------------------------------

    def resolve(self, head: Token, attribution: Attribution) -> Speaker:
        head = self.names.outside_brackets(head, _span_of(attribution))
        if is_several(head):
            return self._unnamed(head, group=True)
        if self.names.names_a_group(head):
            return self._unnamed(head, group=head.tag_ in {"NNS", "NNPS"})
        entity_id = self._entity_of(head, attribution)
        if entity_id is not None and names_no_one(self.entities[entity_id], self.roles, head):
            entity_id = None  # "Attorneys for Clinton", "The lawyers": a noun, not a name
        if entity_id is not None and not (head.i in self.by_token and is_some_of(head)):
            return self._named(entity_id, head)
        interviewee = self.interview.speaker_of(head.lower_, head.idx) if head.pos_ == "PRON" else None
        if interviewee is not None:  # an answer's "I", a question's "you"
            return Speaker(**{**speaker_of(interviewee, "pronoun").__dict__, "antecedent": self.interview.introduced_at})
        if head.lower_ == "i" and self.writer is not None and not self._in_quote(head):  # the writer's own "I"
            writer, named_at = self.writer
            return Speaker(**{**speaker_of(writer, "pronoun").__dict__, "antecedent": named_at})
        if head.pos_ == "PRON" and head.lower_ in PRONOUNS:
            barred = entities_named_in(attribution.quoted, self.name_head_offsets, self.name_head_entities)
            barred |= named_under(head, self.by_token)
            return self._pronoun(head, barred) or unresolved(head.text)
        owner = owning_pronoun(head, self.roles)
        found = self._pronoun(owner, named_under(owner, self.by_token)) if owner is not None else None
        if found is not None and found.named:  # "His remarks indicated": his words, so him
            return found
        if is_definite(head) and head.lemma_.lower() in self.roles:
            found = self._description(head)
            if found is not None:
                return found
            named = organisation_named_before(head, self)  # "… with EgyptAir, the airline said"
            if named is not None:
                return Speaker(**{**speaker_of(named.entity, "description").__dict__, "antecedent": named.offset})
        return self._unnamed(head)

    def _entity_of(self, head: Token, attribution: Attribution) -> str | None:
        return self.names.entity_of(head, _span_of(attribution))

    def _named(self, entity_id: str, head: Token) -> Speaker:
        entity = self.entities[entity_id]
        mention = self._mention_text(head)
        return speaker_of(entity, "name" if mention == entity.name else "alias")

    def _pronoun(self, head: Token, barred: frozenset[str] = frozenset()) -> Speaker | None:
        """`barred`: the ids of entities that cannot be meant (those the quotation it introduces names)."""
        wanted_type, wanted_gender = WANTED[head.lower_]
        candidates = self._candidates(head.idx)
        # the rules' scores, read by the rules' choice and by the ranker's features alike
        scores = [self._score(c, wanted_type, wanted_gender, None, head.idx) for c in candidates]
        by_rules = _best_scored(candidates, scores)
        best = by_rules
        if self.ranker is not None or self.record is not None:
            choices = pronoun_choices(self, head, candidates, scores)
            if self.record is not None:
                self.record.append((head, choices))
        if self.ranker is not None:
            chosen = topic_choice(head, choices, self.by_token) or cataphora_choice(  # "As for Trump, he said"
                head, choices, self.by_token, self._entity_candidates) or self.ranker.choose(
                open_choices(self.ranker, choices, barred))
            lead = unnamed_lead(head, chosen.candidate.offset, self.roles, self.by_token) if chosen else None
            if lead is not None:  # "A woman received probation after she had posted": the woman
                self._unnamed(lead)
                chosen, by_rules = None, self.unnamed[-1]
            # The model names people; where it names nobody, an unnamed speaker the rules find
            # ("A resident ... she said") still describes "she" better than "she" does.
            unnamed = by_rules if by_rules is not None and by_rules.entity is None else None
            if unnamed is not None and they_for_people_named_together(head, self.by_token, self.entities):
                unnamed = None  # "Cruz, Trump and Rubio established …. Even as they all vowed": not "the primary"
            candidates = [c for c in candidates if c.entity is None or c.entity.id not in barred]
            best = chosen.candidate if chosen else (unnamed or last_speaker_going_on(
                head, candidates, self.speakers, self.paragraph_of, self.genders)
                or organisation_going_on(head, candidates, self) or one_of_gender(head, candidates, by_rules, self.genders, self.name_head_tokens, self.by_token,
                                 self.roles) or sentence_lead(head, candidates, self) or left_open(head, candidates, self)
                or clause_subject(head, candidates, self.genders, self.paragraph_of(head.idx), self.roles)
                or relative_clause_owner(head, candidates, self.by_token, self.genders))
        if best is None or (self.ranker is not None and one_of_several(
                head, best, self.name_head_tokens, self.by_token, self.entities, self.genders, wanted_gender)):
            return None  # "Lane, Ford and Hart met … He said": nothing singles one out
        if best.entity is not None and wanted_gender and not self.genders.get(best.entity.id):
            self.genders[best.entity.id] = wanted_gender  # "he" once, "he" thereafter
        return Speaker(**{**best.speaker.__dict__, "resolved_by": "pronoun", "antecedent": best.offset})

    def pronoun_antecedent(self, pronoun: Token) -> Speaker | None:
        """Whom a he, him, she or her anywhere in the text stands for, as a source pronoun would be
        resolved there: a named entity's speaker, or an unnamed one ("a resident") with its antecedent
        offset. For profiles, which read every pronoun."""
        return self._pronoun(pronoun) if pronoun.lower_ in PRONOUNS else None

    def _description(self, head: Token) -> Speaker | None:
        wanted_type, gender = self.roles[head.lemma_.lower()].split("\t")
        hint = affiliation_hint(head)
        # "the Gawker employee", "the Miller aide": a name inside the description says whose it is, never who
        owners = {self.by_token.get(index) for index in range(head.left_edge.i, head.i)}
        candidates = [c for c in self._candidates(head.idx) if c.entity is not None and c.entity.id not in owners]
        # "the terrorist organization", "the senator", "the company": only someone the text has called so
        # before; the organisation merely in view was the wrong one more often than the right one.
        words = {head.lemma_.lower(), *modifiers(head)}
        candidates = [c for c in candidates if c.entity is not None and shares_a_word(words, self._called(c.entity))
                      and self.names.fits_description(head, c.entity, self._called(c.entity))
                      and not another_party(head, c.entity, self)
                      and not speaks_for_another(head.lemma_.lower(), c.entity, self)]
        best = self._best(candidates, wanted_type, None if gender == "-" else gender, hint=hint, offset=head.idx,
                          noun=head.lemma_.lower())
        if best is None:
            return None
        return Speaker(**{**best.speaker.__dict__, "resolved_by": "description", "antecedent": best.offset})

    def _called(self, entity: Entity) -> set[str]:
        """What the text has called an entity: the words beside its name, and its name's own ("Harbour First party")."""
        names = {word.lower() for name in [entity.name, *entity.aliases] for word in name.split()}
        return self.descriptors.get(entity.id, set()) | names | kinds_of(entity, self.roles)

    def _unnamed(self, head: Token, group: bool = False) -> Speaker:
        description = self._group_text(head) if group else self._mention_text(head)
        noun = head.lemma_.lower()
        kind, _, gender = self.roles.get(noun, "UNKNOWN\t-").partition("\t")
        # role_nouns.txt types each noun PERSON or ORG (tests/test_document_model.py holds it to SpeakerType)
        speaker = Speaker(name=description, type=cast(SpeakerType, kind), named=False, resolved_by="unnamed")
        self.unnamed.append(
            Candidate(speaker, None if gender in {"", "-"} else gender, head.idx, self.paragraph_of(head.idx), 1.0,
                      role="unnamed", one_thing=kind == "UNKNOWN" and is_one_thing(head))
        )
        return speaker

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

    def _name_heads(self) -> list[_NameHead]:
        """Each name's head word, in text order, with what a candidate made of it needs: read once per
        text rather than for every pronoun and description."""
        heads = []
        for token_id in sorted(self.by_token):
            entity_id = self.by_token[token_id]
            token = self.doc[token_id]
            if token.head.i in self.by_token and self.by_token.get(token.head.i) == entity_id and token.head.i != token.i:
                continue  # score a name once, at its head word
            subject = _is_subject(token)
            quoted = self._in_quote(token)
            weight = 2.0 if subject else 1.0
            if quoted:
                weight *= 0.3  # a speaker's own words are a weaker antecedent than the narrative
            main = subject and (_governs_its_sentence(token)
                                or leads_before_its_quote(token, self.quotes, self.quote_starts))
            # "Mark Ruiz and Tom Baker spoke": both lead the sentence, though only Ruiz is its parsed subject
            leads = main or (token.dep_ == "conj" and _is_subject(token.head) and _governs_its_sentence(token.head))
            heads.append(_NameHead(token.idx, self.paragraph_of(token.idx), weight, self.entities[entity_id],
                                   subject, quoted, token.i, main, leads))
        return heads

    def _best(self, candidates, wanted_type, wanted_gender, hint, offset, noun=None) -> Candidate | None:
        return _best_scored(candidates, [self._score(c, wanted_type, wanted_gender, hint, offset, noun)
                                         for c in candidates])

    def _score(self, candidate, wanted_type, wanted_gender, hint, offset, noun=None) -> float | None:
        """The rules' salience of a candidate; None where type, gender or affiliation rule it out."""
        if not type_fits(candidate.speaker.type, wanted_type) or (wanted_type == "GROUP" and candidate.one_thing):
            return None
        if wanted_gender and candidate.gender and candidate.gender != wanted_gender:
            return None
        if hint and not mentions_affiliation(candidate, hint):
            return None
        score = candidate.weight * self._recency(candidate, offset)
        if noun and candidate.entity and any(noun in role.lower() for role in candidate.entity.roles):
            score *= 2.0
        return score

    def possessive_at(self, offset: int) -> bool:
        """ "Clinton's campaign": the name stands for someone's, not for a speaker."""
        if offset not in self.possessive:  # asked for every candidate of every pronoun: read each name once
            self.possessive[offset] = self._read_possessive_at(offset)
        return self.possessive[offset]

    def dependency_at(self, offset: int) -> str:
        """The dependency of the name head at `offset` ("nsubj", "dobj"), or "" where no name head stands."""
        return self.name_head_deps.get(offset, "")

    def _read_possessive_at(self, offset: int) -> bool:
        if offset in self.name_head_tokens:  # every mention candidate's offset is a name head's
            token = self.doc[self.name_head_tokens[offset]]
        else:
            span = self.doc.char_span(offset, offset + 1, alignment_mode="expand")
            if span is None:
                return False
            token = span[0]
        name_end = token
        while name_end.i + 1 < len(self.doc) and self.by_token.get(name_end.i + 1) == self.by_token.get(token.i):
            name_end = self.doc[name_end.i + 1]
        after = self.doc[name_end.i + 1] if name_end.i + 1 < len(self.doc) else None
        return after is not None and after.tag_ == "POS"

    def sentence_of(self, offset: int) -> int:
        return bisect_right(self.sentence_starts, offset) - 1

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

    # -- small readings of the text -------------------------------------------------------

    def _mention_text(self, head: Token) -> str:
        """The noun phrase without relative clauses, appositions or trailing prepositions."""
        return phrase_text(head, drop={"relcl", "appos", "acl", "punct", "prep", "cc", "conj"})

    def _group_text(self, head: Token) -> str:
        """The coordinated phrase whole ("Clinton and the State Department"), without relative clauses."""
        return phrase_text(head, drop={"relcl", "appos", "acl", "punct", "prep"})

    def _in_quote(self, token: Token) -> bool:
        # Quotes come in text order and do not overlap: only the last one starting at or before the token can hold it.
        index = bisect_right(self.quote_starts, token.idx) - 1
        return index >= 0 and token.idx < self.quotes[index].end

    def paragraph_of(self, offset: int) -> int:
        """The paragraph holding `offset` (the next one between paragraphs; len(paragraphs) after the last)."""
        return bisect_right(self.paragraph_ends, offset)


def _best_scored(candidates: list[Candidate], scores: list[float | None]) -> Candidate | None:
    """The candidate of the highest score (None: ruled out), the latest of equals."""
    scored = [(score, candidate.offset, candidate) for candidate, score in zip(candidates, scores) if score is not None]
    if not scored:
        return None
    return max(scored, key=lambda item: (item[0], item[1]))[2]


@dataclass(frozen=True)
class _NameHead:
    """A name's head word as a candidate antecedent (Resolver._name_heads)."""

    offset: int
    paragraph: int
    weight: float
    entity: Entity
    subject: bool
    quoted: bool
    index: int  # the token's
    main: bool  # the subject of its sentence's main clause, not of a clause reported or embedded in it
    leads: bool  # the main clause's subject or one of several coordinated with it


def _governs_its_sentence(token: Token) -> bool:
    """ "Reid said that Sanders has energized…": Reid, not Sanders, is who the sentence is about."""
    verb = token.head.head if token.dep_ == "appos" else token.head
    while verb.dep_ == "conj" and verb.head is not verb:
        verb = verb.head
    return verb.dep_ == "ROOT"


def _is_subject(token: Token) -> bool:
    """The subject, or a name in apposition to it ("The firm's lead engineer, Marcus Obi, told...")."""
    subjects = {"nsubj", "nsubjpass"}
    return token.dep_ in subjects or (token.dep_ == "appos" and token.head.dep_ in subjects)
