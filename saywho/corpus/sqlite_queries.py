"""The SQLite store's own queries: those it answers from the aggregates kept at ingest.

The pages read the aggregates (saywho/corpus/sqlite_counts.py), so that they cost the same
at any size; a filter no aggregate is kept for (dates, a title search) is counted from the
rows by the queries both stores share (saywho/corpus/sql_reading.py). Full-text search is
FTS5's.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager

from saywho.corpus import sqlite_counts, sqlite_newest
from saywho.corpus.sql_aggregates import AggregateReading
from saywho.corpus.sql_reading import QUOTE_COLUMNS, quote_row
from saywho.corpus.sql_where import SQLITE, Where, newest_ranked
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


class SQLiteQueries(AggregateReading):
    """The reading half of SQLiteStore: every method reads `self.conn`."""

    conn: sqlite3.Connection
    dialect = SQLITE
    where = Where

    def _full_text(self, where: Where, about: str) -> str:
        where.add("quotations_fts MATCH ?", fts_query(about))
        return "JOIN quotations_fts f ON f.rowid = q.id"

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
            "speakers": self._one("SELECT COUNT(*) FROM speaker_stats WHERE named = 1 AND quotes > 0", ()),
            "outlets": self._one("SELECT COUNT(*) FROM outlet_stats WHERE outlet != ''", ()),
        }

    def quotes(self, *, speaker=None, speaker_id=None, about=None, outlet=None, since=None, until=None, kind=None,
               anonymous=None, article_id=None, limit=DEFAULT_LIMIT, offset=0, profile=None,
               rank_among=RANKED_MATCHES) -> Page[QuoteRow]:
        where, ids = self._quote_where(profile=profile, outlet=outlet, since=since, until=until, speaker=speaker,
                                       speaker_id=speaker_id, kind=kind, anonymous=anonymous, article_id=article_id)
        join, order = self._ranked_join(where, about)  # newest: the quotations_newest index's order
        if about and len(where.clauses) == 1:
            return self._search(about, where.params[0], limit, offset, rank_among)
        base = (f"FROM quotations q JOIN articles a ON a.id = q.article_id LEFT JOIN speakers s "
                f"ON s.id = q.speaker_id {join} {where}")
        params, ranked_among = list(where.params), None
        with self._search_errors(about):
            total = self._quote_total(ids) if len(where.clauses) == (ids is not None) else \
                self._one(f"SELECT COUNT(*) {base}", where.params)
            if about:
                base, params, ranked_among = newest_ranked(base, params, total, rank_among, NEWEST_MATCHES)
            rows = self.conn.execute(f"SELECT {QUOTE_COLUMNS} {base} ORDER BY {order} {page_clause(limit, offset)}",
                                     params).fetchall()
        return Page([quote_row(row) for row in rows], total, limit, offset, ranked_among)

    def _search(self, about: str, match: str, limit: int | None, offset: int, rank_among: int) -> Page[QuoteRow]:
        """A full-text search alone: ranked in the full-text index, and only the page's rows joined.

        With more matches than `rank_among`, only the newest are ranked, found in the index keyed by date
        (saywho/corpus/sqlite_newest.py). The unary + keeps FTS5 from taking the id list as a constraint,
        which it would run as one search per id."""
        with self._search_errors(about):
            total = self._one("SELECT COUNT(*) FROM quotations_fts WHERE quotations_fts MATCH ?", (match,))
            if total > rank_among and not sqlite_newest.has_odd_dates(self.conn):
                ranked = sqlite_newest.ranked_newest(self.conn, match, rank_among)
                rows = self._quote_rows([i for i, _rank in ranked[offset:None if limit is None else offset + limit]])
                return Page(rows, total, limit, offset, rank_among)
            among, params, ranked_among = "", [match], None
            if total > rank_among:
                among = (f"AND +rowid IN (SELECT q.id FROM quotations_fts JOIN quotations q ON q.id = quotations_fts.rowid "
                         f"WHERE quotations_fts MATCH ? {NEWEST_MATCHES} LIMIT {int(rank_among)})")
                params, ranked_among = [match, match], rank_among
            rows = self.conn.execute(
                f"SELECT {QUOTE_COLUMNS} FROM (SELECT rowid, bm25(quotations_fts) AS rank FROM quotations_fts "
                f"WHERE quotations_fts MATCH ? {among} ORDER BY rank, rowid {page_clause(limit, offset)}) f "
                f"JOIN quotations q ON q.id = f.rowid JOIN articles a ON a.id = q.article_id "
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
        total = self._one(f"SELECT COUNT(*) FROM {table} {where}" if only_named else
                          f"SELECT COUNT(*) FROM (SELECT s.id {base})", where.params)
        rows = self.conn.execute(f"SELECT s.id, s.key, s.name, s.type, s.named, s.anonymous, {counts} {base} "
                                 f"ORDER BY {order} {page_clause(limit, offset)}", where.params).fetchall()
        return Page(self._speaker_rows(rows), total, limit, offset)

