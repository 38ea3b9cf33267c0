"""Train the pronoun ranker (saywho/data/speaker_model.json) from PolNeAR and the referent gold.

    python tools/train_speaker_model.py --pronoun-gold     # the shipped model: both train gold files, 1,239 pronouns
    python tools/train_speaker_model.py --pronoun-gold --rounds --out M.json   # the written rounds too (not shipped)
    python tools/train_speaker_model.py --rounds-left-out    # each round scored by models trained without it
    python tools/train_speaker_model.py [--data ../shared/data/polnear/data] [--out saywho/data/speaker_model.json]
    python tools/train_speaker_model.py --cross-validate   # 5 folds by article on train; writes no model
    python tools/train_speaker_model.py --misses train     # the shipped model's pronoun misses by kind
    python tools/train_speaker_model.py --threshold 0.7 --out M.json   # train only: dev is not read

The weights are learned on the training split's gold only; the abstention threshold
is then chosen on the development split, as the one that maximises right names minus
twice the wrong ones (a wrong name costs more than none). The test split is never read.
Deterministic: full-batch gradient descent from zeros, no sampling.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from dataclasses import dataclass, replace
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from saywho.analyse.speaker_ranker import MODEL_PATH, Choice, SpeakerRanker, shipped_ranker
from saywho.analyse.speakers import resolve_speakers
from saywho.eval import polnear, speakers

L2 = 0.003  # chosen by cross-validation on train (0.002-0.005 alike; 0.01 was a little worse)
L2_WITH_ROUNDS = 0.001  # chosen by leaving one round out (0.003 and 0.01 worse there and on PolNeAR dev)
STEPS = 800
LEARNING_RATE = 0.5
WRONG_NAME_COST = 2.0
ROUNDS = Path(__file__).resolve().parent.parent / "bench" / "speaker_rounds"
# The written rounds read for rules; the held-out ones (s65-i, s66-j, s67-l) are never trained on.
TRAINING_ROUNDS = ("s60-a", "s60-b", "s60-c", "s62-d", "s62-e", "s65-f", "s65-g", "s65-h", "s66-k")
ROUND_WEIGHT = 0.25  # chosen by leaving one round out (docs/model-card.md): at 1 and 0.5, PolNeAR dev lost right names


@dataclass
class Mention:
    """One pronoun source, its candidates' features, and which of them the gold names."""

    choices: list[dict[str, float]]
    right: list[bool]  # per choice
    gold_has_no_name: bool
    article: str = ""
    where: str = ""  # the pronoun's offset and text, to find it in the article
    weight: float = 1.0  # its share in the loss: the written rounds count for less than PolNeAR's own gold


def collect(split: str, data: Path, ranker: SpeakerRanker | None = None, more_gold: bool = False) -> list[Mention]:
    """Each pronoun source's candidates, described as the resolver sees them when `ranker` decides the
    pronouns before it (None: the rules, which name someone for every pronoun, as in training)."""
    from saywho.nlp import load_pipeline

    nlp = load_pipeline()
    gold = gold_for(split, more_gold)
    articles = [a for a in polnear.load_split(split, data) if a.stem in gold]
    mentions: list[Mention] = []
    for article in articles:
        doc, record = _resolved(nlp, article.text, article.date, ranker)
        mentions += _labelled(doc, record, gold[article.stem], article.stem)
    return mentions


def _resolved(nlp, text: str, date: str | None, ranker: SpeakerRanker | None) -> tuple:
    """The parsed article and the pronouns' candidates the resolver records, `ranker` deciding."""
    from saywho.pipeline import _doc_for

    doc = nlp(_doc_for(nlp, text, date))
    record: list = []
    resolve_speakers(doc, ranker=ranker, record=record)
    return doc, record


