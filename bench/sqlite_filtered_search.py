"""What a search with other filters costs on a SQLite store, and a digest of each answer to compare two trees by.

Eight filter sets (the outlet of most articles and of fewest, a month, a year, the speaker of most
quotations and one from the middle of the first 2,000, an outlet with a month, a speaker with an
outlet) × five searches × rank_among 1,000 and 7, each `Store.quotes(about=…, limit=50, …)` on a
read-only connection: the median of --repeats, the thread's CPU and wall in ms, the total, and a
digest of the page (total, ranked_among and every column of every row). The progress goes to stderr,
the JSON to stdout; run it from each tree and compare the digests.

    (cd ../main && python /path/to/bench/sqlite_filtered_search.py /tmp/a.db) > before.json
    python bench/sqlite_filtered_search.py /tmp/b.db > after.json
"""

from __future__ import annotations

import argparse
import hashlib
import json
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path.cwd()))  # the tree it is run from, so that two trees can be compared

from saywho.corpus.backends import open_store

WORDS = ["taxes", "jobs", "\"health care\"", "pipeline", "trump OR clinton"]


def filter_sets(conn) -> dict[str, dict]:
    outlets = [row[0] for row in conn.execute(
        "SELECT outlet FROM outlet_stats WHERE outlet != '' ORDER BY articles DESC")]
    speakers = [row[0] for row in conn.execute(
        "SELECT speaker_id FROM speaker_stats WHERE named = 1 ORDER BY quotes DESC, speaker_id LIMIT 2000")]
    return {
        "outlet-big": {"outlet": outlets[0]},
        "outlet-small": {"outlet": outlets[-1]},
        "month": {"since": "2016-10", "until": "2016-10"},
        "year": {"since": "2016-01-01", "until": "2016-12-31"},
        "speaker-top": {"speaker_id": speakers[0]},
        "speaker-mid": {"speaker_id": speakers[len(speakers) // 2]},
        "outlet+month": {"outlet": outlets[0], "since": "2016-10", "until": "2016-10"},
        "speaker+outlet": {"speaker_id": speakers[0], "outlet": outlets[0]},
    }


def measured(store, repeats: int, **query) -> dict:
    walls, cpus, page = [], [], None
    for _ in range(repeats):
        wall, cpu = time.perf_counter(), time.thread_time()
        page = store.quotes(limit=50, **query)
        walls.append(time.perf_counter() - wall)
        cpus.append(time.thread_time() - cpu)
    answer = json.dumps([page.total, page.ranked_among, [vars(row) for row in page.rows]], sort_keys=True, default=str)
    return {"total": page.total, "digest": hashlib.sha1(answer.encode()).hexdigest()[:12],
            "wall": round(1000 * statistics.median(walls), 1), "cpu": round(1000 * statistics.median(cpus), 1)}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("store", help="a SQLite store (bench/store_scale.py --keep)")
    parser.add_argument("--repeats", type=int, default=3)
    args = parser.parse_args()
    store = open_store(args.store, read_only=True)
    filters, found = filter_sets(store.conn), {}
    for name, chosen in filters.items():
        for word in WORDS:
            for among in (1000, 7):
                key = f"{name}|{word}|{among}"
                found[key] = measured(store, args.repeats, about=word, rank_among=among, **chosen)
                print(key, found[key], file=sys.stderr, flush=True)
    print(json.dumps({"filters": filters, "found": found}, indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
