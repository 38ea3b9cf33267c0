"""Where the SQLite writer's CPU goes, statement by statement, on a store of any size.

Adds synthetic articles (bench/store_scale.py's) to a store in batches of `--batch`, first `--warm`
untimed (the page cache fills), then `--articles` with every statement the store's connection runs
timed by the writing thread's CPU (`time.thread_time`: SQLite runs in the caller's thread) and
counted. A statement is its SQL with runs of whitespace collapsed, cut to `--width` characters,
so the per-article statements (`executemany`) and the batch's set-based updates each get one line;
`COMMIT` is the batch's commit (its dirty pages written to the WAL, and any checkpoint). The timing
costs a few µs a call, which the lines include; "untimed" is the rest of `add_many` (Python).

    nice -n 10 python bench/writer_census.py --analyses /tmp/polnear.jsonl --db /tmp/empty.db --warm 0 --articles 1024
    nice -n 10 python bench/writer_census.py --analyses /tmp/polnear.jsonl --db /tmp/copy-of-100k.db
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import store_scale

from saywho.corpus.backends import open_store


class Timed:
    """A sqlite3 connection whose execute and executemany add their thread CPU to `spent` by statement."""

    def __init__(self, conn, width: int):
        self._conn, self._width = conn, width
        self.spent: defaultdict[str, list[float]] = defaultdict(lambda: [0.0, 0])

    def _label(self, sql: str) -> str:
        return re.sub(r"\s+", " ", sql).strip()[:self._width]

    def _timed(self, method, sql: str, *args):
        began = time.thread_time()
        try:
            return method(sql, *args)
        finally:
            entry = self.spent[self._label(sql)]
            entry[0] += time.thread_time() - began
            entry[1] += 1

    def execute(self, sql: str, *args):
        return self._timed(self._conn.execute, sql, *args)

    def executemany(self, sql: str, *args):
        return self._timed(self._conn.executemany, sql, *args)

    def __getattr__(self, name):
        return getattr(self._conn, name)


def add(store, start: int, end: int, batch: int, checkpoint: bool = False) -> float:
    """Add synthetic articles start..end in batches; the thread CPU seconds of the writes alone.

    `checkpoint`: after each batch's commit, a checkpoint of its own statement (automatic ones off)."""
    cpu = 0.0
    for first in range(start, end, batch):
        records = [store_scale.record(n) for n in range(first, min(end, first + batch))]
        began = time.thread_time()
        assert all(result.added for result in store.add_many(records))
        if checkpoint:
            store.conn.execute("PRAGMA wal_checkpoint(PASSIVE)")
        cpu += time.thread_time() - began
    return cpu


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--analyses", required=True, help="analysis documents, one a line (saywho export)")
    parser.add_argument("--db", required=True, help="a SQLite store (a new one is made if it does not exist)")
    parser.add_argument("--articles", type=int, default=2048, help="timed articles")
    parser.add_argument("--warm", type=int, default=1024, help="untimed articles first")
    parser.add_argument("--batch", type=int, default=1024)
    parser.add_argument("--width", type=int, default=90, help="characters of SQL that name a statement")
    parser.add_argument("--checkpoint-apart", action="store_true",
                        help="checkpoint after every batch, timed apart from its COMMIT (automatic checkpoints off)")
    parser.add_argument("--top", type=int, default=30, help="statements listed (the rest summed)")
    args = parser.parse_args()
    store_scale.load(args.analyses)
    with open_store(args.db, create=True) as store:
        store.follows_trails = False
        count = store.counts()["articles"]
        add(store, count, count + args.warm, args.batch)
        timed = Timed(store.conn, args.width)
        store.conn = timed
        if args.checkpoint_apart:
            store.conn.execute("PRAGMA wal_autocheckpoint=0")
        start = count + args.warm
        total = add(store, start, start + args.articles, args.batch, args.checkpoint_apart)
        store.conn = timed._conn
    report(timed.spent, total, args.articles, start, args.top)
    return 0


def report(spent: dict[str, list[float]], total: float, articles: int, start: int, top: int) -> None:
    rows = sorted(spent.items(), key=lambda item: -item[1][0])
    per = lambda seconds: round(1000 * seconds / articles, 4)
    print(json.dumps({"from": start, "articles": articles, "cpu_ms_per_article": per(total),
                      "untimed_ms_per_article": per(total - sum(s for s, _ in spent.values()))}))
    for label, (seconds, calls) in rows[:top]:
        print(f"{per(seconds):8.4f} ms {calls / articles:8.2f} calls/article  {label}")
    rest = rows[top:]
    print(f"{per(sum(s for _, (s, _) in rest)):8.4f} ms  the other {len(rest)} statements")


if __name__ == "__main__":
    raise SystemExit(main())
