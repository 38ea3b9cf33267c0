"""The SQLite store's own queries: those it answers from the aggregates kept at ingest.

The pages read the aggregates (saywho/corpus/sqlite_counts.py), so that they cost the same
at any size; a filter no aggregate is kept for (dates, a title search) is counted from the
rows by the queries both stores share (saywho/corpus/sql_reading.py). Full-text search is
FTS5's.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager

from saywho.corpus import sqlite_counts, sqlite_newest
from saywho.corpus.sql_aggregates import AggregateReading
from saywho.corpus.sql_reading import QUOTE_COLUMNS, quote_row
from saywho.corpus.sql_where import SQLITE, Where
from saywho.corpus.sqlite_sql import SEARCH_ERRORS, fts_query, marks, page_clause
from saywho.corpus.store import (
    DEFAULT_LIMIT,
    RANKED_MATCHES,
    Page,
    QuoteRow,
    SpeakerRow,
    StoreError,
)

# The matches a search ranks when it has too many: its newest (NULL dates last), as on PostgreSQL.
NEWEST_MATCHES = "ORDER BY q.date DESC, q.id DESC"
FTS, ID_MASK = sqlite_newest.TABLE, sqlite_newest.ID_MASK


class SQLiteQueries(AggregateReading):
    """The reading half of SQLiteStore: every method reads `self.conn`."""

    conn: sqlite3.Connection
    dialect = SQLITE
    where = Where

    def _full_text(self, where: Where, about: str) -> str:
        where.add(f"{FTS} MATCH ?", fts_query(about))
        return sqlite_newest.JOIN

    @contextmanager
    def _search_errors(self, about: str | None) -> Iterator[None]:
        try:
            yield
        except sqlite3.OperationalError as error:
            if about and any(sign in str(error).lower() for sign in SEARCH_ERRORS):
                raise StoreError(f"search syntax: cannot search for {about!r} ({error})") from None
            raise

    def counts(self) -> dict[str, int]:
        totals = dict(self.conn.execute("SELECT name, value FROM totals").fetchall())
        counted = {name: totals.get(name, 0) for name in sqlite_counts.TOTALS}
        return {
            **counted,
            "speakers": totals.get("speakers", 0),  # named, with quotations (sqlite_counts.count_named_speakers)
            "outlets": self._one("SELECT COUNT(*) FROM outlet_stats WHERE outlet != ''", ()),
        }

    def quotes(self, *, speaker=None, speaker_id=None, about=None, outlet=None, since=None, until=None, kind=None,
               anonymous=None, article_id=None, limit=DEFAULT_LIMIT, offset=0, profile=None,
               rank_among=RANKED_MATCHES) -> Page[QuoteRow]:
        where, ids = self._quote_where(profile=profile, outlet=outlet, since=since, until=until, speaker=speaker,
                                       speaker_id=speaker_id, kind=kind, anonymous=anonymous, article_id=article_id)
        if about:
            return self._filtered_search(about, where, limit, offset, rank_among)
        base = f"FROM quotations q JOIN articles a ON a.id = q.article_id LEFT JOIN speakers s ON s.id = q.speaker_id {where}"
        total = self._quote_total(ids) if len(where.clauses) == (ids is not None) else \
            self._one(f"SELECT COUNT(*) {base}", where.params)
        rows = self.conn.execute(f"SELECT {QUOTE_COLUMNS} {base} ORDER BY q.date DESC, q.article_id DESC, q.start "
                                 f"{page_clause(limit, offset)}", where.params).fetchall()
        return Page([quote_row(row) for row in rows], total, limit, offset)

    def _filtered_search(self, about: str, where: Where, limit: int | None, offset: int,
                         rank_among: int) -> Page[QuoteRow]:
        """A full-text search with other filters (or alone): every match that passes them read once, by id and date.

        The count, the newest `rank_among` and their order come from that one pass (the query before joined
        every match three times: to count, to find the newest, to rank); only those newest are ranked, by
        bm25 from the index, then the page's rows joined. The matches come in the index's key order, not by
        id, so each quotation is found at a random place; that one pass is what keeps this as fast as before."""
        if not where.clauses:
            return self._search(about, fts_query(about), limit, offset, rank_among)
        match = fts_query(about)
        with self._search_errors(about):
            found = self.conn.execute(
                f"SELECT q.id, q.date FROM {FTS} f JOIN quotations q ON q.id = f.rowid & {ID_MASK} "
                f"JOIN articles a ON a.id = q.article_id {where} AND {FTS} MATCH ?", [*where.params, match]).fetchall()
            total = len(found)
            ranked_among = rank_among if total > rank_among else None
            if ranked_among is not None:  # the newest: NULL dates last (SQLite's NULL sorts first going up), then id
                found = sorted(found, key=lambda row: (row[1] is not None, row[1] or "", row[0]), reverse=True)
                found = found[:rank_among]
            ranked = sorted(self.conn.execute(
                f"SELECT rowid & {ID_MASK}, bm25({FTS}) FROM {FTS} WHERE {FTS} MATCH ? "
                f"AND rowid & {ID_MASK} IN (SELECT value FROM json_each(?))", (match, json.dumps([i for i, _date in found]))),
                key=lambda row: (row[1], row[0]))
        page = ranked[offset:None if limit is None else offset + limit]
        return Page(self._quote_rows([i for i, _rank in page]), total, limit, offset, ranked_among)

    def _search(self, about: str, match: str, limit: int | None, offset: int, rank_among: int) -> Page[QuoteRow]:
        """A full-text search alone: ranked in the full-text index, and only the page's rows joined.

        With more matches than `rank_among`, only the newest are ranked, found in the index keyed by date
        (saywho/corpus/sqlite_newest.py); the index's rowid is that key, its quotation's id `rowid & ID_MASK`."""
        with self._search_errors(about):
            total = self._one(f"SELECT COUNT(*) FROM {FTS} WHERE {FTS} MATCH ?", (match,))
            if total > rank_among and not sqlite_newest.has_odd_dates(self.conn):
                ranked = sqlite_newest.ranked_newest(self.conn, match, rank_among)
                rows = self._quote_rows([i for i, _rank in ranked[offset:None if limit is None else offset + limit]])
                return Page(rows, total, limit, offset, rank_among)
            among, params, ranked_among = "", [match], None
            if total > rank_among:  # a store holding a date the index's key cannot place: each match's date read
                among = (f"AND rowid & {ID_MASK} IN (SELECT q.id FROM {FTS} f JOIN quotations q "
                         f"ON q.id = f.rowid & {ID_MASK} WHERE {FTS} MATCH ? {NEWEST_MATCHES} LIMIT {int(rank_among)})")
                params, ranked_among = [match, match], rank_among
            rows = self.conn.execute(
                f"SELECT {QUOTE_COLUMNS} FROM (SELECT rowid & {ID_MASK} AS id, bm25({FTS}) AS rank FROM {FTS} "
                f"WHERE {FTS} MATCH ? {among} ORDER BY rank, id {page_clause(limit, offset)}) f "
                f"JOIN quotations q ON q.id = f.id JOIN articles a ON a.id = q.article_id "
                f"LEFT JOIN speakers s ON s.id = q.speaker_id ORDER BY f.rank, q.id", params).fetchall()
        return Page([quote_row(row) for row in rows], total, limit, offset, ranked_among)

    def _quote_rows(self, ids: list[int]) -> list[QuoteRow]:
        """The quotations with these ids, in this order."""
        found = {row[0]: quote_row(row) for row in self.conn.execute(
            f"SELECT {QUOTE_COLUMNS} FROM quotations q JOIN articles a ON a.id = q.article_id "
            f"LEFT JOIN speakers s ON s.id = q.speaker_id WHERE q.id IN ({marks(ids)})", ids)} if ids else {}
        return [found[i] for i in ids if i in found]

    def speakers(self, *, search=None, outlet=None, type=None, named=True, since=None, until=None,
                 limit=DEFAULT_LIMIT, offset=0, _ids: list[int] | None = None) -> Page[SpeakerRow]:
        if since or until:
            # Counted from the quotations, as no aggregate is kept per day.
            return super().speakers(search=search, outlet=outlet, type=type, named=named, since=since,
                                    until=until, limit=limit, offset=offset, _ids=_ids)
        # Read from the aggregates kept at ingest: a page costs the same at any size.
        outlets = self._outlet_names(outlet) if outlet else []
        if len(outlets) == 1 and named is not None and not (type or search or _ids):
            return self._outlet_speakers(outlets[0], bool(named), limit, offset)
        where = Where()
        if outlet:
            table, group, order = "speaker_outlets t", "GROUP BY t.speaker_id", "SUM(t.quotes) DESC, s.name, s.id"
            counts = ", ".join(["SUM(t.quotes), SUM(t.articles), SUM(t.outlet != '')",
                                *(f"SUM(t.{c})" for c in sqlite_counts.KIND_COLUMNS)])
            where.add("t.outlet = ? COLLATE NOCASE", outlet)
        else:
            table, group, order = "speaker_stats t", "", "t.quotes DESC, t.name, t.speaker_id"
            counts = ", ".join(["t.quotes", "t.articles", "t.outlets", *(f"t.{c}" for c in sqlite_counts.KIND_COLUMNS)])
        if named is not None:
            where.add("s.named = ?" if outlet else "t.named = ?", int(named))
        only_named = len(where.clauses) == (named is not None) and not outlet
        self._speaker_filters(where, type, search)
        if _ids is not None:
            where.among("t.speaker_id", _ids)
        base = f"FROM {table} JOIN speakers s ON s.id = t.speaker_id {where} {group}"
        only_named = only_named and len(where.clauses) == (named is not None)
        if only_named and named:  # the named speakers with quotations: counted as they come (totals)
            total = self._one("SELECT COALESCE(MAX(value), 0) FROM totals WHERE name = 'speakers'", ())
        else:
            total = self._one(f"SELECT COUNT(*) FROM {table} {where}" if only_named else
                              f"SELECT COUNT(*) FROM (SELECT s.id {base})", where.params)
        rows = self.conn.execute(f"SELECT s.id, s.key, s.name, s.type, s.named, s.anonymous, {counts} {base} "
                                 f"ORDER BY {order} {page_clause(limit, offset)}", where.params).fetchall()
        return Page(self._speaker_rows(rows), total, limit, offset)

