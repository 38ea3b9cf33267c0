"""What the identity pass over 1,000 new articles costs on a SQLite store, statement by statement.

    python bench/identity_pass_cost.py prepare STORE.db COPY.db [--articles 1000] --analyses polnear.jsonl
    python bench/identity_pass_cost.py run COPY.db [--statements] [--profile]

`prepare` copies a store `bench/store_scale.py` kept (--keep; COPY may be STORE itself), runs the pass
over what it holds, then adds --articles synthetic articles (store_scale's, numbered on from the last)
without a pass: a store where a user's ingest has just written. `run` opens it in this process and runs
the pass once, as `saywho ingest` does after its writes, printing its CPU seconds and the process's peak
memory (VmHWM); `--statements` times every statement the store's connection runs (executing it and
fetching its rows, by this process's CPU), summed by SQL text, the costliest first; `--profile` prints
cProfile's functions by cumulative time. Run `run` on a fresh copy of the prepared store each time (the
pass settles it). docs/corpus.md, "The identity pass follows the new articles", has the figures.
"""

from __future__ import annotations

import argparse
import cProfile
import json
import pstats
import re
import sqlite3
import sys
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

import store_scale

from saywho.corpus.backends import open_store


def prepare(store: str, copy: str, analyses: str, articles: int) -> None:
    if Path(copy).resolve() != Path(store).resolve():
        with sqlite3.connect(f"file:{store}?mode=ro", uri=True) as source, sqlite3.connect(copy) as target:
            source.backup(target)
    store_scale.load(analyses)
    with open_store(copy) as opened:
        print("settled:", opened.resolve_identities())
        builder = store_scale.Builder(opened, 1024)
        builder.count = opened.counts()["articles"]
        builder.write(builder.count + articles)
        print("articles:", builder.count, "(the last", articles, "not through a pass)")
        opened.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")


class TimedConnection:
    """The store's connection, timing each statement (its execution and all its rows) by its SQL text."""

    def __init__(self, conn: sqlite3.Connection):
        self._conn = conn
        self.spent: defaultdict[str, list] = defaultdict(lambda: [0, 0.0])

    def __getattr__(self, name):
        return getattr(self._conn, name)

    def execute(self, sql: str, params=()):
        started = time.process_time()
        cursor = self._conn.execute(sql, params)
        rows = _Rows(cursor.fetchall(), cursor.rowcount)
        self._count(sql, time.process_time() - started)
        return rows

    def executemany(self, sql: str, rows):
        started = time.process_time()
        cursor = self._conn.executemany(sql, rows)
        self._count(sql, time.process_time() - started)
        return cursor

    def _count(self, sql: str, seconds: float) -> None:
        entry = self.spent[re.sub(r"(\?, )+\?", "?…", " ".join(sql.split()))]
        entry[0] += 1
        entry[1] += seconds


class _Rows:
    def __init__(self, rows: list, rowcount: int):
        self.rows, self.rowcount = rows, rowcount

    def fetchone(self):
        return self.rows[0] if self.rows else None

    def fetchall(self) -> list:
        return self.rows

    def __iter__(self):
        return iter(self.rows)


def run(copy: str, statements: bool, profile: bool) -> None:
    with open_store(copy) as store:
        timed = TimedConnection(store.conn) if statements else None
        if timed:
            store.conn = timed  # type: ignore[assignment]
        profiler = cProfile.Profile() if profile else None
        cpu = time.process_time()
        if profiler:
            profiler.enable()
        result = store.resolve_identities()
        if profiler:
            profiler.disable()
        spent = time.process_time() - cpu
    peak = int(re.search(r"VmHWM:\s+(\d+) kB", Path("/proc/self/status").read_text()).group(1)) / 1024
    print(json.dumps({"cpu_s": round(spent, 3), "peak_mb": round(peak, 1), **result}))
    if timed:
        for sql, (count, seconds) in sorted(timed.spent.items(), key=lambda item: -item[1][1])[:25]:
            print(f"{seconds:8.3f} s {count:6d}x  {sql[:300]}")
    if profiler:
        pstats.Stats(profiler).sort_stats("cumulative").print_stats(30)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("action", choices=("prepare", "run"))
    parser.add_argument("stores", nargs="+", help="prepare: STORE COPY; run: COPY")
    parser.add_argument("--analyses", help="analysis documents, one a line (saywho export); for prepare")
    parser.add_argument("--articles", type=int, default=1000, help="new articles prepare adds")
    parser.add_argument("--statements", action="store_true", help="time every statement")
    parser.add_argument("--profile", action="store_true", help="cProfile the pass")
    args = parser.parse_args()
    if args.action == "prepare":
        if len(args.stores) != 2 or not args.analyses:
            parser.error("prepare takes STORE COPY and --analyses")
        prepare(args.stores[0], args.stores[1], args.analyses, args.articles)
    else:
        run(args.stores[0], args.statements, args.profile)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