def collect_rounds(round_dirs: list[Path], ranker: SpeakerRanker | None = None) -> list[Mention]:
    """The pronoun sources of the articles written for saywho (bench/speaker_rounds/ROUND), labelled by the
    speaker the writer's key and the second reader agree on. News beyond PolNeAR's US politics of 2015-16."""
    from bench.speaker_rounds import DATE, agreed, items
    from saywho.nlp import load_pipeline
    from saywho.pipeline import to_article

    nlp = load_pipeline()
    mentions: list[Mention] = []
    for round_dir in round_dirs:
        keys: dict[str, list[dict]] = {}
        for article, _, key, second in items(round_dir):
            if agreed(key, second):
                keys.setdefault(article, []).append(key)
        for article, article_keys in sorted(keys.items()):
            text = to_article((round_dir / "articles" / f"{article}.txt").read_text(), date=DATE)
            doc, record = _resolved(nlp, text.text, text.date, ranker)
            name = f"{round_dir.name}/{article}"
            labelled = _labelled(doc, record, _round_gold(doc, article_keys, name), name)
            mentions += [replace(m, weight=ROUND_WEIGHT) for m in labelled]
    return mentions


def _round_gold(doc, keys: list[dict], article: str) -> list[speakers.GoldSource]:
    """Each keyed item as referent gold on the source of saywho's attribution that holds its words."""
    from bench.speaker_rounds import folded

    gold = []
    for key in keys:
        words = folded(key["quote"])
        holding = [a for a in doc._.attributions or [] if a.source is not None and words in folded(a.content.text)]
        if not holding:
            continue
        attribution = min(holding, key=lambda a: len(a.content.text))
        wanted = key.get("speaker") or "unnamed"
        referent = "group" if " and " in wanted else wanted
        gold.append(speakers.GoldSource(article, tuple(map(tuple, attribution.source.spans)), "round", referent))
    return gold


def gold_for(split: str, more_gold: bool = False) -> dict[str, list[speakers.GoldSource]]:
    """The split's referent gold; with `more_gold`, on train also the 236 articles whose pronoun sources
    alone were annotated (saywho/eval/speaker_gold/train-pronouns.jsonl; the shipped model is trained
    without them, since with them dev got worse: docs/model-card.md)."""
    gold = speakers.load_gold(split)
    if more_gold and split == "train":
        gold.update(speakers.load_gold("train-pronouns"))
    return gold


def _labelled(doc, record: list, gold: list[speakers.GoldSource], article: str = "") -> list[Mention]:
    attributions = doc._.attributions or []
    by_head = {link.head: a for a, link in zip(attributions, doc._.sources or []) if link.head is not None}
    referents = {source.referent for source in gold}
    entities = {entity.id: entity for entity in doc._.entities or []}
    found = []
    for head, choices in record:
        attribution = by_head.get(head.i)
        source = _gold_source(attribution, gold) if attribution is not None else None
        if source is None:
            continue
        found.append(Mention(
            choices=[choice.features for choice in choices],
            right=[_is_right(choice, source, referents, entities) for choice in choices],
            gold_has_no_name=not source.named,
            article=article,
            where=f"{head.idx} {head.text!r}",
        ))
    return found


def _gold_source(attribution, gold: list[speakers.GoldSource]) -> speakers.GoldSource | None:
    best, best_cover = None, 0
    for source in gold:
        cover = sum(attribution.source.covers(s, e) for s, e in source.spans) if attribution.source else 0
        if cover > best_cover:
            best, best_cover = source, cover
    return best


def _is_right(choice: Choice, source: speakers.GoldSource, referents: set[str], entities: dict) -> bool:
    if not source.named:
        return False
    name = entities[choice.key].name
    agreeing = {r for r in referents if r not in speakers.NO_NAME and speakers.names_agree(name, r)}
    return agreeing == {source.referent}


