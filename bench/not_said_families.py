"""Count, on PolNeAR train, the "not said" and "writer's own" families of issue 13 in saved Analyses.

    nice -n 10 python tools/compare_analyses.py write DIR --checkout PATH   # Analyses of train+dev
    python bench/not_said_families.py DIR [--show FAMILY --n 20]
    python bench/not_said_families.py AFTER --before BEFORE [--show changes]   # what a change did

Reads only the train split's gold (never dev), puts each saved attribution in the families below by its
words (no parse), and scores it as `saywho eval polnear` does (source + content, Jaccard >= 0.5, greedy
pairs). Prints per family how many match a gold attribution and how many are marked negated, and the
train attribution P/R/F1 of the whole folder. --show prints sentences of one family, for reading. With
--before, counts the attributions whose `negated` flag flipped, that were dropped or added (by source, cue and
content spans), with their gold match, on train; and on dev only the counts (dev's files are read, never shown).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from saywho.document import SCHEMA_VERSION, Analysis
from saywho.eval.polnear import spans_of
from saywho.eval.polnear_gold import DEFAULT_DATA, load_split
from saywho.eval.polnear_scoring import add_up, score_article

LETS = re.compile(r"\blet$", re.I)
SAY_OPENING = re.compile(r"(?:^|[.?!:;\n“\"]\s*)say,?\s*$", re.I)


def families(text: str, a) -> set[str]:
    found = set()
    cue = a.cue.spans[0][0] if a.cue else None
    before = text[max(0, cue - 40):cue] if cue is not None else ""
    source = a.source.text.strip().lower() if a.source else ""
    if re.search(r"\byet\s+$", before) or (a.cue and a.cue.text.lower().startswith("to ") and before.endswith("yet ")):
        found.add("yet to")
    after = text[a.cue.spans[-1][1]:a.cue.spans[-1][1] + 12].lower() if a.cue else ""
    if re.match(r"\s*(nothing|none|no one|nobody)\b", after) or a.content.text.lower().startswith("nothing"):
        found.add("object nothing")
    if re.match(r"(no|none of|not one|not a single|few)\b", source):
        found.add("subject no/few")
    if a.source and source in {"'s", "’s", "us"} and LETS.search(text[max(0, a.source.spans[0][0] - 8):a.source.spans[0][0]]):
        found.add("let's/let us")
    if a.source and SAY_OPENING.search(text[max(0, a.source.spans[0][0] - 12):a.source.spans[0][0]]):
        found.add("imperative say")
    if a.source and source.startswith("say "):
        found.add("imperative say")
    if a.cue and re.search(r"\b(would|could|might|should)\s+(not\s+|n't\s+)?have\b", a.cue.text.lower()):
        found.add("counterfactual (would have)")
    return found


def load_analysis(folder: Path, stem: str) -> Analysis | None:
    path = folder / f"{stem}.json"
    if not path.exists():
        return None
    saved = json.loads(path.read_text(encoding="utf-8"))
    return Analysis.from_dict({**saved, "schema_version": SCHEMA_VERSION})  # compare_analyses drops it


def score_of(gold, analysis: Analysis):
    """The article's score as `saywho eval polnear` gives it; its pairs are (gold index, attribution index)."""
    return score_article(gold.text, gold.attributions, [spans_of(a) for a in analysis.attributions])


def _key(a) -> tuple:
    return tuple(tuple(map(tuple, getattr(a, role).spans)) if getattr(a, role) else () for role in ("source", "cue", "content"))


def changes(before: Analysis, after: Analysis) -> dict[str, list]:
    """Attributions flipped (negated), dropped and added, each as (attribution, from which analysis)."""
    old = {_key(a): a for a in before.attributions}
    new = {_key(a): a for a in after.attributions}
    return {"negated flipped": [new[k] for k in new if k in old and new[k].negated != old[k].negated],
            "dropped": [old[k] for k in old if k not in new], "added": [new[k] for k in new if k not in old]}


def compare(args: argparse.Namespace) -> None:
    counts: dict[str, list[int]] = defaultdict(lambda: [0, 0])  # change -> [unmatched, matched gold]
    train = load_split("train", args.data)
    for gold in train:
        before, after = load_analysis(args.before, gold.stem), load_analysis(args.folder, gold.stem)
        assert before is not None and after is not None
        for change, attributions in changes(before, after).items():
            analysis = before if change == "dropped" else after
            score = score_of(gold, analysis)
            matched = {analysis.attributions[j].id for _, j in score.pairs}
            for a in attributions:
                counts[change][a.id in matched] += 1
                if args.show == "changes":
                    start = max(gold.text.rfind("\n", 0, a.content.spans[0][0]), a.content.spans[0][0] - 150)
                    print(f"[{change}; {'gold' if a.id in matched else 'none'}; neg={a.negated}] "
                          f"src={a.source.text if a.source else None!r} cue={a.cue.text if a.cue else None!r}\n"
                          f"   {gold.text[start:a.content.spans[-1][1] + 10]!r}")
    dev: dict[str, int] = defaultdict(int)
    for stem in sorted({p.stem for p in args.folder.glob("*.json")} - {g.stem for g in train}):
        before, after = load_analysis(args.before, stem), load_analysis(args.folder, stem)
        if before is not None and after is not None:
            for change, attributions in changes(before, after).items():
                dev[change] += len(attributions)
    for change, (unmatched, matched) in sorted(counts.items()):
        print(f"train {change}: {unmatched + matched} ({matched} matching gold, {unmatched} not)")
    print("dev (counts only): " + ", ".join(f"{change} {n}" for change, n in sorted(dev.items())))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("--data", default=str(DEFAULT_DATA))
    parser.add_argument("--show", default=None)
    parser.add_argument("--n", type=int, default=20)
    parser.add_argument("--before", type=Path, default=None)
    args = parser.parse_args()
    if args.before is not None:
        return compare(args)
    counts: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])  # family -> [wrong, right, negated]
    scores, shown = [], 0
    for gold in load_split("train", args.data):
        analysis = load_analysis(args.folder, gold.stem)
        assert analysis is not None
        score = score_of(gold, analysis)
        scores.append(score)
        matched = {j for _, j in score.pairs}
        for j, a in enumerate(analysis.attributions):
            for family in families(gold.text, a):
                counts[family][j in matched] += 1
                counts[family][2] += a.negated
                if family == args.show and shown < args.n:
                    shown += 1
                    start = max(gold.text.rfind("\n", 0, a.content.spans[0][0]), a.content.spans[0][0] - 200)
                    print(f"[{'gold' if j in matched else 'none'} neg={a.negated}] src={a.source.text if a.source else None!r}"
                          f" cue={a.cue.text if a.cue else None!r}\n   {gold.text[start:a.content.spans[-1][1] + 20]!r}")
    print(f"{'family':32} {'wrong':>6} {'right':>6} {'negated':>8}")
    for family, (wrong, right, negated) in sorted(counts.items()):
        print(f"{family:32} {wrong:6} {right:6} {negated:8}")
    total = add_up(scores)["attribution"]
    print(f"train attribution P {total.precision:.3f} R {total.recall:.3f} F1 {total.f1:.3f} "
          f"({total.matched} matched, {total.predicted} predicted, {total.gold} gold)")


if __name__ == "__main__":
    main()
