"""What a full-text search costs on PostgreSQL, part by part, for store_scale.py's 16 topic words.

For each word: its matches, and the database time (wall, on 127.0.0.1; min and median of REPEAT runs)
of counting them alone, of the search that ranks every match (the code before issue 16's cap), of
the search that ranks only the newest 1,000 of every match (`RANKED_MATCHES`; the reading code's `_search`
before windows, without its join to articles and speakers), and of the search in windows of time from the
newest (postgres/newest.py: the statistics read, each window's matches counted, the newest 1,000 of the
window ranked; the reading code's `_search` now, without the join), with the matches the windows counted and
the total it gives (~ when estimated). The store is analysed first (VACUUM ANALYZE quotations), as
autovacuum would have done:

    python bench/pg_search_cost.py postgresql://USER:PASSWORD@127.0.0.1:PORT/scale [REPEAT] [--before]

The quotations_newest index (schema 8) is made first if missing. With --before it is not, and only the
parts the code before windows ran are timed: on a store without the index (schema 7, as `main` made it
before), as its planner would plan them. With the index, the planner may walk it over the whole table
for the searches without a window (the newest 1,000 of every match): see docs/corpus.md.
"""

from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from saywho.corpus.postgres.newest import date_quantiles, expected_matches, in_windows
from saywho.corpus.postgres.search import tsquery
from saywho.corpus.store import RANKED_MATCHES

WORDS = ["wall", "taxes", "economy", "immigration", "debate", "emails", "\"health care\"", "refugees",
         "pipeline", "supreme court", "veterans", "tariffs", "climate", "jobs", "border", "russia",
         # words far more common, whose matches grow with the corpus: what the windows are for
         "president", "people", "trump", "said", "the"]


def parts(query: str) -> dict[str, str]:
    return {
        "count alone": f"SELECT COUNT(*) FROM quotations WHERE search @@ {query}",
        "rank every match": f"SELECT id, ts_rank_cd(search, {query}) AS rank, COUNT(*) OVER () FROM quotations "
                            f"WHERE search @@ {query} ORDER BY rank DESC, id LIMIT 20",
        f"rank the newest {RANKED_MATCHES:,}": (
            f"SELECT n.id, ts_rank_cd(n.search, {query}) AS rank, n.total FROM (SELECT q.id, q.search, "
            f"COUNT(*) OVER () AS total FROM quotations q WHERE q.search @@ {query} "
            f"ORDER BY q.date DESC NULLS LAST, q.id DESC LIMIT {RANKED_MATCHES}) n ORDER BY rank DESC, n.id LIMIT 20"),
    }


def windowed(conn, query: str, params: list) -> tuple[int, bool]:
    """The search in windows of time from the newest, as `_search` runs it (the planner's estimate, the date
    statistics, the windows tried): the matches the window it kept held and whether the total is an estimate."""

    def ranked(since):
        window, window_params = ("AND q.date >= %s", [since]) if since is not None else ("", [])
        rows = conn.execute(
            f"SELECT n.id, ts_rank_cd(n.search, {query}) AS rank, n.total FROM (SELECT q.id, q.search, "
            f"COUNT(*) OVER () AS total FROM quotations q WHERE q.search @@ {query} {window} "
            f"ORDER BY q.date DESC NULLS LAST, q.id DESC LIMIT {RANKED_MATCHES}) n ORDER BY rank DESC, n.id LIMIT 20",
            [*params, *params, *window_params]).fetchall()
        return rows, rows[0][2] if rows else 0

    quantiles = date_quantiles(conn)
    expected = expected_matches(conn, query, params) if quantiles else 0.0
    _rows, since, found = in_windows(ranked, quantiles, RANKED_MATCHES, expected)
    if since is None:
        return found, False
    dated = conn.execute("SELECT COUNT(*) FROM quotations WHERE date >= %s", [since]).fetchone()[0]
    everything = conn.execute("SELECT value FROM totals WHERE name = 'quotations'").fetchone()[0]
    return round(found * everything / dated), True


def main() -> int:
    import psycopg

    before = "--before" in sys.argv
    arguments = [a for a in sys.argv[1:] if a != "--before"]
    url, repeat = arguments[0], int(arguments[1]) if len(arguments) > 1 else 3
    with psycopg.connect(url, autocommit=True) as conn:
        if not before:
            conn.execute("CREATE INDEX IF NOT EXISTS quotations_newest ON quotations (date DESC NULLS LAST, id DESC)")
        conn.execute("VACUUM ANALYZE quotations")
        for word in WORDS:
            query, params = tsquery(word)
            line, matches = [], None
            for name, sql in parts(query).items():
                seconds = []
                for _ in range(repeat):
                    started = time.perf_counter()
                    # The query's parameters, once for each time the query appears in the SQL.
                    rows = conn.execute(sql, params * (sql.count(query))).fetchall()
                    seconds.append(1000 * (time.perf_counter() - started))
                matches = rows[0][0] if name == "count alone" else matches
                line.append(f"{name} {min(seconds):.1f} / {statistics.median(seconds):.1f} ms")
            if before:
                print(f"{word:16} {matches:>8} matches; " + "; ".join(line), flush=True)
                continue
            seconds = []
            for _ in range(repeat):
                started = time.perf_counter()
                total, estimated = windowed(conn, query, params)
                seconds.append(1000 * (time.perf_counter() - started))
            line.append(f"windows {min(seconds):.1f} / {statistics.median(seconds):.1f} ms "
                        f"(total {'~' if estimated else ''}{total})")
            print(f"{word:16} {matches:>8} matches; " + "; ".join(line), flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
