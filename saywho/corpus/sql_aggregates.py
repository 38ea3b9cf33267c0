"""The pages both SQL stores read from the aggregates they keep at ingest, so that each costs the same at any size.

SQLite (saywho/corpus/sqlite_counts.py) and PostgreSQL (saywho/corpus/postgres/counts.py) keep
the same tables: per speaker (`speaker_stats`, `speaker_outlets`, `speaker_months`,
`speaker_labels`), per outlet (`outlet_stats`, `outlet_labels`, `outlet_sources`,
`outlet_source_how`) and `totals`, with '' for a NULL outlet or category. What is read from
them is here, written once through the store's SQL dialect; a filter no aggregate is kept
for falls back to counting from the rows (saywho/corpus/sql_reading.py).
"""

from __future__ import annotations

from collections import Counter, defaultdict
from typing import Any

from saywho.corpus.sql_reading import SQLReading
from saywho.corpus.sqlite_counts import KIND_COLUMNS
from saywho.corpus.store import DEFAULT_LIMIT, LabelRow, OutletRow, Page, SourceRow, SpeakerRow
from saywho.document import KINDS


class AggregateReading(SQLReading):
    """Reads of the SQL stores that the aggregates answer (`self.conn` and `self.dialect` come from the store)."""

    keeps_speaker_outlets = True

    def _quote_total(self, ids: list[int] | None) -> int:
        """All quotations, or a speaker's: read from the running counts rather than counted."""
        mark = self.dialect.mark
        if ids is None:
            return self._one(f"SELECT COALESCE(MAX(value), 0) FROM totals WHERE name = {mark}", ("quotations",))
        clause, params = self.dialect.among("speaker_id", ids)
        return self._one(f"SELECT COALESCE(SUM(quotes), 0) FROM speaker_stats WHERE {clause}", params)

    def _outlet_names(self, outlet: str) -> list[str]:
        """The outlet names stored that match `outlet` regardless of case ('' for none)."""
        same = self.dialect.same_text.format("outlet")
        return [row[0] for row in self.conn.execute(
            f"SELECT outlet FROM outlet_stats WHERE {same} AND outlet <> ''", (outlet,))]

    def _outlet_speakers(self, outlet: str, named: bool, limit: int | None, offset: int) -> Page[SpeakerRow]:
        """Whom one outlet quotes most: an index range of speaker_outlets, sorted by name only among ties."""
        mark, flag = self.dialect.mark, self.dialect.flag(named)
        chosen = f"outlet = {mark} AND named = {mark}"
        total = self._one(f"SELECT COUNT(*) FROM speaker_outlets WHERE {chosen}", (outlet, flag))
        least = 0
        if limit is not None:
            row = self.conn.execute(f"SELECT quotes FROM speaker_outlets WHERE {chosen} ORDER BY quotes DESC "
                                    f"LIMIT 1 OFFSET {int(offset + limit - 1)}", (outlet, flag)).fetchone()
            least = row[0] if row else 0
        kinds = ", ".join(f"t.{c}" for c in KIND_COLUMNS)
        rows = self.conn.execute(
            f"SELECT s.id, s.key, s.name, s.type, s.named, s.anonymous, t.quotes, t.articles, 1, {kinds} "
            f"FROM speaker_outlets t JOIN speakers s ON s.id = t.speaker_id "
            f"WHERE t.outlet = {mark} AND t.named = {mark} AND t.quotes >= {mark} ORDER BY t.quotes DESC, s.name, s.id "
            f"{self.dialect.page(limit, offset)}", (outlet, flag, least)).fetchall()
        return Page(self._speaker_rows(rows), total, limit, offset)

    def sources(self, *, outlet=None, anonymous=None, since=None, until=None, limit=DEFAULT_LIMIT,
                offset=0) -> Page[SourceRow]:
        outlets = self._outlet_names(outlet) if outlet and anonymous and not (since or until) else []
        if len(outlets) == 1:
            return self._anonymous_sources(outlets[0], limit, offset)
        return super().sources(outlet=outlet, anonymous=anonymous, since=since, until=until, limit=limit,
                               offset=offset)

    def _anonymous_sources(self, outlet: str, limit: int | None, offset: int) -> Page[SourceRow]:
        """An outlet's anonymous sources, from the counts kept at ingest (an anonymous source is never named)."""
        mark = self.dialect.mark
        total = self._one(f"SELECT COUNT(*) FROM outlet_sources WHERE outlet = {mark}", (outlet,))
        rows = self.conn.execute(
            f"SELECT description, type, citations, articles FROM outlet_sources WHERE outlet = {mark} "
            f"ORDER BY citations DESC, description {self.dialect.page(limit, offset)}", (outlet,)).fetchall()
        how: dict[str, dict[str, int]] = defaultdict(dict)
        if rows:
            clause, params = self.dialect.among("description", [row[0] for row in rows])
            for description, way, n in self.conn.execute(
                    f"SELECT description, how, n FROM outlet_source_how WHERE outlet = {mark} AND {clause} "
                    f"ORDER BY description, n DESC, how", (outlet, *params)):
                how[description][way] = n
        return Page([SourceRow(name, None, type, True, citations, articles, 1, how[name])
                     for name, type, citations, articles in rows], total, limit, offset)

    def outlets(self, *, limit=None, offset=0, _name: str | None = None) -> Page[OutletRow]:
        where = self.where()
        if _name is not None:
            where.add(self.dialect.same_text.format("outlet"), _name)
        total = self._one(f"SELECT COUNT(*) FROM outlet_stats {where}", where.params)
        rows = self.conn.execute(
            f"SELECT outlet, articles, quotations, anonymous, named, first_date, last_date FROM outlet_stats {where} "
            f"ORDER BY articles DESC, outlet {self.dialect.page(limit, offset)}", where.params).fetchall()
        return Page([OutletRow(row[0] or None, *row[1:]) for row in rows], total, limit, offset)

    def _outlet_kinds(self, outlet: str) -> Counter:
        kinds = self.conn.execute(f"SELECT {', '.join(KIND_COLUMNS)} FROM outlet_stats WHERE outlet = "
                                  f"{self.dialect.mark}", (outlet,)).fetchone() or ()
        return Counter({kind: n for kind, n in zip(KINDS, kinds, strict=False) if n})

    def _outlet_labels(self, outlet: str) -> list[LabelRow]:
        """From the per-outlet aggregate kept at ingest, not counted from the rows ("" holds the articles with none)."""
        return [LabelRow(category=category or None, count=count, articles=articles, word=word)
                for category, word, count, articles in self.conn.execute(
                    f"SELECT category, word, count, articles FROM outlet_labels WHERE outlet = {self.dialect.mark} "
                    f"ORDER BY count DESC, category, word LIMIT 50", (outlet,))]

    def timeline(self, *, speaker_id=None, outlet=None, by="month") -> list[dict[str, Any]]:
        if by == "month" and speaker_id is not None and not outlet:
            return [{"period": period, "quotes": n} for period, n in self.conn.execute(
                f"SELECT month, quotes FROM speaker_months WHERE speaker_id = {self.dialect.mark} ORDER BY month",
                (speaker_id,))]
        return super().timeline(speaker_id=speaker_id, outlet=outlet, by=by)

    def _speaker_labels(self, speaker_id: int) -> list[dict[str, Any]]:
        return [{"category": category or None, "word": word, "count": count}
                for category, word, count in self.conn.execute(
                    f"SELECT category, word, count FROM speaker_labels WHERE speaker_id = {self.dialect.mark} "
                    f"ORDER BY count DESC, category, word", (speaker_id,))]