def train(mentions: list[Mention], l2: float = L2) -> tuple[dict[str, float], float]:
    names = sorted({name for m in mentions for features in m.choices for name in features})
    index = {name: i for i, name in enumerate(names)}
    matrices = [_matrix(m.choices, index) for m in mentions]
    total = sum(m.weight for m in mentions)
    weights, none_score = np.zeros(len(names)), 0.0
    for _ in range(STEPS):
        gradient, none_gradient = l2 * weights, 0.0
        for matrix, mention in zip(matrices, mentions):
            scores = matrix @ weights if len(mention.choices) else np.zeros(0)
            top = max(none_score, scores.max(initial=-np.inf))
            exps = np.exp(np.append(scores, none_score) - top)
            probabilities = exps / exps.sum()
            target = np.append(np.array(mention.right, dtype=float), 0.0 if any(mention.right) else 1.0)
            target /= target.sum()
            difference = (probabilities - target) * (mention.weight / total)
            if len(mention.choices):
                gradient += matrix.T @ difference[:-1]
            none_gradient += difference[-1]
        weights -= LEARNING_RATE * gradient
        none_score -= LEARNING_RATE * none_gradient
    return {name: round(float(w), 5) for name, w in zip(names, weights) if abs(w) > 1e-6}, round(none_score, 5)


def _matrix(choices: list[dict[str, float]], index: dict[str, int]) -> np.ndarray:
    matrix = np.zeros((len(choices), len(index)))
    for row, features in enumerate(choices):
        for name, value in features.items():
            if name in index:
                matrix[row, index[name]] = value
    return matrix


def outcomes(ranker: SpeakerRanker, mentions: list[Mention]) -> tuple[int, int, int]:
    """(right, wrong names, left unnamed although the gold names someone)."""
    right = wrong = unresolved = 0
    for mention in mentions:
        choices = [Choice(str(i), features, None) for i, features in enumerate(mention.choices)]
        chosen = ranker.choose(choices)
        if chosen is None:
            right += mention.gold_has_no_name
            unresolved += not mention.gold_has_no_name
        elif mention.right[int(chosen.key)]:
            right += 1
        else:
            wrong += 1
    return right, wrong, unresolved


def choose_threshold(weights: dict[str, float], none_score: float, mentions: list[Mention]) -> float:
    def worth(threshold: float) -> float:
        right, wrong, _ = outcomes(SpeakerRanker(weights, none_score, threshold), mentions)
        return right - WRONG_NAME_COST * wrong

    return max((round(t, 2) for t in np.arange(0.05, 0.96, 0.05)), key=lambda t: (worth(t), -t))


FOLDS = 5
CV_THRESHOLDS = (0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8)


def cross_validate(mentions: list[Mention], held_out: list[Mention] | None = None) -> dict[float, tuple[int, int, int]]:
    """(right, wrong names, unresolved) by threshold, summed over FOLDS folds by article (every FOLDS-th
    article in name order): each fold's model is trained on the other folds' articles. `held_out`, where
    given, is what each fold is scored on (the same pronouns as read with the shipped model deciding the
    ones before them); otherwise `mentions` themselves."""
    articles = sorted({m.article for m in mentions})
    scored = held_out if held_out is not None else mentions
    totals = {t: (0, 0, 0) for t in CV_THRESHOLDS}
    for fold in range(FOLDS):
        test = set(articles[fold::FOLDS])
        weights, none_score = train([m for m in mentions if m.article not in test])
        for t in CV_THRESHOLDS:
            counts = outcomes(SpeakerRanker(weights, none_score, t), [m for m in scored if m.article in test])
            totals[t] = tuple(a + b for a, b in zip(totals[t], counts))  # type: ignore[assignment]
    return totals


def report_cross_validation(data: Path, more_gold: bool = False) -> int:
    ranker = shipped_ranker()
    mentions = collect("train", data, more_gold=more_gold)
    held_out = collect("train", data, ranker, more_gold) if ranker is not None else None
    print(f"train, {FOLDS} folds by article, {len(mentions)} pronoun sources (right / wrong names / unresolved):")
    for threshold, (right, wrong, unresolved) in cross_validate(mentions, held_out).items():
        print(f"  {threshold:.2f}: {right} / {wrong} / {unresolved}   right - {WRONG_NAME_COST:g} x wrong = "
              f"{right - WRONG_NAME_COST * wrong:g}")
    return 0


