"""CPU microseconds a token that the span tagger (saywho_spans, combined) spends on PolNeAR dev, by stage.

    nice -n 10 .venv/bin/python bench/span_tagger_times.py --checkout PATH [--passes 3] [--limit N]

Runs the pipeline up to saywho_attributions once, then times the tagger's two stages over
copies of the same Docs, in batches of 16 as saywho.pipeline does: predict (the features
read from the rules' decisions and doc.tensor, and the network's best tag per token) and
linking (set_annotations: tags to spans, spans to attributions). Thread CPU time, the fastest of
`--passes` passes. For comparing two checkouts on a busy machine, run them alternately.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

BATCH = 16


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--checkout", type=Path, default=Path(__file__).resolve().parents[1])
    parser.add_argument("--data", default="../shared/data/polnear/data")
    parser.add_argument("--passes", type=int, default=3)
    parser.add_argument("--limit", type=int, help="only the first N dev articles")
    args = parser.parse_args()
    sys.path.insert(0, str(args.checkout.resolve()))
    from spacy.tokens import Doc

    from saywho.eval.polnear_gold import PolnearMissing, load_split
    from saywho.nlp import load_pipeline

    try:
        texts = [article.text for article in load_split("dev", args.data)[: args.limit]]
    except PolnearMissing as missing:
        print(missing, file=sys.stderr)
        return 2
    nlp = load_pipeline("combined")
    tagger = nlp.get_pipe("saywho_spans")
    before = nlp.pipe_names[: nlp.pipe_names.index("saywho_spans")]
    with nlp.select_pipes(enable=before):
        parsed = [doc.to_bytes() for doc in nlp.pipe(texts, batch_size=BATCH)]
    tokens = sum(len(Doc(nlp.vocab).from_bytes(data)) for data in parsed)
    fastest: dict[str, float] = {}
    for _ in range(args.passes):
        docs = [Doc(nlp.vocab).from_bytes(data) for data in parsed]
        spent = {"predict": 0.0, "linking": 0.0}
        for start in range(0, len(docs), BATCH):
            batch = docs[start : start + BATCH]
            started = time.thread_time()
            tags = tagger.predict(batch)
            spent["predict"] += time.thread_time() - started
            started = time.thread_time()
            tagger.set_annotations(batch, tags)
            spent["linking"] += time.thread_time() - started
        fastest = {stage: min(fastest.get(stage, seconds), seconds) for stage, seconds in spent.items()}
    total = sum(fastest.values())
    print(f"saywho_spans from {args.checkout}: {len(texts)} dev articles, {tokens:,} tokens, "
          f"CPU seconds (fastest of {args.passes} passes)")
    print("  " + "  ".join(f"{stage} {seconds:.3f}" for stage, seconds in fastest.items()))
    print(f"  total {total:.3f} s = {total / tokens * 1e6:.1f} µs a token")
    return 0


if __name__ == "__main__":
    sys.exit(main())
