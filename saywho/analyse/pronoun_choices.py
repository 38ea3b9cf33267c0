"""The speaker ranker's view of a pronoun's candidates: one Choice per entity, described by the features
the model was trained on (speaker_ranker.py, tools/train_speaker_model.py).

The resolver (speakers.py) gathers the candidates and the rules' score of each; here each entity's
candidates are read once (its latest mention, the sentences it stands in, whether it was a subject), since
the features of every pronoun of every text, the profiles' too, come through here.
"""

from __future__ import annotations

import math
from typing import Protocol

from spacy.tokens import Doc, Token

from saywho.analyse.entity_cluster import first_name_hint
from saywho.analyse.quotes import Quote
from saywho.analyse.sentences import text_of
from saywho.analyse.speaker_candidates import WANTED, Candidate, type_fits
from saywho.analyse.speaker_ranker import Choice
from saywho.document import Speaker


class Resolver(Protocol):
    """What the features read of the resolver (speakers.Resolver) at a pronoun."""

    doc: Doc
    paragraphs: list[tuple[int, int]]
    sentence_starts: list[int]
    speakers: list[tuple[int, Speaker]]  # (offset, speaker) of every attribution so far
    quotes: list[Quote]
    quote_sentences: list[int]  # each quote's sentence
    first_quote_end: dict[int, int]  # sentence → the earliest end of a quote starting in it

    def sentence_of(self, offset: int) -> int: ...

    def paragraph_of(self, offset: int) -> int: ...

    def possessive_at(self, offset: int) -> bool: ...

    def dependency_at(self, offset: int) -> str: ...


class CandidateGroup:
    """One entity's candidates for a pronoun, with what the features read of them."""

    def __init__(self, first: Candidate, rules: float, sentence: int) -> None:
        self.members = [first]
        self.latest, self.latest_sentence = first, sentence
        self.latest_mention = first if first.role == "mention" else None
        self.latest_subject = -1  # the offset of its latest mention as a subject or as a speaker
        self.latest_main = -1  # the offset of its latest mention as a main clause's subject or as a speaker
        self.main_offsets: list[int] = []  # its mentions as a main clause's subject
        self.speaker_offsets: list[int] = []  # where it spoke
        self.rules = rules  # the best of its candidates' scores by the rules
        self.mentions = self.spoke = 0
        self.sentences: set[int] = set()
        self.subject_sentences: set[int] = set()
        self.paragraph_mentions: dict[int, int] = {}  # its mentions by paragraph: who a paragraph is about
        self.latest_unquoted = -1  # the offset of its latest mention in the writer's words, or as a speaker
        self._read(first, sentence)

    def add(self, candidate: Candidate, rules: float, sentence: int) -> None:
        # ">" keeps the first of equal offsets, as max() does
        if candidate.offset > self.latest.offset:
            self.latest, self.latest_sentence = candidate, sentence
        if candidate.role == "mention" and (self.latest_mention is None
                                            or candidate.offset > self.latest_mention.offset):
            self.latest_mention = candidate
        self.members.append(candidate)
        self.rules = max(self.rules, rules)
        self._read(candidate, sentence)

    def _read(self, candidate: Candidate, sentence: int) -> None:
        self.sentences.add(sentence)
        self.mentions += candidate.role == "mention"
        self.spoke += candidate.role == "speaker"
        if candidate.subject or candidate.role == "speaker":
            self.subject_sentences.add(sentence)
            self.latest_subject = max(self.latest_subject, candidate.offset)
        if candidate.main or candidate.role == "speaker":
            self.latest_main = max(self.latest_main, candidate.offset)
        if candidate.main:
            self.main_offsets.append(candidate.offset)
        if candidate.role == "speaker":
            self.speaker_offsets.append(candidate.offset)
        if candidate.role == "mention":
            self.paragraph_mentions[candidate.paragraph] = self.paragraph_mentions.get(candidate.paragraph, 0) + 1
        if not candidate.quoted:
            self.latest_unquoted = max(self.latest_unquoted, candidate.offset)

    def leads_between(self, start: int, end: int, spoken: bool) -> bool:
        """Whether it stands in [start, end) as a main clause's subject (or, where `spoken`, as a speaker)."""
        return any(start <= offset < end for offset in self.main_offsets) or (
            spoken and any(start <= offset < end for offset in self.speaker_offsets))


def pronoun_choices(resolver: Resolver, head: Token, candidates: list[Candidate],
                    scores: list[float | None]) -> list[Choice]:
    """A Choice for each entity among `candidates` (with the rules' `scores`, None where they rule one out)."""
    groups: dict[str, CandidateGroup] = {}
    for candidate, score in zip(candidates, scores):
        if candidate.entity is None:  # a speaker the text never names is what "none of them" stands for
            continue
        group = groups.get(candidate.entity.id)
        if group is None:
            groups[candidate.entity.id] = CandidateGroup(candidate, score or 0.0, resolver.sentence_of(candidate.offset))
        else:
            group.add(candidate, score or 0.0, resolver.sentence_of(candidate.offset))
    context = _context(resolver, head, groups)
    return [Choice(key, _features(resolver, head, key, group, context), group.latest) for key, group in groups.items()]


