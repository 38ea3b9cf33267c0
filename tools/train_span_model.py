"""Train saywho_spans, the span tagger, on PolNeAR's train split; choose the epoch on dev.

    python tools/train_span_model.py [--data ../shared/data/polnear/data] [--out saywho/data/span_model]
                                     [--epochs 8] [--width 96] [--depth 4] [--lstm 0] [--limit N] [--seed 0]

Every article goes once through saywho's pipeline with the rules only (up to
saywho_attributions), which gives each token its features (doc.tensor and the
rules' decisions, saywho/analyse/span_features.py) and its gold BIO tag from
the first annotator's file. The tagger's network is then trained on those rows
with Adam, batches of 8 articles in a seeded order; after each epoch it is scored
on dev (exact spans per role, tag by tag) and the best epoch's weights are kept.
The test split is never read. Written: the component's files (cfg, model) and
training.json (time, machine, settings, dev scores per epoch).
"""

from __future__ import annotations

import os

for _variable in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_variable, "1")  # one core: the machine is shared

import argparse
import json
import platform
import random
import time
from pathlib import Path

import numpy
from thinc.api import Adam, fix_random_seed

from saywho.analyse.span_features import ROLES, TAGS, role_tags, token_features
from saywho.analyse.span_model import DEFAULT_MODEL
from saywho.eval import polnear
from saywho.nlp import load_pipeline

LATER_COMPONENTS = ["saywho_entities", "saywho_speakers", "saywho_voice", "saywho_dates"]
BATCH_ARTICLES = 8


def rows(split: str, data: Path, limit: int | None) -> tuple[list, list]:
    """Features and gold tags of each article of a split (the first `limit` articles)."""
    nlp = load_pipeline("rules")
    articles = polnear.load_split(split, data)[:limit]
    features, tags = [], []
    with nlp.select_pipes(disable=LATER_COMPONENTS):
        for doc, gold in zip(nlp.pipe((a.text for a in articles), batch_size=16), articles):
            features.append(token_features(doc))
            tags.append(role_tags(doc, [{role: a.role(role) for role in ROLES} for a in gold.attributions]))
    return features, tags


def exact_spans(tags) -> set[tuple[str, int, int]]:
    """(role, first token, end token) of each tagged span."""
    spans, current = set(), None
    for i, tag in enumerate([*map(int, tags), 0]):
        name = TAGS[tag]
        role = name[2:] if tag else None
        if current and (role != current[0] or name.startswith("B-")):
            spans.add((current[0], current[1], i))
            current = None
        if role and current is None:
            current = (role, i)
    return spans


def dev_scores(network, features: list, tags: list) -> dict[str, float]:
    """Exact-span F1 per role, over tags (a quick stand-in for `saywho eval polnear`)."""
    counts = {role: [0, 0, 0] for role in ROLES}
    for predicted, gold in zip(network.predict(features), tags):
        found, wanted = exact_spans(predicted.argmax(axis=1)), exact_spans(gold)
        for role, count in counts.items():
            mine = {s for s in found if s[0] == role}
            theirs = {s for s in wanted if s[0] == role}
            count[0] += len(mine & theirs)
            count[1] += len(mine)
            count[2] += len(theirs)
    return {role: round(2 * m / (p + g), 4) if p + g else 0.0 for role, (m, p, g) in counts.items()}


def train(network, train_rows, dev_rows, epochs: int, seed: int, log) -> tuple[bytes, list[dict]]:
    """Adam over shuffled batches; the weights of the epoch with the best mean dev F1."""
    features, tags = train_rows
    one_hot = numpy.eye(len(TAGS), dtype="float32")
    optimizer = Adam(0.002)
    order, shuffle = list(range(len(features))), random.Random(seed)
    history, best, best_bytes = [], -1.0, network.to_bytes()
    for epoch in range(epochs):
        started = time.perf_counter()
        shuffle.shuffle(order)
        for first in range(0, len(order), BATCH_ARTICLES):
            batch = order[first:first + BATCH_ARTICLES]
            predicted, backprop = network.begin_update([features[i] for i in batch])
            backprop([p - one_hot[tags[i]] for p, i in zip(predicted, batch)])  # softmax cross-entropy
            network.finish_update(optimizer)
        scores = dev_scores(network, *dev_rows)
        history.append({"epoch": epoch + 1, "dev": scores, "seconds": round(time.perf_counter() - started, 1)})
        log(json.dumps(history[-1]))
        if sum(scores.values()) > best:
            best, best_bytes = sum(scores.values()), network.to_bytes()
    return best_bytes, history


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=polnear.DEFAULT_DATA)
    parser.add_argument("--out", type=Path, default=Path("saywho/data/span_model"))
    parser.add_argument("--epochs", type=int, default=8)
    parser.add_argument("--limit", type=int, help="only the first N articles of each split (a quick check)")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--width", type=int, default=DEFAULT_MODEL["width"], help="the network's hidden width")
    parser.add_argument("--depth", type=int, default=DEFAULT_MODEL["depth"], help="residual window layers")
    parser.add_argument("--lstm", type=int, default=DEFAULT_MODEL["lstm"],
                        help="outputs of a BiLSTM after the window layers (even; 0: none)")
    args = parser.parse_args(argv)
    started = time.perf_counter()
    fix_random_seed(args.seed)
    train_rows, dev_rows = rows("train", args.data, args.limit), rows("dev", args.data, args.limit)
    nlp = load_pipeline("rules")
    architecture = {**DEFAULT_MODEL, "width": args.width, "depth": args.depth, "lstm": args.lstm}
    tagger = nlp.create_pipe("saywho_spans", config={"model": architecture})
    tagger.initialize()
    weights, history = train(tagger.network, train_rows, dev_rows, args.epochs, args.seed, print)
    tagger.network.from_bytes(weights)
    args.out.mkdir(parents=True, exist_ok=True)
    tagger.to_disk(args.out, exclude=["vocab"])
    best = max(history, key=lambda h: sum(h["dev"].values()))
    record = {
        "seconds": round(time.perf_counter() - started), "machine": _machine(), "seed": args.seed,
        "architecture": architecture, "epochs": args.epochs, "chosen_epoch": best["epoch"], "limit": args.limit,
        "train_articles": len(train_rows[0]), "train_tokens": int(sum(len(f) for f in train_rows[0])),
        "history": history,
    }
    (args.out / "training.json").write_text(json.dumps(record, indent=1) + "\n", encoding="utf-8")
    print(f"saved {args.out} (epoch {best['epoch']}, dev {best['dev']}) in {record['seconds']} s")
    return 0


def _machine() -> str:
    cpu = next((line.split(":", 1)[1].strip() for line in _cpuinfo() if line.startswith("model name")), "?")
    return f"{cpu}, {os.cpu_count()} cores, {platform.system()} {platform.machine()}, one thread"


def _cpuinfo() -> list[str]:
    try:
        return Path("/proc/cpuinfo").read_text(encoding="utf-8").splitlines()
    except OSError:
        return []


if __name__ == "__main__":
    raise SystemExit(main())
