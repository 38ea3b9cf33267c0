"""Reading the PostgreSQL store: the same queries, rows and order as the SQLite store's.

Where the two SQL dialects differ the answers must not: NULLs sort first going up
and last going down (as in SQLite), names compare with the "C" collation,
outlet and alias matches ignore case, and LIKE searches ignore case with no
escape character.
"""

from __future__ import annotations

import itertools
import json
from collections import Counter, defaultdict
from collections.abc import Iterator
from typing import Any

from saywho.corpus.identity import SINGLE, name_key
from saywho.corpus.postgres.search import tsquery
from saywho.corpus.sql_where import PostgresWhere, profile_filters
from saywho.corpus.store import (
    DEFAULT_LIMIT,
    NOT_PROFILED,
    TABLES,
    ArticleRow,
    LabelRow,
    OutletDetail,
    OutletRow,
    Page,
    ProfileRow,
    QuoteRow,
    SourceRow,
    SpeakerDetail,
    SpeakerRow,
    StoreError,
)
from saywho.document import KINDS, Analysis

_QUOTE_COLUMNS = """q.id, q.article_id, q.attribution, q.kind, q.speaker_id, s.name, q.speaker_name, q.anonymous,
    q.source, q.cue, q.content, a.outlet, a.date, a.title, a.url, q.spans, q.negated"""
_NEWEST = "a.date IS NULL, a.date DESC, a.id DESC"
_PERIODS = {"day": 10, "month": 7, "year": 4}
_CURSORS = itertools.count(1)  # server-side cursors need names of their own


