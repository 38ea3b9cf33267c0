"""Draw source profiles at random from a corpus store, for a hand check of `saywho voices`.

    .venv/bin/python bench/voices_sample.py --db /tmp/polnear.db            # 100 profiles, seed 19
    .venv/bin/python bench/voices_sample.py --db polnear.db -n 100 --seed 19 --out bench/results/voices-sample.jsonl

Every quotation that has a speaker (with `--with-lone-sources`, every profiled one) is a candidate; `random.Random(seed).sample`
over their ids (sorted) picks n of them, so the same store and seed give the
same sample. Each line of the JSONL is one profile to check:

- `id`: "<article id>/<attribution>" in the store; `quotation_id`; `origin`, `outlet`, `date`, `title`;
- `paragraph`: the text of the paragraph(s) holding the source mention and the content,
  with `context_before`, the paragraph before it (who "he" is may be said there);
- `source`, `cue`, `content`: the attribution's three parts as saywho found them;
- `speaker`, `resolved_by`: whom saywho took the source to be, and how;
- `profile`: saywho's fields: `gender` (female, male, not stated: as the article states it),
  `naming` (named, anonymous, ordinary, unnamed, unknown), `kind` (person, organisation,
  document, unknown), `role` (official, politician, spokesperson, expert, journalist, citizen,
  other, not stated);
- `check`: the same four fields, null, for the annotator to fill in with the right value.

`--key spans` writes a blind, re-analysis-proof key instead: per item only `id`
("<seed>-<n>"), `origin` (the article file's name), `split`, and the `source`, `cue` and
`content` spans in the article's own character offsets: no speaker and no profile, so
an annotator packet made from it (bench/voices_packet.py) shows nothing of saywho's
answer, and bench/voices_check.py finds the attribution again in any later analysis.
`--exclude SAMPLE.jsonl` (repeatable) leaves out the articles of earlier samples (the tuned-on
ones), so a new sample is held out by article. `--with-lone-sources` draws from every profiled
source, also those the speakers step ties to no one (their profile is the attribution's own).
`--exclude-items SAMPLE.jsonl` (repeatable) leaves out only the earlier samples' items (any
attribution sharing a source or content character with one), for when few articles are left
that no sample touches.
"""

from __future__ import annotations

import argparse
import json
import random
import sqlite3
import sys
from pathlib import Path

from saywho.corpus.packed import unpacked

FIELDS = {"gender": "gender", "naming": "naming", "kind": "source_kind", "role": "role_kind"}


def sample(db: Path, n: int, seed: int, exclude: set[str] = frozenset(), key: str = "profile",
           lone_sources: bool = False, taken: dict[str, list[dict]] | None = None) -> list[dict]:
    """`taken`: earlier samples' items by article file name; an attribution that shares a source or content
    character with one of them is not drawn again."""
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    speakers_only = "" if lone_sources else "q.mention_id IS NOT NULL AND "
    ids = [quotation_id for quotation_id, origin in conn.execute(
        "SELECT q.id, a.origin FROM quotations q JOIN articles a ON a.id = q.article_id "
        f"WHERE {speakers_only}q.gender IS NOT NULL ORDER BY q.id")
        if Path(origin or "").name not in exclude]
    if taken:
        ids = [quotation_id for quotation_id in ids if not _taken_before(conn, quotation_id, taken)]
    if len(ids) < n:
        raise SystemExit(f"{db}: only {len(ids)} profiled quotations, fewer than {n}")
    chosen = sorted(random.Random(seed).sample(ids, n))
    items = []
    for quotation_id in chosen:
        row = conn.execute(
            "SELECT q.article_id, q.attribution, q.speaker_name, q.resolved_by, q.gender, q.naming, q.source_kind, "
            "q.role_kind, a.origin, a.outlet, a.date, a.title, x.json FROM quotations q "
            "JOIN articles a ON a.id = q.article_id JOIN analyses x ON x.article_id = q.article_id WHERE q.id = ?",
            (quotation_id,)).fetchone()
        items.append(_item(quotation_id, row) if key == "profile" else _span_key(f"{seed}-{len(items) + 1:03d}", row))
    return items


def _span_key(item_id: str, row) -> dict:
    """The attribution by where it is in the article file, and nothing of what saywho made of it."""
    _article, attribution_id, *_, origin, _outlet, _date, _title, doc = row
    attribution = next(a for a in unpacked(doc)["attributions"] if a["id"] == attribution_id)
    path = Path(origin)
    return {"id": item_id, "origin": path.name, "split": path.parent.parent.name,
            **{part: (attribution.get(part) or {}).get("spans", []) for part in ("source", "cue", "content")}}


