"""Word choices in the writer's voice that a small learned model flags beyond the curated lists.

The curated lists (labels, loaded cues, hedges) catch the words saywho knows by
name. What else a writer chooses to call things ("a *stunning* rebuke", "*slammed*",
"*controversial*") is learned: a logistic regression over one token's features,
trained on BASIL's lexical-bias spans in the writer's own words
(tools/train_voice_model.py; model card in docs/model-card.md).

Each candidate is a content word (adjective, adverb, noun or verb) outside
quotation marks and outside names. Its features are its word, lemma, part of
speech and dependency, whether it modifies a person or group, where it stands
(an attribution's cue or content, the lead), and its membership in reference
lexicons of bias and subjectivity (the Wiki Neutrality Corpus lexicons,
Pryzant et al. 2020, and Hutto et al. 2015, both MIT). The shipped model keeps
only weights and, per word form, which of those lexicons hold it (saywho/data/NOTICE).
Its threshold is a flag budget, not a probability: see the model card.

A flag is a word choice in the writer's own voice, not a verdict: each carries
the cues that weighed most (`why`) and its `score`.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from typing import Any

from spacy.tokens import Token

from saywho.analyse.token_arrays import content_words
from saywho.analyse.voice_claims import Intervals

CANDIDATE_POS = {"ADJ", "ADV", "NOUN", "VERB"}
NAME_ENTS = {"PERSON", "ORG", "GPE", "NORP", "FAC", "LOC", "EVENT", "WORK_OF_ART", "LAW", "PRODUCT", "DATE",
             "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY"}
MODIFIER_DEPS = {"amod", "compound", "nmod", "advmod", "npadvmod"}
MODEL_FILE = "voice_model.json"
WHY_SHOWN = 3  # cues named with each flag

# What a feature means, in words a reader knows (the prefix before "=" or the whole name).
CUE_WORDS = {
    "w": "the word itself", "l": "the word itself", "modifies": "describes a person or group",
    "cue": "the verb that reports someone's words", "content": "inside a paraphrase",
    "lead": "in the article's opening", "tag": "its grammatical form", "dep": "its role in the sentence",
    "pos|dep": "its role in the sentence",
    "pos": "its part of speech", "suffix": "its ending", "hpos": "the kind of word it attaches to",
}
LEXICON_NAMES = {
    "npov": "the Wikipedia NPOV edit words (Recasens et al. 2013)",
    "strong_subjectives": "Riloff and Wiebe's strong subjective words",
    "weak_subjectives": "Riloff and Wiebe's weak subjective words",
    "negative": "Liu's negative opinion words", "positive": "Liu's positive opinion words",
    "hedges": "Hyland's hedges", "factives": "Hooper's factive verbs", "assertives": "Hooper's assertive verbs",
    "implicatives": "Karttunen's implicative verbs", "report_verbs": "report verbs",
    "presupposition": "Hutto et al.'s presupposition markers", "doubt_markers": "Hutto et al.'s doubt markers",
    "partisan": "Hutto et al.'s partisan words", "value_laden": "Hutto et al.'s value-laden words",
    "figurative": "Hutto et al.'s figurative phrases", "attribution": "Hutto et al.'s attribution words",
}


@dataclass
class Candidate:
    """One word the model may flag: where it is, its forms and its features."""

    start: int
    end: int
    lower: str
    lemma: str
    features: list[str] = field(default_factory=list)


def candidates(reading) -> list[Candidate]:
    """The writer's content words, with their features. `reading` is a voice.Reading."""
    content_tokens = _content_tokens(reading)
    lead_end = _lead_end(reading)
    found = []
    doc = reading.doc
    # adjectives, adverbs, nouns and verbs of more than two letters, no stop words, outside names
    for index in content_words(doc, CANDIDATE_POS, 2, NAME_ENTS):
        if index in reading.quoted:  # reading.in_quote, asked before making the Token
            continue
        token = doc[index]
        features = token_features(reading, token, index in content_tokens, token.idx < lead_end)
        found.append(Candidate(token.idx, token.idx + len(token.text), token.lower_, token.lemma_.lower(), features))
    return found


def token_features(reading, token: Token, in_content: bool, in_lead: bool) -> list[str]:
    head = token.head
    lower, pos, dep = token.lower_, token.pos_, token.dep_  # each a StringStore look-up: read once
    features = [
        f"w={lower}", f"l={token.lemma_.lower()}", f"pos={pos}", f"tag={token.tag_}",
        f"dep={dep}", f"pos|dep={pos}|{dep}", f"suffix={lower[-3:]}", f"hpos={head.pos_}",
    ]
    if dep in MODIFIER_DEPS:
        if head.i != token.i and reading.is_person_like(head):
            features.append("modifies=person")
        if (head_type := head.ent_type_) in {"PERSON", "ORG", "NORP", "GPE"}:
            features.append(f"modifies={head_type}")
    if token.i in reading.cue_of:
        features.append("cue")
    if in_content:
        features.append("content")
    if in_lead:
        features.append("lead")
    return features


def _content_tokens(reading) -> set[int]:
    spans = [tuple(s) for a in reading.attributions if a.content for s in a.content.spans]
    return reading._tokens_in(spans)