class Reading:
    """The reading half of PostgresStore (`self.conn` comes from it)."""

    def _one(self, sql: str, params=()) -> Any:
        return self.conn.execute(sql, params).fetchone()[0]

    def _page_and_total(self, sql: str, count_sql: str, params, offset: int) -> tuple[list[tuple], int]:
        """A page of rows whose last column is `COUNT(*) OVER ()`, and that total: one query instead of two.

        Past the last row there is no row to read it from, so only then is it counted apart."""
        rows = self.conn.execute(sql, params).fetchall()
        if rows:
            return [row[:-1] for row in rows], rows[0][-1]
        return [], self._one(count_sql, params) if offset else 0

    def has(self, hash: str) -> bool:
        return self.conn.execute("SELECT 1 FROM articles WHERE hash = %s", (hash,)).fetchone() is not None

    def hashes(self) -> set[str]:
        return {row[0] for row in self.conn.execute("SELECT hash FROM articles")}

    def has_url(self, url: str) -> bool:
        return self.conn.execute("SELECT 1 FROM articles WHERE url = %s", (url,)).fetchone() is not None

    def speaker_moved_to(self, speaker_id: int) -> int | None:
        row = self.conn.execute("SELECT new_id FROM speaker_moves WHERE old_id = %s", (speaker_id,)).fetchone()
        return row[0] if row else None

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

    def articles(self, *, outlet=None, since=None, until=None, speaker=None, speaker_id=None, search=None,
                 limit=DEFAULT_LIMIT, offset=0) -> Page[ArticleRow]:
        where = PostgresWhere()
        where.article_filters(outlet, since, until)
        ids = self._speaker_ids(speaker, speaker_id)
        if ids is not None:
            where.add("a.id IN (SELECT article_id FROM quotations WHERE speaker_id = ANY(%s))", ids)
        if search:
            where.add("a.title ILIKE %s ESCAPE ''", f"%{search}%")
        total = self._one(f"SELECT COUNT(*) FROM articles a {where}", where.params)
        rows = self.conn.execute(
            f"SELECT a.id, a.hash, a.url, a.outlet, a.date, a.title, a.author, a.origin, a.quotations "
            f"FROM articles a {where} ORDER BY {_NEWEST} {_page(limit, offset)}", where.params).fetchall()
        return Page([ArticleRow(*row) for row in rows], total, limit, offset)

    def article(self, article_id: int) -> Analysis | None:
        row = self.conn.execute("SELECT json FROM analyses WHERE article_id = %s", (article_id,)).fetchone()
        return Analysis.from_dict(json.loads(row[0])) if row else None

    def find_speakers(self, name: str) -> list[int]:
        keys = {name_key(name, kind) for kind in ("PERSON", "ORG")}
        found = {r[0] for r in self.conn.execute("SELECT id FROM speakers WHERE key = ANY(%s)",
                                                 (sorted(k.key for k in keys),))}
        named_alias = "SELECT DISTINCT speaker_id FROM aliases a JOIN speakers s ON s.id = a.speaker_id WHERE s.named "
        if not found or any(k.form == SINGLE for k in keys):
            # A full name is precise; a single word ("Clinton") may be any of the people it stands for.
            found |= {r[0] for r in self.conn.execute(named_alias + "AND lower(a.alias) = lower(%s)", (name,))}
        if not found:
            found = {r[0] for r in self.conn.execute(named_alias + "AND a.alias ILIKE %s ESCAPE ''", (f"%{name}%",))}
        return sorted(found)

    def _speaker_ids(self, speaker: str | None, speaker_id: int | None) -> list[int] | None:
        if speaker is None and speaker_id is None:
            return None
        ids = set(self.find_speakers(speaker)) if speaker else None
        if speaker_id is not None:
            ids = {speaker_id} if ids is None else ids & {speaker_id}
        return sorted(ids) or [-1]

    def quotes(self, *, speaker=None, speaker_id=None, about=None, outlet=None, since=None, until=None, kind=None,
               anonymous=None, article_id=None, limit=DEFAULT_LIMIT, offset=0, profile=None) -> Page[QuoteRow]:
        where = PostgresWhere()
        profile_filters(where, profile or {})
        where.article_filters(outlet, since, until)
        ids = self._speaker_ids(speaker, speaker_id)
        if ids is not None:
            where.add("q.speaker_id = ANY(%s)", ids)
        if kind:
            where.add("q.kind = %s", kind)
        if anonymous is not None:
            where.add("q.anonymous = %s", bool(anonymous))
        if article_id is not None:
            where.add("q.article_id = %s", article_id)
        order, order_params = f"{_NEWEST}, q.start NULLS FIRST, q.id", []  # SQLite ties by rowid
        if about:
            query, params = tsquery(about)
            where.add(f"q.search @@ {query}", *params)
            order, order_params = f"ts_rank_cd(q.search, {query}) DESC, q.id", params
        base = f"FROM quotations q JOIN articles a ON a.id = q.article_id LEFT JOIN speakers s ON s.id = q.speaker_id {where}"
        total = self._one(f"SELECT COUNT(*) {base}", where.params)
        rows = self.conn.execute(f"SELECT {_QUOTE_COLUMNS} {base} ORDER BY {order} {_page(limit, offset)}",
                                 [*where.params, *order_params]).fetchall()
        return Page([_quote_row(row) for row in rows], total, limit, offset)

    def profiles(self, *, outlet=None, since=None, until=None, about=None) -> Iterator[ProfileRow]:
        where = PostgresWhere()
        where.article_filters(outlet, since, until)
        where.add("q.mention_id IS NOT NULL")
        if about:
            query, params = tsquery(about)
            where.add(f"q.search @@ {query}", *params)
        rows = self.conn.execute(
            f"SELECT q.id, a.outlet, a.date, q.kind, q.speaker_id, s.name, q.naming, q.source_kind, q.role_kind, "
            f"q.gender FROM quotations q JOIN articles a ON a.id = q.article_id LEFT JOIN speakers s "
            f"ON s.id = q.speaker_id {where} ORDER BY q.id", where.params).fetchall()
        for row in rows:
            yield ProfileRow(*row[:6], *(value or NOT_PROFILED for value in row[6:]))

    def speakers(self, *, search=None, outlet=None, type=None, named=True, since=None, until=None,
                 limit=DEFAULT_LIMIT, offset=0, _ids: list[int] | None = None) -> Page[SpeakerRow]:
        where = PostgresWhere()
        where.article_filters(outlet, since, until)
        if named is not None:
            where.add("s.named = %s", bool(named))
        if type:
            where.add("s.type = %s", type)
        if search:
            where.add("(s.name ILIKE %s ESCAPE '' OR s.id IN (SELECT speaker_id FROM aliases "
                      "WHERE alias ILIKE %s ESCAPE ''))", f"%{search}%", f"%{search}%")
        if _ids is not None:
            where.add("s.id = ANY(%s)", _ids)
        kinds = ", ".join(f"COUNT(*) FILTER (WHERE q.kind = '{k}')" for k in KINDS)
        base = (f"FROM quotations q JOIN speakers s ON s.id = q.speaker_id JOIN articles a ON a.id = q.article_id "
                f"{where} GROUP BY s.id")
        rows, total = self._page_and_total(
            f"SELECT s.id, s.key, s.name, s.type, s.named, s.anonymous, COUNT(*), COUNT(DISTINCT q.article_id), "
            f"COUNT(DISTINCT a.outlet), {kinds}, COUNT(*) OVER () {base} ORDER BY COUNT(*) DESC, s.name, s.id "
            f"{_page(limit, offset)}", f"SELECT COUNT(*) FROM (SELECT s.id {base}) x", where.params, offset)
        aliases = self._aliases([row[0] for row in rows])
        result = []
        for row in rows:
            by_kind = {k: n for k, n in zip(KINDS, row[9:], strict=True) if n}
            result.append(SpeakerRow(*row[:9], by_kind, [a for a, _ in aliases.get(row[0], [])]))
        return Page(result, total, limit, offset)

    def _aliases(self, ids: list[int]) -> dict[int, list[tuple[str, int]]]:
        found: dict[int, list[tuple[str, int]]] = defaultdict(list)
        if ids:
            for speaker_id, alias, articles in self.conn.execute(
                    "SELECT speaker_id, alias, articles FROM aliases WHERE speaker_id = ANY(%s) "
                    "ORDER BY speaker_id, articles DESC, alias", (list(ids),)):
                found[speaker_id].append((alias, articles))
        return found

    def speaker(self, speaker_id: int) -> SpeakerDetail | None:
        page = self.speakers(named=None, _ids=[speaker_id], limit=1)
        if page.rows:
            base = page.rows[0]
        else:
            row = self.conn.execute("SELECT id, key, name, type, named, anonymous FROM speakers WHERE id = %s",
                                    (speaker_id,)).fetchone()
            if row is None:
                return None
            base = SpeakerRow(*row, 0, 0, 0, {}, [a for a, _ in self._aliases([speaker_id]).get(speaker_id, [])])
        detail = SpeakerDetail(**base.__dict__)
        detail.alias_counts = [{"alias": a, "articles": n} for a, n in self._aliases([speaker_id]).get(speaker_id, [])]
        detail.outlet_counts = self.outlet_counts([speaker_id]).get(speaker_id, [])
        detail.timeline = self.timeline(speaker_id=speaker_id)
        detail.labels = [{"category": r.category, "word": r.word, "count": r.count}
                         for r in self.labels(by="word", speaker_id=speaker_id, limit=None)]
        return detail

    def outlet_counts(self, speaker_ids: list[int]) -> dict[int, list[dict[str, Any]]]:
        found: dict[int, list[dict[str, Any]]] = {speaker_id: [] for speaker_id in speaker_ids}
        if speaker_ids:
            for speaker_id, outlet, quotes, articles in self.conn.execute(
                    "SELECT q.speaker_id, a.outlet, COUNT(*), COUNT(DISTINCT a.id) FROM quotations q "
                    "JOIN articles a ON a.id = q.article_id WHERE q.speaker_id = ANY(%s) "
                    "GROUP BY q.speaker_id, a.outlet ORDER BY q.speaker_id, 3 DESC, 2 NULLS FIRST",
                    (list(speaker_ids),)):
                found[speaker_id].append({"outlet": outlet, "quotes": quotes, "articles": articles})
        return found

    def sources(self, *, outlet=None, anonymous=None, since=None, until=None, limit=DEFAULT_LIMIT,
                offset=0) -> Page[SourceRow]:
        where = PostgresWhere()
        where.article_filters(outlet, since, until)
        if anonymous is not None:
            where.add("x.anonymous = %s", bool(anonymous))
        group = "CASE WHEN x.named THEN 'id:' || x.speaker_id ELSE 'd:' || x.description END"
        base = (f"FROM sources x JOIN articles a ON a.id = x.article_id LEFT JOIN speakers s ON s.id = x.speaker_id "
                f"{where} GROUP BY {group}")
        rows, total = self._page_and_total(
            f"SELECT CASE WHEN bool_or(x.named) THEN MIN(s.name) ELSE MIN(x.description) END, "
            f"CASE WHEN bool_or(x.named) THEN MIN(x.speaker_id) END, "
            f"CASE WHEN bool_or(x.named) THEN MIN(s.type) ELSE MIN(x.type) END, bool_or(x.anonymous), "
            f"SUM(x.count)::bigint, COUNT(DISTINCT x.article_id), COUNT(DISTINCT a.outlet), array_agg(x.how), "
            f"COUNT(*) OVER () {base} ORDER BY SUM(x.count) DESC, 1 NULLS FIRST {_page(limit, offset)}",
            f"SELECT COUNT(*) FROM (SELECT 1 {base}) g", where.params, offset)
        result = []
        for name, speaker_id, type, anon, citations, articles, outlets, hows in rows:
            how = Counter(h for group in hows for h in json.loads(group))
            result.append(SourceRow(name, speaker_id, type, anon, citations, articles, outlets,
                                    dict(sorted(how.items(), key=lambda i: (-i[1], i[0])))))
        return Page(result, total, limit, offset)

    def labels(self, *, by="category", outlet=None, category=None, speaker_id=None, since=None, until=None,
               limit=DEFAULT_LIMIT, offset=0) -> Page[LabelRow]:
        groups = {
            "category": {"category": "l.category"},
            "word": {"category": "l.category", "word": "COALESCE(l.word, l.text)"},
            "outlet": {"outlet": "a.outlet", "category": "l.category"},
            "target": {"target": "COALESCE(s.name, l.target)", "category": "l.category"},
        }
        if by not in groups:
            raise StoreError(f"labels cannot be grouped by {by!r}; choose one of {', '.join(groups)}")
        where = PostgresWhere()
        where.article_filters(outlet, since, until)
        if category:
            where.add("l.category = %s", category)
        if speaker_id is not None:
            where.add("(l.speaker_id = %s OR EXISTS (SELECT 1 FROM quotations q WHERE q.article_id = l.article_id "
                      "AND q.paragraph = l.paragraph AND q.speaker_id = %s))", speaker_id, speaker_id)
        columns = groups[by]
        expressions = ", ".join(columns.values())
        base = (f"FROM labels l JOIN articles a ON a.id = l.article_id LEFT JOIN speakers s ON s.id = l.speaker_id "
                f"{where} GROUP BY {expressions}")
        order = ", ".join(f"{i + 1} NULLS FIRST" for i in range(len(columns)))
        rows, total = self._page_and_total(
            f"SELECT {expressions}, COUNT(*), COUNT(DISTINCT l.article_id), COUNT(*) OVER () {base} "
            f"ORDER BY COUNT(*) DESC, {order} {_page(limit, offset)}",
            f"SELECT COUNT(*) FROM (SELECT 1 {base}) g", where.params, offset)
        result = []
        for row in rows:
            values = dict(zip(columns, row, strict=False))
            result.append(LabelRow(count=row[len(columns)], articles=row[len(columns) + 1], **{
                "category": None, **values}))
        return Page(result, total, limit, offset)

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
            f"ORDER BY COUNT(*) DESC, a.outlet NULLS FIRST {_page(limit, offset)}", where.params).fetchall()
        return Page([OutletRow(*row) for row in rows], total, limit, offset)

    def outlet(self, name: str) -> OutletDetail | None:
        page = self.outlets(_name=name)
        if not page.rows:
            return None
        detail = OutletDetail(**page.rows[0].__dict__)
        outlet = detail.outlet
        detail.speakers = self.speakers(outlet=outlet, limit=20).rows
        detail.by_kind = dict(self.conn.execute(
            "SELECT q.kind, COUNT(*) FROM quotations q JOIN articles a ON a.id = q.article_id "
            "WHERE lower(a.outlet) = lower(%s) GROUP BY q.kind ORDER BY 2 DESC", (outlet,)).fetchall())
        detail.anonymous_sources = self.sources(outlet=outlet, anonymous=True, limit=20).rows
        detail.labels = self.labels(by="word", outlet=outlet, limit=50).rows
        return detail

    def timeline(self, *, speaker_id=None, outlet=None, by="month") -> list[dict[str, Any]]:
        if by not in _PERIODS:
            raise StoreError(f"timeline periods are {', '.join(_PERIODS)}, not {by!r}")
        where = PostgresWhere()
        where.article_filters(outlet, None, None)
        where.add("a.date IS NOT NULL")
        if speaker_id is not None:
            where.add("q.speaker_id = %s", speaker_id)
        rows = self.conn.execute(
            f"SELECT substr(a.date, 1, {_PERIODS[by]}) AS period, COUNT(*) FROM quotations q JOIN articles a "
            f"ON a.id = q.article_id {where} GROUP BY period ORDER BY period", where.params).fetchall()
        return [{"period": period, "quotes": n} for period, n in rows]

    # -- export ------------------------------------------------------------------------------

    def rows(self, table: str) -> Iterator[dict[str, Any]]:
        if table not in TABLES:
            raise StoreError(f"no table {table!r} to export; choose one of {', '.join(TABLES)}")
        if table == "speakers":
            yield from self._speaker_rows()
            return
        if table == "analyses":
            for (text,) in self._stream("SELECT json FROM analyses ORDER BY article_id"):
                yield json.loads(text)
            return
        names, rows = _EXPORTS[table], self._stream(_EXPORT_QUERIES[table])
        json_columns = {"spans", "how", "attributions"}
        for row in rows:
            item = dict(zip(names, row, strict=True))
            for column in json_columns & item.keys():
                item[column] = json.loads(item[column])
            yield item

    def _speaker_rows(self) -> Iterator[dict[str, Any]]:
        for page_offset in range(0, 1 << 62, 1000):
            page = self.speakers(named=None, limit=1000, offset=page_offset)
            for row in sorted(page.rows, key=lambda r: r.id):
                yield {**row.__dict__}
            if len(page.rows) < 1000:
                return

    def _stream(self, sql: str) -> Iterator[tuple]:
        """Rows through a server-side cursor, a thousand at a time, so a large table is never held whole."""
        with self.conn.transaction(), self.conn.cursor(name=f"saywho_export_{next(_CURSORS)}") as cursor:
            cursor.itersize = 1000
            cursor.execute(sql)
            yield from cursor


