"""What the learned role model costs per article: refine_roles alone, timed over PolNeAR articles.

    python bench/role_model_cost.py [--data ../shared/data/polnear/data/dev/text] [--limit 50]

Each article is analysed once (untimed); then the role step the profiles end with
(`refine_roles`: gathering each source's evidence and scoring it) is run again on the
analysed Doc and timed, best of 3, against the whole analysis's time for the same article.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from saywho.analyse.mention_roles import role_words
from saywho.analyse.role_model import refine_roles, shipped_role_model
from saywho.nlp import load_pipeline
from saywho.pipeline import make_doc


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=Path("../shared/data/polnear/data/dev/text"))
    parser.add_argument("--limit", type=int, default=50)
    args = parser.parse_args()
    if not args.data.is_dir():
        print(f"not found: {args.data}", file=sys.stderr)
        return 2
    model = shipped_role_model()
    if model is None:
        print("no role model shipped (saywho/data/role_model.json)", file=sys.stderr)
        return 2
    nlp = load_pipeline(None)
    analysis = roles = 0.0
    paths = sorted(args.data.glob("*.txt"))[: args.limit]
    for path in paths:
        started = time.perf_counter()
        doc = nlp(make_doc(nlp, path.read_text(encoding="utf-8")))
        analysis += time.perf_counter() - started
        attributions, described = list(doc._.attributions or []), role_words(doc)
        best = float("inf")
        for _ in range(3):
            started = time.perf_counter()
            refine_roles(doc, attributions, described, model)
            best = min(best, time.perf_counter() - started)
        roles += best
    print(f"{len(paths)} articles: analysis {1000 * analysis / len(paths):.0f} ms per article, "
          f"the role model {1000 * roles / len(paths):.2f} ms per article ({100 * roles / analysis:.2f}%)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
