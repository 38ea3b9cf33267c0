"""The queries the SQL stores answer alike, written once over a dialect (saywho/corpus/sql_where.py).

`SQLReading` is the reading half both SQLiteStore and PostgresStore share: each store
gives it `conn`, `where()` (an empty WHERE of its dialect) and a few hooks for what
really differs — how full-text search joins and fails (`_full_text`, `_search_errors`),
how a large export is streamed (`_stream`), and how a page and its total are read
(`_counted_page`). The rows are built here once, from the tuples either driver returns.
The queries that stay apart are those the SQLite store answers from the aggregates kept
at ingest (saywho/corpus/sqlite_counts.py), which PostgreSQL counts from the rows.
"""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from collections.abc import Iterator
from contextlib import AbstractContextManager, nullcontext
from dataclasses import replace
from typing import Any

from saywho.corpus.identity import SINGLE, name_key
from saywho.corpus.packed import unpacked
from saywho.corpus.sql_where import Dialect, Where, profile_filters
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

QUOTE_COLUMNS = """q.id, q.article_id, q.attribution, q.kind, q.speaker_id, s.name, q.speaker_name, q.anonymous,
    q.source, q.cue, q.content, a.outlet, a.date, a.title, a.url, q.spans, q.negated"""
PERIODS = {"day": 10, "month": 7, "year": 4}
_SPEAKER_COLUMNS = "s.id, s.key, s.name, s.type, s.named, s.anonymous"
_LABEL_GROUPS = {
    "category": {"category": "l.category"},
    "word": {"category": "l.category", "word": "COALESCE(l.word, l.text)"},
    "outlet": {"outlet": "a.outlet", "category": "l.category"},
    "target": {"target": "COALESCE(s.name, l.target)", "category": "l.category"},
}
EXPORT_QUERIES = {
    "articles": "SELECT id, hash, url, outlet, date, title, author, origin, quotations FROM articles a ORDER BY id",
    "quotations": f"SELECT {QUOTE_COLUMNS}, q.named, q.role, q.affiliation, q.resolved_by, q.naming, "
                  f"q.source_kind, q.role_kind, q.gender FROM quotations q "
                  f"JOIN articles a ON a.id = q.article_id LEFT JOIN speakers s ON s.id = q.speaker_id ORDER BY q.id",
    "sources": "SELECT x.id, x.article_id, a.outlet, a.date, x.speaker_id, s.name AS speaker, x.name, "
               "x.type, x.named, x.anonymous, x.how, x.count, x.spans, x.attributions FROM sources x "
               "JOIN articles a ON a.id = x.article_id LEFT JOIN speakers s ON s.id = x.speaker_id ORDER BY x.id",
    "labels": "SELECT l.id, l.article_id, a.outlet, a.date, l.text, l.word, l.category, l.target, "
              "l.speaker_id, l.paragraph, l.spans FROM labels l JOIN articles a ON a.id = l.article_id ORDER BY l.id",
}
EXPORT_COLUMNS = {
    "articles": ["id", "hash", "url", "outlet", "date", "title", "author", "origin", "quotations"],
    "quotations": ["id", "article_id", "attribution", "kind", "speaker_id", "speaker", "speaker_name", "anonymous",
                   "source", "cue", "content", "outlet", "date", "title", "url", "spans", "negated", "named", "role",
                   "affiliation", "resolved_by", "naming", "source_kind", "role_kind", "gender"],
    "sources": ["id", "article_id", "outlet", "date", "speaker_id", "speaker", "name", "type", "named", "anonymous",
                "how", "count", "spans", "attributions"],
    "labels": ["id", "article_id", "outlet", "date", "text", "word", "category", "target", "speaker_id", "paragraph",
               "spans"],
}
_JSON_COLUMNS = {"spans", "how", "attributions"}
_FLAGS = {"anonymous", "named", "negated"}


def quote_row(row) -> QuoteRow:
    values = list(row)
    values[7] = bool(values[7])
    values[15] = json.loads(values[15])
    values[16] = bool(values[16])
    return QuoteRow(*values)


