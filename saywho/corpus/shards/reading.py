"""The shard store's queries: the SQLite store's answers, as DuckDB SQL over the views of query.py.

The SQLite store reads most pages from aggregates it keeps at ingest; shards keep
none, so every answer here is counted from the rows, as the PostgreSQL store counts
them, with the SQLite store's rules: NULLs first going up, outlets and aliases
matched without regard to case, a NULL outlet or category counted as ''.
"""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from collections.abc import Iterator
from typing import Any

from saywho.corpus.identity import SINGLE, name_key
from saywho.corpus.sql_where import Where, profile_filters
from saywho.corpus.sqlite_sql import marks, page_clause
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
_QUOTES_FROM = "FROM quotations q JOIN articles a ON a.id = q.article_id LEFT JOIN speakers s ON s.id = q.speaker_id"
_PERIODS = {"day": 10, "month": 7, "year": 4}
_KIND_COUNTS = ", ".join(f"COUNT(*) FILTER (WHERE q.kind = '{k}')" for k in KINDS)


class DuckWhere(Where):
    outlet_clause = "lower(a.outlet) = lower(?)"


class ShardReading:
    """The reading half of ShardStore: every method reads `self.conn` under `self._lock`."""

    def _rows(self, sql: str, params=()) -> list[tuple]:
        import duckdb

        with self._lock:
            try:
                return self.conn.execute(sql, list(params)).fetchall()
            except duckdb.IOException as error:  # a shard removed or damaged since the store was opened
                raise StoreError(f"cannot read the shards at {self.root}: {str(error).splitlines()[0]}") from None

    def _page_and_total(self, sql: str, count_sql: str, params, offset: int) -> tuple[list[tuple], int]:
        """A page of grouped rows whose last column is `COUNT(*) OVER ()`, and that total: one scan, not two.

        Past the last row there is no row to read it from, so only then is it counted apart."""
        rows = self._rows(sql, params)
        if rows:
            return [row[:-1] for row in rows], rows[0][-1]
        return [], self._one(count_sql, params) if offset else 0

    def _one(self, sql: str, params=()) -> Any:
        return self._rows(sql, params)[0][0]

    def has(self, hash: str) -> bool:
        return bool(self._rows("SELECT 1 FROM kept WHERE hash = ?", (hash,)))

    def hashes(self) -> set[str]:
        return {row[0] for row in self._rows("SELECT hash FROM kept")}

    def has_url(self, url: str) -> bool:
        return bool(self._rows("SELECT 1 FROM articles WHERE url = ? LIMIT 1", (url,)))

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

    def articles(self, *, outlet=None, since=None, until=None, speaker=None, speaker_id=None, search=None,
                 limit=DEFAULT_LIMIT, offset=0) -> Page[ArticleRow]:
        where = DuckWhere()
        where.article_filters(outlet, since, until)
        ids = self._speaker_ids(speaker, speaker_id)
        if ids is not None:
            where.add(f"a.id IN (SELECT article_id FROM quotations WHERE speaker_id IN ({marks(ids)}))", *ids)
        if search:
            where.add("a.title ILIKE ?", f"%{search}%")
        total = self._one(f"SELECT COUNT(*) FROM articles a {where}", where.params)
        rows = self._rows(f"SELECT a.id, a.hash, a.url, a.outlet, a.date, a.title, a.author, a.origin, a.quotations "
                          f"FROM articles a {where} ORDER BY a.date DESC, a.id DESC {page_clause(limit, offset)}",
                          where.params)
        return Page([ArticleRow(*row) for row in rows], total, limit, offset)

    def article(self, article_id: int) -> Analysis | None:
        rows = self._rows("SELECT analysis FROM articles WHERE id = ? LIMIT 1", (article_id,))
        return Analysis.from_dict(json.loads(rows[0][0])) if rows else None

    def find_speakers(self, name: str) -> list[int]:
        keys = sorted({name_key(name, kind) for kind in ("PERSON", "ORG")}, key=lambda k: k.key)
        found = {r[0] for r in self._rows(f"SELECT id FROM speakers WHERE key IN ({marks(keys)})", [k.key for k in keys])}
        named_alias = "SELECT DISTINCT a.speaker_id FROM aliases a JOIN speakers s ON s.id = a.speaker_id WHERE s.named "
        if not found or any(k.form == SINGLE for k in keys):
            # A full name is precise; a single word ("Clinton") may be any of the people it stands for.
            found |= {r[0] for r in self._rows(named_alias + "AND lower(a.alias) = lower(?)", (name,))}
        if not found:
            found = {r[0] for r in self._rows(named_alias + "AND a.alias ILIKE ?", (f"%{name}%",))}
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
        where = DuckWhere()
        profile_filters(where, profile or {})
        where.article_filters(outlet, since, until, date="q.date")
        ids = self._speaker_ids(speaker, speaker_id)
        if ids is not None:
            where.add(f"q.speaker_id IN ({marks(ids)})", *ids)
        if kind:
            where.add("q.kind = ?", kind)
        if anonymous is not None:
            where.add("q.anonymous = ?", bool(anonymous))
        if article_id is not None:
            where.add("q.article_id = ?", article_id)
        join, order = "", "q.date DESC, q.article_id DESC, q.start"
        if about:
            join, order = f"JOIN {self._matches(about)} f ON f.id = q.id", "f.rank, q.id"
        base = f"{_QUOTES_FROM} {join} {where}"
        total = self._one(f"SELECT COUNT(*) {base}", where.params)
        rows = self._rows(f"SELECT {_QUOTE_COLUMNS} {base} ORDER BY {order} {page_clause(limit, offset)}", where.params)
        return Page([_quote_row(row) for row in rows], total, limit, offset)

    def _matches(self, about: str) -> str:
        """A relation (id, rank) of the quotations a full-text search finds, for a query to join."""
        found = self.index.matches(about)
        if not found:
            return "(SELECT NULL::BIGINT AS id, NULL::DOUBLE AS rank WHERE false)"
        values = ", ".join(f"({int(i)}, {float(rank)!r})" for i, rank in found)
        return f"(SELECT * FROM (VALUES {values}) v(id, rank))"

    def profiles(self, *, outlet=None, since=None, until=None, about=None) -> Iterator[ProfileRow]:
        where = DuckWhere()
        where.article_filters(outlet, since, until)
        where.add("q.mention_id IS NOT NULL")
        join = f"JOIN {self._matches(about)} f ON f.id = q.id" if about else ""
        rows = self._rows(
            f"SELECT q.id, a.outlet, a.date, q.kind, q.speaker_id, s.name, q.naming, q.source_kind, q.role_kind, "
            f"q.gender {_QUOTES_FROM} {join} {where} ORDER BY a.id, q.start, q.attribution", where.params)
        for row in rows:
            yield ProfileRow(*row[:6], *(value or NOT_PROFILED for value in row[6:]))

    def speakers(self, *, search=None, outlet=None, type=None, named=True, since=None, until=None,
                 limit=DEFAULT_LIMIT, offset=0, _ids: list[int] | None = None,
                 _aliases: list[tuple[str, int]] | None = None) -> Page[SpeakerRow]:
        where = DuckWhere()
        where.article_filters(outlet, since, until)
        if named is not None:
            where.add("s.named = ?", bool(named))
        if type:
            where.add("s.type = ?", type)
        if search:
            where.add("(s.name ILIKE ? OR s.id IN (SELECT speaker_id FROM aliases WHERE alias ILIKE ?))",
                      f"%{search}%", f"%{search}%")
        if _ids is not None:
            where.add(f"s.id IN ({marks(_ids)})", *_ids)
        base = (f"FROM quotations q JOIN speakers s ON s.id = q.speaker_id JOIN articles a ON a.id = q.article_id "
                f"{where} GROUP BY s.id, s.key, s.name, s.type, s.named, s.anonymous")
        rows, total = self._page_and_total(
            f"SELECT s.id, s.key, s.name, s.type, s.named, s.anonymous, COUNT(*), COUNT(DISTINCT q.article_id), "
            f"COUNT(DISTINCT a.outlet) FILTER (WHERE a.outlet != ''), {_KIND_COUNTS}, COUNT(*) OVER () {base} "
            f"ORDER BY COUNT(*) DESC, s.name, s.id {page_clause(limit, offset)}",
            f"SELECT COUNT(*) FROM (SELECT s.id {base})", where.params, offset)
        # One speaker's page has read its aliases already.
        aliases = {_ids[0]: _aliases} if _aliases is not None and _ids else self._aliases([row[0] for row in rows])
        result = []
        for row in rows:
            by_kind = {k: n for k, n in zip(KINDS, row[9:], strict=True) if n}
            result.append(SpeakerRow(*row[:9], by_kind, [a for a, _ in aliases.get(row[0], [])]))
        return Page(result, total, limit, offset)

    def _aliases(self, ids: list[int]) -> dict[int, list[tuple[str, int]]]:
        found: dict[int, list[tuple[str, int]]] = defaultdict(list)
        if ids:
            for speaker_id, alias, articles in self._rows(
                    f"SELECT speaker_id, alias, articles FROM aliases WHERE speaker_id IN ({marks(ids)}) "
                    f"ORDER BY speaker_id, articles DESC, alias", ids):
                found[speaker_id].append((alias, articles))
        return found

    def speaker(self, speaker_id: int) -> SpeakerDetail | None:
        aliases = self._aliases([speaker_id]).get(speaker_id, [])
        page = self.speakers(named=None, _ids=[speaker_id], limit=1, _aliases=aliases)
        if page.rows:
            base = page.rows[0]
        else:
            rows = self._rows("SELECT id, key, name, type, named, anonymous FROM speakers WHERE id = ?", (speaker_id,))
            if not rows:
                return None
            base = SpeakerRow(*rows[0], 0, 0, 0, {}, [a for a, _ in aliases])
        detail = SpeakerDetail(**base.__dict__)
        detail.alias_counts = [{"alias": a, "articles": n} for a, n in aliases]
        detail.outlet_counts = self.outlet_counts([speaker_id]).get(speaker_id, [])
        detail.timeline = self.timeline(speaker_id=speaker_id)
        detail.labels = [{"category": r.category or None, "word": r.word, "count": r.count}
                         for r in self.labels(by="word", speaker_id=speaker_id, limit=None)]
        return detail

    def outlet_counts(self, speaker_ids: list[int]) -> dict[int, list[dict[str, Any]]]:
        found: dict[int, list[dict[str, Any]]] = {speaker_id: [] for speaker_id in speaker_ids}
        if speaker_ids:
            for speaker_id, outlet, quotes, articles in self._rows(
                    "SELECT q.speaker_id, COALESCE(a.outlet, ''), COUNT(*), COUNT(DISTINCT a.id) FROM quotations q "
                    f"JOIN articles a ON a.id = q.article_id WHERE q.speaker_id IN ({marks(speaker_ids)}) "
                    "GROUP BY 1, 2 ORDER BY 1, 3 DESC, 2", speaker_ids):
                found[speaker_id].append({"outlet": outlet or None, "quotes": quotes, "articles": articles})
        return found

    def sources(self, *, outlet=None, anonymous=None, since=None, until=None, limit=DEFAULT_LIMIT,
                offset=0) -> Page[SourceRow]:
        where = DuckWhere()
        where.article_filters(outlet, since, until)
        if anonymous is not None:
            where.add("x.anonymous = ?", bool(anonymous))
        group = "CASE WHEN x.named THEN 'id:' || s.key ELSE 'd:' || x.description END"
        base = (f"FROM sources x JOIN articles a ON a.id = x.article_id LEFT JOIN speakers s ON s.id = x.speaker_id "
                f"{where} GROUP BY {group}")
        rows, total = self._page_and_total(
            f"SELECT CASE WHEN bool_or(x.named) THEN MIN(s.name) ELSE MIN(x.description) END AS name, "
            f"CASE WHEN bool_or(x.named) THEN MIN(x.speaker_id) END, "
            f"CASE WHEN bool_or(x.named) THEN MIN(s.type) ELSE MIN(x.type) END, bool_or(x.anonymous), "
            f"SUM(x.count)::BIGINT, COUNT(DISTINCT x.article_id), COUNT(DISTINCT a.outlet), list(x.how), "
            f"COUNT(*) OVER () {base} ORDER BY SUM(x.count) DESC, name {page_clause(limit, offset)}",
            f"SELECT COUNT(*) FROM (SELECT 1 {base})", where.params, offset)
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
        where = DuckWhere()
        where.article_filters(outlet, since, until)
        if category:
            where.add("l.category = ?", category)
        if speaker_id is not None:
            where.add("(l.speaker_id = ? OR EXISTS (SELECT 1 FROM quotations q WHERE q.article_id = l.article_id "
                      "AND q.paragraph = l.paragraph AND q.speaker_id = ?))", speaker_id, speaker_id)
        columns = groups[by]
        expressions = ", ".join(columns.values())
        base = (f"FROM labels l JOIN articles a ON a.id = l.article_id LEFT JOIN speakers s ON s.id = l.speaker_id "
                f"{where} GROUP BY {expressions}")
        rows, total = self._page_and_total(
            f"SELECT {expressions}, COUNT(*), COUNT(DISTINCT l.article_id), COUNT(*) OVER () {base} "
            f"ORDER BY COUNT(*) DESC, {', '.join(str(i + 1) for i in range(len(columns)))} {page_clause(limit, offset)}",
            f"SELECT COUNT(*) FROM (SELECT 1 {base})", where.params, offset)
        result = []
        for row in rows:
            values = dict(zip(columns, row, strict=False))
            result.append(LabelRow(count=row[len(columns)], articles=row[len(columns) + 1],
                                   **{"category": None, **values}))
        return Page(result, total, limit, offset)

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

    def outlet(self, name: str) -> OutletDetail | None:
        page = self.outlets(_name=name)
        if not page.rows:
            return None
        detail = OutletDetail(**page.rows[0].__dict__)
        outlet = detail.outlet or ""
        detail.speakers = self.speakers(outlet=outlet, limit=20).rows if outlet else []
        kinds = self._rows("SELECT q.kind, COUNT(*) FROM quotations q JOIN articles a ON a.id = q.article_id "
                           "WHERE COALESCE(a.outlet, '') = ? GROUP BY 1", (outlet,))
        detail.by_kind = dict(sorted(kinds, key=lambda item: (-item[1], item[0])))
        detail.anonymous_sources = self.sources(outlet=outlet, anonymous=True, limit=20).rows if outlet else []
        detail.labels = [LabelRow(category=r.category or None, count=r.count, articles=r.articles, word=r.word)
                         for r in self.labels(by="word", outlet=outlet, limit=50).rows] if outlet else []
        return detail

    def timeline(self, *, speaker_id=None, outlet=None, by="month") -> list[dict[str, Any]]:
        if by not in _PERIODS:
            raise StoreError(f"timeline periods are {', '.join(_PERIODS)}, not {by!r}")
        where = DuckWhere()
        where.article_filters(outlet, None, None)
        where.add("a.date IS NOT NULL")
        if speaker_id is not None:
            where.add("q.speaker_id = ?", speaker_id)
        rows = self._rows(
            f"SELECT substr(a.date, 1, {_PERIODS[by]}) AS period, COUNT(*) FROM quotations q JOIN articles a "
            f"ON a.id = q.article_id {where} GROUP BY period ORDER BY period", where.params)
        return [{"period": period, "quotes": n} for period, n in rows]

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
            page = self.speakers(named=None, limit=None)
            for row in sorted(page.rows, key=lambda r: r.id):
                yield {**row.__dict__}
            return
        with self._lock:
            cursor = self.conn.execute(_EXPORTS[table])
            names = [d[0] for d in cursor.description]
            rows = cursor.fetchall()
        for row in rows:
            item = dict(zip(names, row, strict=True))
            for column in {"spans", "how", "attributions"} & item.keys():
                item[column] = json.loads(item[column])
            if table == "quotations":
                item["corrected"] = "no"  # as a store marks its quotations; shards hold no corrections
            yield item


_EXPORTS = {
    "articles": "SELECT id, hash, url, outlet, date, title, author, origin, quotations FROM articles ORDER BY date, hash",
    "quotations": f"SELECT {_QUOTE_COLUMNS.replace('s.name', 's.name AS speaker')}, q.named, q.role, q.affiliation, "
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
