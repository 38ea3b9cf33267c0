"""Whether PostgreSQL's search in windows of time (postgres/newest.py) gives a whole-table search's answer, on a big store.

For each word (pg_search_cost.py's by default): the store's search of its newest 1,000 matches (`Store.quotes`,
ranked, every row, and a page near the end) beside the same query over every match with no window (the newest
1,000 by date, NULL dates last, then id, ranked by ts_rank_cd: the tests' PLAIN), and the total it says beside
the matches counted. Prints one line a word and exits 1 if any rows or order differ:

    python bench/pg_search_same.py postgresql://USER:PASSWORD@127.0.0.1:PORT/scale [WORD ...]
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from pg_search_cost import WORDS

from saywho.corpus.backends import open_store
from saywho.corpus.postgres.search import tsquery
from saywho.corpus.sql_reading import QUOTE_COLUMNS, quote_row
from saywho.corpus.store import RANKED_MATCHES

PLAIN = (f"SELECT {QUOTE_COLUMNS} FROM (SELECT q.id, ts_rank_cd(q.search, {{query}}) AS rank FROM quotations q "
         "WHERE q.search @@ {query} AND q.id IN (SELECT q.id FROM quotations q WHERE q.search @@ {query} "
         "ORDER BY q.date DESC NULLS LAST, q.id DESC LIMIT {among})) f JOIN quotations q ON q.id = f.id "
         "JOIN articles a ON a.id = q.article_id LEFT JOIN speakers s ON s.id = q.speaker_id ORDER BY f.rank DESC, q.id")


def main() -> int:
    url, words = sys.argv[1], sys.argv[2:] or WORDS
    differ = 0
    with open_store(url) as store:
        for word in words:
            query, params = tsquery(word)
            page = store.quotes(about=word, limit=None, rank_among=RANKED_MATCHES)
            whole = [quote_row(row) for row in store.conn.execute(PLAIN.format(query=query, among=RANKED_MATCHES),
                                                                  params * 3).fetchall()]
            tail = store.quotes(about=word, limit=20, offset=len(whole) - 20, rank_among=RANKED_MATCHES) \
                if len(whole) > 20 else page
            matches = store.conn.execute(f"SELECT COUNT(*) FROM quotations WHERE search @@ {query}",
                                         params).fetchone()[0]
            same = page.rows == whole and (tail is page or tail.rows == whole[-20:])
            differ += not same
            print(f"{word:16} {matches:>9,} matches; total {'~' if page.total_estimated else ''}{page.total:,} "
                  f"({page.total / matches:.3f} of the count); {len(page.rows):,} rows ranked; "
                  f"{'same rows and order' if same else 'DIFFERENT'}", flush=True)
    return 1 if differ else 0


if __name__ == "__main__":
    raise SystemExit(main())