def report_rounds_left_out(data: Path) -> int:
    """Each training round scored by a model trained on PolNeAR train alone and by one trained on PolNeAR train and
    the other rounds (the round's pronouns as read with the shipped model deciding the ones before them)."""
    ranker = shipped_ranker()
    polnear_train = collect("train", data, more_gold=True)
    rounds = {name: collect_rounds([ROUNDS / name]) for name in TRAINING_ROUNDS}
    alone = train(polnear_train)
    totals = {label: {t: (0, 0, 0) for t in CV_THRESHOLDS} for label in ("PolNeAR alone", "with the other rounds")}
    for name in TRAINING_ROUNDS:
        scored = collect_rounds([ROUNDS / name], ranker)
        others = [m for other in TRAINING_ROUNDS if other != name for m in rounds[other]]
        with_others = train(polnear_train + others, L2_WITH_ROUNDS)
        for label, model in (("PolNeAR alone", alone), ("with the other rounds", with_others)):
            for t in CV_THRESHOLDS:
                counts = outcomes(SpeakerRanker(*model, t), scored)
                totals[label][t] = tuple(a + b for a, b in zip(totals[label][t], counts))  # type: ignore[assignment]
    print(f"{len(TRAINING_ROUNDS)} rounds, each left out in turn (right / wrong names / unresolved):")
    for label, by_threshold in totals.items():
        print(f"  {label}: " + "  ".join(f"{t:.2f} {r}/{w}/{u} ({r - WRONG_NAME_COST * w:g})"
                                         for t, (r, w, u) in by_threshold.items()))
    return 0


def miss_kind(ranker: SpeakerRanker, mention: Mention) -> str:
    """What became of one pronoun source with the shipped model: right, or which kind of miss."""
    choices = [Choice(str(i), features, None) for i, features in enumerate(mention.choices)]
    probabilities = ranker.probabilities(choices) if choices else []
    best = max(range(len(choices)), key=probabilities.__getitem__) if choices else None
    named = best is not None and probabilities[best] >= ranker.threshold
    if mention.gold_has_no_name:
        return "wrong name (the gold names nobody)" if named else "right (nobody named)"
    if named:
        return "right" if mention.right[best] else "wrong name"
    if not any(mention.right):
        return "missed: the right person was never a candidate"
    if best is not None and mention.right[best]:
        return "missed: abstained, the right person ranked first"
    return "missed: abstained, someone else ranked first"


def report_misses(split: str, data: Path, listed: bool) -> int:
    ranker = shipped_ranker()
    if ranker is None:
        print("no shipped model: train one first", file=sys.stderr)
        return 1
    kinds: dict[str, list[Mention]] = {}
    for mention in collect(split, data, ranker):
        kinds.setdefault(miss_kind(ranker, mention), []).append(mention)
    print(f"{split}: {sum(map(len, kinds.values()))} pronoun sources, with the shipped model (threshold {ranker.threshold}):")
    for kind, mentions in sorted(kinds.items(), key=lambda item: -len(item[1])):
        print(f"  {len(mentions):>4}  {kind}")
        if listed and not kind.startswith("right"):
            print("\n".join(f"          {m.article} {m.where}" for m in mentions))
    return 0


def model_of(weights: dict[str, float], none_score: float, threshold: float, trained_on: str, chosen_on: str,
             l2: float = L2) -> dict:
    return {
        "model": "saywho pronoun ranker", "trained_on": trained_on, "threshold_chosen_on": chosen_on,
        "l2": l2, "steps": STEPS, "learning_rate": LEARNING_RATE, "wrong_name_cost": WRONG_NAME_COST,
        "none_score": none_score, "threshold": threshold, "weights": weights,
    }