def _context(resolver: Resolver, head: Token, groups: dict[str, CandidateGroup]) -> dict:
    wanted_type, wanted_gender = WANTED[head.lower_]
    by_rules = sorted((k for k in groups if groups[k].rules > 0), key=lambda k: -groups[k].rules)
    by_recency = sorted(groups, key=lambda k: -groups[k].latest.offset)
    fitting = [k for k in by_recency if _fits(groups[k].latest, wanted_type, wanted_gender)]
    by_subject = sorted((k for k in fitting if groups[k].latest_subject >= 0), key=lambda k: -groups[k].latest_subject)
    by_mentions = sorted(fitting, key=lambda k: -len(groups[k].members))
    by_main = sorted((k for k in fitting if groups[k].latest_main >= 0), key=lambda k: -groups[k].latest_main)
    sentence = resolver.sentence_of(head.idx)
    paragraph = resolver.paragraph_of(head.idx)
    last_spoke = next(((o, s.entity) for o, s in reversed(resolver.speakers) if o < head.idx and s.entity), None)
    return {
        # the pronoun's own readings, made once for all its candidates
        "pronoun": head.lower_,
        "offset": head.idx,
        "wanted": (wanted_type, wanted_gender),
        "governing_subject": _governing_subject(head),
        "rules": {k: i for i, k in enumerate(by_rules)},
        "recency": {k: i for i, k in enumerate(by_recency)},
        "fitting_recency": {k: i for i, k in enumerate(fitting)},
        "fitting_subject": {k: i for i, k in enumerate(by_subject)},
        "fitting_mentions": {k: i for i, k in enumerate(by_mentions)},
        "sentence": sentence,
        "paragraph": paragraph,
        "last_speaker": last_spoke[1] if last_spoke else None,
        "after_quote": resolver.first_quote_end.get(sentence, head.idx + 1) <= head.idx,
        "fitting_main": {k: i for i, k in enumerate(by_main)},
        "openers": _paragraph_openers(resolver, paragraph, head.idx),
        "named_since_speaker": _named_since_speaker(groups, fitting, last_spoke),
        "writer": _writer_sentences(resolver),
    }


def _features(resolver: Resolver, head: Token, key: str, group: CandidateGroup, context: dict) -> dict[str, float]:
    pronoun, offset = context["pronoun"], context["offset"]
    wanted_type, wanted_gender = context["wanted"]
    latest, sentence = group.latest, context["sentence"]
    last_speaker = key == context["last_speaker"]
    gender = "none" if not wanted_gender else ("unknown" if not latest.gender else
                                               ("agree" if latest.gender == wanted_gender else "clash"))
    governing_start, governing_end = context["governing_subject"]
    opener_start, opener_end, previous_start, previous_end = context["openers"]
    rules_rank = min(context["rules"].get(key, 4), 4)
    # The model's score sums these in this order: keep it, so that every score comes out to the last bit.
    features = {
        f"sentences={min(sentence - group.latest_sentence, 4)}": 1.0,
        f"paragraphs={min(context['paragraph'] - latest.paragraph, 3)}": 1.0,
        "chars": math.log1p(offset - latest.offset) / 8,
        "mentions": math.log1p(group.mentions),
        "spoke": math.log1p(group.spoke),
        "last_speaker": float(last_speaker),
        "subject_latest": float(group.latest_mention.subject if group.latest_mention is not None else False),
        "subject_previous_sentence": float(sentence - 1 in group.subject_sentences),
        "same_sentence": float(sentence in group.sentences),
        "governing_subject": float(governing_start < governing_end
                                   and any(governing_start <= c.offset < governing_end for c in group.members)),
        "latest_in_quote": float(latest.quoted),
        f"gender={gender}": 1.0,
        f"type_fits={int(type_fits(latest.speaker.type, wanted_type))}": 1.0,
        f"{pronoun}&type={latest.speaker.type}": 1.0,
        f"recency_rank={min(context['recency'][key], 3)}": 1.0,
        f"fitting_recency_rank={min(context['fitting_recency'].get(key, 4), 4)}": 1.0,
        f"fitting_subject_rank={min(context['fitting_subject'].get(key, 4), 4)}": 1.0,
        f"fitting_mentions_rank={min(context['fitting_mentions'].get(key, 4), 4)}": 1.0,
        "possessive_latest": float(latest.role == "mention" and resolver.possessive_at(latest.offset)),
        f"first_name={_first_name_fit(latest, wanted_gender)}": 1.0,
        f"name_words={min(len(latest.speaker.name.split()), 3)}": 1.0,
        f"rules_rank={rules_rank}": 1.0,
        f"fitting_main_rank={min(context['fitting_main'].get(key, 4), 4)}": 1.0,
        "opens_paragraph": float(group.leads_between(opener_start, opener_end, spoken=True)),
        "opens_previous_paragraph": float(group.leads_between(previous_start, previous_end, spoken=False)),
    }
    # talked about, not talking: "Sanders criticized Clinton. He said…" (chosen by cross-validation on train)
    latest_mention = group.latest_mention
    features["object_latest"] = float(latest_mention is not None
                                      and resolver.dependency_at(latest_mention.offset) in OBJECTS)
    features.update(_topic_features(key, group, context))
    if context["after_quote"]:
        features["after_quote&last_speaker"] = float(last_speaker)
        features[f"after_quote&rules_rank={rules_rank}"] = 1.0
    return features


