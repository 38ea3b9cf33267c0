"""Reading the PostgreSQL store: the same queries, rows and order as the SQLite store's.

Most queries are the ones both stores share (saywho/corpus/sql_reading.py), written in
PostgreSQL's dialect (saywho/corpus/sql_where.py): NULLs sort first going up and last going
down (as in SQLite), names compare with the "C" collation, outlet and alias matches ignore
case, and LIKE searches ignore case with no escape character. What is PostgreSQL's own is
here: the pages read the counts kept at ingest (postgres/counts.py, as the SQLite store reads
its own): the speaker list, a speaker's outlets, months and labels, an outlet's counts, speakers,
anonymous sources and labels, and the corpus's totals; a speaker's quotations are one index
range; a search alone is ranked in quotations and only its page joined; a tsquery for full-text
search, a page's total read beside its rows, and exports streamed through server-side cursors.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from typing import Any

from saywho.corpus.postgres.newest import date_quantiles, expected_matches, in_windows
from saywho.corpus.postgres.search import tsquery
from saywho.corpus.sql_aggregates import AggregateReading
from saywho.corpus.sql_reading import QUOTE_COLUMNS, quote_row
from saywho.corpus.sql_where import POSTGRES, PostgresWhere, Where, newest_ranked
from saywho.corpus.sqlite_counts import KIND_COLUMNS, TOTALS
from saywho.corpus.store import DEFAULT_LIMIT, RANKED_MATCHES, Page, QuoteRow, SpeakerRow

_CURSORS = itertools.count(1)  # server-side cursors need names of their own
# The matches a search ranks when it has too many: its newest (NULL dates last), as on SQLite.
NEWEST_MATCHES = "ORDER BY q.date DESC NULLS LAST, q.id DESC"
# The same order over an expression no index holds: a search of the whole table, given quotations_newest, may be
# planned as a walk of that index testing every row's words (1.5 s for "wall" at 101,000 articles, against 40 ms
# reading the word's matches and sorting them); its window-less form sorts the matches instead.
NEWEST_MATCHES_SORTED = "ORDER BY q.date || '' DESC NULLS LAST, q.id DESC"


class Reading(AggregateReading):
    """The reading half of PostgresStore (`self.conn` comes from it)."""

    dialect = POSTGRES
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
        totals = dict(self.conn.execute("SELECT name, value FROM totals").fetchall())
        return {**{name: int(totals.get(name, 0)) for name in TOTALS}, "speakers": int(totals.get("speakers", 0)),
                "outlets": self._one("SELECT COUNT(*) FROM outlet_stats WHERE outlet <> ''")}

    def quotes(self, *, speaker=None, speaker_id=None, about=None, outlet=None, since=None, until=None, kind=None,
               anonymous=None, article_id=None, limit=DEFAULT_LIMIT, offset=0, profile=None,
               rank_among=RANKED_MATCHES) -> Page[QuoteRow]:
        where, ids = self._quote_where(profile=profile, outlet=outlet, since=since, until=until, date="a.date",
                                       speaker=speaker, speaker_id=speaker_id, kind=kind, anonymous=anonymous,
                                       article_id=article_id)
        # The quotations_speaker_newest index's order: a speaker's page is one index range.
        order, order_params = "q.date DESC NULLS LAST, q.article_id DESC, q.start NULLS FIRST, q.id", []
        if about and not where.clauses:
            return self._search(about, limit, offset, rank_among)
        if about:
            query, params = tsquery(about)
            where.add(f"q.search @@ {query}", *params)
            order, order_params = f"ts_rank_cd(q.search, {query}) DESC, q.id", params
        base = f"FROM quotations q JOIN articles a ON a.id = q.article_id LEFT JOIN speakers s ON s.id = q.speaker_id {where}"
        total = self._quote_total(ids) if len(where.clauses) == (ids is not None) else \
            self._one(f"SELECT COUNT(*) {base}", where.params)
        params, ranked_among = list(where.params), None
        if about:
            base, params, ranked_among = newest_ranked(base, params, total, rank_among, NEWEST_MATCHES)
        rows = self.conn.execute(f"SELECT {QUOTE_COLUMNS} {base} ORDER BY {order} {POSTGRES.page(limit, offset)}",
                                 [*params, *order_params]).fetchall()
        return Page([quote_row(row) for row in rows], total, limit, offset, ranked_among)

    def _search(self, about: str, limit: int | None, offset: int, rank_among: int) -> Page[QuoteRow]:
        """A full-text search alone: its newest `rank_among` matches, found in a window of time from the newest
        when one pays (postgres/newest.py), ranked, and only the page's rows joined to their articles and speakers.
        The total is exact when the whole table was searched, an estimate from the window otherwise."""
        query, params = tsquery(about)
        quantiles = date_quantiles(self.conn)
        expected = expected_matches(self.conn, query, params) if quantiles else 0.0
        rows, since, found = in_windows(
            lambda since: self._ranked(query, params, since, rank_among, limit, offset), quantiles, rank_among, expected)
        total = self._estimate(found, since) if since is not None else found
        # An estimate comes from a window holding `rank_among` matches: more lie before it.
        ranked_among = rank_among if total > rank_among or since is not None else None
        return Page([quote_row(row[:-1]) for row in rows], total, limit, offset, ranked_among,
                    total_estimated=since is not None)

    def _estimate(self, found: int, since: str) -> int:
        """A search's matches in all, from the `found` in the window of quotations dated `since` or later: as
        common before the window as in it. The window's quotations are counted (one range of quotations_newest),
        as the statistics that placed it may be older than the newest articles."""
        dated = self._one("SELECT COUNT(*) FROM quotations WHERE date >= %s", [since])
        everything = self._one("SELECT value FROM totals WHERE name = 'quotations'")
        return max(found, round(found * everything / dated)) if dated and everything else found

    def _ranked(self, query: str, params: list, since: str | None, rank_among: int, limit: int | None,
                offset: int) -> tuple[list[tuple], int]:
        """The page of the newest `rank_among` matches dated on or after `since` (None: all), ranked (ts_rank_cd
        costs about four times what finding and sorting a match does, so only those), each row with the
        window's matches last (COUNT(*) OVER ()); and that number, counted apart when no row says it."""
        window, window_params = ("AND q.date >= %s", [since]) if since is not None else ("", [])
        newest = NEWEST_MATCHES if since is not None else NEWEST_MATCHES_SORTED
        rows = self.conn.execute(
            f"SELECT {QUOTE_COLUMNS}, f.total FROM (SELECT n.id, ts_rank_cd(n.search, {query}) AS rank, n.total "
            f"FROM (SELECT q.id, q.search, COUNT(*) OVER () AS total FROM quotations q WHERE q.search @@ {query} "
            f"{window} {newest} LIMIT {int(rank_among)}) n "
            f"ORDER BY rank DESC, n.id {POSTGRES.page(limit, offset)}) f JOIN quotations q ON q.id = f.id "
            f"JOIN articles a ON a.id = q.article_id LEFT JOIN speakers s ON s.id = q.speaker_id "
            f"ORDER BY f.rank DESC, q.id", [*params, *params, *window_params]).fetchall()
        if rows:
            return rows, rows[0][-1]
        if since is None and not offset:
            return rows, 0
        # past the last row there is no row to read the number from
        return rows, self._one(f"SELECT COUNT(*) FROM quotations q WHERE q.search @@ {query} {window}",
                               [*params, *window_params])

    def speakers(self, *, search=None, outlet=None, type=None, named=True, since=None, until=None,
                 limit=DEFAULT_LIMIT, offset=0, _ids: list[int] | None = None) -> Page[SpeakerRow]:
        outlets = self._outlet_names(outlet) if outlet and not (search or type or since or until or _ids) else []
        if len(outlets) == 1 and named is not None:
            return self._outlet_speakers(outlets[0], bool(named), limit, offset)
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
        # The named speakers' number is kept in totals: counting 700,000 rows of speaker_stats takes PostgreSQL
        # tens of milliseconds, where SQLite's count reads an index.
        total = self._one("SELECT value FROM totals WHERE name = 'speakers'") if named and _ids is None else \
            self._one(f"SELECT COUNT(*) FROM speaker_stats t {where}", where.params)
        rows = self.conn.execute(
            f"SELECT s.id, s.key, s.name, s.type, s.named, s.anonymous, t.quotes, t.articles, t.outlets, {kinds} "
            f"FROM speaker_stats t JOIN speakers s ON s.id = t.speaker_id {where} "
            f"ORDER BY t.quotes DESC, t.name, t.speaker_id {POSTGRES.page(limit, offset)}", where.params).fetchall()
        return Page(self._speaker_rows(rows), total, limit, offset)

