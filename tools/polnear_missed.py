"""PolNeAR gold attributions that saywho's predictions miss altogether, counted by their cue's words.

    .venv/bin/python -m saywho eval polnear --split train --out PRED
    .venv/bin/python tools/polnear_missed.py train PRED                  # the 60 commonest missed cues
    .venv/bin/python tools/polnear_missed.py train PRED said told        # and every miss with these cues

A gold attribution is missed when no predicted cue overlaps its cue and no predicted content covers
more than 30% of its content. Each miss listed shows its source and the text from its first to its
last part. Read train only: the dev split is for figures, not for reading.
"""

from __future__ import annotations

import argparse
import json
from collections import Counter, defaultdict
from pathlib import Path

from saywho.eval.polnear_gold import AttributionSpans, load_split


def _characters(spans) -> set[int]:
    return {i for start, end in spans for i in range(start, end)}


def _predicted_characters(analysis: dict) -> set[int]:
    covered: set[int] = set()
    for attribution in analysis["attributions"]:
        for part in ("cue", "content"):
            covered |= _characters((attribution.get(part) or {}).get("spans", []))
    return covered


def _is_missed(gold: AttributionSpans, covered: set[int]) -> bool:
    content = _characters(gold.content)
    return not (_characters(gold.cue) & covered) and not (content and len(content & covered) > 0.3 * len(content))


def misses(split: str, predictions: Path, data: str) -> tuple[int, dict[str, list[tuple[str, str]]]]:
    """(gold attributions in all, misses by lower-cased cue text: (source, the attribution's text))."""
    total, missed = 0, defaultdict(list)
    for article in load_split(split, data):
        covered = _predicted_characters(json.loads((predictions / f"{article.stem}.json").read_text()))
        for gold in article.attributions:
            total += 1
            if _is_missed(gold, covered):
                text = article.text
                parts = gold.cue + gold.source + gold.content
                whole = text[min(s for s, _ in parts):max(e for _, e in parts)]
                cue = " ".join(text[s:e] for s, e in gold.cue).lower()
                missed[cue].append((" ".join(text[s:e] for s, e in gold.source), whole[:200].replace("\n", " ")))
    return total, missed


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("split", choices=["train", "dev"])
    parser.add_argument("predictions", type=Path, help="a folder written by `saywho eval polnear --out`")
    parser.add_argument("cues", nargs="*", help="list every miss with these cue texts")
    parser.add_argument("--data", default="../shared/data/polnear/data")
    args = parser.parse_args()
    total, missed = misses(args.split, args.predictions, args.data)
    print(f"missed {sum(map(len, missed.values()))} of {total}")
    for cue, count in Counter({cue: len(rows) for cue, rows in missed.items()}).most_common(60):
        print(count, repr(cue))
    for cue in args.cues:
        print("=====", cue)
        for source, text in missed.get(cue, []):
            print("   SRC", repr(source), "|", text)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
