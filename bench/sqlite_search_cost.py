"""What a search costs on a SQLite store, word by word: the store's search and the query it ranked with before.

For each of bench/store_scale.py's search words: the matches, the count alone, the query that found
the newest 1,000 matches before schema 10 (each match's quotation row read for its date, then sorted)
and `Store.quotes(about=WORD, limit=50)` as /search calls it, with the thread's CPU; median of
--repeats, in ms, on a read-only connection as `saywho serve --read-only` opens it.

    python bench/sqlite_search_cost.py /tmp/scale/scale.db --repeats 3
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from saywho.corpus.backends import open_store
from saywho.corpus.sqlite_sql import fts_query

WORDS = ["wall", "taxes", "economy", "immigration", "debate", "emails", "\"health care\"", "refugees",
         "pipeline", "supreme court", "veterans", "tariffs", "climate", "jobs", "border", "russia"]
# Since schema 11 the one full-text index is keyed by date; the query before schema 10 is run on it as it ran on the
# index keyed by id (each match's row read for its date), which is what it cost.
COUNT = "SELECT COUNT(*) FROM quotations_newest_fts WHERE quotations_newest_fts MATCH ?"
NEWEST_BEFORE = ("SELECT q.id FROM quotations_newest_fts f JOIN quotations q ON q.id = f.rowid & 4294967295 "
                 "WHERE quotations_newest_fts MATCH ? ORDER BY q.date DESC, q.id DESC LIMIT 1000")


def timed(repeats: int, call, *args) -> tuple[object, float, float]:
    """call(*args)'s answer, and its median wall and CPU time in ms."""
    walls, cpus, answer = [], [], None
    for _ in range(repeats):
        wall, cpu = time.perf_counter(), time.thread_time()
        answer = call(*args)
        walls.append(time.perf_counter() - wall)
        cpus.append(time.thread_time() - cpu)
    return answer, 1000 * statistics.median(walls), 1000 * statistics.median(cpus)


def rows(conn, sql: str, match: str) -> list:
    return conn.execute(sql, (match,)).fetchall()


def search(store, word: str):
    return store.quotes(about=word, limit=50)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("store", help="a SQLite store (bench/store_scale.py --keep)")
    parser.add_argument("--repeats", type=int, default=3)
    args = parser.parse_args()
    store = open_store(args.store, read_only=True)
    conn, searches = store.conn, []
    print("word            matches  count  newest 1,000 before  search (CPU)")
    for word in WORDS:
        match = fts_query(word)
        ((total,),), count_ms, _ = timed(args.repeats, rows, conn, COUNT, match)
        _, newest_ms, _ = timed(args.repeats, rows, conn, NEWEST_BEFORE, match)
        _, search_ms, search_cpu = timed(args.repeats, search, store, word)
        searches.append(search_ms)
        print(f"{word:15} {total:7} {count_ms:6.1f} {newest_ms:20.1f} {search_ms:7.1f} ({search_cpu:.1f})", flush=True)
    print(f"search: median {statistics.median(searches):.1f} ms, max {max(searches):.1f} ms")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
