"""A hand audit of saywho's precision (issue 13): draw attributions, show them to two annotators, score what they agree on.

    python bench/precision_audit.py packet --db STORE --out DIR [--n 100 --seed 13] [--exclude ITEMS.json ...]
    python bench/precision_audit.py score DIR/judgements-a.jsonl DIR/judgements-b.jsonl [--packet DIR/items.json]

`packet` draws N attributions at random (fixed seed) from the PolNeAR dev articles
in a store built by `saywho ingest` (`--origin` draws from other articles of the store,
e.g. a written speaker round's), and writes packet.md (each attribution in its
paragraph, with its source, cue and content marked and saywho's speaker) and
items.json (ids and spans only). The packet holds article text, so DIR belongs
outside the repository. `--exclude` leaves out the attributions an earlier
audit drew (same article and content spans, read from its items.json), so that a
new audit judges only items no one has read before. `score` keeps the judgements both annotators agree on
and reports the share fully right and the share with the right speaker or no name.
"""

from __future__ import annotations

import argparse
import json
import random
import sqlite3
import sys
from pathlib import Path

from saywho.corpus.packed import unpacked

SPEAKER_VERDICTS = ("right", "no_name", "wrong")
PART_VERDICTS = ("right", "wrong")


def _attributions(db: str, origin: str) -> list[tuple[str, dict, dict]]:
    rows = sqlite3.connect(db).execute(
        "SELECT a.origin, n.json FROM articles a JOIN analyses n ON n.article_id = a.id "
        "WHERE a.origin LIKE ? ORDER BY a.origin", (f"%{origin}%",))
    found = []
    for origin, text in rows:
        analysis = unpacked(text)
        found += [(origin, analysis, item) for item in analysis["attributions"]]
    return found


def _marked(text: str, item: dict, paragraph: tuple[int, int]) -> str:
    marks = []
    for role, (left, right) in (("source", ("{{", "}}")), ("cue", ("<<", ">>")), ("content", ("[[", "]]"))):
        for start, end in (item.get(role) or {}).get("spans", []):
            marks += [(start, left), (end, right)]
    start, end = paragraph
    out, at = [], start
    for offset, mark in sorted(m for m in marks if start <= m[0] <= end):
        out += [text[at:offset], mark]
        at = offset
    return "".join(out + [text[at:end]])


def _paragraph_span(analysis: dict, item: dict) -> tuple[int, int]:
    spans = [s for role in ("source", "cue", "content") for s in (item.get(role) or {}).get("spans", [])]
    first, last = min(s[0] for s in spans), max(s[1] for s in spans)
    inside = [p for p in analysis["paragraphs"] if p[1] >= first and p[0] <= last]
    return min(p[0] for p in inside), max(p[1] for p in inside)


def item_spans(item: dict) -> dict:
    return {role: (item.get(role) or {}).get("spans") for role in ("source", "cue", "content")}


def item_lines(number: int, stem: str, analysis: dict, item: dict) -> list[str]:
    """A packet's entry for one attribution: its paragraph with the parts marked, and saywho's speaker."""
    speaker = item.get("speaker") or {}
    return [f"## Item {number} ({stem}, {item['id']}, kind {item['kind']}"
            f"{', shown as NOT said' if item.get('negated') else ''})", "",
            _marked(analysis["article"]["text"], item, _paragraph_span(analysis, item)), "",
            f"saywho's speaker: **{speaker.get('name') or '(none)'}**"
            f" (named: {speaker.get('named')}, resolved by {speaker.get('resolved_by')})", ""]


def _seen(paths: list[Path]) -> set[tuple[str, str]]:
    """(article, content spans) of every item the given earlier audits drew."""
    return {(row["article"], json.dumps(row["spans"]["content"]))
            for path in paths for row in json.loads(path.read_text())}


def write_packet(db: str, out: Path, n: int, seed: int, exclude: list[Path], origin: str = "/dev/") -> None:
    seen = _seen(exclude)
    pool = [(path, analysis, item) for path, analysis, item in _attributions(db, origin)
            if (Path(path).stem, json.dumps((item.get("content") or {}).get("spans"))) not in seen]
    if n > len(pool):
        print(f"only {len(pool)} attributions no earlier audit drew: drawing them all", file=sys.stderr)
        n = len(pool)
    drawn = random.Random(seed).sample(pool, n)
    out.mkdir(parents=True, exist_ok=True)
    items, lines = [], ["# Precision audit packet", ""]
    for number, (origin, analysis, item) in enumerate(drawn, 1):
        items.append({"item": number, "article": Path(origin).stem, "attribution": item["id"],
                      "spans": item_spans(item)})
        lines += item_lines(number, Path(origin).stem, analysis, item)
    (out / "items.json").write_text(json.dumps(items, indent=1))
    (out / "packet.md").write_text("\n".join(lines))
    print(f"{n} attributions from {db} (seed {seed}; {len(pool)} in the pool) -> {out}/packet.md")


def judgements(path: str) -> dict[int, dict]:
    rows = [json.loads(line) for line in Path(path).read_text().splitlines() if line.strip()]
    return {row["item"]: row for row in rows}


def score(first: str, second: str) -> None:
    a, b = judgements(first), judgements(second)
    agreed = {i: a[i] for i in a.keys() & b.keys()
              if all(a[i][key] == b[i][key] for key in ("speaker", "cue", "content"))}
    fully = sum(j["speaker"] == "right" and j["cue"] == "right" and j["content"] == "right" for j in agreed.values())
    safe = sum(j["speaker"] in ("right", "no_name") for j in agreed.values())
    print(f"judged by both: {len(a.keys() & b.keys())}, agreed on all three: {len(agreed)}")
    if agreed:
        print(f"fully right: {fully}/{len(agreed)} = {fully / len(agreed):.1%}")
        print(f"right speaker or no name: {safe}/{len(agreed)} = {safe / len(agreed):.1%}")
    for key in ("speaker", "cue", "content"):
        both = [i for i in a.keys() & b.keys() if a[i][key] == b[i][key]]
        right = sum(a[i][key] == "right" for i in both)
        print(f"{key}: annotators agree on {len(both)}, right in {right} of those")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    commands = parser.add_subparsers(dest="command", required=True)
    packet = commands.add_parser("packet")
    packet.add_argument("--db", required=True)
    packet.add_argument("--out", type=Path, required=True)
    packet.add_argument("--n", type=int, default=100)
    packet.add_argument("--seed", type=int, default=13)
    packet.add_argument("--origin", default="/dev/",
                        help="draw from the articles whose path holds this (default: PolNeAR dev's)")
    packet.add_argument("--exclude", type=Path, action="append", default=[],
                        help="items.json of an earlier audit, whose items are not drawn again")
    scoring = commands.add_parser("score")
    scoring.add_argument("first")
    scoring.add_argument("second")
    args = parser.parse_args(argv)
    if args.command == "packet":
        write_packet(args.db, args.out, args.n, args.seed, args.exclude, args.origin)
    else:
        score(args.first, args.second)


if __name__ == "__main__":
    sys.exit(main())
