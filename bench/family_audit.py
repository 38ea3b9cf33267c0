"""Hand-judged failure rates per family of candidate attributions, on PolNeAR train (issue 13, s19-fam).

    python bench/family_audit.py packet --out DIR [--articles 840 --per-family 30 --seed 2022]
    python bench/family_audit.py score DIR/items.json A.jsonl B.jsonl

`packet` analyses PolNeAR train articles, sorts each attribution saywho shows into the families below (by the keep
model's features), draws up to --per-family of each at random and writes packet.md (for the annotators, who judge
it with bench/results/audit3021/GUIDELINES.md, reading the train split's texts) and items.json (ids, spans, family,
the keep model's probability; keep it from the annotators). `score` gives, per family, the items both annotators
agree on and how many of those fail (the speaker wrong, or no attribution at all), split at the model's 0.5.
The packet holds article text: DIR belongs outside the repository.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from collections import Counter, defaultdict
from dataclasses import replace
from pathlib import Path

from precision_audit import item_lines, item_spans, judgements

DATA = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "polnear" / "data"
# The families as the s19 packet drew them (the aim family before the keep model's AIM_LEMMAS was cut to the aims
# that failed: a hope, a want or an expectation is a stance).
AIMS = {"seek", "look", "like", "try", "want", "hope", "hop", "aim", "intend", "plan", "wish", "prefer", "expect",
        "attempt", "love"}
MENTAL = {"know", "assume", "think", "believe", "feel", "understand", "realize", "recognize", "remember", "learn",
          "consider", "suppose", "guess"}


def families(row: list[str]) -> list[str]:
    from saywho.analyse.attributions.keep_model import DOUBTFUL_RATES

    present = set(row)
    value = {f.split("=", 1)[0]: f.split("=", 1)[1] for f in row if "=" in f and "|" not in f.split("=", 1)[0]}
    reported = value.get("kind") == "reported"
    found = [name for name, holds in (
        ("aim-inf", value.get("lemma") in AIMS and value.get("frame") == "infinitive"),
        ("writer-i", "source=i" in present),
        ("you", "source=you" in present),
        ("vb-reported", reported and value.get("tag") == "VB" and "negated=False" in present),
        ("prep-gerund", "under|kind=prep|reported" in present),
        ("low-rate", reported and bool(present & DOUBTFUL_RATES)),
        ("headline", reported and value.get("where") == "headline"),
        ("mental", value.get("lemma") in MENTAL and value.get("frame") == "clause")) if holds]
    return found or ["other"]


def _candidates(nlp, rules, later, text: str) -> dict[str, tuple[list[str], float]]:
    """Each candidate's features and keep probability, by its content spans."""
    from saywho.analyse import cues
    from saywho.analyse.attributions import find_attributions
    from saywho.analyse.attributions.keep_model import FEATURES_KEY, always_kept, shipped_model
    from saywho.eval.polnear import spans_of
    from saywho.pipeline import make_doc

    model = shipped_model()
    assert model is not None
    with nlp.select_pipes(disable=later):
        doc = nlp(make_doc(nlp, text))
        doc.user_data[FEATURES_KEY] = []
        with cues.using(replace(rules, threshold=0.3, frame_threshold=0.5)):
            found, _ = find_attributions(doc)
    return {json.dumps([list(s) for s in spans_of(a).content]):
            (row, 1.0 if always_kept(row) else model.probabilities(row)[1])
            for a, row in zip(found, doc.user_data[FEATURES_KEY])}


def write_packet(out: Path, articles: int, per_family: int, seed: int) -> None:
    import saywho
    from saywho.eval.polnear import saywho_article
    from saywho.eval.polnear_gold import load_split
    from saywho.nlp import load_pipeline

    nlp = load_pipeline("rules")
    rules = nlp.get_pipe("saywho_attributions").cue_model
    later = nlp.pipe_names[nlp.pipe_names.index("saywho_attributions"):]
    golds = load_split("train", DATA)
    random.Random(22).shuffle(golds)
    pool: dict[str, list] = defaultdict(list)
    for count, gold in enumerate(golds[:articles], 1):
        candidates = _candidates(nlp, rules, later, gold.text)
        data = next(iter(saywho.analyze_many([saywho_article(gold)]))).to_dict()
        for item in data["attributions"]:
            found = candidates.get(json.dumps((item.get("content") or {}).get("spans")))
            if found is not None:
                for family in families(found[0]):
                    pool[family].append((gold.stem, data, item, found[1]))
        print(f"\r{count}/{articles} articles", end="", file=sys.stderr, flush=True)
    print(file=sys.stderr)
    _write(out, pool, per_family, seed)


def _write(out: Path, pool: dict[str, list], per_family: int, seed: int) -> None:
    rng, drawn, seen = random.Random(seed), [], set()
    for family in sorted(pool):
        fresh = [c for c in pool[family] if (c[0], c[2]["id"]) not in seen]
        for choice in rng.sample(fresh, min(per_family, len(fresh))):
            seen.add((choice[0], choice[2]["id"]))
            drawn.append((family, choice))
    rng.shuffle(drawn)
    out.mkdir(parents=True, exist_ok=True)
    items, lines = [], ["# Audit packet (PolNeAR train)", ""]
    for number, (family, (stem, data, item, probability)) in enumerate(drawn, 1):
        items.append({"item": number, "article": stem, "family": family, "attribution": item["id"],
                      "p": round(probability, 4), "spans": item_spans(item)})
        lines += item_lines(number, stem, data, item)
    (out / "items.json").write_text(json.dumps(items, indent=1))
    (out / "packet.md").write_text("\n".join(lines))
    print(f"{len(items)} items {dict(Counter(f for f, _ in drawn))} -> {out}/packet.md")


def score(items_path: str, first: str, second: str) -> None:
    items = json.loads(Path(items_path).read_text())
    a, b = judgements(first), judgements(second)
    table: dict[str, Counter] = defaultdict(Counter)
    for item in items:
        k, family = item["item"], item["family"]
        if a[k]["speaker"] != b[k]["speaker"]:
            continue
        side = "p<0.5" if item["p"] < 0.5 else "p>=0.5"
        table[family]["agreed"] += 1
        table[family][f"fail {side}" if a[k]["speaker"] == "wrong" else f"ok {side}"] += 1
    print("family        agreed  fail  (p<0.5 / p>=0.5)  ok (p<0.5 / p>=0.5)")
    for family, n in sorted(table.items()):
        fails = n["fail p<0.5"] + n["fail p>=0.5"]
        print(f"{family:12s} {n['agreed']:6d} {fails:5d}  ({n['fail p<0.5']} / {n['fail p>=0.5']})"
              f"{'':12s}{n['ok p<0.5']} / {n['ok p>=0.5']}")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    commands = parser.add_subparsers(dest="command", required=True)
    packet = commands.add_parser("packet")
    packet.add_argument("--out", type=Path, required=True)
    packet.add_argument("--articles", type=int, default=840)
    packet.add_argument("--per-family", type=int, default=30)
    packet.add_argument("--seed", type=int, default=2022)
    scoring = commands.add_parser("score")
    scoring.add_argument("items")
    scoring.add_argument("first")
    scoring.add_argument("second")
    args = parser.parse_args(argv)
    if args.command == "packet":
        write_packet(args.out, args.articles, args.per_family, args.seed)
    else:
        score(args.items, args.first, args.second)


if __name__ == "__main__":
    sys.exit(main())