def train_only(data: Path, out: Path, threshold: float, more_gold: bool) -> int:
    """A model trained on train with a threshold given, not chosen: for trying readings without reading dev."""
    mentions = collect("train", data, more_gold=more_gold)
    weights, none_score = train(mentions)
    model = model_of(weights, none_score, threshold, f"PolNeAR train, {len(mentions)} pronoun sources with referent gold",
                     "given (--threshold), not chosen")
    out.write_text(json.dumps(model, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    print(f"train: {len(mentions)} pronoun sources; {len(weights)} weights; threshold {threshold} -> {out}")
    return 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", type=Path, default=polnear.DEFAULT_DATA, help="PolNeAR's data folder")
    parser.add_argument("--out", type=Path, default=MODEL_PATH)
    parser.add_argument("--cross-validate", action="store_true",
                        help="score the readings by cross-validation on train alone; no model is written")
    parser.add_argument("--misses", choices=("train", "dev"), help="count the shipped model's pronoun misses by kind")
    parser.add_argument("--list", action="store_true", help="with --misses: list each miss's article and offset")
    parser.add_argument("--threshold", type=float,
                        help="train on train alone with this threshold: dev is neither read nor scored")
    parser.add_argument("--rounds", action="store_true",
                        help=f"train on the written rounds read for rules too ({len(TRAINING_ROUNDS)} rounds, weight "
                             f"{ROUND_WEIGHT:g}, L2 {L2_WITH_ROUNDS:g}); tried, not shipped (docs/model-card.md)")
    parser.add_argument("--rounds-left-out", action="store_true",
                        help="score each training round by models trained without it; no model is written")
    parser.add_argument("--pronoun-gold", action="store_true",
                        help="train (and cross-validate) on train-pronouns.jsonl too: 1,239 pronoun sources, not 337")
    args = parser.parse_args()
    if args.misses:
        return report_misses(args.misses, args.data, args.list)
    if args.cross_validate:
        return report_cross_validation(args.data, args.pronoun_gold)
    if args.rounds_left_out:
        return report_rounds_left_out(args.data)
    if args.threshold is not None:
        return train_only(args.data, args.out, args.threshold, args.pronoun_gold)
    started = time.perf_counter()
    train_mentions, dev_mentions = collect("train", args.data, more_gold=args.pronoun_gold), collect("dev", args.data)
    polnear_count = len(train_mentions)
    if args.rounds:
        train_mentions += collect_rounds([ROUNDS / name for name in TRAINING_ROUNDS])
    weights, none_score = train(train_mentions, L2_WITH_ROUNDS if args.rounds else L2)
    threshold = choose_threshold(weights, none_score, dev_mentions)
    ranker = SpeakerRanker(weights, none_score, threshold)
    trained_on = f"PolNeAR train, {polnear_count} pronoun sources with referent gold"
    if args.rounds:
        trained_on += (f"; {len(train_mentions) - polnear_count} of the written rounds {', '.join(TRAINING_ROUNDS)}"
                       f" (weight {ROUND_WEIGHT:g})")
    model = model_of(weights, none_score, threshold, trained_on, f"PolNeAR dev, {len(dev_mentions)} pronoun sources",
                     L2_WITH_ROUNDS if args.rounds else L2)
    args.out.write_text(json.dumps(model, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    print("dev, by threshold (right / wrong names / unresolved):")
    for value in (0.4, 0.5, 0.6, 0.7, 0.8, 0.9):
        print(f"  {value:.1f}: " + " / ".join(map(str, outcomes(SpeakerRanker(weights, none_score, value), dev_mentions))))
    for name, mentions in (("train", train_mentions), ("dev", dev_mentions)):
        right, wrong, unresolved = outcomes(ranker, mentions)
        print(f"{name}: {len(mentions)} pronoun sources: {right} right, {wrong} wrong names, {unresolved} unresolved")
    print(f"threshold {threshold}; {len(weights)} weights; {time.perf_counter() - started:.0f} s -> {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