_EXPORT_QUERIES = {
    "articles": "SELECT id, hash, url, outlet, date, title, author, origin, quotations FROM articles a ORDER BY id",
    "quotations": f"SELECT {_QUOTE_COLUMNS}, q.named, q.role, q.affiliation, q.resolved_by, q.naming, "
                  f"q.source_kind, q.role_kind, q.gender FROM quotations q "
                  f"JOIN articles a ON a.id = q.article_id LEFT JOIN speakers s ON s.id = q.speaker_id ORDER BY q.id",
    "sources": "SELECT x.id, x.article_id, a.outlet, a.date, x.speaker_id, s.name AS speaker, x.name, "
               "x.type, x.named, x.anonymous, x.how, x.count, x.spans, x.attributions FROM sources x "
               "JOIN articles a ON a.id = x.article_id LEFT JOIN speakers s ON s.id = x.speaker_id ORDER BY x.id",
    "labels": "SELECT l.id, l.article_id, a.outlet, a.date, l.text, l.word, l.category, l.target, "
              "l.speaker_id, l.paragraph, l.spans FROM labels l JOIN articles a ON a.id = l.article_id ORDER BY l.id",
}
_EXPORTS = {
    "articles": ["id", "hash", "url", "outlet", "date", "title", "author", "origin", "quotations"],
    "quotations": ["id", "article_id", "attribution", "kind", "speaker_id", "speaker", "speaker_name", "anonymous",
                   "source", "cue", "content", "outlet", "date", "title", "url", "spans", "negated", "named", "role",
                   "affiliation", "resolved_by", "naming", "source_kind", "role_kind", "gender"],
    "sources": ["id", "article_id", "outlet", "date", "speaker_id", "speaker", "name", "type", "named", "anonymous",
                "how", "count", "spans", "attributions"],
    "labels": ["id", "article_id", "outlet", "date", "text", "word", "category", "target", "speaker_id", "paragraph",
               "spans"],
}


def _page(limit: int | None, offset: int) -> str:
    return f"LIMIT {'ALL' if limit is None else int(limit)} OFFSET {int(offset)}"


def _quote_row(row) -> QuoteRow:
    values = list(row)
    values[15] = json.loads(values[15])
    return QuoteRow(*values)