def _lead_end(reading) -> int:
    """The end of the first paragraph: the lead, where writers frame the story."""
    paragraphs = reading.doc._.paragraphs or []
    return paragraphs[0][1] if paragraphs else 0


# -- the model ---------------------------------------------------------------------


@dataclass
class VoiceModel:
    """A linear model over a candidate's features and the reference lexicons that hold its word.

    `lexicon_bits[form]` says which lexicons (bit i for lexicons[i]) hold a word form;
    a candidate is in a lexicon when its lowercase form or its lemma is.
    """

    bias: float
    weights: dict[str, float]
    lexicons: list[str]
    lexicon_bits: dict[str, int]
    threshold: float
    _lexical_cache: dict[tuple[int, str], list[str]] = field(default_factory=dict, init=False, repr=False,
                                                             compare=False)

    def features(self, candidate: Candidate) -> list[str]:
        bits = self.lexicon_bits.get(candidate.lower, 0) | self.lexicon_bits.get(candidate.lemma, 0)
        pos = next((f for f in candidate.features if f.startswith("pos=")), "pos=?")
        return candidate.features + self._lexical(bits, pos)

    def _lexical(self, bits: int, pos: str) -> list[str]:
        """The lexicon features of a word in the lexicons of `bits`: made once for each (bits, pos)."""
        key = (bits, pos)
        if key not in self._lexical_cache:
            held = [name for index, name in enumerate(self.lexicons) if bits >> index & 1]
            lexical = [f"lexicon={name}" for name in held] + [f"lexicon={name}|{pos}" for name in held]
            self._lexical_cache[key] = lexical + [f"lexicons={min(len(held), 4)}"]
        return self._lexical_cache[key]

    def score(self, candidate: Candidate) -> float:
        features = self.features(candidate)
        if len(set(features)) < len(features):  # never so for the features made here; contributions() dedupes
            return self.bias + sum(self.contributions(candidate).values())
        weights = self.weights
        # the weights contributions() holds, summed in its order, without building it
        return self.bias + sum([weights[f] for f in features if f in weights])

    def contributions(self, candidate: Candidate) -> dict[str, float]:
        return {f: self.weights[f] for f in self.features(candidate) if f in self.weights}

    def to_dict(self) -> dict[str, Any]:
        return {"bias": self.bias, "threshold": self.threshold, "weights": self.weights,
                "lexicons": self.lexicons, "lexicon_bits": self.lexicon_bits}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> VoiceModel:
        return cls(data["bias"], data["weights"], data["lexicons"], data["lexicon_bits"], data["threshold"])


@lru_cache(maxsize=1)
def shipped_model() -> VoiceModel | None:
    path = resources.files("saywho").joinpath("data", MODEL_FILE)
    try:
        return VoiceModel.from_dict(json.loads(path.read_text(encoding="utf-8"))["model"])
    except FileNotFoundError:
        return None


def word_choices(text: str, found: list[Candidate], taken: list[tuple[int, int]],
                 model: VoiceModel | None) -> list[dict[str, Any]]:
    """The candidates the model scores at or above its threshold, not already flagged by a list.

    Neighbouring flagged words make one item ("deeply flawed").
    """
    if model is None:
        return []
    flagged = []
    flagged_already = Intervals(taken)  # one bisection per candidate, not a pass over every span
    for candidate in found:
        if flagged_already.overlaps((candidate.start, candidate.end)):
            continue
        score = model.score(candidate)
        if score >= model.threshold:
            flagged.append((candidate, score))
    return [_item(text, run, model) for run in _runs(text, flagged)]


def _runs(text: str, flagged: list[tuple[Candidate, float]]) -> list[list[tuple[Candidate, float]]]:
    runs: list[list[tuple[Candidate, float]]] = []
    for candidate, score in flagged:
        if runs and text[runs[-1][-1][0].end : candidate.start].strip() in {"", "-"}:
            runs[-1].append((candidate, score))
        else:
            runs.append([(candidate, score)])
    return runs


def _item(text: str, run: list[tuple[Candidate, float]], model: VoiceModel) -> dict[str, Any]:
    start, end = run[0][0].start, run[-1][0].end
    best, score = max(run, key=lambda pair: pair[1])
    return {"text": text[start:end], "spans": [[start, end]], "score": round(_probability(score), 3),
            "why": why(model, best)}


def why(model: VoiceModel, candidate: Candidate) -> list[str]:
    """The cues that weighed most for a flag, in plain words."""
    parts = sorted(model.contributions(candidate).items(), key=lambda kv: -kv[1])
    reasons: list[str] = []
    for feature, weight in parts:
        if weight <= 0 or len(reasons) == WHY_SHOWN:
            break
        reason = cue_in_words(feature)
        if reason not in reasons:
            reasons.append(reason)
    return reasons


def cue_in_words(feature: str) -> str:
    prefix, _, value = feature.partition("=")
    if prefix in {"w", "l"}:
        return f"the word “{value}”"
    if prefix == "modifies":
        return CUE_WORDS["modifies"]
    if prefix == "lexicon":
        name = value.split("|")[0]
        return f"listed in {LEXICON_NAMES.get(name, name)}"
    if prefix == "lexicons":
        return "listed in several reference bias lexicons"
    return CUE_WORDS.get(prefix, feature)


def _probability(score: float) -> float:
    return 1 / (1 + math.exp(-score))
