"""Train a source-profile model (role or naming) on the hand-checked samples, choose it by leave-one-sample-out CV.

    python tools/train_role_model.py [--field role|naming] [--data ../shared/data/polnear/data]
                                     [--results bench/results] [--seeds 19 2611 … 3036]
                                     [--cache /tmp/role-evidence.jsonl] [--out saywho/data/FIELD_model.json]
                                     [--cv-only]

Each sample's items are read from bench/results/voices-check-seed{SEED}.jsonl (spans and both
annotators' labels, no text); only items where both annotators give the same label of --field count. Every
article behind them is analysed once with the current code (the rules alone: the shipped model is
switched off) and the evidence the profile step gathers for the item's attribution (the one with
its spans, else the one overlapping its source and content most, as bench/voices_check.py matches)
is kept in --cache, which later runs reuse. An item with no matching profile counts wrong for the
rules and the model alike.

For each L2 strength it trains on all samples but one and scores that one, for each sample; for each
pair of thresholds (the probability the model needs to fill in a role where the rules find none, or
a naming where they say `unknown`, and to override an answer they give, or never) it prints each fold's share right
against the rules'. The setting with the best mean (ties, within a tenth of a point: the best that keeps the rules'
stated answers) is trained on all the samples and written to --out. Its folds are printed beside the shipped model
(saywho/data/FIELD_model.json as it was before the run) scored on the same items, where it was not trained on them;
on the samples it was trained on (--shipped-trained-on), its recipe's own fold stands in: a fair baseline.
Gradient descent from zeros on fixed data: the same data gives the same file.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from dataclasses import replace
from pathlib import Path

os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")  # small matrices: threads only contend on a shared machine
os.environ.setdefault("OMP_NUM_THREADS", "1")
import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))
from voices_check import matching_attribution

from saywho.analyse import role_model
from saywho.analyse.naming_model import UNKNOWN, naming_features
from saywho.analyse.role_model import EVIDENCE_KEY, RoleEvidence, RoleModel, role_features
from saywho.document import NAMINGS, NOT_STATED, ROLE_KINDS

SEEDS = (19, 2611, 3011, 3030, 3031, 3032, 3033, 3034, 3035, 3036)
SHIPPED_SEEDS = (19, 2611, 3011, 3030, 3031)  # the shipped role and naming models' training samples
L2_GRID = (0.1, 0.3, 1.0, 3.0, 10.0)
# For a role where the rules state none. Not below 0.5: a model unsure of a role falls back on the
# commonest ones (politician), and a guess of that kind would tilt per-outlet counts toward the
# corpus's majority; saywho leaves the role "not stated" unless the model is more sure than not.
THRESHOLD_GRID = (0.5, 0.6, 0.7)
OVERRIDE_GRID = (0.6, 0.7, 0.8, 0.9, None)  # for another role than the one the rules state (None: never)
# Means this close are a tie: a tenth of a point, about one item of 976 (ten folds differ by single items; the
# one-item edge of overriding the rules is no reason to let the model replace the roles they state)
TIE = 0.001
MIN_COUNT = 2  # a feature seen in fewer training items is dropped
STEPS, RATE = 1500, 0.5
FIELDS = {  # field: (its classes, the model's features, the rules' answer, the rules' "don't know")
    "role": (list(ROLE_KINDS), role_features, lambda e: e.rule, NOT_STATED),
    "naming": (list(NAMINGS), naming_features, lambda e: e.naming, UNKNOWN),
}


def load_items(results: Path, seeds: tuple[int, ...], field: str) -> list[dict]:
    items = []
    for seed in seeds:
        for line in (results / f"voices-check-seed{seed}.jsonl").read_text(encoding="utf-8").splitlines():
            item = json.loads(line)
            a, b = item.get("checker_a") or {}, item.get("checker_b") or {}
            if a.get(field) and a.get(field) == b.get(field):
                items.append({**item, "seed": seed, "gold": a[field]})
    return items


def all_items(results: Path, seeds: tuple[int, ...]) -> list[dict]:
    """Every item, agreed or not: one evidence cache serves every field."""
    return [{**json.loads(line), "seed": seed} for seed in seeds
            for line in (results / f"voices-check-seed{seed}.jsonl").read_text(encoding="utf-8").splitlines()]


def gather_evidence(items: list[dict], data: Path) -> dict[str, dict | None]:
    """Item id → the evidence of its matched attribution (None: no profile at its spans)."""
    from saywho.nlp import load_pipeline
    from saywho.pipeline import analysis_of, make_doc
    from saywho.read import read_input

    role_model.shipped_model.cache_clear()
    role_model.shipped_role_model = lambda: None  # the rules alone: the evidence holds their answer
    role_model.shipped_naming_model = lambda: None
    nlp = load_pipeline(None)
    found: dict[str, dict | None] = {}
    by_article: dict[str, list[dict]] = {}
    for item in items:
        by_article.setdefault(item["origin"], []).append(item)
    for count, (origin, group) in enumerate(sorted(by_article.items()), 1):
        path = next(p for split in ("train", "dev") if (p := data / split / "text" / origin).exists())
        article = read_input(str(path))
        doc = make_doc(nlp, article.text)
        doc.user_data[EVIDENCE_KEY] = {}
        doc = nlp(doc)
        analysis = analysis_of(doc, article).to_dict()
        for item in group:
            attribution = matching_attribution(item, analysis)
            found[item["id"]] = doc.user_data[EVIDENCE_KEY].get(attribution["id"]) if attribution else None
        print(f"\r{count}/{len(by_article)} articles", end="", file=sys.stderr, flush=True)
    print(file=sys.stderr)
    return found


def train(rows: list[tuple[list[str], str]], l2: float, threshold: float, classes: list[str]) -> RoleModel:
    """A multinomial logistic regression, L2-regularised, by full-batch gradient descent (convex: one answer)."""
    counts: dict[str, int] = {}
    for features, _ in rows:
        for feature in set(features):
            counts[feature] = counts.get(feature, 0) + 1
    vocabulary = sorted(f for f, n in counts.items() if n >= MIN_COUNT)
    column = {f: i for i, f in enumerate(vocabulary)}
    x = np.zeros((len(rows), len(vocabulary)))
    for i, (features, _) in enumerate(rows):
        for feature in set(features):
            if feature in column:
                x[i, column[feature]] = 1.0
    y = np.zeros((len(rows), len(classes)))
    y[np.arange(len(rows)), [classes.index(gold) for _, gold in rows]] = 1.0
    w, b = np.zeros((len(vocabulary), len(classes))), np.zeros(len(classes))
    for _ in range(STEPS):
        scores = x @ w + b
        scores -= scores.max(axis=1, keepdims=True)
        p = np.exp(scores)
        p /= p.sum(axis=1, keepdims=True)
        error = (p - y) / len(rows)
        w -= RATE * (x.T @ error + l2 * w / len(rows))
        b -= RATE * error.sum(axis=0)
    weights = {f: [round(float(v), 4) for v in w[column[f]]] for f in vocabulary if np.abs(w[column[f]]).max() >= 1e-3}
    return RoleModel(classes, [round(float(v), 4) for v in b], weights, threshold)


def rows_of(items: list[dict], evidence: dict[str, dict | None], field: str) -> list[tuple[list[str], str]]:
    features = FIELDS[field][1]
    return [(features(RoleEvidence(**evidence[i["id"]])), i["gold"]) for i in items if evidence[i["id"]]]


def right(items: list[dict], evidence: dict[str, dict | None], model: RoleModel | None, field: str) -> int:
    """Items whose label is right: the model's where given, else the rules'; no profile is wrong."""
    _, features, rule_of, unsure = FIELDS[field]
    total = 0
    for item in items:
        found = evidence[item["id"]]
        if found is not None:
            e = RoleEvidence(**found)
            rule = rule_of(e)
            total += (model.choose(features(e), rule, rule == unsure) if model else rule) == item["gold"]
    return total


def cross_validate(items, evidence, seeds, l2, field) -> dict[tuple, list[tuple[int, int, int, int]]]:
    """Per (threshold, override), per held-out sample: (seed, items, rules right, model right). One model per
    fold: the thresholds only say where its answer is taken."""
    folds: dict[tuple, list[tuple[int, int, int, int]]] = {}
    for seed in seeds:
        held = [i for i in items if i["seed"] == seed]
        model = train(rows_of([i for i in items if i["seed"] != seed], evidence, field), l2, 0.0, FIELDS[field][0])
        for threshold in THRESHOLD_GRID:
            for override in OVERRIDE_GRID:
                sure = replace(model, threshold=threshold, override=override)
                folds.setdefault((threshold, override), []).append(
                    (seed, len(held), right(held, evidence, None, field), right(held, evidence, sure, field)))
    return folds


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--field", choices=sorted(FIELDS), default="role")
    parser.add_argument("--data", type=Path, default=Path("../shared/data/polnear/data"))
    parser.add_argument("--results", type=Path, default=Path("bench/results"))
    parser.add_argument("--seeds", type=int, nargs="+", default=list(SEEDS))
    parser.add_argument("--cache", type=Path, default=Path("/tmp/role-evidence.jsonl"))
    parser.add_argument("--out", type=Path, help="default: saywho/data/FIELD_model.json")
    parser.add_argument("--cv-only", action="store_true", help="print the cross-validation, write no model")
    parser.add_argument("--shipped-trained-on", type=int, nargs="+", default=list(SHIPPED_SEEDS),
                        help="the shipped model's training samples: on these folds the shipped column is its recipe's "
                             "own fold (its settings, trained on the others of these), a fair baseline")
    args = parser.parse_args()
    if not args.data.is_dir():
        raise SystemExit(f"not found: {args.data} (PolNeAR's data folder, with train/ and dev/)")
    started = time.perf_counter()
    shipped_path = Path(f"saywho/data/{args.field}_model.json")
    shipped_payload = json.loads(shipped_path.read_text(encoding="utf-8")) if shipped_path.exists() else None
    seeds = tuple(args.seeds)
    items = load_items(args.results, seeds, args.field)
    evidence = _cached(args.cache, all_items(args.results, seeds), args.data)
    settings = []
    for l2 in L2_GRID:
        for (threshold, override), folds in cross_validate(items, evidence, seeds, l2, args.field).items():
            mean = sum(m / n for _, n, _, m in folds) / len(folds)
            print(f"l2 {l2:>4} threshold {threshold:.1f} override {override}: " + "  ".join(
                f"{s}: {100 * r / n:.0f}→{100 * m / n:.0f}" for s, n, r, m in folds) + f"  mean {100 * mean:.1f}%",
                flush=True)
            settings.append((mean, l2, threshold, override, folds))
    mean, l2, threshold, override, folds = chosen(settings)
    print(f"\nchosen: l2 {l2}, threshold {threshold}, override {override}; leave-one-sample-out, share right on items "
          f"both annotators agree on; `shipped`: {shipped_path} as it was (read before any --out), on the same items; "
          f"on {' '.join(map(str, args.shipped_trained_on))}, which it was trained on, its recipe's own folds:")
    _print_folds(folds, shipped_folds(shipped_payload, items, evidence, args.field, [s for s, *_ in folds],
                                      args.shipped_trained_on) if shipped_payload else None)
    if args.cv_only:
        return
    out = args.out or Path(f"saywho/data/{args.field}_model.json")
    model = replace(train(rows_of(items, evidence, args.field), l2, threshold, FIELDS[args.field][0]),
                    override=override)
    payload = {"trained_on": f"voices hand checks, seeds {' '.join(map(str, seeds))}: {len(items)} items",
               "l2": l2, "min_count": MIN_COUNT, "steps": STEPS, "model": model.to_dict()}
    out.write_text(json.dumps(payload, separators=(",", ":"), sort_keys=True) + "\n", encoding="utf-8")
    print(f"{out}: {len(model.weights)} features, {out.stat().st_size // 1024} KB, "
          f"{time.perf_counter() - started:.0f} s")


def chosen(settings: list[tuple]) -> tuple:
    """The setting (mean, l2, threshold, override, folds) with the best mean; among those within TIE of it, the best
    that keeps the rules' stated answers (override None); the earliest of equal means."""
    top = max(mean for mean, *_ in settings)
    keeping = [s for s in settings if s[3] is None and s[0] >= top - TIE]
    return max(keeping or settings, key=lambda s: s[0])  # max keeps the first of equals


