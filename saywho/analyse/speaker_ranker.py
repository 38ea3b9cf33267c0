"""A small learned model that picks who a pronoun source ("he said") refers to, or abstains.

The resolver's rules still gather the candidates (the entities and unnamed
speakers mentioned before) and describe each one with a few readings of the
text: how far back it was last mentioned, whether it was the subject there or
the last one to speak, whether gender and number fit. A mention-ranking
model, trained on PolNeAR's training split against a hand-made referent gold
(tools/train_speaker_model.py, docs/model-card.md), weighs those readings: a
softmax over the candidates and one more choice, "none of them". The best
candidate is taken only when its probability reaches the threshold chosen on
the development split; below it the speaker stays "he", because a wrong name
is worse than none.
"""

from __future__ import annotations

import json
import math
import operator
from dataclasses import dataclass
from functools import lru_cache
from itertools import repeat
from pathlib import Path
from typing import Any

MODEL_PATH = Path(__file__).resolve().parent.parent / "data" / "speaker_model.json"

Features = dict[str, float]


@dataclass
class Choice:
    """One candidate antecedent for one mention, described for the model."""

    key: str  # the entity id, or "unnamed:<offset>" for a speaker the text never names
    features: Features
    candidate: Any  # speakers.Candidate: kept opaque here so this module needs nothing from the resolver


@dataclass(frozen=True)
class SpeakerRanker:
    weights: dict[str, float]
    none_score: float  # the score of "none of these candidates"
    threshold: float

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> SpeakerRanker:
        return cls(weights=dict(data["weights"]), none_score=float(data["none_score"]),
                   threshold=float(data["threshold"]))

    def score(self, features: Features) -> float:
        # the same products summed in the same order as a generator would, without one
        return sum(map(operator.mul, map(self.weights.get, features, repeat(0.0)), features.values()))

    def probabilities(self, choices: list[Choice]) -> list[float]:
        """Each candidate's probability of being the antecedent, beside "none of them"."""
        scores = [self.score(choice.features) for choice in choices]
        top = max([self.none_score, *scores])
        exps = [math.exp(score - top) for score in scores]
        total = math.exp(self.none_score - top) + sum(exps)
        return [value / total for value in exps]

    def choose(self, choices: list[Choice]) -> Choice | None:
        """The likeliest candidate, if the model is sure enough of it."""
        if not choices:
            return None
        probabilities = self.probabilities(choices)
        best = max(range(len(choices)), key=probabilities.__getitem__)
        return choices[best] if probabilities[best] >= self.threshold else None


@lru_cache(maxsize=1)
def shipped_ranker() -> SpeakerRanker | None:
    """The model in saywho/data, or None where it has not been trained (the rules then decide alone)."""
    if not MODEL_PATH.exists():
        return None
    return SpeakerRanker.from_dict(json.loads(MODEL_PATH.read_text(encoding="utf-8")))