def _topic_features(key: str, group: CandidateGroup, context: dict) -> dict[str, float]:
    """Who the writer was last talking about: how many of the writer's own sentences back it was named (a
    quotation block passed over), how often the pronoun's paragraph names it, and whether the writer named it
    after the last speaker spoke."""
    sentence, named_since, before = context["sentence"], context["named_since_speaker"], context["writer"]
    return {
        f"writer_sentences={min(before[sentence] - before[group.latest_sentence], 3)}": 1.0,
        "paragraph_mentions": math.log1p(group.paragraph_mentions.get(context["paragraph"], 0)),
        "named_since_last_speaker": float(key in named_since),
        "last_speaker&other_named_since": float(key == context["last_speaker"] and bool(named_since)),
    }


def _named_since_speaker(groups: dict[str, CandidateGroup], fitting: list[str],
                         last_spoke: tuple[int, str] | None) -> set[str]:
    """The fitting candidates, other than the last speaker, that the writer has named since it spoke: after a
    quotation of A, "… B told reporters. He said" has switched to B."""
    if last_spoke is None:
        return set()
    spoke_at, speaker = last_spoke
    return {k for k in fitting if k != speaker and groups[k].latest_unquoted > spoke_at
            and groups[k].latest.role == "mention"}


WRITER_KEY = "saywho.writer_sentence_counts"


def _writer_sentences(resolver: Resolver) -> list[int]:
    """For each sentence, how many of the writer's own sentences (not wholly inside quotation marks) come before
    it: a quotation block is the speaker's, and is no distance for a "he said" after it. Made once per text."""
    cached = resolver.doc.user_data.get(WRITER_KEY)
    if cached is not None:
        return cached
    text = text_of(resolver.doc)
    outside = list(text)
    for quote in resolver.quotes:
        start, end = quote.outer
        outside[start:end] = " " * (end - start)
    words = "".join(outside)
    starts = [*resolver.sentence_starts, len(text)]
    before, count = [], 0
    for number in range(len(starts) - 1):
        before.append(count)
        count += any(c.isalnum() for c in words[starts[number]:starts[number + 1]])
    resolver.doc.user_data[WRITER_KEY] = before
    return before


OBJECTS = frozenset({"dobj", "pobj", "dative", "iobj"})  # a name here is talked about, not talking


def _paragraph_openers(resolver: Resolver, paragraph: int, offset: int) -> tuple[int, int, int, int]:
    """Where the first sentences of the pronoun's paragraph and of the one before it stand (up to the pronoun):
    whom a paragraph opens with is whom its "he says" lines are about (a live blog's lead, an interviewee)."""
    spans = []
    for number in (paragraph, paragraph - 1):
        if 0 <= number < len(resolver.paragraphs):
            start = resolver.paragraphs[number][0]
            sentence = resolver.sentence_of(start)
            starts = resolver.sentence_starts
            end = starts[sentence + 1] if sentence + 1 < len(starts) else len(text_of(resolver.doc))
            spans += [start, min(end, offset)]
        else:
            spans += [-1, -1]
    return spans[0], spans[1], spans[2], spans[3]


def _governing_subject(head: Token) -> tuple[int, int]:
    """Where the subject of the clause above the pronoun's stands: "The party said [it would ask]"."""
    verb = head.head
    if verb.dep_ not in {"ccomp", "xcomp", "advcl", "conj", "relcl"} or verb.head is verb:
        return (-1, -1)
    for child in verb.head.children:
        if child.dep_ in {"nsubj", "nsubjpass"} and child.i != head.i:
            return (child.left_edge.idx, child.right_edge.idx + len(child.right_edge))
    return (-1, -1)


def _fits(latest: Candidate, wanted_type: str, wanted_gender: str | None) -> bool:
    clash = wanted_gender and latest.gender and latest.gender != wanted_gender
    return type_fits(latest.speaker.type, wanted_type) and not clash


def _first_name_fit(candidate: Candidate, wanted_gender: str | None) -> str:
    """Whether a first name such as "Loretta" fits "she": a hint for ranking, never a stated gender."""
    gender = first_name_hint(candidate.speaker.name) if candidate.entity else None
    if not wanted_gender or not gender:
        return "none"
    return "agree" if gender == wanted_gender else "clash"
