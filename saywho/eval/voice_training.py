"""Training the writer's-voice word-choice model (saywho.analyse.voice_model) on BASIL.

A candidate is a positive when it overlaps one of BASIL's lexical-bias spans in
the writer's own words. Candidates already flagged by a curated list are left
out: the model learns what the lists miss. The model is a logistic regression
fitted with numpy (full-batch Adam, L2), with a fixed seed and no other
randomness. Its threshold is not a probability but a budget: the score above
which the model would flag `target_rate` words per 100 writer words on the
articles it was trained on.

The reference lexicons (`DEFAULT_LEXICONS`) are read from ../shared at training
time only; the shipped model keeps, per word form, which lexicons hold it.
"""

from __future__ import annotations

import json
import math
import random
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from saywho.analyse.voice_model import Candidate, VoiceModel

DEFAULT_LEXICONS = Path("../shared/data/lexicons")
WNC_FILES = {  # Pryzant et al. 2020 (MIT): file -> lexicon name
    "npov_lexicon.txt": "npov", "strong_subjectives_riloff2003.txt": "strong_subjectives",
    "weak_subjectives_riloff2003.txt": "weak_subjectives", "negative_liu2005.txt": "negative",
    "positive_liu2005.txt": "positive", "hedges_hyland2005.txt": "hedges", "factives_hooper1975.txt": "factives",
    "assertives_hooper1975.txt": "assertives", "implicatives_karttunen1971.txt": "implicatives",
    "report_verbs.txt": "report_verbs",
}
HUTTO_KEYS = ("presupposition", "doubt_markers", "partisan", "value_laden", "figurative", "attribution")
TARGET_RATE = 0.6  # words per 100 writer words the model may add to the lists' 0.7
L2 = 10.0  # chosen by cross-validation over the 75 triplets (1, 10, 30, 300 tried)
STEPS = 300
LEARNING_RATE = 0.1
MIN_WEIGHT = 0.01  # smaller weights are not shipped


@dataclass
class Example:
    candidate: Candidate
    positive: bool


@dataclass
class ArticleExamples:
    """One article's candidates (not flagged by a list) and its count of writer words."""

    examples: list[Example]
    writer_words: int


def load_lexicons(root: str | Path = DEFAULT_LEXICONS) -> dict[str, set[str]]:
    """Every reference lexicon as a set of lowercase single words (phrases and wildcards left out)."""
    root = Path(root)
    lexicons = {}
    for file, name in WNC_FILES.items():
        lines = (root / "pryzant2020_wnc_lexicons" / file).read_text(encoding="latin-1").splitlines()
        lexicons[name] = {w.strip().lower() for w in lines if w.strip() and not w.startswith(("#", ";"))}
    hutto = json.loads((root / "hutto2015_bsd_lexicon" / "lexicon.json").read_text(encoding="utf-8"))
    for key in HUTTO_KEYS:
        lexicons[key] = {w.lower() for w in hutto[key]}
    return {name: {w for w in words if w.isalpha()} for name, words in lexicons.items()}


def lexicon_bits(lexicons: dict[str, set[str]]) -> dict[str, int]:
    names = list(lexicons)
    bits: dict[str, int] = {}
    for index, name in enumerate(names):
        for word in lexicons[name]:
            bits[word] = bits.get(word, 0) | 1 << index
    return bits


def train(articles: list[ArticleExamples], lexicons: dict[str, set[str]], target_rate: float = TARGET_RATE,
          seed: int = 0) -> VoiceModel:
    """Fit the model on these articles and set its threshold to flag target_rate words per 100 on them."""
    model = VoiceModel(bias=0.0, weights={}, lexicons=list(lexicons), lexicon_bits=lexicon_bits(lexicons),
                       threshold=0.0)
    examples = [e for a in articles for e in a.examples]
    rows = [model.features(e.candidate) for e in examples]
    labels = np.array([e.positive for e in examples], dtype=float)
    vocabulary = sorted({f for row in rows for f in row})
    weights, bias = _fit(rows, labels, vocabulary, seed)
    model.bias = round(float(bias), 4)
    model.weights = {f: round(float(w), 4) for f, w in zip(vocabulary, weights) if abs(w) >= MIN_WEIGHT}
    writer_words = sum(a.writer_words for a in articles)
    model.threshold = budget_threshold([model.score(e.candidate) for e in examples], target_rate, writer_words)
    return model


def budget_threshold(scores: list[float], target_rate: float, writer_words: int) -> float:
    """The score that lets through target_rate words per 100 writer words."""
    allowed = int(target_rate * writer_words / 100)
    if allowed <= 0 or not scores:
        return float("inf")
    ordered = sorted(scores, reverse=True)
    # Rounded down, so the last word let through still reaches it when scored from rounded weights.
    return math.floor(ordered[min(allowed, len(ordered)) - 1] * 10_000) / 10_000


def _fit(rows: list[list[str]], labels: np.ndarray, vocabulary: list[str], seed: int) -> tuple[np.ndarray, float]:
    """Logistic regression on sparse binary features: full-batch Adam with an L2 penalty."""
    index = {f: i for i, f in enumerate(vocabulary)}
    width = max(len(r) for r in rows)
    padding = len(vocabulary)  # a column whose weight stays zero
    matrix = np.full((len(rows), width), padding, dtype=np.int64)
    for r, row in enumerate(rows):
        matrix[r, : len(row)] = [index[f] for f in row]
    rng = np.random.default_rng(seed)
    weights = np.append(rng.normal(0, 0.01, len(vocabulary)), 0.0)
    bias = float(np.log(labels.mean() / (1 - labels.mean()))) if 0 < labels.mean() < 1 else 0.0
    moments: list[Any] = [np.zeros_like(weights), np.zeros_like(weights), 0.0, 0.0]  # Adam's two arrays, the bias's two
    for step in range(1, STEPS + 1):
        scores = weights[matrix].sum(axis=1) + bias
        error = 1 / (1 + np.exp(-scores)) - labels
        gradient: np.ndarray = np.bincount(matrix.ravel(), weights=np.repeat(error, width), minlength=len(weights))
        gradient = gradient / len(rows) + L2 * weights / len(rows)
        gradient[padding] = 0.0
        weights, moments[0], moments[1] = _adam(weights, gradient, moments[0], moments[1], step)
        bias_gradient = float(error.mean())
        moments[2] = 0.9 * moments[2] + 0.1 * bias_gradient
        moments[3] = 0.999 * moments[3] + 0.001 * bias_gradient**2
        bias -= LEARNING_RATE * (moments[2] / (1 - 0.9**step)) / (np.sqrt(moments[3] / (1 - 0.999**step)) + 1e-8)
    return weights[:padding], bias


def _adam(weights, gradient, first, second, step):
    first = 0.9 * first + 0.1 * gradient
    second = 0.999 * second + 0.001 * gradient**2
    update = LEARNING_RATE * (first / (1 - 0.9**step)) / (np.sqrt(second / (1 - 0.999**step)) + 1e-8)
    return weights - update, first, second


def event_folds(stems: list[str], folds: int, seed: int = 0) -> list[int]:
    """A fold number per article, the three outlets' versions of an event always in one fold."""
    events = sorted({event_of(stem) for stem in stems})
    random.Random(seed).shuffle(events)
    fold_of = {event: i % folds for i, event in enumerate(events)}
    return [fold_of[event_of(stem)] for stem in stems]


def event_of(stem: str) -> str:
    """BASIL names an article <event uuid>_<outlet number>."""
    return stem.rsplit("_", 1)[0]
