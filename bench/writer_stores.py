"""The SQLite writer's CPU per article on copies of one large store, each changed its own way, measured in turn.

Where bench/writer_settings.py changes a setting of one connection, this compares changes that
stay with a store (an index dropped, a pragma of the file) or with its connection: each STORE is
PATH[;SQL...], a copy of a store bench/store_scale.py left (`--keep`), opened once, the SQL run on
it once (e.g. `DROP INDEX articles_url`, `PRAGMA foreign_keys=OFF`), then the same synthetic
articles are added to every copy, one copy after the other and the whole series `--turns` times
(ABAB…), so that a load changing bears on every copy alike. Each turn writes `--warm` articles
untimed (the copy's page cache fills), then `--articles` timed, in batches of `--batch`. The CPU
counted is the whole process's (`time.process_time`: every thread, SQLite's included) while a
copy writes (`Store.add_many`; making the synthetic records is not counted); wall time and the
load average are printed with it.

With --dirtied, each copy instead takes one batch with automatic checkpoints off, and the pages
that batch wrote to the WAL are counted by the table or index they belong to (SQLite's `dbstat`):
where a batch's commit spends its writes.

    cp /tmp/scale/scale.db /tmp/a.db; cp /tmp/scale/scale.db /tmp/b.db   # no -wal left: the bench closed it
    nice -n 10 python bench/writer_stores.py --analyses /tmp/polnear.jsonl /tmp/a.db "/tmp/b.db;DROP INDEX names_key"
    nice -n 10 python bench/writer_stores.py --analyses /tmp/polnear.jsonl --dirtied /tmp/a.db
"""

from __future__ import annotations

import argparse
import collections
import json
import os
import struct
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import store_scale

from saywho.corpus.backends import open_store


def add(store, start: int, end: int, batch: int) -> tuple[float, float]:
    """Add synthetic articles start..end in batches; the wall and process CPU seconds of the writes alone."""
    wall = cpu = 0.0
    for first in range(start, end, batch):
        records = [store_scale.record(n) for n in range(first, min(end, first + batch))]
        began, began_cpu = time.perf_counter(), time.process_time()
        assert all(result.added for result in store.add_many(records))
        wall, cpu = wall + time.perf_counter() - began, cpu + time.process_time() - began_cpu
    return wall, cpu


def dirtied(store, batch: int) -> dict[str, float]:
    """Pages one batch writes to the WAL, per article, by the table or index they belong to."""
    store.conn.execute("PRAGMA wal_autocheckpoint=0")
    store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    count = store.counts()["articles"]
    add(store, count, count + batch, batch)
    page_size = store.conn.execute("PRAGMA page_size").fetchone()[0]
    wal = Path(store.location + "-wal").read_bytes()
    frame = 24 + page_size  # a frame header (its page number first), then the page
    pages = {struct.unpack(">I", wal[at:at + 4])[0] for at in range(32, len(wal), frame)}
    owner = dict(store.conn.execute("SELECT pageno, name FROM dbstat"))
    found = collections.Counter(owner.get(page, "(free)") for page in pages)
    return {"all": round(len(pages) / batch, 2), **{name: round(n / batch, 2) for name, n in found.most_common()}}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("stores", nargs="+", help="PATH[;SQL...]: a copy of a kept store and what to run on it first")
    parser.add_argument("--analyses", required=True, help="analysis documents, one a line (saywho export)")
    parser.add_argument("--articles", type=int, default=2048, help="timed articles per copy and turn")
    parser.add_argument("--warm", type=int, default=256, help="untimed articles first, at each turn")
    parser.add_argument("--batch", type=int, default=1024)
    parser.add_argument("--turns", type=int, default=2)
    parser.add_argument("--dirtied", action="store_true", help="count the pages one batch dirties, by table and index")
    args = parser.parse_args()
    store_scale.load(args.analyses)
    opened, found = [], {}
    try:
        for spec in args.stores:
            path, *statements = spec.split(";")
            store = open_store(path).__enter__()
            opened.append((spec, store))
            store.follows_trails = False
            for statement in statements:
                store.conn.execute(statement)
            store.conn.commit()
        if args.dirtied:
            for spec, store in opened:
                print(json.dumps({"store": spec, "at": store.counts()["articles"],
                                  "pages_per_article": dirtied(store, args.batch)}), flush=True)
            return 0
        count = max(store.counts()["articles"] for _, store in opened)
        for _ in range(args.turns):
            start = count + args.warm
            for spec, store in opened:
                add(store, count, start, args.batch)  # the same synthetic articles go into every copy
                wall, cpu = add(store, start, start + args.articles, args.batch)
                cost = {"store": spec, "at": start, "cpu_ms_per_article": round(1000 * cpu / args.articles, 3),
                        "wall_ms_per_article": round(1000 * wall / args.articles, 3), "load": os.getloadavg()[0]}
                found.setdefault(spec, []).append(cost["cpu_ms_per_article"])
                print(json.dumps(cost), flush=True)
            count = start + args.articles
    finally:
        for _, store in opened:
            store.__exit__(None, None, None)
    print(json.dumps(found, indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
