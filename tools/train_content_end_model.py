"""Train the content-end model (saywho/analyse/attributions/content_ends.py) on PolNeAR train.

    python tools/train_content_end_model.py [--data ../shared/data/polnear/data]
                                            [--cache /tmp/content-end-candidates.jsonl]
                                            [--out saywho/data/content_end_model.json] [--cv-only]
                                            [--chosen L2 THRESHOLD]

Every train article is parsed once and the rules find their attributions, the model switched off; each content
after its cue records the places it could end early, with their features (content_ends.RECORD_KEY). A content is
paired with the gold attribution whose cue holds its cue's first character and whose content shares characters with
its last piece. Each place before the gold content's end is labelled: the gold content ends there (1) or goes on
(0); places after the gold end are never reached by a right answer and are left out. Contents with no gold partner
are left out too (a wrong attribution's end is no better or worse for being cut). The rows go to --cache.

Cross-validation by article: five folds (articles in name order, every fifth to a fold). For each L2 strength the
model is trained on four folds and scores the fifth; for each threshold a content is cut at its first place whose
chance reaches it, and the contents whose end then equals the gold end are counted, against the rules' own count.
The setting with the most right ends is trained on all of train and written to --out. Deterministic: the same
rows give the same file.
"""

from __future__ import annotations

import argparse
import os
import sys
from dataclasses import replace
from pathlib import Path

os.environ["SAYWHO_CONTENT_ENDS"] = "0"  # the rules' own contents, as the model will see them
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
os.environ.setdefault("OMP_NUM_THREADS", "1")
sys.path.insert(0, str(Path(__file__).resolve().parent))

from train_attribution_model import FOLDS, cached_rows, folds_of, save, train

from saywho.analyse.role_model import RoleModel

L2_GRID = (1.0, 3.0, 10.0, 30.0)
THRESHOLD_GRID = tuple(round(0.3 + 0.05 * k, 2) for k in range(11))  # 0.3 … 0.8
STRIP = " \t\n,;:—–-("


def gather(data: Path) -> list[dict]:
    """One row per content with a gold partner: its article, candidates (end, features), its own end and the
    gold end."""
    from saywho.analyse.attributions import find_attributions
    from saywho.analyse.attributions.content_ends import RECORD_KEY
    from saywho.eval.polnear_gold import load_split
    from saywho.eval.polnear_scoring import normalise
    from saywho.nlp import load_pipeline
    from saywho.pipeline import make_doc

    nlp = load_pipeline("rules")
    later = nlp.pipe_names[nlp.pipe_names.index("saywho_attributions"):]
    articles = load_split("train", data)
    rows = []
    with nlp.select_pipes(disable=later):
        for count, gold in enumerate(articles, 1):
            doc = nlp(make_doc(nlp, gold.text))
            doc.user_data[RECORD_KEY] = []
            find_attributions(doc)
            golds = [(normalise(g.cue, gold.text), normalise(g.content, gold.text)) for g in gold.attributions]
            for record in doc.user_data[RECORD_KEY]:
                gold_end = _partner_end(record, golds)
                if gold_end is not None:
                    rows.append({"stem": gold.stem, "end": record["content"][-1][1], "gold_end": gold_end,
                                 "candidates": record["candidates"], "text": _ends_text(gold.text, record, gold_end)})
            print(f"\r{count}/{len(articles)} articles", end="", file=sys.stderr, flush=True)
    print(file=sys.stderr)
    return rows


def _partner_end(record: dict, golds: list) -> int | None:
    start, end = record["content"][-1]
    for cue, content in golds:
        if content and any(s <= record["cue"] < e for s, e in cue) \
                and any(s < end and start < e for s, e in content):
            return content[-1][1]
    return None


def _ends_text(text: str, record: dict, gold_end: int) -> dict:
    """The characters between each candidate end and the gold end, enough to tell whether they are the same end."""
    ends = [record["content"][-1][1], *(end for end, _ in record["candidates"])]
    return {str(end): text[min(end, gold_end):max(end, gold_end)] for end in ends}


def same_end(row: dict, end: int) -> bool:
    return not row["text"][str(end)].strip(STRIP + "\"'”’.")


def labelled(rows: list[dict]) -> list[dict]:
    """Training rows: each candidate up to the gold end, right when the content ends there."""
    out = []
    for row in rows:
        for end, features in row["candidates"]:
            here = same_end(row, end)
            if here or end < row["gold_end"]:
                out.append({"stem": row["stem"], "features": features, "right": here})
            if here or end > row["gold_end"]:
                break
    return out


def chosen_end(row: dict, probabilities: list[float], threshold: float) -> int:
    return next((end for (end, _), p in zip(row["candidates"], probabilities) if p >= threshold), row["end"])


def cross_validate(rows: list[dict], l2: float) -> list[list[float]]:
    """Each content's candidates' chances of ending it, from the model trained without its fold."""
    fold = folds_of(rows)
    chances: list[list[float]] = [[] for _ in rows]
    for k in range(FOLDS):
        model = train(labelled([r for r in rows if fold[r["stem"]] != k]), l2)
        for n, row in enumerate(rows):
            if fold[row["stem"]] == k:
                chances[n] = [model.probabilities(features)[1] for _, features in row["candidates"]]
    return chances


def curve(rows: list[dict]) -> dict:
    rules = sum(same_end(r, r["end"]) for r in rows)
    print(f"{len(rows)} contents with candidates and a gold partner; the rules' end is right for {rules}")
    best = {"right": rules, "l2": None, "threshold": None}
    for l2 in L2_GRID:
        chances = cross_validate(rows, l2)
        for threshold in THRESHOLD_GRID:
            ends = [chosen_end(r, c, threshold) for r, c in zip(rows, chances)]
            right = sum(same_end(r, e) for r, e in zip(rows, ends))
            cut = sum(e != r["end"] for r, e in zip(rows, ends))
            lost = sum(same_end(r, r["end"]) and not same_end(r, e) for r, e in zip(rows, ends))
            print(f"l2 {l2:>4} threshold {threshold:.2f}: right {right} ({right - rules:+d}; cut {cut}, "
                  f"right before and wrong after {lost})", flush=True)
            if right > best["right"]:
                best = {"right": right, "l2": l2, "threshold": threshold}
    print(f"chosen: {best}")
    return best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", default="../shared/data/polnear/data")
    parser.add_argument("--cache", default="/tmp/content-end-candidates.jsonl")
    parser.add_argument("--out", default="saywho/data/content_end_model.json")
    parser.add_argument("--cv-only", action="store_true")
    parser.add_argument("--chosen", nargs=2, type=float, metavar=("L2", "THRESHOLD"),
                        help="train with these settings, without cross-validating")
    args = parser.parse_args()
    rows = cached_rows(Path(args.cache), lambda: gather(Path(args.data)))
    best = dict(zip(("l2", "threshold"), args.chosen)) if args.chosen else curve(rows)
    if not args.cv_only and best["l2"] is not None:
        write(rows, best, Path(args.out))


def write(rows: list[dict], best: dict, out: Path) -> None:
    model: RoleModel = replace(train(labelled(rows), best["l2"]), classes=["on", "cut"], threshold=best["threshold"])
    save(model, {"l2": best["l2"], "threshold": best["threshold"]}, out)


if __name__ == "__main__":
    main()
