"""CPU seconds each pipeline component spends on PolNeAR dev, for comparing two checkouts on a busy machine.

    nice -n 10 .venv/bin/python bench/component_times.py --checkout PATH [--passes 2]

Runs saywho.nlp.load_pipeline()'s components one by one over the articles in batches of 16, as
saywho.pipeline does, and reports the thread CPU time of each (the fastest of `--passes` passes),
then the time of reading the Docs into Analyses. spaCy's own components are the same in any two
checkouts of saywho and show how much the machine's load moved a run; saywho's are what a change
to them costs. Run two checkouts alternately.
"""

from __future__ import annotations

import argparse
import inspect
import sys
import time
from pathlib import Path


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--checkout", type=Path, default=Path(__file__).resolve().parents[1])
    parser.add_argument("--data", default="../shared/data/polnear/data")
    parser.add_argument("--passes", type=int, default=2)
    args = parser.parse_args()
    sys.path.insert(0, str(args.checkout.resolve()))
    from saywho.eval.polnear import saywho_article
    try:
        from saywho.eval.polnear_gold import PolnearMissing, load_split
    except ImportError:  # older checkouts (3099e62) keep them in saywho.eval.polnear
        from saywho.eval.polnear import PolnearMissing, load_split
    from saywho.nlp import load_pipeline
    from saywho.pipeline import _doc_for, analysis_of

    try:
        articles = [saywho_article(article) for article in load_split("dev", args.data)]
    except PolnearMissing as missing:
        print(missing, file=sys.stderr)
        return 2
    nlp = load_pipeline()
    fastest: dict[str, float] = {}
    for _ in range(args.passes):
        spent: dict[str, float] = {}
        for start in range(0, len(articles), 16):
            group = articles[start : start + 16]
            docs = [_new_doc(_doc_for, nlp, article) for article in group]
            for name, component in nlp.pipeline:
                started = time.thread_time()
                docs = list(component.pipe(docs, batch_size=16)) if hasattr(component, "pipe") else [component(d) for d in docs]
                spent[name] = spent.get(name, 0.0) + time.thread_time() - started
            started = time.thread_time()
            for doc, article in zip(docs, group):
                analysis_of(doc, article)
            spent["analysis_of"] = spent.get("analysis_of", 0.0) + time.thread_time() - started
        fastest = {name: min(fastest.get(name, seconds), seconds) for name, seconds in spent.items()}
    own = [name for name in fastest if name == "analysis_of" or (name.startswith("saywho_") and "fast" not in name)]
    print(f"saywho from {args.checkout}, {len(articles)} articles, CPU seconds (fastest of {args.passes} passes):")
    print("  " + "  ".join(f"{name} {seconds:.2f}" for name, seconds in fastest.items()))
    print(f"  saywho's analysis components and analysis_of: {sum(fastest[n] for n in own):.2f}; "
          f"all: {sum(fastest.values()):.2f}")
    return 0


def _new_doc(doc_for, nlp, article):
    """saywho.pipeline._doc_for of either signature: (nlp, text, date) now, (nlp, article) at 3099e62."""
    if "article" in inspect.signature(doc_for).parameters:
        return doc_for(nlp, article)
    return doc_for(nlp, article.text, article.date)


if __name__ == "__main__":
    sys.exit(main())
