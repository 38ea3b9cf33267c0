"""Compare a shard archive (`saywho ingest --shards`) with a store (`saywho ingest --db`) of the same inputs.

Prints, for each of: articles (by text hash); quotations as (article, attribution,
content spans, speaker identity); speakers (key, name, type, named, anonymous); and the
grouping of mentions into speakers (article, mention, speaker key): how many each side
holds, how many both hold, and a few of the differences. Exit status 0 when all agree.

    saywho ingest ../shared/data/polnear/data/train ../shared/data/polnear/data/dev --db polnear.db
    saywho ingest ../shared/data/polnear/data/train ../shared/data/polnear/data/dev --shards polnear-shards/
    python bench/shards_vs_store.py --db polnear.db --shards polnear-shards/
"""

from __future__ import annotations

import json
import sqlite3
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import duckdb
from shards_pair import store_and_shards_parser

from saywho.corpus.shards.layout import CANONICAL_ARTICLES, MENTION_SPEAKERS_FILE, SPEAKERS_FILE, table_glob
from saywho.corpus.shards.run import finished_tasks

TWICE: list[str] = []  # rows the shards hold more than once: a fault of their own, not hidden by the sets


def distinct(rows: list) -> set:
    found = set(rows)
    if len(found) != len(rows):
        TWICE.append(f"{len(rows) - len(found)} rows twice, e.g. {Counter(rows).most_common(1)[0][0]}")
    return found


def store_sets(db: str) -> dict[str, set]:
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    quotations = {(h, attribution, json.dumps(json.loads(spans)["content"]), key)
                  for h, attribution, spans, key in conn.execute(
                      "SELECT a.hash, q.attribution, q.spans, s.key FROM quotations q JOIN articles a ON a.id = q.article_id "
                      "LEFT JOIN speakers s ON s.id = q.speaker_id")}
    return {
        "articles": {h for (h,) in conn.execute("SELECT hash FROM articles")},
        "quotations": quotations,
        "speakers": {(k, n, t, bool(named), bool(anon)) for k, n, t, named, anon in conn.execute(
            "SELECT key, name, type, named, anonymous FROM speakers WHERE id IN (SELECT speaker_id FROM mentions)")},
        "mention grouping": set(conn.execute(
            "SELECT a.hash, m.id - (SELECT min(id) FROM mentions x WHERE x.article_id = m.article_id), s.key "
            "FROM mentions m JOIN articles a ON a.id = m.article_id JOIN speakers s ON s.id = m.speaker_id")),
    }


def shard_sets(root: str) -> dict[str, set]:
    con = duckdb.connect()
    con.execute("CREATE TABLE done (task_key VARCHAR)")
    con.executemany("INSERT INTO done VALUES (?)", [(k,) for k in sorted(finished_tasks(root))])
    for table in ("articles", "quotations"):
        con.execute(f"CREATE VIEW {table} AS SELECT * FROM read_parquet('{table_glob(root, table)}', "
                    f"hive_partitioning = true, union_by_name = true)")
    con.execute(f"CREATE TABLE canon AS {CANONICAL_ARTICLES}")
    con.execute(f"CREATE VIEW mention_speakers AS SELECT * FROM '{root}/{MENTION_SPEAKERS_FILE}'")
    quotations = distinct([(h, attribution, json.dumps(json.loads(spans)["content"]), key)
                           for h, attribution, spans, key in con.execute(
                               "SELECT q.hash, q.attribution, q.spans, s.key FROM quotations q "
                               "JOIN canon USING (hash, task_key) "
                               "LEFT JOIN mention_speakers s ON s.hash = q.hash AND s.mention = q.mention").fetchall()])
    return {
        "articles": {h for (h,) in con.execute("SELECT hash FROM canon").fetchall()},
        "quotations": quotations,
        "speakers": distinct(con.execute(
            f"SELECT key, name, type, named, anonymous FROM '{root}/{SPEAKERS_FILE}'").fetchall()),
        "mention grouping": distinct(con.execute("SELECT hash, mention, key FROM mention_speakers").fetchall()),
    }


def main() -> int:
    parser = store_and_shards_parser(__doc__)
    parser.add_argument("--show", type=int, default=5, help="differences to print per table")
    args = parser.parse_args()
    store, shards = store_sets(args.db), shard_sets(args.shards.rstrip("/"))
    same = True
    print(f"{'':18} {'store':>8} {'shards':>8} {'both':>8}  equal")
    for name in store:
        a, b = store[name], shards[name]
        equal = a == b
        same &= equal
        print(f"{name:18} {len(a):>8} {len(b):>8} {len(a & b):>8}  {'yes' if equal else 'NO'}")
        for label, diff in (("only in the store", a - b), ("only in the shards", b - a)):
            for item in sorted(diff, key=str)[:args.show]:
                print(f"    {label}: {item}")
    for line in TWICE:
        print(f"shards: {line}")
    return 0 if same and not TWICE else 1


if __name__ == "__main__":
    sys.exit(main())
