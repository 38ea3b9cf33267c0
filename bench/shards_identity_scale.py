"""Identity over the shards of N synthetic articles, against the store's full identity pass on the same records.

The articles are `store_scale.record(n)`: real analyses (PolNeAR's, exported once with
`saywho export`) as store records, each with another outlet, date, text hash and 60% of
its people's surnames replaced, so names recur across articles as in a large corpus and
no spaCy runs. The same N records are written (a) as shards, by the shard writer
(`write.write_records` and a `_done` marker per task of --batch articles, keyed by
`layout.task_key` of the articles' origins, as `ingest --shards` does), and (b) into a
SQLite store by `add_many`'s insert without its quote trails (`insert_batch`, --store-batch
articles a transaction: trails are most of the writing time here, and identity reads none of
them). Then, each in a child process whose
peak memory (ru_maxrss, from wait4) and wall time are measured:

* `saywho identity --shards DIR` (DuckDB, its default --memory 1GB);
* the store's full identity pass (`resolve_identities(full=True)`).

Last, `shards_vs_store.py`'s comparison: the same speakers (key, name, type, named,
anonymous), the same mention → speaker grouping, the same quotations' speakers.

    saywho export --db polnear.db --out /tmp/polnear.jsonl
    nice -n 19 python bench/shards_identity_scale.py --analyses /tmp/polnear.jsonl --articles 2000 5000 20000
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

import shards_vs_store
import store_scale

from saywho.corpus.backends import open_store
from saywho.corpus.shards.layout import done_path, task_key
from saywho.corpus.shards.write import filesystem, write_records
from saywho.corpus.sqlite_write import insert_batch

# Each child reports its own peak (VmHWM, which exec resets): ru_maxrss would count the parent's memory, which
# Linux carries into a forked child's maximum across exec.
PEAK = "print('peak_kb', open('/proc/self/status').read().split('VmHWM:')[1].split()[0], flush=True)"
IDENTITY = ("import sys\nfrom saywho.cli import main\nsys.argv = ['saywho', 'identity', '--shards', sys.argv[1]]\n"
            "code = main()\n" + PEAK + "\nsys.exit(code)")
STORE_PASS = ("import sys, json\nfrom saywho.corpus.backends import open_store\n"
              "with open_store(sys.argv[1]) as store: print(json.dumps(store.resolve_identities(full=True)))\n" + PEAK)


def write_shards(root: Path, records: list, batch: int) -> int:
    """The records as shards, one task per `batch` articles, each finished by its `_done` marker."""
    fs, base = filesystem(str(root))
    tasks = 0
    for start in range(0, len(records), batch):
        chunk = records[start:start + batch]
        key = task_key([r.article["url"] for r in chunk])
        files = write_records(fs, base, key, chunk)
        marker = Path(done_path(base, key))
        marker.parent.mkdir(parents=True, exist_ok=True)
        marker.write_text(json.dumps({"task_key": key, "jobs": len(chunk), "articles": len(chunk), "duplicates": 0,
                                      "failures": [], "files": [f.removeprefix(base + "/") for f in files]}))
        tasks += 1
    return tasks


def write_store(path: Path, records: list, batch: int) -> None:
    """The records into a SQLite store, `batch` a transaction, by `add_many`'s own insert minus its quote trails.

    Trails are ~77% of `add_many`'s time on these articles (each template recurs every 923 articles, so every
    quotation has LSH candidates to compare) and the identity pass reads no trail table.
    """
    with open_store(path, create=True) as store:
        for start in range(0, len(records), batch):
            with store._transaction():
                assert all(r.added for r in insert_batch(store.conn, records[start:start + batch]))


def measured(command: list[str]) -> dict:
    """Run a child process; its wall time, CPU time (from wait4) and peak resident memory (as it reports it)."""
    started = time.perf_counter()
    child = subprocess.Popen(command, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                             env={**os.environ, "PYTHONPATH": str(ROOT)})
    out = child.stdout.read()  # one pipe: read to the end, then wait4 reaps the child with its usage
    _pid, status, usage = os.wait4(child.pid, 0)
    child.returncode = os.waitstatus_to_exitcode(status)
    if child.returncode:
        raise SystemExit(f"shards_identity_scale: {command[2:4]} failed: {out.decode()[-500:]}")
    lines = out.decode().strip().splitlines()
    return {"seconds": round(time.perf_counter() - started, 1),
            "cpu_seconds": round(usage.ru_utime + usage.ru_stime, 1),
            "peak_mb": round(int(lines[-1].split()[1]) / 1024, 1), "said": lines[-2]}


def run(size: int, folder: Path, batch: int, store_batch: int) -> dict:
    records = [store_scale.record(n) for n in range(size)]
    shards, db = folder / f"shards-{size}", folder / f"store-{size}.db"
    started = time.perf_counter()
    tasks = write_shards(shards, records, batch)
    shards_written = time.perf_counter() - started
    started = time.perf_counter()
    write_store(db, records, store_batch)
    store_written = time.perf_counter() - started
    del records
    python = sys.executable
    identity = measured([python, "-c", IDENTITY, str(shards)])
    store_pass = measured([python, "-c", STORE_PASS, str(db)])
    store, shard = shards_vs_store.store_sets(str(db)), shards_vs_store.shard_sets(str(shards))
    compared = {name: {"store": len(store[name]), "shards": len(shard[name]), "both": len(store[name] & shard[name]),
                       "equal": store[name] == shard[name]} for name in store}
    return {"articles": size, "tasks": tasks, "write_shards_s": round(shards_written, 1),
            "write_store_s": round(store_written, 1), "shards_identity": identity, "store_full_pass": store_pass,
            "compared": compared, "shard_rows_twice": list(shards_vs_store.TWICE)}


def show(result: dict) -> None:
    print(f"\n{result['articles']} articles, {result['tasks']} tasks; written in {result['write_shards_s']} s "
          f"(shards), {result['write_store_s']} s (store)")
    print(f"{'':26} {'wall s':>8} {'CPU s':>8} {'peak MB':>8}")
    for name in ("shards_identity", "store_full_pass"):
        r = result[name]
        print(f"{name:26} {r['seconds']:>8} {r['cpu_seconds']:>8} {r['peak_mb']:>8}   {r['said'][:90]}")
    print(f"{'':18} {'store':>8} {'shards':>8} {'both':>8}  equal")
    for name, c in result["compared"].items():
        print(f"{name:18} {c['store']:>8} {c['shards']:>8} {c['both']:>8}  {'yes' if c['equal'] else 'NO'}")
    for line in result["shard_rows_twice"]:
        print(f"shards: {line}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--analyses", required=True, help="analysis documents, one a line (saywho export)")
    parser.add_argument("--articles", type=int, nargs="+", default=[2000, 5000, 20_000])
    parser.add_argument("--batch", type=int, default=64, help="articles per shard task, as ingest --shards")
    parser.add_argument("--store-batch", type=int, default=64, help="articles per store transaction")
    parser.add_argument("--out", type=Path, help="folder for the shards and stores (default: a temporary one)")
    args = parser.parse_args()
    folder = args.out or Path(tempfile.mkdtemp(prefix="shards-identity-"))
    folder.mkdir(parents=True, exist_ok=True)
    store_scale.load(args.analyses)
    same = True
    try:
        for size in args.articles:
            shards_vs_store.TWICE.clear()
            result = run(size, folder, args.batch, args.store_batch)
            show(result)
            print(json.dumps(result), flush=True)
            same &= all(c["equal"] for c in result["compared"].values()) and not result["shard_rows_twice"]
    finally:
        if args.out is None:
            shutil.rmtree(folder, ignore_errors=True)
    return 0 if same else 1


if __name__ == "__main__":
    raise SystemExit(main())
