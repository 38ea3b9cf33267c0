"""Choose the cue table's place threshold by 5-fold cross-validation on PolNeAR train (folds by article).

    # 1. predictions without the place rule (place_threshold 0: e.g. the commit before it), kept per article
    saywho eval polnear --split train --out /tmp/before-train
    # 2. parse train as tools/train_cue_model.py does, then score every threshold on held-out folds
    python bench/cue_places_cv.py --predictions /tmp/before-train [--verbs /tmp/verbs.jsonl]

For each fold, the frame and place counts come from the other four folds' articles only; a
predicted attribution whose cue verb has an object, infinitive or preposition is dropped when
its held-out frame or place rate fails, and the attribution measure (source + content, as
`saywho eval polnear` scores it) is added up over the held-out articles. Only removals are
simulated (a dropped attribution takes its match with it). No article text is written.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "tools")]

from train_cue_model import cue_heads

from saywho.analyse.cues import CLAUSE, MIN_FRAME_EVIDENCE, NONE, THRESHOLD, frame_of, place_of
from saywho.eval import polnear
from saywho.eval.polnear_gold import AttributionSpans
from saywho.eval.polnear_scoring import score_article

FOLDS = 5
THRESHOLDS = (0.0, 0.15, 0.25, 0.35, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7, 0.8)
MIN_PLACE_EVIDENCE = 10


def parse_verbs(out: Path) -> None:
    """One line per verb outside quotation marks: article, offset, lemma|frame, place, whether a gold cue head."""
    import saywho.analyse  # noqa: F401  registers saywho_quotes
    from saywho.nlp import load_base_model

    nlp = load_base_model()
    nlp.add_pipe("saywho_quotes", first=True)
    articles = polnear.load_split("train", polnear.DEFAULT_DATA)
    with out.open("w") as lines:
        for doc, gold in zip(nlp.pipe((a.text for a in articles), batch_size=16), articles):
            heads = set().union(*(cue_heads(doc, a) for a in gold.attributions)) if gold.attributions else set()
            quoted = {t.i for q in doc._.quotes for t in doc.char_span(*q.outer, alignment_mode="expand") or []}
            for token in doc:
                if token.pos_ == "VERB" and token.i not in quoted:
                    frame = frame_of(token)
                    lines.write(json.dumps({"article": gold.stem, "offset": token.idx, "frame": frame,
                                            "key": f"{token.lemma_.lower()}|{frame}", "place": place_of(token),
                                            "cue": token.i in heads}) + "\n")


def load_verbs(path: Path) -> dict[str, dict[int, dict]]:
    verbs: dict[str, dict[int, dict]] = {}
    for line in path.open():
        verb = json.loads(line)
        verbs.setdefault(verb["article"], {})[verb["offset"]] = verb
    return verbs


def predictions(folder: Path, verbs: dict) -> tuple[list[dict], int]:
    """Each predicted attribution: its article, whether it matches a gold one, and its cue verb (if a verb)."""
    found, gold_total = [], 0
    for gold in polnear.load_split("train", polnear.DEFAULT_DATA):
        saved = json.loads((folder / f"{gold.stem}.json").read_text())["attributions"]
        spans = [AttributionSpans(**{r: (a[r]["spans"] if a.get(r) else []) for r in ("source", "cue", "content")})
                 for a in saved]
        matched = {j for _, j in score_article(gold.text, gold.attributions, spans).pairs}
        gold_total += len(gold.attributions)
        for j, attribution in enumerate(saved):
            offsets = [i for s, e in (attribution.get("cue") or {}).get("spans", []) for i in range(s, e)]
            verb = next((verbs[gold.stem][i] for i in offsets if i in verbs.get(gold.stem, {})), None)
            found.append({"article": gold.stem, "matched": j in matched, "kind": attribution["kind"], "verb": verb})
    return found, gold_total


def tables(verbs: dict, articles: set[str]) -> tuple[Counter, Counter]:
    """Frame counts, then place counts among the verbs whose frame passes, from these articles only."""
    frames = Counter()
    for article in articles:
        for verb in verbs[article].values():
            frames[verb["key"], 0] += 1
            frames[verb["key"], 1] += verb["cue"]
    places = Counter()
    for article in articles:
        for verb in verbs[article].values():
            if verb["frame"] not in {CLAUSE, NONE} and frame_passes(verb, frames):
                places[verb["place"], 0] += 1
                places[verb["place"], 1] += verb["cue"]
    return frames, places


def frame_passes(verb: dict, frames: Counter) -> bool:
    total = frames[verb["key"], 0]
    return total >= MIN_FRAME_EVIDENCE and frames[verb["key"], 1] / total >= THRESHOLD


def kept(prediction: dict, frames: Counter, places: Counter, threshold: float) -> bool:
    verb = prediction["verb"]
    if verb is None or verb["frame"] in {CLAUSE, NONE} or prediction["kind"] != "indirect":
        return True  # only reported speech from a non-clause frame goes through cues.is_cue's table
    if not frame_passes(verb, frames):
        return False
    total = places[verb["place"], 0]
    return total < MIN_PLACE_EVIDENCE or places[verb["place"], 1] / total >= threshold


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--predictions", type=Path, required=True, help="saywho eval polnear --split train --out DIR")
    parser.add_argument("--verbs", type=Path, default=Path("/tmp/cue_places_verbs.jsonl"), help="parse cache")
    args = parser.parse_args()
    if not args.verbs.exists():
        parse_verbs(args.verbs)
    verbs = load_verbs(args.verbs)
    found, gold_total = predictions(args.predictions, verbs)
    articles = sorted(verbs)
    fold_of = {article: k % FOLDS for k, article in enumerate(articles)}
    held_out = {k: tables(verbs, {a for a in articles if fold_of[a] != k}) for k in range(FOLDS)}
    print(f"{'place threshold':>15}  matched predicted  P      R      F1   (held-out folds, gold {gold_total})")
    for threshold in THRESHOLDS:
        predicted = matched = 0
        for prediction in found:
            if kept(prediction, *held_out[fold_of[prediction["article"]]], threshold):
                predicted += 1
                matched += prediction["matched"]
        print(f"{threshold:>15}  {matched:7} {predicted:9}  {matched / predicted:.4f} {matched / gold_total:.4f} "
              f"{2 * matched / (predicted + gold_total):.4f}")


if __name__ == "__main__":
    main()
