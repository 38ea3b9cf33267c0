"""Every page of a set of searches on a store, as JSON: run it with two trees and compare the files.

18 searches (words, phrases, OR, NOT, a prefix) × rank_among 1,000 / 100 / 7 × four pages (the first
50, the next 50, all, 10 from the 995th), each as its total, `ranked_among` and every column of
every row, in order.

    (cd ../main && python bench/search_answers.py /tmp/polnear.db) > before.json   # a tree before the change
    python bench/search_answers.py /tmp/polnear-migrated.db > after.json; cmp before.json after.json
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path.cwd()))  # the tree it is run from, so that two trees can be compared

from saywho.corpus.backends import open_store

SEARCHES = ["the", "said", "wall", "taxes", "economy", "immigration", "debate", "emails", "\"health care\"",
            "refugees", "pipeline", "supreme court", "trump OR clinton", "famil*", "president NOT trump", "jobs",
            "border", "russia"]
PAGES = [(50, 0), (50, 50), (None, 0), (10, 995)]


def main() -> int:
    # Read-only, so that answering never upgrades the file: the tree before a schema change must still read it.
    store = open_store(sys.argv[1], read_only=True)
    found = {}
    for about in SEARCHES:
        for among in (1000, 100, 7):
            for limit, offset in PAGES:
                page = store.quotes(about=about, limit=limit, offset=offset, rank_among=among)
                found[f"{about}|{among}|{limit}|{offset}"] = [page.total, page.ranked_among,
                                                             [vars(row) for row in page.rows]]
    print(json.dumps(found, sort_keys=True, default=str))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