def shipped_folds(payload: dict, items: list[dict], evidence: dict[str, dict | None], field: str,
                  seeds: list[int], trained_on: list[int]) -> list[int]:
    """Per fold, the items right by the shipped model; on a sample it was trained on (in `trained_on`), by its recipe
    (its L2, thresholds and today's features) trained on the other samples of `trained_on` instead: the shipped
    model has seen that sample, its recipe's fold has not."""
    shipped = RoleModel.from_dict(payload["model"])
    found = []
    for seed in seeds:
        held = [i for i in items if i["seed"] == seed]
        model = shipped
        if seed in trained_on:
            others = [i for i in items if i["seed"] in trained_on and i["seed"] != seed]
            model = replace(train(rows_of(others, evidence, field), payload["l2"], shipped.threshold,
                                  FIELDS[field][0]), override=shipped.override)
        found.append(right(held, evidence, model, field))
    return found


def _print_folds(folds: list[tuple[int, int, int, int]], shipped: list[int] | None) -> None:
    """The chosen setting's folds as a markdown table, with the shipped model's right answers per fold if given."""
    print("| held-out sample | items | rules |" + (" shipped model (fair) |" if shipped else "") + " model |")
    print("|---|---|---|" + ("---|" if shipped else "") + "---|")
    for k, (s, n, r, m) in enumerate(folds):
        print(f"| {s} | {n} | {100 * r / n:.0f}% ({r}) |" + (f" {100 * shipped[k] / n:.0f}% ({shipped[k]}) |"
              if shipped else "") + f" {100 * m / n:.0f}% ({m}) |")
    means = [sum(x[k] / x[1] for x in folds) / len(folds) for k in (2, 3)]
    shipped_mean = f" {100 * sum(c / x[1] for c, x in zip(shipped, folds)) / len(folds):.1f}% |" if shipped else ""
    print(f"| mean | {sum(n for _, n, _, _ in folds)} | {100 * means[0]:.1f}% |{shipped_mean} {100 * means[1]:.1f}% |")


def _cached(cache: Path, items: list[dict], data: Path) -> dict[str, dict | None]:
    if cache.exists():
        found = json.loads(cache.read_text(encoding="utf-8"))
        if all(i["id"] in found for i in items):
            return found
    found = gather_evidence(items, data)
    cache.write_text(json.dumps(found), encoding="utf-8")
    return found


if __name__ == "__main__":
    main()