def speaker_row(row, by_kind: dict[str, int], aliases: list[str]) -> SpeakerRow:
    """A speaker from its six columns, then quotes, articles and outlets."""
    return SpeakerRow(row[0], row[1], row[2], row[3], bool(row[4]), bool(row[5]), row[6], row[7], row[8],
                      by_kind, aliases)


def ranked(counts: Counter) -> dict[str, int]:
    return dict(sorted(counts.items(), key=lambda item: (-item[1], item[0])))


class SQLReading:
    """The reading half shared by the SQL stores: every method reads `self.conn` through `self.dialect`."""

    conn: Any
    dialect: Dialect
    where: type[Where]
    keeps_speaker_outlets = False  # the per-speaker, per-outlet counts are kept as rows are written

    def _one(self, sql: str, params=()) -> Any:
        return self.conn.execute(sql, params).fetchone()[0]

    def _exists(self, table: str, column: str, value: Any) -> bool:
        sql = f"SELECT 1 FROM {table} WHERE {column} = {self.dialect.mark}"
        return self.conn.execute(sql, (value,)).fetchone() is not None

    # -- hooks: what each back end does its own way ----------------------------------------

    def _full_text(self, where: Where, about: str) -> str:
        """Add the full-text match of `about` to `where`; the JOIN it needs."""
        raise NotImplementedError

    def _search_errors(self, about: str | None) -> AbstractContextManager:
        """Turns the database's complaint about a search it cannot run into a StoreError."""
        return nullcontext()

    def _stream(self, sql: str) -> Iterator[tuple]:
        return iter(self.conn.execute(sql))

    def _counted_page(self, select: str, base: str, order: str, params: list[Any], limit: int | None,
                      offset: int) -> tuple[list[tuple], int]:
        """A page of `SELECT select base ORDER BY order` and the number of rows `base` gives in all."""
        total = self._one(f"SELECT COUNT(*) FROM (SELECT 1 {base}) g", params)
        rows = self.conn.execute(f"SELECT {select} {base} ORDER BY {order} {self.dialect.page(limit, offset)}",
                                 params).fetchall()
        return rows, total

    # -- articles ------------------------------------------------------------------------------

    def has(self, hash: str) -> bool:
        return self._exists("articles", "hash", hash)

    def hashes(self) -> set[str]:
        return {row[0] for row in self.conn.execute("SELECT hash FROM articles")}

    def has_url(self, url: str) -> bool:
        return self._exists("articles", "url", url)

    def article(self, article_id: int) -> Analysis | None:
        row = self.conn.execute(f"SELECT json FROM analyses WHERE article_id = {self.dialect.mark}",
                                (article_id,)).fetchone()
        return Analysis.from_dict(unpacked(row[0])) if row else None

    def articles(self, *, outlet=None, since=None, until=None, speaker=None, speaker_id=None, search=None,
                 limit=DEFAULT_LIMIT, offset=0) -> Page[ArticleRow]:
        where = self.where()
        where.article_filters(outlet, since, until)
        ids = self._speaker_ids(speaker, speaker_id)
        if ids is not None:
            clause, params = self.dialect.among("speaker_id", ids)
            where.add(f"a.id IN (SELECT article_id FROM quotations WHERE {clause})", *params)
        if search:
            where.add(self.dialect.like.format("a.title"), f"%{search}%")
        total = self._one(f"SELECT COUNT(*) FROM articles a {where}", where.params)
        rows = self.conn.execute(
            f"SELECT a.id, a.hash, a.url, a.outlet, a.date, a.title, a.author, a.origin, a.quotations FROM articles a "
            f"{where} ORDER BY {self.dialect.newest} {self.dialect.page(limit, offset)}", where.params).fetchall()
        return Page([ArticleRow(*row) for row in rows], total, limit, offset)

    # -- speakers ------------------------------------------------------------------------------

    def speaker_moved_to(self, speaker_id: int) -> int | None:
        row = self.conn.execute(f"SELECT new_id FROM speaker_moves WHERE old_id = {self.dialect.mark}",
                                (speaker_id,)).fetchone()
        return row[0] if row else None

    def find_speakers(self, name: str) -> list[int]:
        keys = {name_key(name, kind) for kind in ("PERSON", "ORG")}
        clause, params = self.dialect.among("key", sorted(k.key for k in keys))
        found = {r[0] for r in self.conn.execute(f"SELECT id FROM speakers WHERE {clause}", params)}
        named_alias = "SELECT DISTINCT speaker_id FROM aliases a JOIN speakers s ON s.id = a.speaker_id WHERE s.named "
        if not found or any(k.form == SINGLE for k in keys):
            # A full name is precise; a single word ("Clinton") may be any of the people it stands for.
            found |= {r[0] for r in self.conn.execute(
                f"{named_alias}AND {self.dialect.same_text.format('a.alias')}", (name,))}
        if not found:
            found = {r[0] for r in self.conn.execute(f"{named_alias}AND {self.dialect.like.format('a.alias')}",
                                                     (f"%{name}%",))}
        return sorted(found)

    def _speaker_ids(self, speaker: str | None, speaker_id: int | None) -> list[int] | None:
        if speaker is None and speaker_id is None:
            return None
        ids = set(self.find_speakers(speaker)) if speaker else None
        if speaker_id is not None:
            ids = {speaker_id} if ids is None else ids & {speaker_id}
        return sorted(ids or ()) or [-1]

    def _speaker_filters(self, where: Where, type: str | None, search: str | None) -> None:
        """The speaker's type, and a part of their name or of one of their aliases."""
        if type:
            where.add(f"s.type = {where.mark}", type)
        if search:
            where.add(f"({self.dialect.like.format('s.name')} OR s.id IN (SELECT speaker_id FROM aliases "
                      f"WHERE {self.dialect.like.format('alias')}))", f"%{search}%", f"%{search}%")

    def speakers(self, *, search=None, outlet=None, type=None, named=True, since=None, until=None,
                 limit=DEFAULT_LIMIT, offset=0, _ids: list[int] | None = None) -> Page[SpeakerRow]:
        """Speakers with their counts, counted from the quotations."""
        where = self.where()
        where.article_filters(outlet, since, until)
        if named is not None:
            where.add(f"s.named = {where.mark}", self.dialect.flag(named))
        self._speaker_filters(where, type, search)
        if _ids is not None:
            where.among("s.id", _ids)
        kinds = ", ".join(self.dialect.count_if.format(f"q.kind = '{k}'") for k in KINDS)
        base = (f"FROM quotations q JOIN speakers s ON s.id = q.speaker_id JOIN articles a ON a.id = q.article_id "
                f"{where} GROUP BY s.id")
        rows, total = self._counted_page(
            f"{_SPEAKER_COLUMNS}, COUNT(*), COUNT(DISTINCT q.article_id), COUNT(DISTINCT a.outlet), {kinds}", base,
            "COUNT(*) DESC, s.name, s.id", where.params, limit, offset)
        return Page(self._speaker_rows(rows), total, limit, offset)

    def _speaker_rows(self, rows) -> list[SpeakerRow]:
        aliases = self._aliases([row[0] for row in rows])
        return [speaker_row(row, {k: n for k, n in zip(KINDS, row[9:], strict=True) if n},
                            [a for a, _ in aliases.get(row[0], [])]) for row in rows]

    def _aliases(self, ids: list[int]) -> dict[int, list[tuple[str, int]]]:
        found: dict[int, list[tuple[str, int]]] = defaultdict(list)
        if ids:
            clause, params = self.dialect.among("speaker_id", ids)
            for speaker_id, alias, articles in self.conn.execute(
                    f"SELECT speaker_id, alias, articles FROM aliases WHERE {clause} "
                    f"ORDER BY speaker_id, articles DESC, alias", params):
                found[speaker_id].append((alias, articles))
        return found

    def outlet_counts(self, speaker_ids: list[int]) -> dict[int, list[dict[str, Any]]]:
        """Each speaker's quotations and articles per outlet."""
        found: dict[int, list[dict[str, Any]]] = {speaker_id: [] for speaker_id in speaker_ids}
        if speaker_ids:
            clause, params = self.dialect.among("speaker_id", speaker_ids)
            for speaker_id, outlet, quotes, articles in self.conn.execute(self._outlet_counts_sql(clause), params):
                found[speaker_id].append({"outlet": outlet or None, "quotes": quotes, "articles": articles})
        return found

    def _outlet_counts_sql(self, clause: str) -> str:
        """Counted from the quotations; a store that keeps `speaker_outlets` reads that instead."""
        if self.keeps_speaker_outlets:
            return (f"SELECT speaker_id, outlet, quotes, articles FROM speaker_outlets WHERE {clause} "
                    "ORDER BY speaker_id, quotes DESC, outlet")
        return (f"SELECT q.speaker_id, a.outlet, COUNT(*), COUNT(DISTINCT a.id) FROM quotations q "
                f"JOIN articles a ON a.id = q.article_id WHERE q.{clause} GROUP BY q.speaker_id, a.outlet "
                f"ORDER BY q.speaker_id, 3 DESC, 2{self.dialect.nulls_first}")

    def speaker(self, speaker_id: int) -> SpeakerDetail | None:
        page = self.speakers(named=None, _ids=[speaker_id], limit=1)
        aliases = self._aliases([speaker_id]).get(speaker_id, [])
        if page.rows:
            base = page.rows[0]
        else:
            row = self.conn.execute(f"SELECT id, key, name, type, named, anonymous FROM speakers WHERE id = "
                                    f"{self.dialect.mark}", (speaker_id,)).fetchone()
            if row is None:
                return None
            base = speaker_row((*row, 0, 0, 0), {}, [a for a, _ in aliases])
        detail = SpeakerDetail(**base.__dict__)
        detail.alias_counts = [{"alias": a, "articles": n} for a, n in aliases]
        detail.outlet_counts = self.outlet_counts([speaker_id]).get(speaker_id, [])
        detail.timeline = self.timeline(speaker_id=speaker_id)
        detail.labels = self._speaker_labels(speaker_id)
        return detail

    def _speaker_labels(self, speaker_id: int) -> list[dict[str, Any]]:
        return [{"category": r.category, "word": r.word, "count": r.count}
                for r in self.labels(by="word", speaker_id=speaker_id, limit=None)]

    # -- quotations ----------------------------------------------------------------------------

    def _quote_where(self, *, profile, outlet, since, until, date: str = "q.date",
                     **own) -> tuple[Where, list[int] | None]:
        """The filters every back end's quotes() starts from: the sources' profile, the article's outlet and
        dates, then the quotation's own columns; with the speaker ids asked for (None for any)."""
        where = self.where()
        profile_filters(where, profile or {})
        where.article_filters(outlet, since, until, date=date)
        return where, self._quote_filters(where, **own)

    def _ranked_join(self, where: Where, about: str | None) -> tuple[str, str]:
        """The join a full-text search needs and the order of its rows (by rank); the newest first without one.
        Where the full-text index gives a rank relation `f` (SQLite's FTS5, the shards' index)."""
        if about:
            return self._full_text(where, about), "f.rank, q.id"
        return "", "q.date DESC, q.article_id DESC, q.start"

    def _quote_filters(self, where: Where, *, speaker, speaker_id, kind, anonymous, article_id) -> list[int] | None:
        """The filters on a quotation's own columns; the speaker ids asked for (None for any)."""
        ids = self._speaker_ids(speaker, speaker_id)
        if ids is not None:
            where.among("q.speaker_id", ids)
        if kind:
            where.add(f"q.kind = {where.mark}", kind)
        if anonymous is not None:
            where.add(f"q.anonymous = {where.mark}", self.dialect.flag(anonymous))
        if article_id is not None:
            where.add(f"q.article_id = {where.mark}", article_id)
        return ids

    def profiles(self, *, outlet=None, since=None, until=None, about=None) -> Iterator[ProfileRow]:
        where = self.where()
        where.article_filters(outlet, since, until)
        where.add("(q.mention_id IS NOT NULL OR q.naming IS NOT NULL)")  # with a speaker, or a profile of its own
        join = self._full_text(where, about) if about else ""
        with self._search_errors(about):
            rows = self.conn.execute(
                f"SELECT q.id, a.outlet, a.date, q.kind, q.speaker_id, s.name, q.naming, q.source_kind, q.role_kind, "
                f"q.gender FROM quotations q JOIN articles a ON a.id = q.article_id LEFT JOIN speakers s "
                f"ON s.id = q.speaker_id {join} {where} ORDER BY q.id", where.params).fetchall()
        for row in rows:
            yield ProfileRow(*row[:6], *(value or NOT_PROFILED for value in row[6:]))

    # -- outlets -------------------------------------------------------------------------------

    def outlets(self, *, limit=None, offset=0, _name: str | None = None) -> Page[OutletRow]:
        raise NotImplementedError  # each store reads its outlets its own way (SQLite from its aggregates)

    def outlet(self, name: str) -> OutletDetail | None:
        page = self.outlets(_name=name)
        if not page.rows:
            return None
        detail = OutletDetail(**page.rows[0].__dict__)
        outlet = detail.outlet or ""
        detail.by_kind = ranked(self._outlet_kinds(outlet))
        if outlet:  # not for the articles with no outlet: "" filters nothing, so would list the whole corpus's
            detail.speakers = self.speakers(outlet=outlet, limit=20).rows
            detail.anonymous_sources = self.sources(outlet=outlet, anonymous=True, limit=20).rows
        detail.labels = self._outlet_labels(outlet)
        return detail

    def _outlet_kinds(self, outlet: str) -> Counter:
        """How many of the outlet's quotations are of each kind ("" for the articles with none)."""
        same = self.dialect.same_text.format("COALESCE(a.outlet, '')")
        return Counter(dict(self.conn.execute(
            f"SELECT q.kind, COUNT(*) FROM quotations q JOIN articles a ON a.id = q.article_id WHERE {same} "
            f"GROUP BY q.kind", (outlet,)).fetchall()))

    def _outlet_labels(self, outlet: str) -> list[LabelRow]:
        """The labels in the outlet's own voice, most used first (none listed for the articles with no outlet)."""
        if not outlet:
            return []
        return [replace(row, category=row.category or None)
                for row in self.labels(by="word", outlet=outlet, limit=50).rows]

    # -- sources and labels --------------------------------------------------------------------

    def sources(self, *, outlet=None, anonymous=None, since=None, until=None, limit=DEFAULT_LIMIT,
                offset=0) -> Page[SourceRow]:
        where = self.where()
        where.article_filters(outlet, since, until)
        if anonymous is not None:
            where.add(f"x.anonymous = {where.mark}", self.dialect.flag(anonymous))
        group = "CASE WHEN x.named THEN 'id:' || x.speaker_id ELSE 'd:' || x.description END"
        base = (f"FROM sources x JOIN articles a ON a.id = x.article_id LEFT JOIN speakers s ON s.id = x.speaker_id "
                f"{where} GROUP BY {group}")
        named = self.dialect.any_true.format("x.named")
        rows, total = self._counted_page(
            f"CASE WHEN {named} THEN MIN(s.name) ELSE MIN(x.description) END, "
            f"CASE WHEN {named} THEN MIN(x.speaker_id) END, CASE WHEN {named} THEN MIN(s.type) ELSE MIN(x.type) END, "
            f"{self.dialect.any_true.format('x.anonymous')}, {self.dialect.whole.format('SUM(x.count)')}, "
            f"COUNT(DISTINCT x.article_id), COUNT(DISTINCT a.outlet), {self.dialect.gather.format('x.how')}",
            base, f"SUM(x.count) DESC, 1{self.dialect.nulls_first}", where.params, limit, offset)
        result = []
        for name, speaker_id, type, anon, citations, articles, outlets, hows in rows:
            how = Counter(h for group in self.dialect.gathered(hows) for h in json.loads(group))
            result.append(SourceRow(name, speaker_id, type, bool(anon), citations, articles, outlets, ranked(how)))
        return Page(result, total, limit, offset)

    def labels(self, *, by="category", outlet=None, category=None, speaker_id=None, since=None, until=None,
               limit=DEFAULT_LIMIT, offset=0) -> Page[LabelRow]:
        if by not in _LABEL_GROUPS:
            raise StoreError(f"labels cannot be grouped by {by!r}; choose one of {', '.join(_LABEL_GROUPS)}")
        where = self.where()
        where.article_filters(outlet, since, until)
        mark = where.mark
        if category:
            where.add(f"l.category = {mark}", category)
        if speaker_id is not None:
            where.add(f"(l.speaker_id = {mark} OR EXISTS (SELECT 1 FROM quotations q WHERE q.article_id = "
                      f"l.article_id AND q.paragraph = l.paragraph AND q.speaker_id = {mark}))", speaker_id, speaker_id)
        columns = _LABEL_GROUPS[by]
        expressions = ", ".join(columns.values())
        base = (f"FROM labels l JOIN articles a ON a.id = l.article_id LEFT JOIN speakers s ON s.id = l.speaker_id "
                f"{where} GROUP BY {expressions}")
        order = ", ".join(f"{i + 1}{self.dialect.nulls_first}" for i in range(len(columns)))
        rows, total = self._counted_page(f"{expressions}, COUNT(*), COUNT(DISTINCT l.article_id)", base,
                                         f"COUNT(*) DESC, {order}", where.params, limit, offset)
        result = [LabelRow(count=row[len(columns)], articles=row[len(columns) + 1],
                           **{"category": None, **dict(zip(columns, row, strict=False))}) for row in rows]
        return Page(result, total, limit, offset)

    # -- time ----------------------------------------------------------------------------------

    def timeline(self, *, speaker_id=None, outlet=None, by="month") -> list[dict[str, Any]]:
        if by not in PERIODS:
            raise StoreError(f"timeline periods are {', '.join(PERIODS)}, not {by!r}")
        where = self.where()
        where.article_filters(outlet, None, None)
        where.add("a.date IS NOT NULL")
        if speaker_id is not None:
            where.add(f"q.speaker_id = {where.mark}", speaker_id)
        rows = self.conn.execute(
            f"SELECT substr(a.date, 1, {PERIODS[by]}) AS period, COUNT(*) FROM quotations q JOIN articles a "
            f"ON a.id = q.article_id {where} GROUP BY period ORDER BY period", where.params).fetchall()
        return [{"period": period, "quotes": n} for period, n in rows]

    # -- export --------------------------------------------------------------------------------

    def rows(self, table: str) -> Iterator[dict[str, Any]]:
        if table not in TABLES:
            raise StoreError(f"no table {table!r} to export; choose one of {', '.join(TABLES)}")
        if table == "speakers":
            yield from self._export_speakers()
        elif table == "analyses":
            for (stored,) in self._stream("SELECT json FROM analyses ORDER BY article_id"):
                yield unpacked(stored)
        else:
            names = EXPORT_COLUMNS[table]
            for row in self._stream(EXPORT_QUERIES[table]):
                item = dict(zip(names, row, strict=True))
                for column in _JSON_COLUMNS & item.keys():
                    item[column] = json.loads(item[column])
                for column in _FLAGS & item.keys():
                    item[column] = bool(item[column])
                yield item

    def _export_speakers(self) -> Iterator[dict[str, Any]]:
        for page_offset in range(0, 1 << 62, 1000):
            page = self.speakers(named=None, limit=1000, offset=page_offset)
            for row in sorted(page.rows, key=lambda r: r.id):
                yield {**row.__dict__}
            if len(page.rows) < 1000:
                return
