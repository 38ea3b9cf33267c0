"""The SQLite writer's CPU per article under several settings, measured apart on one large store.

Adds synthetic articles (bench/store_scale.py's) to a store that bench left (`--keep`), each
setting in turn and the whole series `--turns` times (ABAB…), so that a store growing and a load
changing bear on every setting alike. At each turn a setting first writes `--warm` articles
untimed (its page cache fills), then `--articles` timed. A setting is BATCH:CACHE_MB[:PRAGMA=VALUE…],
where BATCH may be WRITExN: writes of WRITE articles (`add_many`'s work) with N of them in one
transaction, the commit timed with the write that ends it: a transaction larger than what the
writer holds in memory at once. WRITEhN is the same through the store's `held_transaction` (each
write in a savepoint), as `saywho ingest --commit-every` writes.
Each setting's line gives the process's resident memory before it and its peak during it (VmHWM,
reset at the setting's start); a cache grown by an earlier setting stays in both, so the peaks read
in a turn whose settings grow.

    nice -n 10 python bench/store_scale.py --analyses /tmp/polnear.jsonl --sizes 100000 --requests 1 \\
        --no-trails --keep --out /tmp/scale
    nice -n 10 python bench/writer_settings.py --analyses /tmp/polnear.jsonl --db /tmp/scale/scale.db \\
        256:64 1024:64 1024:256 1024:64:mmap_size=2147418112 1024:1024 1024:256:wal_autocheckpoint=65536
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import store_scale

from saywho.corpus.backends import open_store
from saywho.corpus.sqlite_write import insert_batch

RESET = ("mmap_size=0", "wal_autocheckpoint=16384")  # the store's own, before each setting's own


class Spanning:
    """The store for the Builder, its writes `per_commit` at a time in one transaction (SQLite only)."""

    def __init__(self, store, per_commit: int):
        self.store, self.conn, self.location = store, store.conn, store.location
        self.per_commit, self.writes = per_commit, 0

    def add_many(self, records):
        if not self.conn.in_transaction:
            self.conn.execute("BEGIN IMMEDIATE")
        results = insert_batch(self.conn, records)
        self.writes += 1
        if self.writes % self.per_commit == 0:
            self.conn.execute("COMMIT")
        return results


class Held(Spanning):
    """As Spanning, through the store's own `held_transaction` (each write a savepoint): what `saywho ingest` does."""

    def __init__(self, store, per_commit: int):
        super().__init__(store, per_commit)
        self.held = store.held_transaction()
        self.commit = self.held.__enter__()

    def add_many(self, records):
        results = self.store.add_many(records)
        self.writes += 1
        if self.writes % self.per_commit == 0:
            self.commit()
        return results

    def close(self) -> None:
        self.held.__exit__(None, None, None)


def writer(store, batch: str):
    """The store the Builder writes through, and the size of its writes, for BATCH (WRITE, WRITExN or WRITEhN)."""
    for mark, kind in (("x", Spanning), ("h", Held)):
        write, _, per_commit = batch.partition(mark)
        if per_commit:
            return kind(store, int(per_commit)), int(write)
    return store, int(batch)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("settings", nargs="+", help="BATCH:CACHE_MB[:PRAGMA=VALUE...]")
    parser.add_argument("--analyses", required=True, help="analysis documents, one a line (saywho export)")
    parser.add_argument("--db", required=True, help="a SQLite store that bench/store_scale.py left (--keep)")
    parser.add_argument("--articles", type=int, default=2048, help="timed articles per setting and turn")
    parser.add_argument("--warm", type=int, default=256, help="untimed articles first, at the setting")
    parser.add_argument("--turns", type=int, default=2)
    args = parser.parse_args()
    store_scale.load(args.analyses)
    found: dict[str, list[float]] = {}
    with open_store(args.db) as store:
        store.follows_trails = False
        count = store.counts()["articles"]
        for _ in range(args.turns):
            for setting in args.settings:
                batch, cache, *pragmas = setting.split(":")
                store.conn.execute(f"PRAGMA cache_size=-{int(cache) * 1024}")
                for pragma in [*RESET, *pragmas]:
                    name, value = pragma.split("=")
                    store.conn.execute(f"PRAGMA {name}={int(value)}")
                before = store_scale.memory()["rss_mb"]
                store_scale.reset_peak()  # each setting's own peak: its records and its page cache
                through, write = writer(store, batch)
                builder = store_scale.Builder(through, write)
                builder.count = count
                builder.write(count + args.warm)
                start = builder.count
                builder.write(start + args.articles)
                count = builder.count
                cost = builder.cost(start, count)
                if isinstance(through, Held):  # a spanning setting's last, partial transaction (untimed)
                    through.close()
                elif store.conn.in_transaction:
                    store.conn.execute("COMMIT")
                found.setdefault(setting, []).append(cost["cpu_ms_per_article"])
                print(json.dumps({"setting": setting, "at": start, **cost, "rss_before_mb": before,
                                  "peak_mb": store_scale.memory()["peak_mb"], "load": os.getloadavg()[0]}), flush=True)
    print(json.dumps(found, indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
