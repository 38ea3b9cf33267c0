"""Reading the PostgreSQL store: the same queries, rows and order as the SQLite store's.

Most queries are the ones both stores share (saywho/corpus/sql_reading.py), written in
PostgreSQL's dialect (saywho/corpus/sql_where.py): NULLs sort first going up and last going
down (as in SQLite), names compare with the "C" collation, outlet and alias matches ignore
case, and LIKE searches ignore case with no escape character. What is PostgreSQL's own is
here: the speaker list and a speaker's outlets read from the counts kept at ingest
(postgres/counts.py; the SQLite store keeps more), the corpus counts and the outlets counted
from the rows, a tsquery for full-text search, a page's total read beside its rows, and exports
streamed through server-side cursors.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from typing import Any

from saywho.corpus.postgres.search import tsquery
from saywho.corpus.sql_reading import QUOTE_COLUMNS, SQLReading, quote_row
from saywho.corpus.sql_where import POSTGRES, PostgresWhere, Where, profile_filters
from saywho.corpus.sqlite_counts import KIND_COLUMNS
from saywho.corpus.store import DEFAULT_LIMIT, OutletRow, Page, QuoteRow, SpeakerRow

_CURSORS = itertools.count(1)  # server-side cursors need names of their own


class Reading(SQLReading):
    """The reading half of PostgresStore (`self.conn` comes from it)."""

    dialect = POSTGRES
    keeps_speaker_outlets = True
    where = PostgresWhere

    def _full_text(self, where: Where, about: str) -> str:
        query, params = tsquery(about)
        where.add(f"q.search @@ {query}", *params)
        return ""

    def _counted_page(self, select: str, base: str, order: str, params: list[Any], limit: int | None,
                      offset: int) -> tuple[list[tuple], int]:
        """The rows with `COUNT(*) OVER ()` as their last column, and that total: one query instead of two.

        Past the last row there is no row to read it from, so only then is it counted apart."""
        rows = self.conn.execute(f"SELECT {select}, COUNT(*) OVER () {base} ORDER BY {order} "
                                 f"{POSTGRES.page(limit, offset)}", params).fetchall()
        if rows:
            return [row[:-1] for row in rows], rows[0][-1]
        return [], self._one(f"SELECT COUNT(*) FROM (SELECT 1 {base}) g", params) if offset else 0

    def _stream(self, sql: str) -> Iterator[tuple]:
        """Rows through a server-side cursor, a thousand at a time, so a large table is never held whole."""
        with self.conn.transaction(), self.conn.cursor(name=f"saywho_export_{next(_CURSORS)}") as cursor:
            cursor.itersize = 1000
            cursor.execute(sql)
            yield from cursor

    def counts(self) -> dict[str, int]:
        return {
            "articles": self._one("SELECT COUNT(*) FROM articles"),
            "quotations": self._one("SELECT COUNT(*) FROM quotations"),
            "anonymous_quotations": self._one("SELECT COUNT(*) FROM quotations WHERE anonymous"),
            "speakers": self._one("SELECT COUNT(DISTINCT q.speaker_id) FROM quotations q JOIN speakers s "
                                  "ON s.id = q.speaker_id WHERE s.named"),
            "outlets": self._one("SELECT COUNT(DISTINCT outlet) FROM articles"),
            "labels": self._one("SELECT COUNT(*) FROM labels"),
            "sources": self._one("SELECT COUNT(*) FROM sources"),
        }

    def quotes(self, *, speaker=None, speaker_id=None, about=None, outlet=None, since=None, until=None, kind=None,
               anonymous=None, article_id=None, limit=DEFAULT_LIMIT, offset=0, profile=None) -> Page[QuoteRow]:
        where = PostgresWhere()
        profile_filters(where, profile or {})
        where.article_filters(outlet, since, until)
        self._quote_filters(where, speaker=speaker, speaker_id=speaker_id, kind=kind, anonymous=anonymous,
                            article_id=article_id)
        order, order_params = f"{POSTGRES.newest}, q.start NULLS FIRST, q.id", []  # SQLite ties by rowid
        if about:
            query, params = tsquery(about)
            where.add(f"q.search @@ {query}", *params)
            order, order_params = f"ts_rank_cd(q.search, {query}) DESC, q.id", params
        base = f"FROM quotations q JOIN articles a ON a.id = q.article_id LEFT JOIN speakers s ON s.id = q.speaker_id {where}"
        total = self._one(f"SELECT COUNT(*) {base}", where.params)
        rows = self.conn.execute(f"SELECT {QUOTE_COLUMNS} {base} ORDER BY {order} {POSTGRES.page(limit, offset)}",
                                 [*where.params, *order_params]).fetchall()
        return Page([quote_row(row) for row in rows], total, limit, offset)

    def speakers(self, *, search=None, outlet=None, type=None, named=True, since=None, until=None,
                 limit=DEFAULT_LIMIT, offset=0, _ids: list[int] | None = None) -> Page[SpeakerRow]:
        if search or outlet or type or since or until:
            # Counted from the quotations, as no aggregate is kept for these filters.
            return super().speakers(search=search, outlet=outlet, type=type, named=named, since=since,
                                    until=until, limit=limit, offset=offset, _ids=_ids)
        # Read from the counts kept at ingest (postgres/counts.py): a page costs the same at any size.
        where = PostgresWhere()
        if named is not None:
            where.add("t.named = %s", bool(named))
        if _ids is not None:
            where.among("t.speaker_id", _ids)
        kinds = ", ".join(f"t.{c}" for c in KIND_COLUMNS)
        total = self._one(f"SELECT COUNT(*) FROM speaker_stats t {where}", where.params)
        rows = self.conn.execute(
            f"SELECT s.id, s.key, s.name, s.type, s.named, s.anonymous, t.quotes, t.articles, t.outlets, {kinds} "
            f"FROM speaker_stats t JOIN speakers s ON s.id = t.speaker_id {where} "
            f"ORDER BY t.quotes DESC, t.name, t.speaker_id {POSTGRES.page(limit, offset)}", where.params).fetchall()
        return Page(self._speaker_rows(rows), total, limit, offset)

    def outlets(self, *, limit=None, offset=0, _name: str | None = None) -> Page[OutletRow]:
        where = PostgresWhere()
        if _name is not None:
            where.add("lower(a.outlet) = lower(%s)", _name)
        # Per article, through the index on quotations(article_id, …): one outlet's page reads its own articles only.
        base = (f"FROM articles a CROSS JOIN LATERAL (SELECT COUNT(*) FILTER (WHERE q.anonymous) AS anonymous, "
                f"COUNT(*) FILTER (WHERE q.named) AS named FROM quotations q WHERE q.article_id = a.id) n "
                f"{where} GROUP BY a.outlet")
        total = self._one(f"SELECT COUNT(DISTINCT a.outlet) + MAX(CASE WHEN a.outlet IS NULL THEN 1 ELSE 0 END) "
                          f"FROM articles a {where}", where.params) or 0
        rows = self.conn.execute(
            f"SELECT a.outlet, COUNT(*), SUM(a.quotations)::bigint, COALESCE(SUM(n.anonymous), 0)::bigint, "
            f"COALESCE(SUM(n.named), 0)::bigint, MIN(a.date), MAX(a.date) {base} "
            f"ORDER BY COUNT(*) DESC, a.outlet NULLS FIRST {POSTGRES.page(limit, offset)}", where.params).fetchall()
        return Page([OutletRow(*row) for row in rows], total, limit, offset)
