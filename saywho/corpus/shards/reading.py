"""The shard store's queries: the SQLite store's answers, as DuckDB SQL over the views of query.py.

Shards keep no aggregates, so every answer is counted from the rows, as the PostgreSQL
store counts them: most queries are the SQL stores' shared ones (sql_reading.py), here in
DuckDB's dialect with the SQLite store's rules (NULLs first going up, set once for the
reader in query.py; outlets and aliases matched without regard to case). What is the
shards' own: counts, quotations (a search joins the matches of search.py), outlets,
a store's corrections (none), and export.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

from saywho.corpus.shards.search import QuotationIndex
from saywho.corpus.sql_reading import QUOTE_COLUMNS, SQLReading
from saywho.corpus.sql_where import Dialect, Where, newest_ranked
from saywho.corpus.sqlite_sql import page_clause
from saywho.corpus.store import (
    DEFAULT_LIMIT,
    RANKED_MATCHES,
    TABLES,
    OutletRow,
    Page,
    QuoteRow,
    StoreError,
)
from saywho.document import Analysis

_QUOTES_FROM = "FROM quotations q JOIN articles a ON a.id = q.article_id LEFT JOIN speakers s ON s.id = q.speaker_id"

_SPEAKER_GROUP = "s.key, s.name, s.type, s.named, s.anonymous"

# NULLs sort as in SQLite by the reader's own setting (query.py), so no ORDER BY term needs telling.
DUCKDB = Dialect(
    mark="?", nulls_first="", newest="a.date DESC, a.id DESC", same_text="lower({}) = lower(?)",
    like="{} ILIKE ?", count_if="COUNT(*) FILTER (WHERE {})", any_true="bool_or({})", whole="{}::BIGINT",
    gather="list({})", unlimited="ALL", flag=bool, gathered=list, binds_lists=False)


NEWEST_MATCHES = "ORDER BY q.date DESC NULLS LAST, q.id DESC"  # the newest first, as on PostgreSQL


class DuckWhere(Where):
    dialect = DUCKDB
    mark = DUCKDB.mark
    outlet_clause = DUCKDB.same_text.format("a.outlet")


class ShardReading(SQLReading):
    """The reading half of ShardStore: the SQL stores' shared queries in DuckDB's dialect, and what is its own."""

    index: QuotationIndex  # built by ShardStore when it opens the shards

    dialect = DUCKDB
    where = DuckWhere

    def _full_text(self, where: Where, about: str) -> str:
        return f"JOIN {self._matches(about)} f ON f.id = q.id"

    def _counted_page(self, select: str, base: str, order: str, params: list[Any], limit: int | None,
                      offset: int) -> tuple[list[tuple], int]:
        """The rows with `COUNT(*) OVER ()` as their last column, and that total: one scan, not two.

        Past the last row there is no row to read it from, so only then is it counted apart."""
        # DuckDB does not infer that a speaker's columns follow from its id, as SQLite and PostgreSQL do.
        base = base.replace("GROUP BY s.id", f"GROUP BY s.id, {_SPEAKER_GROUP}")
        rows = self.conn.execute(f"SELECT {select}, COUNT(*) OVER () {base} ORDER BY {order} "
                                 f"{DUCKDB.page(limit, offset)}", params).fetchall()
        if rows:
            return [row[:-1] for row in rows], rows[0][-1]
        return [], self._one(f"SELECT COUNT(*) FROM (SELECT 1 {base}) g", params) if offset else 0

    def _rows(self, sql: str, params=()) -> list[tuple]:
        return self.conn.execute(sql, list(params)).fetchall()

    def article(self, article_id: int) -> Analysis | None:
        rows = self._rows("SELECT analysis FROM articles WHERE id = ? LIMIT 1", (article_id,))
        return Analysis.from_dict(json.loads(rows[0][0])) if rows else None

    def speaker_moved_to(self, speaker_id: int) -> int | None:
        return None  # identities over shards are made whole each time: none has moved

    def counts(self) -> dict[str, int]:
        articles, outlets = self._rows(
            "SELECT COUNT(*), COUNT(DISTINCT outlet) FILTER (WHERE outlet != '') FROM articles")[0]
        quotations, anonymous, speakers = self._rows(
            "SELECT COUNT(*), COUNT(*) FILTER (WHERE q.anonymous), COUNT(DISTINCT q.speaker_id) FILTER (WHERE s.named) "
            "FROM quotations q LEFT JOIN speakers s ON s.id = q.speaker_id")[0]
        return {"articles": articles, "quotations": quotations, "anonymous_quotations": anonymous,
                "labels": self._one("SELECT COUNT(*) FROM labels"), "sources": self._one("SELECT COUNT(*) FROM sources"),
                "speakers": speakers, "outlets": outlets}

    def quotes(self, *, speaker=None, speaker_id=None, about=None, outlet=None, since=None, until=None, kind=None,
               anonymous=None, article_id=None, limit=DEFAULT_LIMIT, offset=0, profile=None,
               rank_among=RANKED_MATCHES) -> Page[QuoteRow]:
        where, _ = self._quote_where(profile=profile, outlet=outlet, since=since, until=until, speaker=speaker,
                                     speaker_id=speaker_id, kind=kind, anonymous=anonymous, article_id=article_id)
        join, order = self._ranked_join(where, about)
        base = f"{_QUOTES_FROM} {join} {where}"
        total = self._one(f"SELECT COUNT(*) {base}", where.params)
        params, ranked_among = list(where.params), None
        if about:  # as in the stores: only the newest matches are ranked
            base, params, ranked_among = newest_ranked(base, params, total, rank_among, NEWEST_MATCHES,
                                                       filtered=bool(where.clauses))
        rows = self._rows(f"SELECT {QUOTE_COLUMNS} {base} ORDER BY {order} {page_clause(limit, offset)}", params)
        return Page([_quote_row(row) for row in rows], total, limit, offset, ranked_among)

    def _matches(self, about: str) -> str:
        """A relation (id, rank) of the quotations a full-text search finds, for a query to join."""
        found = self.index.matches(about)
        if not found:
            return "(SELECT NULL::BIGINT AS id, NULL::DOUBLE AS rank WHERE false)"
        values = ", ".join(f"({int(i)}, {float(rank)!r})" for i, rank in found)
        return f"(SELECT * FROM (VALUES {values}) v(id, rank))"

    # -- corrections: a store's only (saywho/corpus/corrections_store.py); shards hold the machine's answers ----

    def corrections(self, *, article_hash=None, article_id=None, active=None) -> list:
        return []

    def corrected_article(self, article_id: int):
        rows = self._rows("SELECT analysis FROM articles WHERE id = ? LIMIT 1", (article_id,))
        return (json.loads(rows[0][0]), {}, []) if rows else None

    def correct(self, *args, **kwargs):
        raise StoreError("shards are read-only: corrections are made in a store (`saywho load` copies articles "
                         "into one)")

    def outlet_words(self) -> dict[str, int]:
        """Words in each outlet's articles ('' for articles without one), for counts per 1,000 words."""
        return {outlet: int(total) for outlet, total in self._rows(
            "SELECT COALESCE(outlet, ''), SUM(words) FROM articles GROUP BY 1") if total}

    def outlets(self, *, limit=None, offset=0, _name: str | None = None) -> Page[OutletRow]:
        where = DuckWhere()
        if _name is not None:
            where.add("lower(COALESCE(a.outlet, '')) = lower(?)", _name)
        per_article = ("(SELECT q.article_id, COUNT(*) FILTER (WHERE q.anonymous) AS anonymous, "
                       "COUNT(*) FILTER (WHERE q.named) AS named FROM quotations q GROUP BY q.article_id)")
        base = f"FROM articles a LEFT JOIN {per_article} n ON n.article_id = a.id {where} GROUP BY 1"
        total = self._one(f"SELECT COUNT(*) FROM (SELECT COALESCE(a.outlet, '') {base})", where.params)
        rows = self._rows(
            f"SELECT COALESCE(a.outlet, ''), COUNT(*), SUM(a.quotations)::BIGINT, "
            f"COALESCE(SUM(n.anonymous), 0)::BIGINT, COALESCE(SUM(n.named), 0)::BIGINT, MIN(a.date), MAX(a.date), "
            f"NULLIF(SUM(a.words), 0)::BIGINT {base} ORDER BY 2 DESC, 1 {page_clause(limit, offset)}", where.params)
        return Page([OutletRow(row[0] or None, *row[1:]) for row in rows], total, limit, offset)

    # -- export ------------------------------------------------------------------------------

    def rows(self, table: str) -> Iterator[dict[str, Any]]:
        if table not in TABLES:
            raise StoreError(f"no table {table!r} to export; choose one of {', '.join(TABLES)}")
        if table == "corrections":
            return
        if table == "analyses":
            for (text,) in self._rows("SELECT analysis FROM articles ORDER BY date, hash"):
                yield json.loads(text)
            return
        if table == "speakers":
            yield from self._export_speakers()
            return
        result = self.conn.execute(_EXPORTS[table])
        names = [d[0] for d in result.description]
        for row in result.fetchall():
            item = dict(zip(names, row, strict=True))
            for column in {"spans", "how", "attributions"} & item.keys():
                item[column] = json.loads(item[column])
            if table == "quotations":
                item["corrected"] = "no"  # as a store marks its quotations; shards hold no corrections
            yield item


