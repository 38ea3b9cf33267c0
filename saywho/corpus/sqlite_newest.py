"""The quotations' full-text index, keyed by date: a search's newest matches without reading each one.

A search with more matches than it ranks ranks its newest `rank_among` (by date, NULL dates last, then
id; saywho/corpus/store.py). Finding those in an index whose rowid is the quotation's id means reading
every match's quotation row for its date: at 100,000 articles (1.7 million quotations) ~3 µs a match,
80–120 ms for a common word, most of /search's time. `quotations_newest_fts` holds the words under a
rowid that sorts as that order does, `day << 32 | id` (day: the date's YYYYMMDD + 1, 0 for NULL), so
FTS5 hands the newest matches first (`ORDER BY rowid DESC`) and bm25 is worked out on a rowid range: a
cost that follows `rank_among`, not the number of matches. It is contentless: it keeps no copy of the
text, only the index and each row's size, which bm25 needs.

Since schema 11 it is the only full-text index (schema 10 kept `quotations_fts`, rowid = id, beside it,
and the writer tokenized every quotation twice): the count, the searches with other filters and the
trails' phrase lookup read it too, joining the quotation on `rowid & 0xFFFFFFFF` (`JOIN`).

The key orders by the date's first ten characters; a date with a time after it ("2024-05-01T09:00")
sorts within its day by the whole text, so the day at the boundary of the newest is sorted exactly
from the rows. A date that does not start YYYY-MM-DD (none that `saywho ingest` stores) has no place
in the key (its key is the id, as a NULL date's): a store holding one ranks the old way
(`has_odd_dates`). Ids must stay below 2**32.
"""

from __future__ import annotations

import sqlite3

TABLE = "quotations_newest_fts"
_DAY_BITS = 32
ID_MASK = (1 << _DAY_BITS) - 1  # a key's quotation id: `rowid & ID_MASK`
_ISO_DAY = "'[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]*'"


# The rowid of a quotation in TABLE, from its `date` and `id` columns.
KEY = (f"CASE WHEN date GLOB {_ISO_DAY} THEN (CAST(replace(substr(date, 1, 10), '-', '') AS INTEGER) + 1 "
       f"<< {_DAY_BITS}) | id ELSE id END")
# The index as `f`, joined to the quotation `q` it holds: one way only, the matches walked and each quotation found
# by its id. A join the planner could take the other way (`f.rowid = q.id`, when the rowid was the id) had it walk
# a speaker's quotations and run the whole search again for each one: 7–28 s for the top speaker at 100,000 articles.
JOIN = f"JOIN {TABLE} f ON q.id = f.rowid & {ID_MASK}"
_ODD = f"date NOT GLOB {_ISO_DAY}"  # NULL is not odd: it sorts last, as day 0 does

# Emptied first, for a store taken back to an earlier version by hand (as the tests do), which holds it already.
REBUILD = [
    f"INSERT INTO {TABLE} ({TABLE}) VALUES ('delete-all')",
    f"INSERT INTO {TABLE} (rowid, content) SELECT {KEY}, content FROM quotations ORDER BY 1",
]

CREATE = [
    f"CREATE VIRTUAL TABLE IF NOT EXISTS {TABLE} USING fts5(content, content='', "
    "tokenize='porter unicode61 remove_diacritics 2')",
    *REBUILD,
    # Empty in a store `saywho ingest` wrote: what `has_odd_dates` looks up without a scan.
    f"CREATE INDEX IF NOT EXISTS quotations_odd_dates ON quotations(id) WHERE {_ODD}",
]


def index_articles_after(conn: sqlite3.Connection, article_id: int) -> None:
    """Index the quotations of the articles with an id above `article_id` (those a batch has just written).

    In key order: FTS5 writes out what it holds in memory whenever a rowid comes below the last one, so
    keys in date order, as they come, would make a segment of each row (6.5 ms per article, not 3.7)."""
    conn.execute(f"INSERT INTO {TABLE} (rowid, content) SELECT {KEY}, content FROM quotations "
                 "WHERE article_id > ? ORDER BY 1", (article_id,))


def reindex(conn: sqlite3.Connection, quotation_id: int, content_before: str) -> None:
    """A quotation's content changed (a correction): its old words out, its new ones in."""
    (key, content) = conn.execute(f"SELECT {KEY}, content FROM quotations WHERE id = ?", (quotation_id,)).fetchone()
    conn.execute(f"INSERT INTO {TABLE} ({TABLE}, rowid, content) VALUES ('delete', ?, ?)", (key, content_before))
    conn.execute(f"INSERT INTO {TABLE} (rowid, content) VALUES (?, ?)", (key, content))


def has_odd_dates(conn: sqlite3.Connection) -> bool:
    # Named, as the planner would rather scan quotations_newest (1.1 s at 100,000 articles) than this empty index.
    return conn.execute(f"SELECT 1 FROM quotations INDEXED BY quotations_odd_dates WHERE {_ODD} LIMIT 1"
                        ).fetchone() is not None


def ranked_newest(conn: sqlite3.Connection, match: str, rank_among: int) -> list[tuple[int, float]]:
    """The newest `rank_among` matches of `match` as (quotation id, bm25), best first (then by id).

    The caller knows there are more matches than that. Every match of a later day than the last kept
    one's is kept; of that day, the newest by the whole date text, then id."""
    keys = [key for (key,) in conn.execute(
        f"SELECT rowid FROM {TABLE} WHERE {TABLE} MATCH ? ORDER BY rowid DESC LIMIT ?", (match, rank_among))]
    if not keys:  # rank_among 0: none ranked, as the query before gave
        return []
    day = keys[-1] >> _DAY_BITS
    later = [key for key in keys if key >> _DAY_BITS > day]
    kept = {key & ID_MASK for key in later} | set(_newest_of_day(conn, match, day, rank_among - len(later)))
    ranked = conn.execute(f"SELECT rowid & {ID_MASK}, bm25({TABLE}) FROM {TABLE} WHERE {TABLE} MATCH ? "
                          "AND rowid >= ?", (match, day << _DAY_BITS)).fetchall()
    return sorted(((i, rank) for i, rank in ranked if i in kept), key=lambda row: (row[1], row[0]))


def _newest_of_day(conn: sqlite3.Connection, match: str, day: int, count: int) -> list[int]:
    """The newest `count` matches dated `day`, in the order the ranking takes them (date text, then id)."""
    if day == 0:  # NULL dates, for which the key's order (id) is the order
        return [key & ID_MASK for (key,) in conn.execute(
            f"SELECT rowid FROM {TABLE} WHERE {TABLE} MATCH ? AND rowid < ? ORDER BY rowid DESC LIMIT ?",
            (match, 1 << _DAY_BITS, count))]
    return [i for (i,) in conn.execute(
        f"SELECT q.id FROM {TABLE} f JOIN quotations q ON q.id = f.rowid & {ID_MASK} WHERE {TABLE} MATCH ? "
        "AND f.rowid >= ? AND f.rowid < ? ORDER BY q.date DESC, q.id DESC LIMIT ?",
        (match, day << _DAY_BITS, (day + 1) << _DAY_BITS, count))]
