"""Source mention → speaker: names, pronouns and descriptions resolved to the article's entities.

No offline coreference model exists for spaCy here, so this is saywho's own,
deliberately cautious resolver. It prefers leaving a speaker as the text
describes it ("a 33-year-old woman", "he") to forcing a wrong name on it:
- a name resolves to its entity, with every variant merged (entities.py);
- a pronoun resolves to the most salient compatible candidate before it:
  the previous speaker first, then recent subjects, by gender and number;
  where the ranker doubts, the one person in view of the pronoun's gender (speaker_one_of_gender.py);
- a question-and-answer interview's "I" (answers) and "you" (questions) are its interviewee (speaker_interviews.py);
- an op-ed's "I" outside quotations is the writer its closing line or its title names (speaker_writers.py);
- a definite description ("the Hamas official", "the group") resolves to a recent entity of the right type, and
  must agree with any affiliation it names, and is never a name inside it ("the Gawker employee");
  an indefinite one ("a source") is never resolved. "The company" may also be
  the one organisation named just before it (organisation_kinds.py).
"""

from __future__ import annotations

from functools import cached_property
from typing import cast

from spacy.tokens import Doc, Token

from saywho.analyse.doc_data import SourceLink
from saywho.analyse.document_titles import titled, titled_before
from saywho.analyse.name_cleaning import is_headline
from saywho.analyse.named_together import they_for_people_named_together
from saywho.analyse.near_names import name_the_near
from saywho.analyse.noun_readings import (
    a_body_qualified_otherwise,
    affiliation_hint,
    is_definite,
    is_one_thing,
    is_several,
    is_some_of,
    modifiers,
    name_after_titles,
    name_closing_a_title,
    past_a_coordinated_modifier,
    qualified_otherwise,
    written_whole,
)
from saywho.analyse.organisation_kinds import (
    NameHead,
    another_kind_of_body,
    kinds_of,
    organisation_leading_before,
    organisation_named_before,
    their_union,
)
from saywho.analyse.pronoun_choices import pronoun_choices
from saywho.analyse.referents import CALLED, SAME_CALLING, described_entity, titles_in_full
from saywho.analyse.speaker_ages import described_age
from saywho.analyse.speaker_candidates import (
    PRONOUNS,
    WANTED,
    Candidate,
    a_lesser_office,
    another_calling,
    shares_a_word,
    speaker_of,
    unresolved,
)
from saywho.analyse.speaker_candidates_in_view import CandidatesInView, best_scored
from saywho.analyse.speaker_clause_subjects import clause_subject
from saywho.analyse.speaker_common_names import holder_of_the_office, names_no_one
from saywho.analyse.speaker_continuations import (
    carried_over,
    last_speaker_going_on,
    quoted_last_paragraph,
    unnamed_speaker_going_on,
)
from saywho.analyse.speaker_coordinations import beside_a_like_pronoun, one_of_several
from saywho.analyse.speaker_courts import the_court, the_judge
from saywho.analyse.speaker_epithets import described_by_age, described_further_back, described_subject_before
from saywho.analyse.speaker_families import (
    KIN_GENDER,
    Family,
    family_member,
    named_beside,
    namesake_rank,
    ranked_namesake,
    ranked_otherwise,
    read_family,
)
from saywho.analyse.speaker_generations import of_the_generation
from saywho.analyse.speaker_last_speakers import reaches_past_a_speaker
from saywho.analyse.speaker_left_open import left_open
from saywho.analyse.speaker_names import name_the_nameless
from saywho.analyse.speaker_nationalities import of_the_nationality
from saywho.analyse.speaker_office_initials import office_holders
from saywho.analyse.speaker_officials import official_just_quoted, organisation_just_quoted
from saywho.analyse.speaker_one_of_gender import one_of_gender, only_one_of_gender_near, only_person_in_view
from saywho.analyse.speaker_organisation_pronouns import organisation_going_on
from saywho.analyse.speaker_owned_roles import owned_role_holder
from saywho.analyse.speaker_possessors import owning_pronoun
from saywho.analyse.speaker_quoted_names import (
    entities_named_in,
    named_under,
    never_speaking,
    open_choices,
    spoken_of_before,
    subject_reported_before,
)
from saywho.analyse.speaker_ranker import SpeakerRanker, shipped_ranker
from saywho.analyse.speaker_readings import DEFAULT_SETTINGS, ResolverSettings
from saywho.analyse.speaker_relative_clauses import relative_clause_owner
from saywho.analyse.speaker_sentence_leads import sentence_lead
from saywho.analyse.speaker_taken_up import another_party, held_before, speaks_for_another
from saywho.analyse.speaker_topics import (
    actor_before,
    answers_a_charge,
    asker_just_before,
    cataphora_choice,
    last_speaker_replied_to,
    subject_acting_before,
    subject_just_before,
    the_one_asked,
    topic_choice,
)
from saywho.analyse.speaker_transcript_labels import labelled_turn
from saywho.analyse.speaker_unnamed_leads import (
    brought_in_unnamed,
    described_again,
    document_lead,
    group_lead,
    lead_before,
    same_modifiers,
    taken_up_again,
    unnamed_lead,
    unnamed_person,
    unnamed_source,
)
from saywho.document import Attribution, Entity, ResolvedBy, Speaker, SpeakerType

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
            attribution.speaker = carried_over(attributions[source.carried_from])
        elif source.head is not None:
            attribution.speaker = resolver.resolve(doc[source.head], attribution)
        else:
            continue
        if attribution.speaker is not None:
            resolver.spoke(attribution)
    name_the_nameless(doc, attributions, sources, resolver.resolve)
    name_the_near(doc, attributions, sources, resolver)
    return attributions


