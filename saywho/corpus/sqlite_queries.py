"""The SQLite store's queries: what the query commands, the web app and the exports read.

The pages read the aggregates kept at ingest (saywho/corpus/sqlite_counts.py), so that they
cost the same at any size; a filter no aggregate is kept for (dates, a title search) is
counted from the rows.
"""

from __future__ import annotations

import json
import sqlite3
from collections import Counter, defaultdict
from collections.abc import Iterator
from typing import Any

from saywho.corpus import sqlite_counts
from saywho.corpus.identity import SINGLE, name_key
from saywho.corpus.sql_where import Where, profile_filters
from saywho.corpus.sqlite_sql import SEARCH_ERRORS, fts_query, marks, page_clause, quote_row
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
_NEWEST = "a.date DESC, a.id DESC"  # NULL dates last; the articles_date index's order
_PERIODS = {"day": 10, "month": 7, "year": 4}



class SQLiteQueries:
    """The reading half of SQLiteStore: every method reads `self.conn`."""

    conn: sqlite3.Connection

    def counts(self) -> dict[str, int]:
        totals = dict(self.conn.execute("SELECT name, value FROM totals").fetchall())
        counted = {name: totals.get(name, 0) for name in sqlite_counts.TOTALS}
        return {
            **counted,
            "speakers": self._one("SELECT COUNT(*) FROM speaker_stats WHERE named = 1 AND quotes > 0", ()),
            "outlets": self._one("SELECT COUNT(*) FROM outlet_stats WHERE outlet != ''", ()),
        }

    def articles(self, *, outlet=None, since=None, until=None, speaker=None, speaker_id=None, search=None,
                 limit=DEFAULT_LIMIT, offset=0) -> Page[ArticleRow]:
        where = Where()
        where.article_filters(outlet, since, until)
        ids = self._speaker_ids(speaker, speaker_id)
        if ids is not None:
            where.add(f"a.id IN (SELECT article_id FROM quotations WHERE speaker_id IN ({marks(ids)}))", *ids)
        if search:
            where.add("a.title LIKE ?", f"%{search}%")
        total = self._one(f"SELECT COUNT(*) FROM articles a {where}", where.params)
        rows = self.conn.execute(
            f"SELECT a.id, a.hash, a.url, a.outlet, a.date, a.title, a.author, a.origin, a.quotations "
            f"FROM articles a {where} ORDER BY {_NEWEST} {page_clause(limit, offset)}", where.params).fetchall()
        return Page([ArticleRow(*row) for row in rows], total, limit, offset)

    def article(self, article_id: int) -> Analysis | None:
        row = self.conn.execute("SELECT json FROM analyses WHERE article_id = ?", (article_id,)).fetchone()
        return Analysis.from_dict(json.loads(row[0])) if row else None

    def find_speakers(self, name: str) -> list[int]:
        keys = {name_key(name, kind) for kind in ("PERSON", "ORG")}
        found = {r[0] for r in self.conn.execute(
            f"SELECT id FROM speakers WHERE key IN ({marks(keys)})", tuple(sorted(k.key for k in keys)))}
        if not found or any(k.form == SINGLE for k in keys):
            # A full name is precise; a single word ("Clinton") may be any of the people it stands for.
            found |= {r[0] for r in self.conn.execute(
                "SELECT DISTINCT speaker_id FROM aliases a JOIN speakers s ON s.id = a.speaker_id "
                "WHERE s.named AND a.alias = ? COLLATE NOCASE", (name,))}
        if not found:
            found = {r[0] for r in self.conn.execute(
                "SELECT DISTINCT speaker_id FROM aliases a JOIN speakers s ON s.id = a.speaker_id "
                "WHERE s.named AND a.alias LIKE ?", (f"%{name}%",))}
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
        where = Where()
        profile_filters(where, profile or {})
        where.article_filters(outlet, since, until, date="q.date")
        ids = self._speaker_ids(speaker, speaker_id)
        if ids is not None:
            where.add(f"q.speaker_id IN ({marks(ids)})", *ids)
        if kind:
            where.add("q.kind = ?", kind)
        if anonymous is not None:
            where.add("q.anonymous = ?", int(anonymous))
        if article_id is not None:
            where.add("q.article_id = ?", article_id)
        # NULL dates sort last going down; the order is the quotations_newest index's.
        join, order = "", "q.date DESC, q.article_id DESC, q.start"
        if about:
            join = "JOIN quotations_fts f ON f.rowid = q.id"
            where.add("quotations_fts MATCH ?", fts_query(about))
            order = "f.rank, q.id"
        if about and len(where.clauses) == 1:
            return self._search(about, where.params[0], limit, offset)
        base = (f"FROM quotations q JOIN articles a ON a.id = q.article_id LEFT JOIN speakers s "
                f"ON s.id = q.speaker_id {join} {where}")
        try:
            total = self._quote_total(where, ids, base) if len(where.clauses) == (ids is not None) else \
                self._one(f"SELECT COUNT(*) {base}", where.params)
            rows = self.conn.execute(f"SELECT {_QUOTE_COLUMNS} {base} ORDER BY {order} {page_clause(limit, offset)}",
                                     where.params).fetchall()
        except sqlite3.OperationalError as error:
            if about and any(sign in str(error).lower() for sign in SEARCH_ERRORS):
                raise StoreError(f"search syntax: cannot search for {about!r} ({error})") from None
            raise
        return Page([quote_row(row) for row in rows], total, limit, offset)

    def _search(self, about: str, match: str, limit: int | None, offset: int) -> Page[QuoteRow]:
        """A full-text search alone: ranked in the full-text index, and only the page's rows joined."""
        try:
            total = self._one("SELECT COUNT(*) FROM quotations_fts WHERE quotations_fts MATCH ?", (match,))
            rows = self.conn.execute(
                f"SELECT {_QUOTE_COLUMNS} FROM (SELECT rowid, rank FROM quotations_fts WHERE quotations_fts MATCH ? "
                f"ORDER BY rank, rowid {page_clause(limit, offset)}) f JOIN quotations q ON q.id = f.rowid "
                f"JOIN articles a ON a.id = q.article_id LEFT JOIN speakers s ON s.id = q.speaker_id "
                f"ORDER BY f.rank, q.id", (match,)).fetchall()
        except sqlite3.OperationalError as error:
            if any(sign in str(error).lower() for sign in SEARCH_ERRORS):
                raise StoreError(f"search syntax: cannot search for {about!r} ({error})") from None
            raise
        return Page([quote_row(row) for row in rows], total, limit, offset)

    def _quote_total(self, where: Where, ids: list[int] | None, base: str) -> int:
        """All quotations, or a speaker's: read from the running counts rather than counted."""
        if ids is None:
            return self._one("SELECT COALESCE(MAX(value), 0) FROM totals WHERE name = 'quotations'", ())
        return self._one(f"SELECT COALESCE(SUM(quotes), 0) FROM speaker_stats WHERE speaker_id IN ({marks(ids)})",
                         ids)

    def profiles(self, *, outlet=None, since=None, until=None, about=None) -> Iterator[ProfileRow]:
        where = Where()
        where.article_filters(outlet, since, until)
        where.add("q.mention_id IS NOT NULL")
        join = ""
        if about:
            join = "JOIN quotations_fts f ON f.rowid = q.id"
            where.add("quotations_fts MATCH ?", fts_query(about))
        try:
            rows = self.conn.execute(
                f"SELECT q.id, a.outlet, a.date, q.kind, q.speaker_id, s.name, q.naming, q.source_kind, q.role_kind, "
                f"q.gender FROM quotations q JOIN articles a ON a.id = q.article_id LEFT JOIN speakers s "
                f"ON s.id = q.speaker_id {join} {where} ORDER BY q.id", where.params).fetchall()
        except sqlite3.OperationalError as error:
            if about and "fts5" in str(error).lower():
                raise StoreError(f"cannot search for {about!r}: {error}") from None
            raise
        for row in rows:
            yield ProfileRow(*row[:6], *(value or NOT_PROFILED for value in row[6:]))

    def speakers(self, *, search=None, outlet=None, type=None, named=True, since=None, until=None,
                 limit=DEFAULT_LIMIT, offset=0, _ids: list[int] | None = None) -> Page[SpeakerRow]:
        if since or until:
            return self._speakers_counted(search=search, outlet=outlet, type=type, named=named, since=since,
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
        _speaker_filters(where, type, search)
        if _ids is not None:
            where.add(f"t.speaker_id IN ({marks(_ids)})", *_ids)
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

    def _speakers_counted(self, *, search, outlet, type, named, since, until, limit, offset, _ids) -> Page[SpeakerRow]:
        """Speakers with counts within dates: counted from the quotations, as no aggregate is kept per day."""
        where = Where()
        where.article_filters(outlet, since, until)
        if named is not None:
            where.add("s.named = ?", int(named))
        _speaker_filters(where, type, search)
        if _ids is not None:
            where.add(f"s.id IN ({marks(_ids)})", *_ids)
        kinds = ", ".join(f"SUM(q.kind = '{k}')" for k in KINDS)
        base = (f"FROM quotations q JOIN speakers s ON s.id = q.speaker_id JOIN articles a ON a.id = q.article_id "
                f"{where} GROUP BY s.id")
        total = self._one(f"SELECT COUNT(*) FROM (SELECT s.id {base})", where.params)
        rows = self.conn.execute(
            f"SELECT s.id, s.key, s.name, s.type, s.named, s.anonymous, COUNT(*), COUNT(DISTINCT q.article_id), "
            f"COUNT(DISTINCT a.outlet), {kinds} {base} ORDER BY COUNT(*) DESC, s.name, s.id {page_clause(limit, offset)}",
            where.params).fetchall()
        return Page(self._speaker_rows(rows), total, limit, offset)

    def _speaker_rows(self, rows) -> list[SpeakerRow]:
        aliases = self._aliases([row[0] for row in rows])
        result = []
        for row in rows:
            by_kind = {k: n for k, n in zip(KINDS, row[9:], strict=True) if n}
            result.append(SpeakerRow(row[0], row[1], row[2], row[3], bool(row[4]), bool(row[5]), row[6], row[7],
                                     row[8], by_kind, [a for a, _ in aliases.get(row[0], [])]))
        return result

    def _aliases(self, ids: list[int]) -> dict[int, list[tuple[str, int]]]:
        found: dict[int, list[tuple[str, int]]] = defaultdict(list)
        if ids:
            for speaker_id, alias, articles in self.conn.execute(
                    f"SELECT speaker_id, alias, articles FROM aliases WHERE speaker_id IN ({marks(ids)}) "
                    f"ORDER BY speaker_id, articles DESC, alias", ids):
                found[speaker_id].append((alias, articles))
        return found

    def speaker(self, speaker_id: int) -> SpeakerDetail | None:
        page = self.speakers(named=None, _ids=[speaker_id], limit=1)
        if page.rows:
            base = page.rows[0]
        else:
            row = self.conn.execute("SELECT id, key, name, type, named, anonymous FROM speakers WHERE id = ?",
                                    (speaker_id,)).fetchone()
            if row is None:
                return None
            base = SpeakerRow(row[0], row[1], row[2], row[3], bool(row[4]), bool(row[5]), 0, 0, 0, {},
                              [a for a, _ in self._aliases([speaker_id]).get(speaker_id, [])])
        detail = SpeakerDetail(**base.__dict__)
        detail.alias_counts = [{"alias": a, "articles": n} for a, n in self._aliases([speaker_id]).get(speaker_id, [])]
        detail.outlet_counts = self.outlet_counts([speaker_id]).get(speaker_id, [])
        detail.timeline = self.timeline(speaker_id=speaker_id)
        detail.labels = [{"category": category or None, "word": word, "count": count}
                         for category, word, count in self.conn.execute(
                             "SELECT category, word, count FROM speaker_labels WHERE speaker_id = ? "
                             "ORDER BY count DESC, category, word", (speaker_id,))]
        return detail

    def outlet_counts(self, speaker_ids: list[int]) -> dict[int, list[dict[str, Any]]]:
        found: dict[int, list[dict[str, Any]]] = {speaker_id: [] for speaker_id in speaker_ids}
        if speaker_ids:
            for speaker_id, outlet, quotes, articles in self.conn.execute(
                    "SELECT speaker_id, outlet, quotes, articles FROM speaker_outlets "
                    f"WHERE speaker_id IN ({marks(speaker_ids)}) ORDER BY speaker_id, quotes DESC, outlet",
                    list(speaker_ids)):
                found[speaker_id].append({"outlet": outlet or None, "quotes": quotes, "articles": articles})
        return found

    def sources(self, *, outlet=None, anonymous=None, since=None, until=None, limit=DEFAULT_LIMIT,
                offset=0) -> Page[SourceRow]:
        outlets = self._outlet_names(outlet) if outlet and anonymous and not (since or until) else []
        if len(outlets) == 1:
            return self._anonymous_sources(outlets[0], limit, offset)
        where = Where()
        where.article_filters(outlet, since, until)
        if anonymous is not None:
            where.add("x.anonymous = ?", int(anonymous))
        group = "CASE WHEN x.named THEN 'id:' || x.speaker_id ELSE 'd:' || x.description END"
        base = (f"FROM sources x JOIN articles a ON a.id = x.article_id LEFT JOIN speakers s ON s.id = x.speaker_id "
                f"{where} GROUP BY {group}")
        total = self._one(f"SELECT COUNT(*) FROM (SELECT 1 {base})", where.params)
        rows = self.conn.execute(
            f"SELECT MAX(x.named), CASE WHEN MAX(x.named) THEN MIN(s.name) ELSE MIN(x.description) END, "
            f"CASE WHEN MAX(x.named) THEN MIN(x.speaker_id) END, CASE WHEN MAX(x.named) THEN MIN(s.type) ELSE MIN(x.type) END, "
            f"MAX(x.anonymous), SUM(x.count), "
            f"COUNT(DISTINCT x.article_id), COUNT(DISTINCT a.outlet), json_group_array(x.how) {base} "
            f"ORDER BY SUM(x.count) DESC, 2 {page_clause(limit, offset)}", where.params).fetchall()
        result = []
        for _named, name, speaker_id, type, anon, citations, articles, outlets, hows in rows:
            how = Counter(h for group in json.loads(hows) for h in json.loads(group))
            result.append(SourceRow(name, speaker_id, type, bool(anon), citations, articles, outlets,
                                    dict(sorted(how.items(), key=lambda i: (-i[1], i[0])))))
        return Page(result, total, limit, offset)

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

    def labels(self, *, by="category", outlet=None, category=None, speaker_id=None, since=None, until=None,
               limit=DEFAULT_LIMIT, offset=0) -> Page[LabelRow]:
        groups = {
            "category": ("l.category",),
            "word": ("l.category", "COALESCE(l.word, l.text)"),
            "outlet": ("a.outlet", "l.category"),
            "target": ("COALESCE(s.name, l.target)", "l.category"),
        }
        if by not in groups:
            raise StoreError(f"labels cannot be grouped by {by!r}; choose one of {', '.join(groups)}")
        where = Where()
        where.article_filters(outlet, since, until)
        if category:
            where.add("l.category = ?", category)
        if speaker_id is not None:
            where.add("(l.speaker_id = ? OR EXISTS (SELECT 1 FROM quotations q WHERE q.article_id = l.article_id "
                      "AND q.paragraph = l.paragraph AND q.speaker_id = ?))", speaker_id, speaker_id)
        columns = groups[by]
        base = (f"FROM labels l JOIN articles a ON a.id = l.article_id LEFT JOIN speakers s ON s.id = l.speaker_id "
                f"{where} GROUP BY {', '.join(columns)}")
        total = self._one(f"SELECT COUNT(*) FROM (SELECT 1 {base})", where.params)
        rows = self.conn.execute(
            f"SELECT {', '.join(columns)}, COUNT(*), COUNT(DISTINCT l.article_id) {base} "
            f"ORDER BY COUNT(*) DESC, {', '.join(str(i + 1) for i in range(len(columns)))} {page_clause(limit, offset)}",
            where.params).fetchall()
        result = []
        for row in rows:
            values = dict(zip(columns, row[:len(columns)], strict=True))
            count, articles = row[len(columns)], row[len(columns) + 1]
            result.append(LabelRow(
                category=values.get("l.category"), count=count, articles=articles,
                word=values.get("COALESCE(l.word, l.text)"), outlet=values.get("a.outlet"),
                target=values.get("COALESCE(s.name, l.target)"),
            ))
        return Page(result, total, limit, offset)

    def outlets(self, *, limit=None, offset=0, _name: str | None = None) -> Page[OutletRow]:
        where = Where()
        if _name is not None:
            where.add("outlet = ? COLLATE NOCASE", _name)
        total = self._one(f"SELECT COUNT(*) FROM outlet_stats {where}", where.params)
        rows = self.conn.execute(
            f"SELECT outlet, articles, quotations, anonymous, named, first_date, last_date FROM outlet_stats {where} "
            f"ORDER BY articles DESC, outlet {page_clause(limit, offset)}", where.params).fetchall()
        return Page([OutletRow(row[0] or None, *row[1:]) for row in rows], total, limit, offset)

    def outlet(self, name: str) -> OutletDetail | None:
        page = self.outlets(_name=name)
        if not page.rows:
            return None
        detail = OutletDetail(**page.rows[0].__dict__)
        outlet = detail.outlet or ""
        detail.speakers = self.speakers(outlet=outlet, limit=20).rows if outlet else []
        kinds = self.conn.execute(f"SELECT {', '.join(sqlite_counts.KIND_COLUMNS)} FROM outlet_stats WHERE outlet = ?",
                                  (outlet,)).fetchone()
        detail.by_kind = dict(sorted(((k, n) for k, n in zip(KINDS, kinds, strict=True) if n),
                                     key=lambda item: (-item[1], item[0])))
        detail.anonymous_sources = self.sources(outlet=outlet, anonymous=True, limit=20).rows
        detail.labels = [LabelRow(category=category or None, count=count, articles=articles, word=word)
                         for category, word, count, articles in self.conn.execute(
                             "SELECT category, word, count, articles FROM outlet_labels WHERE outlet = ? "
                             "ORDER BY count DESC, category, word LIMIT 50", (outlet,))]
        return detail

    def timeline(self, *, speaker_id=None, outlet=None, by="month") -> list[dict[str, Any]]:
        if by not in _PERIODS:
            raise StoreError(f"timeline periods are {', '.join(_PERIODS)}, not {by!r}")
        if by == "month" and speaker_id is not None and not outlet:
            return [{"period": period, "quotes": n} for period, n in self.conn.execute(
                "SELECT month, quotes FROM speaker_months WHERE speaker_id = ? ORDER BY month", (speaker_id,))]
        where = Where()
        where.article_filters(outlet, None, None)
        where.add("a.date IS NOT NULL")
        if speaker_id is not None:
            where.add("q.speaker_id = ?", speaker_id)
        rows = self.conn.execute(
            f"SELECT substr(a.date, 1, {_PERIODS[by]}) AS period, COUNT(*) FROM quotations q JOIN articles a "
            f"ON a.id = q.article_id {where} GROUP BY period ORDER BY period", where.params).fetchall()
        return [{"period": period, "quotes": n} for period, n in rows]

    # -- export ------------------------------------------------------------------------------

    def rows(self, table: str) -> Iterator[dict[str, Any]]:
        if table not in TABLES:
            raise StoreError(f"no table {table!r} to export; choose one of {', '.join(TABLES)}")
        if table == "analyses":
            for (text,) in self.conn.execute("SELECT json FROM analyses ORDER BY article_id"):
                yield json.loads(text)
            return
        queries = {
            "articles": "SELECT id, hash, url, outlet, date, title, author, origin, quotations FROM articles a "
                        "ORDER BY id",
            "quotations": f"SELECT {_QUOTE_COLUMNS}, q.named, q.role, q.affiliation, q.resolved_by, q.naming, "
                          f"q.source_kind, q.role_kind, q.gender FROM quotations q "
                          f"JOIN articles a ON a.id = q.article_id LEFT JOIN speakers s ON s.id = q.speaker_id "
                          f"ORDER BY q.id",
            "sources": "SELECT x.id, x.article_id, a.outlet, a.date, x.speaker_id, s.name AS speaker, x.name, "
                       "x.type, x.named, x.anonymous, x.how, x.count, x.spans, x.attributions FROM sources x "
                       "JOIN articles a ON a.id = x.article_id LEFT JOIN speakers s ON s.id = x.speaker_id "
                       "ORDER BY x.id",
            "labels": "SELECT l.id, l.article_id, a.outlet, a.date, l.text, l.word, l.category, l.target, "
                      "l.speaker_id, l.paragraph, l.spans FROM labels l JOIN articles a ON a.id = l.article_id "
                      "ORDER BY l.id",
        }
        if table == "speakers":
            for page_offset in range(0, 1 << 62, 1000):
                page = self.speakers(named=None, limit=1000, offset=page_offset)
                for row in sorted(page.rows, key=lambda r: r.id):
                    yield {**row.__dict__}
                if len(page.rows) < 1000:
                    return
        cursor = self.conn.execute(queries[table])
        names = [d[0] for d in cursor.description]
        if table == "quotations":
            names = ["id", "article_id", "attribution", "kind", "speaker_id", "speaker", "speaker_name", "anonymous",
                     "source", "cue", "content", "outlet", "date", "title", "url", "spans", "negated", "named", "role",
                     "affiliation", "resolved_by", "naming", "source_kind", "role_kind", "gender"]
        json_columns = {"spans", "how", "attributions"}
        booleans = {"anonymous", "named", "negated"}
        for row in cursor:
            item = dict(zip(names, row, strict=True))
            for column in json_columns & item.keys():
                item[column] = json.loads(item[column])
            for column in booleans & item.keys():
                item[column] = bool(item[column])
            yield item

    def _one(self, sql: str, params) -> int:
        return self.conn.execute(sql, params).fetchone()[0]


def _speaker_filters(where: Where, type: str | None, search: str | None) -> None:
    """The speaker's type, and a part of their name or of one of their aliases."""
    if type:
        where.add("s.type = ?", type)
    if search:
        where.add("(s.name LIKE ? OR s.id IN (SELECT speaker_id FROM aliases WHERE alias LIKE ?))",
                  f"%{search}%", f"%{search}%")
