"""A PostgreSQL search's time in windows and with windows turned off (the whole table read), word by word.

    python bench/pg_search_whole.py postgresql://USER:PASSWORD@127.0.0.1:PORT/scale

For each word: `Store.quotes(about=word, limit=20)` three times, min and median ms, and its total (~ when
estimated), first as shipped, then with `newest.WINDOWS_FROM` set past any count so every search reads its
matches from the whole table (the path a store without statistics, or a word rare lately, takes).
"""

from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from saywho.corpus.backends import open_store
from saywho.corpus.postgres import newest

WORDS = ["wall", "taxes", "economy", "emails", "jobs", "president", "trump", "the", "\"health care\"", "climate"]


def timed(store, word: str) -> tuple[list[float], object]:
    times, page = [], None
    for _ in range(3):
        start = time.perf_counter()
        page = store.quotes(about=word, limit=20)
        times.append(1000 * (time.perf_counter() - start))
    return times, page


def main() -> None:
    with open_store(sys.argv[1]) as store:
        for mode, windows_from in (("windows", newest.WINDOWS_FROM), ("whole table", 10**12)):
            newest.WINDOWS_FROM = windows_from
            for word in WORDS:
                times, page = timed(store, word)
                total = f"{'~' if page.total_estimated else ''}{page.total}"
                print(f"{mode:12} {word:16} {min(times):8.1f} / {statistics.median(times):8.1f} ms  total {total}",
                      flush=True)


if __name__ == "__main__":
    main()