def _named_since(found: Speaker, named: NameHead | None) -> bool:
    """ "… a research group based in Oslo. / The paramilitary Western Resolve Forces denied …. In a statement …, the
    group said": the organisation named in view since the one the text called so."""
    return named is not None and found.type == "ORG" and found.antecedent is not None \
        and named.offset > found.antecedent and named.entity.name != found.name


def _span_of(attribution: Attribution) -> tuple[int, int] | None:
    return (attribution.source.start, attribution.source.end) if attribution.source is not None else None


# Offices a title gives a person ("Sen.", "Gov.", "Rep."), which the article gives one person at a time:
# senator, governor, congressman, congresswoman, lawmaker.
TITLED_OFFICES = frozenset(office for office, words in CALLED.items() if words & {"sen", "gov", "rep"})


class Resolver(CandidatesInView):
    """Resolves each source mention to its speaker; what it reads of the text is ResolverReadings', what it
    has resolved so far and the candidates in view CandidatesInView's."""

    # -- the three kinds of mention ---------------------------------------------------

    def _interview_turn(self, head: Token) -> Speaker | None:
        """An interview's `A:` is the interviewee, named above the first question; its `Q:` the interviewer."""
        marker = self.interview.marker_at(head.idx) if head.text in {"Q", "A", "Q.", "A."} else None
        if marker is None:
            return None
        interviewee = self.interview.interviewee if marker == "A" else None
        if interviewee is None:  # the interviewer, or an interviewee the introduction does not single out
            return Speaker(name="the interviewer" if marker == "Q" else "the interviewee", type="UNKNOWN",
                           named=False, resolved_by="unnamed")
        return Speaker(**{**speaker_of(interviewee, "description").__dict__, "antecedent": self.interview.introduced_at})

    def resolve(self, head: Token, attribution: Attribution) -> Speaker:
        head = self.names.name_opening_the_source(self.names.outside_brackets(head, _span_of(attribution)),
                                                  _span_of(attribution))
        head = name_after_titles(head) or name_closing_a_title(self.doc, _span_of(attribution)) or head
        head = past_a_coordinated_modifier(head) or head
        if (turn := self._interview_turn(head) or the_court(head, self.entities)
                or labelled_turn(attribution, self.entities)) is not None:
            return turn
        if is_several(head):
            return self._unnamed(head, group=True)
        if self.names.names_a_group(head):
            return self._unnamed(head, group=head.tag_ in {"NNS", "NNPS"})
        if (namesake := ranked_namesake(head, self)) is not None:  # "the younger Mr. Kamau"
            return namesake
        if namesake_rank(head) is not None:  # "the elder Haddad", where the text does not say which Haddad is
            return self._unnamed(head)
        entity_id = self._entity_of(head, attribution)
        initialled = office_holders(self.entities[entity_id], head, self.entities) if entity_id is not None else set()
        if entity_id is not None and (initialled or names_no_one(self.entities[entity_id], self.roles, head)):
            holding = holder_of_the_office(self.entities[entity_id], self.entities, initialled)
            if holding is not None:  # "the GMD": the one person the text gave that office
                return Speaker(**{**self._named(holding.id, head).__dict__, "resolved_by": "description"})
            entity_id = None  # "Attorneys for Clinton", "The lawyers": a noun, not a name
        if entity_id is not None:
            entity_id = of_the_generation(entity_id, head, self.entities)
        if entity_id is not None and not (self.by_token.get(head.i) == entity_id and is_some_of(head)):
            return self._named(entity_id, head)
        interviewee = self.interview.speaker_of(head.lower_, head.idx) if head.pos_ == "PRON" else None
        if interviewee is not None:  # an answer's "I", a question's "you"
            return Speaker(**{**speaker_of(interviewee, "pronoun").__dict__, "antecedent": self.interview.introduced_at})
        if head.lower_ == "i" and self.writer is not None and not self._in_quote(head):  # the writer's own "I"
            writer, named_at = self.writer
            return Speaker(**{**speaker_of(writer, "pronoun").__dict__, "antecedent": named_at})
        if head.pos_ == "PRON" and head.lower_ in PRONOUNS:
            quoted = entities_named_in(attribution.quoted, self.name_head_offsets, self.name_head_entities)
            barred = quoted | named_under(head, self.by_token) | spoken_of_before(attribution.quoted, head, self.by_token) \
                | subject_reported_before(attribution, head, self.by_token)
            governed = never_speaking(head, attribution, self) | self._replied_to(head) \
                | beside_a_like_pronoun(head, self.by_token)
            return self._pronoun(head, barred, governed, quoted) or unresolved(head.text)
        holder = owned_role_holder(head, self)
        if holder is not None:  # "Strzok attorney Aitan Goelman … Strzok's attorney said": Goelman
            return Speaker(**{**holder.speaker.__dict__, "resolved_by": "description", "antecedent": holder.offset})
        relative = family_member(head, self, self.spoken())
        if relative is not None:  # "Her younger sister, Nguyen Thi Hoa, 54, …. the elder sister said": Lan
            return relative
        owner = owning_pronoun(head, self.roles)
        found = self._pronoun(owner, named_under(owner, self.by_token)) if owner is not None else None
        if found is not None and found.named:  # "His remarks indicated": his words, so him
            return found
        if (is_definite(head) or their_union(head)) and head.lemma_.lower() in self.roles:
            found = self._just_as_described(head) or organisation_just_quoted(head, self) or self._description(head) \
                or (the_judge(self.entities) if head.lower_ == "judge" else None)
            named = organisation_named_before(head, self)  # "… with EgyptAir, the airline said"
            if found is not None and not _named_since(found, named):
                return found
            named = named or (organisation_leading_before(head, self) if found is None else None)
            if named is not None:
                return Speaker(**{**speaker_of(named.entity, "description").__dict__, "antecedent": named.offset})
            # "Rep. Blake Farenthold … the four-term congressman said": the one person the article gave that office
            # by its title. Not a calling ("the presidential candidate"), which the article gives several people.
            office_holder = described_entity(self.doc, self._mention_text(head), head.idx, self.entities,
                                             self.role_words()) if head.lemma_.lower() in TITLED_OFFICES else None
            if office_holder is not None:
                return speaker_of(office_holder, "description")
            again = described_again(head, self.unnamed, self.paragraph_of(head.idx))
            if again is not None:  # "A police official … said. The official said": the same one
                return taken_up_again(again)
        return described_by_age(head, self) or described_subject_before(head, self) \
            or official_just_quoted(head, self) or described_further_back(head, self) \
            or titled_before(head, self.unnamed) or self._unnamed(head)

    def _just_as_described(self, head: Token) -> Speaker | None:
        """ "According to a former executive, …. The former executive said": the unnamed speaker brought in with the
        description's very words, before any named person it fits; or a newcomer so described, unnamed too."""
        again = described_again(head, self.unnamed, self.paragraph_of(head.idx))
        if again is not None and same_modifiers(head, again.offset):
            return taken_up_again(again)
        return self._unnamed(head, by="description") if brought_in_unnamed(head, self.by_token) else None

    def _entity_of(self, head: Token, attribution: Attribution) -> str | None:
        return self.names.entity_of(head, _span_of(attribution))

    def _named(self, entity_id: str, head: Token) -> Speaker:
        entity = self.entities[entity_id]
        mention = self._mention_text(head)
        if self.by_token.get(head.i) != entity_id and self.roles.get(head.lemma_.lower(), "").startswith("PERSON"):
            # "A pharmacist …, who gave only his first name, Mina, … the pharmacist said": the noun describes him
            self.descriptors.setdefault(entity_id, set()).add(head.lemma_.lower())
        return speaker_of(entity, "name" if mention == entity.name else "alias")

    def _replied_to(self, head: Token) -> frozenset[str]:
        """ "“… a little skeptical,” Mr. Harlan said. / “I can see why …,” he replied": whoever spoke just before, in
        this paragraph or the one before, is the one replied to, not the one replying."""
        replied_to = asker_just_before(head, self.spoken(), self.paragraph_of) or last_speaker_replied_to(
            head, self.speakers, self.paragraph_of)
        return frozenset({replied_to}) if replied_to is not None else frozenset()

    def _is_writer(self, candidate: Candidate, pronoun: Token) -> bool:
        """The writer of an opinion piece says "I": no "he" or "she" of the piece is them ("my mother … she said"),
        but for the line that names them ("Follow him on Twitter")."""
        return self.writer is not None and candidate.entity is not None and candidate.entity.id == self.writer[0].id \
            and self.paragraph_of(pronoun.idx) != self.paragraph_of(self.writer[1])

    def _pronoun(self, head: Token, barred: frozenset[str] = frozenset(), governed: frozenset[str] = frozenset(),
                 quoted: frozenset[str] = frozenset()) -> Speaker | None:
        """`barred`: the ids of entities that cannot be meant (those the quotation it introduces names, `quoted`, and
        those it speaks of), unless the ranker is sure; `governed`: those the pronoun's verb addresses ("he told
        Hannity"), never meant."""
        wanted_type, wanted_gender = WANTED[head.lower_]
        if self.ranker is not None and (going_on := unnamed_speaker_going_on(
                head, self.speakers, self.by_token, self.entities, self.roles, self.genders, self.paragraph_of)) is not None:
            return going_on
        candidates = [c for c in self._candidates(head.idx) if not self._is_writer(c, head)]
        # the rules' scores, read by the rules' choice and by the ranker's features alike
        scores = [self._score(c, wanted_type, wanted_gender, None, head.idx) for c in candidates]
        by_rules = best_scored(candidates, scores)
        best = by_rules
        if self.ranker is not None or self.record is not None:
            choices = pronoun_choices(self, head, candidates, scores)
            if self.record is not None:
                self.record.append((head, choices))
        relative = self._described_acting_before(head) if self.ranker is not None else None
        if relative is not None and not (relative.entity in governed and answers_a_charge(head, self.speakers)):
            return relative  # "Her daughter rolled her eyes. "…," she said.", not "The minister accused …. He replied"
        if self.ranker is not None:
            chosen = the_one_asked(head, choices, self.paragraph_of, self.by_token) or topic_choice(
                head, choices, self.by_token) or cataphora_choice(  # "As for Trump, he said"
                head, choices, self.by_token, self._entity_candidates) or subject_just_before(
                head, choices, self.by_token, self.paragraph_of) or actor_before(
                head, choices, governed | quoted, governed | barred, self) or self.ranker.choose(
                open_choices(self.ranker, [c for c in choices if c.key not in governed], barred, head))
            left_unnamed = frozenset(c.offset for c in self.unnamed)
            lead = unnamed_lead(head, chosen.candidate.offset if chosen else -1, self.roles, self.by_token, left_unnamed)
            if lead is not None and (holder := owned_role_holder(lead, self)) is not None:
                return Speaker(**{**holder.speaker.__dict__, "resolved_by": "pronoun", "antecedent": holder.offset})
            if lead is not None and (relative := family_member(lead, self, self.spoken())) is not None:
                return Speaker(**{**relative.__dict__, "resolved_by": "pronoun"})
            if lead is not None:  # "A woman received probation after she had posted": the woman
                self._unnamed(lead)
                chosen, by_rules = None, self.unnamed[-1]
            elif chosen is None and (group := group_lead(head, self.roles, self.by_token)) is not None:
                self._unnamed(group, group=True)  # "The researchers … followed 450,000 adults. They found"
                by_rules = self.unnamed[-1]
            elif chosen is None and (writing := document_lead(head, self.by_token)) is not None:
                self._unnamed(writing)  # "The lawsuit … says …. It accuses the publication"
                by_rules = self.unnamed[-1]
            # The model names people; where it names nobody, an unnamed speaker the rules find
            # ("A resident ... she said") still describes "she" better than "she" does.
            unnamed = by_rules if by_rules is not None and by_rules.entity is None else None
            if unnamed is not None and they_for_people_named_together(head, self.by_token, self.entities):
                unnamed = None  # "Cruz, Trump and Rubio established …. Even as they all vowed": not "the primary"
            candidates = [c for c in candidates if c.entity is None or c.entity.id not in barred]
            best = chosen.candidate if chosen else (unnamed or last_speaker_going_on(
                head, candidates, self.speakers, self.paragraph_of, self.genders)
                or quoted_last_paragraph(head, candidates, self.speakers, self.paragraph_of, self.genders, self.by_token)
                or organisation_going_on(head, candidates, self) or one_of_gender(head, candidates, by_rules, self.genders, self.name_head_tokens, self.by_token,
                                 self.roles) or only_person_in_view(head, candidates, self.paragraph_of)
                or only_one_of_gender_near(head, candidates, self.genders, self.paragraph_of)
                or sentence_lead(head, candidates, self) or left_open(head, candidates, self)
                or clause_subject(head, candidates, self.genders, self.paragraph_of(head.idx), self.roles)
                or relative_clause_owner(head, candidates, self.by_token, self.genders))
        if best is None or (self.ranker is not None and one_of_several(
                head, best, self.name_head_tokens, self.by_token, self.entities, self.genders, wanted_gender)):
            return None  # "Lane, Ford and Hart met … He said": nothing singles one out
        if self.ranker is not None and reaches_past_a_speaker(head, best, self):
            return None
        if best.entity is not None and wanted_gender and not self.genders.get(best.entity.id):
            self.genders[best.entity.id] = wanted_gender  # "he" once, "he" thereafter
        return Speaker(**{**best.speaker.__dict__, "resolved_by": "pronoun", "antecedent": best.offset})

    def _described_acting_before(self, head: Token) -> Speaker | None:
        """ "Her daughter rolled her eyes. "She says that …," she said.", "The father was not persuaded. He said …",
        "a 72-year-old pensioner … stopped Ms. Zielińska. "…," she told her": the relative, the person of that age or
        the unnamed person that the description acting just before (in the sentence before the quotation, or before
        the pronoun) stands for."""
        actor = subject_acting_before(head, self.quotes, self.paragraph_of)
        acting_before_a_quotation = actor is not None
        if actor is None and (lead := lead_before(head)) is not None \
                and self.paragraph_of(lead.idx) == self.paragraph_of(head.idx):
            actor = lead  # a lead with no name opening the sentence before is unnamed_lead's to weigh with the ranker
        if actor is None or actor.pos_ == "PRON":
            return None
        wanted = WANTED[head.lower_][1]
        if actor.lower_ in KIN_GENDER:
            found = family_member(actor, self, self.spoken()) or unnamed_source(actor, self.unnamed) \
                or self._kin_of_someone(actor)
            found = found if found is not None and KIN_GENDER[actor.lower_] == wanted else None
        elif (namesake := ranked_namesake(actor, self)) is not None:  # "The younger Hegazy disputes that. He said"
            found = namesake if self.genders.get(namesake.entity or "") in {None, wanted} else None
        elif acting_before_a_quotation and unnamed_person(actor, wanted, self.by_token, self.roles):
            found = Speaker(**{**self._unnamed(actor).__dict__, "antecedent": actor.idx})
        else:  # "the 61-year-old", "The judge adjourned the hearing. “…,” she said"
            found = described_by_age(actor, self) if described_age(actor) is not None else self._called_so(actor)
            found = found if found is not None and found.named and found.entity is not None \
                and self.genders.get(found.entity) in {None, wanted} else None
        return Speaker(**{**found.__dict__, "resolved_by": "pronoun"}) if found is not None else None

    def _called_so(self, actor: Token) -> Speaker | None:
        """The one person the text called by the definite description `actor` ("the judge", "the coach")."""
        wanted = self.roles.get(actor.lemma_.lower(), "").startswith("PERSON") and is_definite(actor)
        if not wanted or actor.tag_ != "NN":
            return None
        return self._description(actor) or (the_judge(self.entities) if actor.lower_ == "judge" else None)

    def _kin_of_someone(self, head: Token) -> Speaker | None:
        """ "His grandfather, told about this, smiled. "…," he said": whoever's grandfather he is, not whoever spoke
        last: the one named beside the kin word ("Her granddaughter, six-year-old Amelia,"), else unnamed."""
        if not any(c.lower_ in {"his", "her"} and c.dep_ == "poss" for c in head.children) or head.tag_ != "NN":
            return None
        return named_beside(head, self.by_token, self.entities) or Speaker(
            **{**self._unnamed(head).__dict__, "antecedent": head.idx})

    def spoken(self) -> list[tuple[int, str]]:
        """Where each named speaker so far was the source, with their entity's id."""
        return [(offset, speaker.entity) for offset, speaker in self.speakers if speaker.entity is not None]

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
        best = self._best(self.fitting(head, candidates), wanted_type, None if gender == "-" else gender, hint=hint,
                          offset=head.idx, noun=head.lemma_.lower())
        if best is None:
            return None
        return Speaker(**{**best.speaker.__dict__, "resolved_by": "description", "antecedent": best.offset})

    def fitting(self, head: Token, candidates: list[Candidate]) -> list[Candidate]:
        """The candidates a definite description of a person or body may take up, by what the text called them."""
        words = {head.lemma_.lower(), written_whole(head), *modifiers(head), *SAME_CALLING.get(head.lemma_.lower(), ())}
        fits: dict[str, bool] = {}  # each entity judged once, however often it is mentioned
        kept = []
        for candidate in candidates:
            if candidate.entity is None:
                continue
            if candidate.entity.id not in fits:
                fits[candidate.entity.id] = self._fits(head, candidate.entity, words)
            if fits[candidate.entity.id]:
                kept.append(candidate)
        return of_the_nationality(head, kept, self.called)  # "the Senegalese minister"

    def _fits(self, head: Token, entity: Entity, words: set[str]) -> bool:
        # "the terrorist organization", "the senator", "the company": only someone the text has called so
        # before; the organisation merely in view was the wrong one more often than the right one.
        called, noun = self.called(entity), written_whole(head)
        return shares_a_word(words, called) and self.names.fits_description(head, entity, called) \
            and not another_party(head, entity, self) and not held_before(head, entity) \
            and not speaks_for_another(noun, entity, self) and not self._in_headline_only(entity, head) \
            and not another_kind_of_body(head, entity, called, self.roles) and not a_lesser_office(head, entity) \
            and not qualified_otherwise(head, entity.roles) \
            and not a_body_qualified_otherwise(head, entity.type, called) \
            and not another_calling(noun, called, self.roles, " ".join(entity.roles).lower()) \
            and not ranked_otherwise(head, entity.roles)

    def _in_headline_only(self, entity: Entity, head: Token) -> bool:
        """ "Ransomware Attack Forces Hospital to Divert Ambulances": the model reads names into a headline's capitals;
        a description in the body takes up a name the body gave, not one only the headline holds."""
        if self.paragraph_of(head.idx) == 0 or any(
                self.paragraph_of(start) > 0 for mention in entity.mentions for start, _ in mention.spans):
            return False
        return self.opens_with_a_headline

    @cached_property
    def family(self) -> Family:
        """The kin the article introduces ("His son, Peter Kamau"), read once, when a kin word first needs it."""
        return read_family(self)

    @cached_property
    def opens_with_a_headline(self) -> bool:
        """Whether the first paragraph reads as a title-case headline: read once for the text."""
        start, end = self.doc._.paragraphs[0]
        line = self.doc.char_span(start, end, alignment_mode="expand")
        return line is not None and is_headline(line)

    def called(self, entity: Entity) -> set[str]:
        """What the text has called an entity: the words beside its name, and its name's own ("Harbour First party")."""
        names = {word.lower() for name in [entity.name, *entity.aliases] for word in name.split()}
        return self.descriptors.get(entity.id, set()) | names | kinds_of(entity, self.roles) | titles_in_full(entity)

    def _unnamed(self, head: Token, group: bool = False, by: ResolvedBy = "unnamed") -> Speaker:
        description = self._group_text(head) if group else self._mention_text(head)
        noun = head.lemma_.lower()
        kind, _, gender = self.roles.get(noun, "UNKNOWN\t-").partition("\t")
        # role_nouns.txt types each noun PERSON or ORG (tests/test_document_model.py holds it to SpeakerType)
        speaker = titled(head, Speaker(name=description, type=cast(SpeakerType, kind), named=False, resolved_by=by))
        self.unnamed.append(
            Candidate(speaker, None if gender in {"", "-"} else gender, head.idx, self.paragraph_of(head.idx), 1.0,
                      role="unnamed", one_thing=kind == "UNKNOWN" and is_one_thing(head),
                      several=head.tag_ in {"NNS", "NNPS"} or is_several(head))
        )
        return speaker
