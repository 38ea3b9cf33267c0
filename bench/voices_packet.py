"""Write a blind annotator packet for a hand check of source profiles, from a span key.

    .venv/bin/python bench/voices_packet.py KEY.jsonl --out DIR [--data ../shared/data/polnear/data]

KEY.jsonl is what `bench/voices_sample.py --key spans` writes: per item the article
file and the source, cue and content spans. The packet (article text, so keep it out
of the repository) has, per item, the whole article with the source mention marked
⟦S …⟧, the cue ⟦C …⟧ and the content ⟦Q …⟧, the three parts' texts, and the four
questions with their allowed answers — nothing of saywho's answer:

- DIR/tasks.jsonl: one JSON object per item (`id`, `article_file`, `source`, `cue`,
  `content` (texts and spans), `article_marked`, `questions`);
- DIR/items/<id>.txt: the same, to read.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

QUESTIONS = {
    "gender": ["female", "male", "not stated"],
    "naming": ["named", "anonymous", "ordinary", "unnamed", "unknown"],
    "kind": ["person", "organisation", "document", "unknown"],
    "role": ["official", "politician", "spokesperson", "expert", "journalist", "citizen", "other", "not stated"],
}
MARKS = {"source": "S", "cue": "C", "content": "Q"}


def marked(text: str, item: dict) -> str:
    """The article with each part's spans wrapped: ⟦S the source⟧, ⟦C said⟧, ⟦Q what was said⟧."""
    inserts = []
    for part, letter in MARKS.items():
        for start, end in item[part]:
            inserts += [(start, 1, f"⟦{letter} "), (end, 0, "⟧")]
    out, last = [], 0
    for at, _, mark in sorted(inserts):
        out += [text[last:at], mark]
        last = at
    return "".join(out) + text[last:]


def task(item: dict, text: str, path: Path) -> dict:
    parts = {part: {"text": " … ".join(text[s:e] for s, e in item[part]), "spans": item[part]} for part in MARKS}
    return {"id": item["id"], "article_file": str(path), **parts, "article_marked": marked(text, item),
            "questions": QUESTIONS}


def readable(t: dict) -> str:
    questions = "\n".join(f"  {field}: one of {', '.join(values)}" for field, values in t["questions"].items())
    return (f"ITEM {t['id']}   article: {t['article_file']}\n\n"
            f"SOURCE mention ⟦S⟧: {t['source']['text']!r}  spans {t['source']['spans']}\n"
            f"CUE ⟦C⟧: {t['cue']['text']!r}  spans {t['cue']['spans']}\n"
            f"CONTENT ⟦Q⟧: {t['content']['text']!r}\n\n"
            f"Answer about the person or thing the source mention refers to (GUIDELINES.md):\n{questions}\n\n"
            f"---- the whole article, parts marked ----\n\n{t['article_marked']}\n")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("key", type=Path, help="a span key from bench/voices_sample.py --key spans")
    parser.add_argument("--out", type=Path, required=True, help="the packet's folder (outside the repository)")
    parser.add_argument("--data", type=Path, default=Path("../shared/data/polnear/data"))
    args = parser.parse_args()
    if not args.key.is_file() or not args.data.is_dir():
        print(f"need a key file ({args.key}) and PolNeAR at {args.data}", file=sys.stderr)
        return 2
    items = [json.loads(line) for line in args.key.read_text(encoding="utf-8").splitlines() if line.strip()]
    (args.out / "items").mkdir(parents=True, exist_ok=True)
    with (args.out / "tasks.jsonl").open("w", encoding="utf-8") as tasks:
        for item in items:
            path = (args.data / item["split"] / "text" / item["origin"]).resolve()
            t = task(item, path.read_text(encoding="utf-8"), path)
            tasks.write(json.dumps(t, ensure_ascii=False) + "\n")
            (args.out / "items" / f"{item['id']}.txt").write_text(readable(t), encoding="utf-8")
    print(f"{len(items)} items in {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
