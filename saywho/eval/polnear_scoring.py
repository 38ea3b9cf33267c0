"""Scoring predicted PolNeAR attributions against gold ones, span by span.

Three measures, micro-averaged over all articles of a split:

* exact, per role: the role's whole span set matches when the two sets are
  equal after trimming whitespace at the ends of each span (spans that touch
  or are separated only by whitespace are merged first, so "a; b" split at a
  space equals "a b");
* overlap, per role: character Jaccard >= 0.5 between the two segments'
  non-whitespace characters;
* attribution: a prediction matches a gold attribution when both the content
  and the source overlap-match; a gold attribution without a source matches
  only a prediction without one (PolNeAR leaves passives like "it is said"
  sourceless on purpose, so inventing a source there is an error).

Every measure pairs gold and predicted items one-to-one, greedily by highest
score. A role is counted once for each attribution that has it, so a source
shared by two attributions counts twice.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Self

from saywho.eval.polnear_gold import ROLES, AttributionSpans

JACCARD_THRESHOLD = 0.5

SpanKey = tuple[tuple[int, int], ...]


# -- comparing spans -----------------------------------------------------------


def normalise(spans: Iterable[tuple[int, int]], text: str) -> SpanKey:
    """Spans trimmed of whitespace at both ends, empties dropped, touching spans merged."""
    merged: list[list[int]] = []
    for start, end in sorted(_trim(s, e, text) for s, e in spans):
        if end <= start:
            continue
        if merged and not text[merged[-1][1]:start].strip():
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    return tuple((start, end) for start, end in merged)


def _trim(start: int, end: int, text: str) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def characters(spans: SpanKey, text: str) -> frozenset[int]:
    """Offsets of the non-whitespace characters: spacing inside a span should not sway Jaccard."""
    return frozenset(i for start, end in spans for i in range(start, end) if not text[i].isspace())


def jaccard(a: frozenset[int], b: frozenset[int]) -> float:
    union = len(a | b)
    return len(a & b) / union if union else 0.0


def greedy_pairs(scores: dict[tuple[int, int], float]) -> list[tuple[int, int]]:
    """One-to-one (gold, predicted) pairs, taking the highest score first."""
    pairs, used_gold, used_predicted = [], set(), set()
    for (g, p), _ in sorted(scores.items(), key=lambda item: (-item[1], item[0])):
        if g not in used_gold and p not in used_predicted:
            pairs.append((g, p))
            used_gold.add(g)
            used_predicted.add(p)
    return pairs


# -- scoring -----------------------------------------------------------------


@dataclass
class Tally:
    matched: int = 0
    predicted: int = 0
    gold: int = 0

    def __iadd__(self, other: Tally) -> Self:
        self.matched += other.matched
        self.predicted += other.predicted
        self.gold += other.gold
        return self

    @property
    def precision(self) -> float:
        return self.matched / self.predicted if self.predicted else 0.0

    @property
    def recall(self) -> float:
        return self.matched / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        total = self.predicted + self.gold
        return 2 * self.matched / total if total else 0.0

    def as_dict(self) -> dict[str, float | int]:
        return {
            "matched": self.matched, "predicted": self.predicted, "gold": self.gold,
            "precision": round(self.precision, 4), "recall": round(self.recall, 4), "f1": round(self.f1, 4),
        }


MEASURES = tuple(f"{role}.{how}" for role in ROLES for how in ("exact", "overlap")) + ("attribution",)


@dataclass
class ArticleScore:
    tallies: dict[str, Tally]
    pairs: list[tuple[int, int]]  # matched (gold, predicted) attributions


@dataclass
class _Normalised:
    """An attribution's roles as span keys and character sets, computed once per article."""

    keys: dict[str, SpanKey]
    chars: dict[str, frozenset[int]]


def _normalised(attribution: AttributionSpans, text: str) -> _Normalised:
    keys = {role: normalise(attribution.role(role), text) for role in ROLES}
    return _Normalised(keys, {role: characters(key, text) for role, key in keys.items()})


def score_article(text: str, gold: list[AttributionSpans], predicted: list[AttributionSpans]) -> ArticleScore:
    gold_n = [_normalised(a, text) for a in gold]
    predicted_n = [_normalised(a, text) for a in predicted]
    tallies = {}
    for role in ROLES:
        gold_role = [(i, a) for i, a in enumerate(gold_n) if a.keys[role]]
        predicted_role = [(j, a) for j, a in enumerate(predicted_n) if a.keys[role]]
        exact = {(i, j): 1.0 for i, g in gold_role for j, p in predicted_role if g.keys[role] == p.keys[role]}
        overlap = _overlaps(gold_role, predicted_role, role)
        tallies[f"{role}.exact"] = Tally(len(greedy_pairs(exact)), len(predicted_role), len(gold_role))
        tallies[f"{role}.overlap"] = Tally(len(greedy_pairs(overlap)), len(predicted_role), len(gold_role))
    pairs = greedy_pairs(_attribution_scores(gold_n, predicted_n))
    tallies["attribution"] = Tally(len(pairs), len(predicted), len(gold))
    return ArticleScore(tallies, pairs)


def _overlaps(gold: list[tuple[int, _Normalised]], predicted: list[tuple[int, _Normalised]], role: str):
    scores = {}
    for i, g in gold:
        for j, p in predicted:
            score = jaccard(g.chars[role], p.chars[role])
            if score >= JACCARD_THRESHOLD:
                scores[(i, j)] = score
    return scores


def _attribution_scores(gold: list[_Normalised], predicted: list[_Normalised]) -> dict[tuple[int, int], float]:
    scores = {}
    for i, g in enumerate(gold):
        for j, p in enumerate(predicted):
            content, source = _agreement(g, p, "content"), _agreement(g, p, "source")
            if content >= JACCARD_THRESHOLD and source >= JACCARD_THRESHOLD:
                scores[(i, j)] = content + source
    return scores


def _agreement(gold: _Normalised, predicted: _Normalised, role: str) -> float:
    if not gold.chars[role] and not predicted.chars[role]:
        return 1.0  # both lack the role (a sourceless passive): they agree
    return jaccard(gold.chars[role], predicted.chars[role])


def add_up(scores: Iterable[ArticleScore]) -> dict[str, Tally]:
    totals = {measure: Tally() for measure in MEASURES}
    for score in scores:
        for measure, tally in score.tallies.items():
            totals[measure] += tally
    return totals
