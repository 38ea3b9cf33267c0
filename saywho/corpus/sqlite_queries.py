"""The SQLite store's own queries: those it answers from the aggregates kept at ingest.

The pages read the aggregates (saywho/corpus/sqlite_counts.py), so that they cost the same
at any size; a filter no aggregate is kept for (dates, a title search) is counted from the
rows by the queries both stores share (saywho/corpus/sql_reading.py). Full-text search is
FTS5's.
"""

from __future__ import annotations

import sqlite3
from collections import Counter, defaultdict
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from saywho.corpus import sqlite_counts
from saywho.corpus.sql_reading import QUOTE_COLUMNS, SQLReading, quote_row
from saywho.corpus.sql_where import SQLITE, Where, profile_filters
from saywho.corpus.sqlite_sql import SEARCH_ERRORS, fts_query, marks, page_clause
from saywho.corpus.store import (
    DEFAULT_LIMIT,
    LabelRow,
    OutletRow,
    Page,
    QuoteRow,
    SourceRow,
    SpeakerRow,
    StoreError,
)
from saywho.document import KINDS


class SQLiteQueries(SQLReading):
    """The reading half of SQLiteStore: every method reads `self.conn`."""

    conn: sqlite3.Connection
    keeps_speaker_outlets = True
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
               anonymous=None, article_id=None, limit=DEFAULT_LIMIT, offset=0, profile=None) -> Page[QuoteRow]:
        where = Where()
        profile_filters(where, profile or {})
        where.article_filters(outlet, since, until, date="q.date")
        ids = self._quote_filters(where, speaker=speaker, speaker_id=speaker_id, kind=kind, anonymous=anonymous,
                                  article_id=article_id)
        # NULL dates sort last going down; the order is the quotations_newest index's.
        join, order = "", "q.date DESC, q.article_id DESC, q.start"
        if about:
            join, order = self._full_text(where, about), "f.rank, q.id"
        if about and len(where.clauses) == 1:
            return self._search(about, where.params[0], limit, offset)
        base = (f"FROM quotations q JOIN articles a ON a.id = q.article_id LEFT JOIN speakers s "
                f"ON s.id = q.speaker_id {join} {where}")
        with self._search_errors(about):
            total = self._quote_total(where, ids, base) if len(where.clauses) == (ids is not None) else \
                self._one(f"SELECT COUNT(*) {base}", where.params)
            rows = self.conn.execute(f"SELECT {QUOTE_COLUMNS} {base} ORDER BY {order} {page_clause(limit, offset)}",
                                     where.params).fetchall()
        return Page([quote_row(row) for row in rows], total, limit, offset)

    def _search(self, about: str, match: str, limit: int | None, offset: int) -> Page[QuoteRow]:
        """A full-text search alone: ranked in the full-text index, and only the page's rows joined."""
        with self._search_errors(about):
            total = self._one("SELECT COUNT(*) FROM quotations_fts WHERE quotations_fts MATCH ?", (match,))
            rows = self.conn.execute(
                f"SELECT {QUOTE_COLUMNS} FROM (SELECT rowid, rank FROM quotations_fts WHERE quotations_fts MATCH ? "
                f"ORDER BY rank, rowid {page_clause(limit, offset)}) f JOIN quotations q ON q.id = f.rowid "
                f"JOIN articles a ON a.id = q.article_id LEFT JOIN speakers s ON s.id = q.speaker_id "
                f"ORDER BY f.rank, q.id", (match,)).fetchall()
        return Page([quote_row(row) for row in rows], total, limit, offset)

    def _quote_total(self, where: Where, ids: list[int] | None, base: str) -> int:
        """All quotations, or a speaker's: read from the running counts rather than counted."""
        if ids is None:
            return self._one("SELECT COALESCE(MAX(value), 0) FROM totals WHERE name = 'quotations'", ())
        return self._one(f"SELECT COALESCE(SUM(quotes), 0) FROM speaker_stats WHERE speaker_id IN ({marks(ids)})",
                         ids)

    def speakers(self, *, search=None, outlet=None, type=None, named=True, since=None, until=None,
                 limit=DEFAULT_LIMIT, offset=0, _ids: list[int] | None = None) -> Page[SpeakerRow]:
        if since or until:
            # Counted from the quotations, as no aggregate is kept per day.
            return super().speakers(search=search, outlet=outlet, type=type, named=named, since=since,
                                    until=until, limit=limit, offset=offset, _ids=_ids)
        # Read from the aggregates kept at ingest: a page costs the same at any size.
        outlets = self._outlet_names(outlet) if outlet else []
        if len(outlets) == 1 and named is not None and not (type or search or _ids):
            return self._outlet_speakers(outlets[0], int(named), limit, offset)
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

    def _outlet_speakers(self, outlet: str, named: int, limit: int | None, offset: int) -> Page[SpeakerRow]:
        """Whom one outlet quotes most: an index range of speaker_outlets, sorted by name only among ties."""
        total = self._one("SELECT COUNT(*) FROM speaker_outlets WHERE outlet = ? AND named = ?", (outlet, named))
        least = 0
        if limit is not None:
            row = self.conn.execute("SELECT quotes FROM speaker_outlets WHERE outlet = ? AND named = ? "
                                    "ORDER BY quotes DESC LIMIT 1 OFFSET ?", (outlet, named, offset + limit - 1)
                                    ).fetchone()
            least = row[0] if row else 0
        kinds = ", ".join(f"t.{c}" for c in sqlite_counts.KIND_COLUMNS)
        rows = self.conn.execute(
            f"SELECT s.id, s.key, s.name, s.type, s.named, s.anonymous, t.quotes, t.articles, 1, {kinds} "
            f"FROM speaker_outlets t JOIN speakers s ON s.id = t.speaker_id "
            f"WHERE t.outlet = ? AND t.named = ? AND t.quotes >= ? ORDER BY t.quotes DESC, s.name, s.id "
            f"{page_clause(limit, offset)}", (outlet, named, least)).fetchall()
        return Page(self._speaker_rows(rows), total, limit, offset)

    def sources(self, *, outlet=None, anonymous=None, since=None, until=None, limit=DEFAULT_LIMIT,
                offset=0) -> Page[SourceRow]:
        outlets = self._outlet_names(outlet) if outlet and anonymous and not (since or until) else []
        if len(outlets) == 1:
            return self._anonymous_sources(outlets[0], limit, offset)
        return super().sources(outlet=outlet, anonymous=anonymous, since=since, until=until, limit=limit,
                               offset=offset)

    def _outlet_names(self, outlet: str) -> list[str]:
        """The outlet names stored that match `outlet` regardless of case ('' for none)."""
        return [row[0] for row in self.conn.execute(
            "SELECT outlet FROM outlet_stats WHERE outlet = ? COLLATE NOCASE AND outlet != ''", (outlet,))]

    def _anonymous_sources(self, outlet: str, limit: int | None, offset: int) -> Page[SourceRow]:
        """An outlet's anonymous sources, from the counts kept at ingest (an anonymous source is never named)."""
        total = self._one("SELECT COUNT(*) FROM outlet_sources WHERE outlet = ?", (outlet,))
        rows = self.conn.execute(
            "SELECT description, type, citations, articles FROM outlet_sources WHERE outlet = ? "
            f"ORDER BY citations DESC, description {page_clause(limit, offset)}", (outlet,)).fetchall()
        how: dict[str, dict[str, int]] = defaultdict(dict)
        if rows:
            names = [row[0] for row in rows]
            for description, way, n in self.conn.execute(
                    "SELECT description, how, n FROM outlet_source_how WHERE outlet = ? AND description IN "
                    f"({marks(names)}) ORDER BY description, n DESC, how", (outlet, *names)):
                how[description][way] = n
        return Page([SourceRow(name, None, type, True, citations, articles, 1, how[name])
                     for name, type, citations, articles in rows], total, limit, offset)

    def outlets(self, *, limit=None, offset=0, _name: str | None = None) -> Page[OutletRow]:
        where = Where()
        if _name is not None:
            where.add("outlet = ? COLLATE NOCASE", _name)
        total = self._one(f"SELECT COUNT(*) FROM outlet_stats {where}", where.params)
        rows = self.conn.execute(
            f"SELECT outlet, articles, quotations, anonymous, named, first_date, last_date FROM outlet_stats {where} "
            f"ORDER BY articles DESC, outlet {page_clause(limit, offset)}", where.params).fetchall()
        return Page([OutletRow(row[0] or None, *row[1:]) for row in rows], total, limit, offset)

    def _outlet_kinds(self, outlet: str) -> Counter:
        kinds = self.conn.execute(f"SELECT {', '.join(sqlite_counts.KIND_COLUMNS)} FROM outlet_stats WHERE outlet = ?",
                                  (outlet,)).fetchone()
        return Counter({kind: n for kind, n in zip(KINDS, kinds, strict=True) if n})

    def _outlet_labels(self, outlet: str) -> list[LabelRow]:
        """From the per-outlet aggregate kept at ingest, not counted from the rows ("" holds the articles with none)."""
        return [LabelRow(category=category or None, count=count, articles=articles, word=word)
                for category, word, count, articles in self.conn.execute(
                    "SELECT category, word, count, articles FROM outlet_labels WHERE outlet = ? "
                    "ORDER BY count DESC, category, word LIMIT 50", (outlet,))]

    def timeline(self, *, speaker_id=None, outlet=None, by="month") -> list[dict[str, Any]]:
        if by == "month" and speaker_id is not None and not outlet:
            return [{"period": period, "quotes": n} for period, n in self.conn.execute(
                "SELECT month, quotes FROM speaker_months WHERE speaker_id = ? ORDER BY month", (speaker_id,))]
        return super().timeline(speaker_id=speaker_id, outlet=outlet, by=by)

    def _speaker_labels(self, speaker_id: int) -> list[dict[str, Any]]:
        return [{"category": category or None, "word": word, "count": count}
                for category, word, count in self.conn.execute(
                    "SELECT category, word, count FROM speaker_labels WHERE speaker_id = ? "
                    "ORDER BY count DESC, category, word", (speaker_id,))]