def _taken_before(conn: sqlite3.Connection, quotation_id: int, taken: dict[str, list[dict]]) -> bool:
    origin, attribution_id, doc = conn.execute(
        "SELECT a.origin, q.attribution, x.json FROM quotations q JOIN articles a ON a.id = q.article_id "
        "JOIN analyses x ON x.article_id = q.article_id WHERE q.id = ?", (quotation_id,)).fetchone()
    earlier = taken.get(Path(origin or "").name)
    if not earlier:
        return False
    attribution = next(a for a in unpacked(doc)["attributions"] if a["id"] == attribution_id)
    return any(_overlap((attribution.get(part) or {}).get("spans", []), item.get(part) or [])
               for item in earlier for part in ("source", "content"))


def _overlap(spans: list, others: list) -> bool:
    return any(start < other_end and other_start < end for start, end in spans for other_start, other_end in others)


def _sampled_items(path: Path) -> dict[str, list[dict]]:
    items: dict[str, list[dict]] = {}
    with path.open(encoding="utf-8") as lines:
        for item in (json.loads(line) for line in lines if line.strip()):
            items.setdefault(Path(item["origin"]).name, []).append(item)
    return items


def _sampled_articles(path: Path) -> set[str]:
    with path.open(encoding="utf-8") as lines:
        return {Path(json.loads(line)["origin"]).name for line in lines if line.strip()}


def _item(quotation_id: int, row) -> dict:
    article_id, attribution_id, speaker, resolved_by, gender, naming, kind, role, origin, outlet, date, title, doc = row
    analysis = unpacked(doc)
    attribution = next(a for a in analysis["attributions"] if a["id"] == attribution_id)
    text, paragraphs = analysis["article"]["text"], analysis["paragraphs"]
    spans = [s for part in ("source", "cue", "content") for s in (attribution.get(part) or {}).get("spans", [])]
    start, end = min(s for s, _ in spans), max(e for _, e in spans)
    covering = [i for i, (s, e) in enumerate(paragraphs) if s < end and e > start] or [attribution["paragraph"]]
    first = covering[0]
    return {
        "id": f"{article_id}/{attribution_id}",
        "quotation_id": quotation_id,
        "origin": origin, "outlet": outlet, "date": date, "title": title,
        "context_before": text[slice(*paragraphs[first - 1])] if first > 0 else "",
        "paragraph": text[paragraphs[first][0]:paragraphs[covering[-1]][1]],
        "source": (attribution.get("source") or {}).get("text"),
        "cue": (attribution.get("cue") or {}).get("text"),
        "content": attribution["content"]["text"],
        "speaker": speaker, "resolved_by": resolved_by,
        "profile": {"gender": gender, "naming": naming, "kind": kind, "role": role},
        "check": {"gender": None, "naming": None, "kind": None, "role": None},
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--db", type=Path, required=True, help="a store built by `saywho ingest`")
    parser.add_argument("-n", type=int, default=100, help="how many profiles (default 100)")
    parser.add_argument("--seed", type=int, default=19, help="random seed (default 19, the issue's number)")
    parser.add_argument("--out", type=Path, default=Path("bench/results/voices-sample.jsonl"))
    parser.add_argument("--key", choices=("profile", "spans"), default="profile",
                        help="profile: text and saywho's fields to check; spans: a blind key by character offsets")
    parser.add_argument("--exclude", type=Path, action="append", default=[],
                        help="an earlier sample (JSONL with origin) whose articles to leave out; may be repeated")
    parser.add_argument("--with-lone-sources", action="store_true",
                        help="draw from every profiled source, also those tied to no speaker (schema 5's "
                             "attribution profiles); without it, only sources with a speaker, as the samples "
                             "of seeds 19, 2611, 3011 and 3030 were drawn")
    parser.add_argument("--exclude-items", type=Path, action="append", default=[],
                        help="an earlier sample (JSONL with origin and source and content spans) whose items to "
                             "leave out, keeping the rest of their articles; may be repeated")
    args = parser.parse_args()
    if not args.db.is_file():
        print(f"no store at {args.db}: build one with `saywho ingest`", file=sys.stderr)
        return 2
    missing = [path for path in args.exclude + args.exclude_items if not path.is_file()]
    if missing:
        print(f"no sample at {missing[0]}", file=sys.stderr)
        return 2
    exclude = set().union(*(_sampled_articles(path) for path in args.exclude))
    taken: dict[str, list[dict]] = {}
    for path in args.exclude_items:
        for origin, items in _sampled_items(path).items():
            taken.setdefault(origin, []).extend(items)
    items = sample(args.db, args.n, args.seed, exclude, args.key, args.with_lone_sources, taken)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    with args.out.open("w", encoding="utf-8") as out:
        for item in items:
            out.write(json.dumps(item, ensure_ascii=False) + "\n")
    print(f"{len(items)} profiles from {args.db} (seed {args.seed}) in {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
