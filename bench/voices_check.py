"""Score saywho's source profiles against two annotators' hand check, field by field.

    .venv/bin/python bench/voices_check.py --key KEY.jsonl --passes A.jsonl B.jsonl --db STORE \
        [--out bench/results/voices-check-seed2611.jsonl]
    .venv/bin/python bench/voices_check.py --key KEY.jsonl --passes A B --analyse [--data ../shared/data/polnear/data]

KEY.jsonl is the blind span key (`bench/voices_sample.py --key spans`); each pass is an
annotator's answers (JSONL, or a folder holding one JSONL file) with `id` and the four
fields `gender`, `naming`, `kind`, `role`. saywho's profile for an item is that of the
attribution with the item's spans in the item's article: in a store built with the
code to score (`--db`), or in a store this script builds into a temporary folder with
`saywho ingest` of just the key's articles (`--analyse`, the current code). An item whose
spans the analysis no longer has is matched to the attribution whose source and content
overlap it most; with none, saywho's answer is missing and counts as wrong.

Per field, only the items on which both annotators agree count; it prints the share of
them saywho gets right, with n, and writes a text-free results file (ids, spans, labels).
"""

from __future__ import annotations

import argparse
import json
import sqlite3
import subprocess
import sys
import tempfile
from pathlib import Path

from saywho.corpus.packed import unpacked

FIELDS = ("gender", "naming", "kind", "role")
PARTS = ("source", "cue", "content")


def read_jsonl(path: Path) -> list[dict]:
    if path.is_dir():
        files = sorted(path.glob("*.jsonl"))
        if len(files) != 1:
            raise SystemExit(f"{path}: expected one .jsonl file of answers, found {len(files)}")
        path = files[0]
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def analyses_by_article(db: Path, names: set[str]) -> dict[str, dict]:
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    found = {}
    for origin, doc in conn.execute("SELECT a.origin, x.json FROM articles a JOIN analyses x ON x.article_id = a.id"):
        name = Path(origin or "").name
        if name in names:
            found[name] = unpacked(doc)
    return found


def _overlap(a: list, b: list) -> int:
    return sum(max(0, min(e1, e2) - max(s1, s2)) for s1, e1 in a for s2, e2 in b)


def matching_attribution(item: dict, analysis: dict | None) -> dict | None:
    """The attribution with the item's spans, else the one overlapping its source and content most."""
    if analysis is None:
        return None
    attributions = analysis["attributions"]
    spans = lambda a, part: (a.get(part) or {}).get("spans", [])
    exact = [a for a in attributions if all(spans(a, p) == item[p] for p in ("source", "content"))]
    if exact:
        return exact[0]
    scored = [(_overlap(spans(a, "source"), item["source"]) > 0, _overlap(spans(a, "content"), item["content"]), a)
              for a in attributions]
    scored = [s for s in scored if s[0] and s[1] > 0]
    return max(scored, key=lambda s: s[1])[2] if scored else None


def profile_of(attribution: dict | None) -> dict | None:
    """The speaker's profile, or the attribution's own where no speaker holds one (schema version 5)."""
    speaker = (attribution or {}).get("speaker") or {}
    profile = speaker.get("profile") or (attribution or {}).get("profile")
    return {"gender": profile["gender"], "naming": profile["naming"], "kind": profile["kind"],
            "role": profile["role"]} if profile else None


def score(items: list[dict], answers_a: dict, answers_b: dict, analyses: dict) -> tuple[list[dict], dict]:
    rows, tally = [], {f: [0, 0] for f in FIELDS}
    for item in items:
        a, b = answers_a.get(item["id"]), answers_b.get(item["id"])
        attribution = matching_attribution(item, analyses.get(item["origin"]))
        mine = profile_of(attribution)
        row = {"id": item["id"], "origin": item["origin"], **{p: item[p] for p in PARTS},
               "matched": None if attribution is None else attribution["id"], "saywho": mine,
               "checker_a": {f: a.get(f) for f in FIELDS} if a else None,
               "checker_b": {f: b.get(f) for f in FIELDS} if b else None}
        rows.append(row)
        for field in FIELDS:
            if a and b and a.get(field) == b.get(field):
                tally[field][1] += 1
                tally[field][0] += bool(mine and mine[field] == a[field])
    return rows, tally


def ingest(items: list[dict], data: Path, db: Path) -> None:
    files = sorted({str(data / item["split"] / "text" / item["origin"]) for item in items})
    subprocess.run([sys.executable, "-m", "saywho", "ingest", *files, "--db", str(db), "--quiet"], check=True,
                   stdout=subprocess.DEVNULL)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--key", type=Path, required=True)
    parser.add_argument("--passes", type=Path, nargs=2, required=True, metavar=("A", "B"))
    where = parser.add_mutually_exclusive_group(required=True)
    where.add_argument("--db", type=Path, help="a store built with the code to score")
    where.add_argument("--analyse", action="store_true", help="ingest the key's articles with the current code")
    parser.add_argument("--data", type=Path, default=Path("../shared/data/polnear/data"))
    parser.add_argument("--out", type=Path, help="the text-free results file to write")
    args = parser.parse_args()
    for path in (args.key, *args.passes, *([args.db] if args.db else [])):
        if not path.exists():
            print(f"not found: {path}", file=sys.stderr)
            return 2
    items = read_jsonl(args.key)
    answers_a, answers_b = ({x["id"]: x for x in read_jsonl(p)} for p in args.passes)
    names = {item["origin"] for item in items}
    if args.analyse:
        with tempfile.TemporaryDirectory() as folder:
            ingest(items, args.data, Path(folder) / "check.db")
            analyses = analyses_by_article(Path(folder) / "check.db", names)
    else:
        analyses = analyses_by_article(args.db, names)
    rows, tally = score(items, answers_a, answers_b, analyses)
    unmatched = sum(row["saywho"] is None for row in rows)
    print(f"{len(items)} items, {unmatched} without a matching profile (counted wrong)")
    print("| field | annotators agree | saywho right |\n|---|---|---|")
    for field, (right, agreed) in tally.items():
        print(f"| {field} | {agreed} / {len(items)} | {100 * right / agreed if agreed else 0:.0f}% ({right}) |")
    if args.out:
        args.out.parent.mkdir(parents=True, exist_ok=True)
        args.out.write_text("".join(json.dumps(row) + "\n" for row in rows), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