_EXPORTS = {
    "articles": "SELECT id, hash, url, outlet, date, title, author, origin, quotations FROM articles ORDER BY date, hash",
    "quotations": f"SELECT {QUOTE_COLUMNS.replace('s.name', 's.name AS speaker')}, q.named, q.role, q.affiliation, "
                  f"q.resolved_by, q.naming, q.source_kind, q.role_kind, q.gender {_QUOTES_FROM} "
                  f"ORDER BY a.date, a.hash, q.start, q.attribution",
    "sources": "SELECT x.article_id, a.outlet, a.date, x.speaker_id, s.name AS speaker, x.name, x.type, x.named, "
               "x.anonymous, x.how, x.count, x.spans, x.attributions FROM sources x JOIN articles a "
               "ON a.id = x.article_id LEFT JOIN speakers s ON s.id = x.speaker_id ORDER BY a.date, a.hash, x.name",
    "labels": "SELECT l.article_id, a.outlet, a.date, l.text, l.word, l.category, l.target, l.speaker_id, l.paragraph, "
              "l.spans FROM labels l JOIN articles a ON a.id = l.article_id ORDER BY a.date, a.hash, l.start, l.text",
}


def _quote_row(row) -> QuoteRow:
    values = list(row)
    values[15] = json.loads(values[15])
    return QuoteRow(*values)
