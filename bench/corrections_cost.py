"""What corrections cost a store: making them, and applying them again after an identity pass.

    .venv/bin/python bench/corrections_cost.py --db COPY_OF_A_STORE.db [--corrections 100] [--seed 13]

Works on the store it is given (it writes corrections into it: give it a copy). Corrects the speaker
of N attributions drawn at random (fixed seed) to "Jane Fact-Checker", times each `correct`, then an
identity pass with nothing new to resolve, with the N corrections and after undoing them all, and
checks that the undone store answers as before (speaker counts, and every quotation's speaker).
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))  # run from a checkout without installing

from saywho.corpus.backends import open_store


def answers(store) -> tuple:
    speakers = tuple((r.id, r.quotes) for r in store.speakers(named=None, limit=None))
    quotations = tuple((q.id, q.speaker_id, q.speaker_name) for q in store.quotes(limit=None))
    sources = tuple((r.name, r.speaker_id, r.citations, tuple(r.how.items())) for r in store.sources(limit=None))
    return speakers, quotations, sources, store.counts()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--db", required=True)
    parser.add_argument("--corrections", type=int, default=100)
    parser.add_argument("--seed", type=int, default=13)
    args = parser.parse_args()
    with open_store(args.db) as store:
        before = answers(store)
        pairs = [(q.article_id, q.attribution) for q in store.quotes(limit=None)]
        chosen = random.Random(args.seed).sample(sorted(pairs), args.corrections)
        store.resolve_identities()  # whatever the copy had left to resolve
        started, cpu = time.perf_counter(), time.process_time()
        store.resolve_identities()
        plain, plain_cpu = time.perf_counter() - started, time.process_time() - cpu
        took = []
        for article_id, attribution in chosen:
            started = time.perf_counter()
            store.correct(article_id, attribution, "speaker", "Jane Fact-Checker", made_by="bench")
            took.append(time.perf_counter() - started)
        corrected = sum(1 for q in store.quotes(limit=None) if q.corrected)
        started, cpu = time.perf_counter(), time.process_time()
        store.resolve_identities()
        with_corrections, with_cpu = time.perf_counter() - started, time.process_time() - cpu
        for correction in store.corrections(active=True):
            store.undo_correction(correction.id)
        same = answers(store) == before
    print(f"{args.corrections} corrections: correct() median {statistics.median(took) * 1000:.0f} ms, "
          f"p95 {sorted(took)[int(0.95 * len(took)) - 1] * 1000:.0f} ms; {corrected} quotations marked corrected")
    print(f"identity pass with nothing new: {plain:.2f} s ({plain_cpu:.2f} s CPU) without corrections, "
          f"{with_corrections:.2f} s ({with_cpu:.2f} s CPU) with {args.corrections} (applied again)")
    print(f"after undoing all: the same speakers, quotations, sources and counts as before: {same}")
    return 0 if same else 1


if __name__ == "__main__":
    sys.exit(main())
