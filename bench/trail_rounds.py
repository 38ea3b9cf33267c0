"""Written trail rounds: fictional events reported by several fictional outlets, as `saywho ingest` input.

    python bench/trail_rounds.py jsonl bench/trail_rounds/tA --out tA.jsonl
    saywho ingest tA.jsonl --db tA.db && saywho trail --rebuild --db tA.db
    python bench/trails_check.py packet --db tA.db --out DIR --label "written round tA"

A round (bench/trail_rounds/README.md) holds `events/` (the verbatim record of each
event, written by one set of helpers) and `articles/OUTLET-EVENT.txt` (each outlet's
report of each event, written by other helpers from the record alone, who never saw
saywho, its trails or one another's articles). An article file is its headline, its
date (YYYY-MM-DD) and, after a blank line, its paragraphs.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    commands = parser.add_subparsers(dest="command", required=True)
    jsonl = commands.add_parser("jsonl", help="write a round's articles as JSON Lines for saywho ingest")
    jsonl.add_argument("round", type=Path, help="a round folder with articles/")
    jsonl.add_argument("--out", type=Path, required=True)
    args = parser.parse_args(argv)
    paths = sorted((args.round / "articles").glob("*.txt"))
    if not paths:
        print(f"trail_rounds: no articles/*.txt in {args.round}", file=sys.stderr)
        return 1
    with args.out.open("w", encoding="utf-8") as out:
        for path in paths:
            out.write(json.dumps(article_row(args.round.name, path), ensure_ascii=False) + "\n")
    print(f"{len(paths)} articles of round {args.round.name} in {args.out}")
    return 0


def article_row(round_name: str, path: Path) -> dict:
    """One article file as an ingest row; the outlet is the file name's slug ("pulse-now-A3" → "Pulse Now")."""
    headline, date, *body = path.read_text(encoding="utf-8").strip().split("\n")
    paragraphs = [line.strip() for line in body if line.strip()]
    slug = path.stem.rsplit("-", 1)[0]
    return {"text": "\n\n".join(paragraphs), "title": headline.strip(), "date": date.strip(),
            "outlet": slug.replace("-", " ").title(), "url": f"https://written.invalid/{round_name}/{path.stem}"}


if __name__ == "__main__":
    sys.exit(main())
