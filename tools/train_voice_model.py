"""Train saywho's word-choice model on BASIL's 75 triplets and ship it.

    python tools/train_voice_model.py [--data ../shared/data/basil] [--lexicons ../shared/data/lexicons]
                                      [--out saywho/data/voice_model.json]

Every article is analysed once with the curated lists; the model learns, among the
writer's words no list flagged, the ones BASIL marks as lexical bias (see
saywho.eval.voice_training). The seed is fixed: the same data gives the same file.
Its cross-validated figures come from `saywho eval basil --folds 5`, which trains
the same way on four folds at a time.
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

from saywho.eval import basil, voice_training

LICENCE_NOTE = (
    "Weights learned from BASIL (Fan et al. 2019). lexicon_bits lists, per word, which reference lexicons hold it: "
    "the Wiki Neutrality Corpus lexicons collected by Pryzant et al. 2020 (MIT, Copyright (c) 2020 Reid Pryzant) "
    "and the bias lexicon of Hutto et al. 2015 (MIT, Copyright (c) 2017 C.J. Hutto); see saywho/data/NOTICE."
)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=basil.DEFAULT_DATA)
    parser.add_argument("--lexicons", type=Path, default=voice_training.DEFAULT_LEXICONS)
    parser.add_argument("--out", type=Path, default=Path("saywho/data/voice_model.json"))
    args = parser.parse_args()
    started = time.perf_counter()
    analysed = basil.analyse_all(basil.load(args.data))
    examples = [basil.examples_of(item) for item in analysed]
    model = voice_training.train(examples, voice_training.load_lexicons(args.lexicons))
    write_model(args.out, model, len(analysed))
    seconds = time.perf_counter() - started
    print(f"{args.out}: {len(model.weights)} weights, {len(model.lexicon_bits)} lexicon words, "
          f"threshold {model.threshold}, {args.out.stat().st_size // 1024} KB, {seconds:.0f} s")


def write_model(out: Path, model, articles: int) -> None:
    payload = {
        "about": LICENCE_NOTE,
        "trained_on": f"BASIL, {articles} articles ({articles // 3} event triplets)",
        "target_rate": voice_training.TARGET_RATE,
        "l2": voice_training.L2,
        "model": model.to_dict(),
    }
    out.write_text(json.dumps(payload, separators=(",", ":"), sort_keys=True) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
