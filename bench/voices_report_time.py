"""How long `saywho voices` takes on a store: the report by outlet, by month and for the whole corpus.

    .venv/bin/python bench/voices_report_time.py --db /tmp/polnear.db [--repeat 5]

Each report is computed `--repeat` times on one open store (the first run pays
for reading the pages from disk); the first and the fastest times are printed,
and the whole `saywho voices --by outlet` command, process start included, is
timed once as well.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # run from a checkout without installing

from saywho.corpus.backends import open_store
from saywho.corpus.voices import voices


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--db", type=Path, required=True)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    with open_store(args.db) as store:
        counts = store.counts()
        print(f"{args.db}: {counts['articles']} articles, {counts['quotations']} quotations")
        for by in ("outlet", "month", None):
            times = []
            for _ in range(args.repeat):
                started = time.perf_counter()
                groups = voices(store, by=by)
                times.append(time.perf_counter() - started)
            print(f"voices by {by or 'all':7}: {len(groups):3} groups, first {times[0]:.3f} s, "
                  f"fastest {min(times):.3f} s")
    root = Path(__file__).resolve().parents[1]
    started = time.perf_counter()
    subprocess.run([sys.executable, "-c", "from saywho.cli import main; raise SystemExit(main())", "voices",
                    "--by", "outlet", "--db", str(args.db), "--format", "json"], check=True, stdout=subprocess.DEVNULL,
                   env={**os.environ, "PYTHONPATH": str(root)})
    print(f"saywho voices --by outlet --format json, whole command: {time.perf_counter() - started:.2f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
