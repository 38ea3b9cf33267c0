"""Corrections in the store: kept in their own table, written into the quotation rows they correct.

A mixin for both back ends (SQLite and PostgreSQL): the SQL is plain, with `?` marks that
become the store's dialect's (`%s` for psycopg). The stored analysis stays the machine's answer; the quotation rows
carry the corrected values, so every query, count and export shows them, and each row a
correction touches is rewritten from the analysis (through `derive`, the one reader of the
analysis JSON) and the corrections still active, so undoing one puts the machine's values back.
The identity pass rewrites the rows' speakers from their mentions, so the store applies the
corrections again after every pass; ingest ends with one, which is how a correction reaches an
article stored after it was made.

See saywho/corpus/corrections.py for what a correction is and how it finds its attribution.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from contextlib import contextmanager
from datetime import UTC, datetime
from typing import Any

from saywho.corpus import outlet_recount, sqlite_newest
from saywho.corpus.corrections import (
    FIELDS,
    SPAN_FIELDS,
    Correction,
    CorrectionError,
    attribution_by_id,
    corrected_analysis,
    find_attribution,
    machine_value,
    span_value,
)
from saywho.corpus.corrections_sources import rewrite_sources
from saywho.corpus.derive import derive
from saywho.corpus.packed import unpacked
from saywho.corpus.sql_where import SQLITE, Dialect

_COLUMNS = ("id, article_hash, target, attribution, field, value, old, made_by, note, made_at, undone_at, "
            "article_id, found")
_JSON_COLUMNS = ("target", "value", "old")
_WRITTEN = ("speaker_id", "speaker_name", "named", "anonymous", "source", "cue", "content", "spans", "start")


class Corrections:
    """`correct`, `corrections`, `undo_correction`, `import_corrections`, `apply_corrections`; and the
    reads that show corrections (`quotes`, `rows`, `outlets`) wrapped around the back end's own."""

    conn: Any
    dialect: Dialect  # the store's (saywho/corpus/sql_where.py)
    find_speakers: Callable[[str], list[int]]  # the store's

    # -- the dialect ---------------------------------------------------------------------------

    def _sql(self, sql: str) -> str:
        return sql.replace("?", self.dialect.mark)

    def _on_sqlite(self) -> bool:
        return self.dialect is SQLITE

    def _run(self, sql: str, params=()):
        return self.conn.execute(self._sql(sql), tuple(params))

    @contextmanager
    def _correcting(self):
        if self._on_sqlite():
            with self._transaction():
                yield
        else:
            with self.conn.transaction():
                yield

    # -- writing -------------------------------------------------------------------------------

    def correct(self, article: str | int, attribution: str, field: str, value: Any = True, *,
                made_by: str | None = None, note: str | None = None) -> Correction:
        """Correct one attribution of a stored article (by id or text hash); returns the correction, applied."""
        if field not in FIELDS:
            raise CorrectionError(f"cannot correct {field!r}; choose one of {', '.join(FIELDS)}")
        article_id, digest = self._find_article(article)
        data = self._machine_analysis(article_id)
        found = attribution_by_id(data, attribution)
        if found is None:
            ids = [a["id"] for a in data.get("attributions", [])]
            listed = f"{ids[0]}…{ids[-1]}" if len(ids) > 1 else ", ".join(ids) or "none"
            raise CorrectionError(f"article {article} has no attribution {attribution!r} (its attributions: {listed})")
        target = (found.get("content") or {}).get("spans") or []
        if not target:
            raise CorrectionError(f"attribution {attribution} has no content span to know it by")
        text = data["article"]["text"]
        new = self._checked_value(field, value, text)
        old = machine_value(found, field, text)
        if field == "speaker_id":  # the corpus identity the machine's speaker has now, not the analysis's entity
            row = self._run("SELECT s.id, s.name FROM quotations q JOIN mentions m ON m.id = q.mention_id "
                            "JOIN speakers s ON s.id = m.speaker_id WHERE q.article_id = ? AND q.attribution = ?",
                            (article_id, attribution)).fetchone()
            old = {"id": row[0], "name": row[1]} if row else None
        made_at = datetime.now(UTC).isoformat(timespec="seconds")
        with self._correcting():
            self._run("INSERT INTO corrections (article_hash, target, attribution, field, value, old, made_by, note, "
                      "made_at, article_id, found) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                      (digest, json.dumps(target), attribution, field, json.dumps(new), json.dumps(old), made_by,
                       note, made_at, article_id, attribution))
            self._refresh(self._apply_article(article_id, digest))
        return self.corrections(article_hash=digest)[-1]

    def _checked_value(self, field: str, value: Any, text: str) -> Any:
        if field == "speaker":
            name = " ".join(str(value or "").split())
            if not name:
                raise CorrectionError("the corrected speaker needs a name")
            return name
        if field == "speaker_id":
            if not str(value).isdigit() or self._speaker_name(int(value)) is None:
                raise CorrectionError(f"no speaker with id {value} in this corpus")
            return int(value)
        if field == "not_a_quote":
            return True
        spans = value["spans"] if isinstance(value, dict) else value
        if not spans or any(not 0 <= s < e <= len(text) for s, e in spans):
            raise CorrectionError(f"the {field} span must lie within the article's {len(text)} characters")
        return span_value(text, sorted([int(s), int(e)] for s, e in spans))

    def undo_correction(self, correction_id: int) -> Correction:
        found = self._correction(correction_id)
        if not found.active:
            raise CorrectionError(f"correction {correction_id} was undone already, at {found.undone_at}")
        with self._correcting():
            self._run("UPDATE corrections SET undone_at = ? WHERE id = ?",
                      (datetime.now(UTC).isoformat(timespec="seconds"), correction_id))
            if found.article_id is not None:
                self._refresh(self._apply_article(found.article_id, found.article_hash))
        return self._correction(correction_id)

    def import_corrections(self, items: list[dict[str, Any]]) -> dict[str, int]:
        """Corrections exported from another store (`export --table corrections`): each kept, applied where it
        finds its attribution and orphaned where not; one already here (same article, target, field, value,
        time) is skipped."""
        added = skipped = 0
        with self._correcting():
            for item in items:
                key = (item["article_hash"], json.dumps(item["target"]), item["field"], json.dumps(item["value"]),
                       item["made_at"])
                if self._run("SELECT 1 FROM corrections WHERE article_hash = ? AND target = ? AND field = ? AND "
                             "value = ? AND made_at = ?", key).fetchone():
                    skipped += 1
                    continue
                self._run("INSERT INTO corrections (article_hash, target, attribution, field, value, old, made_by, "
                          "note, made_at, undone_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                          (*key[:2], item.get("attribution"), item["field"], key[3], json.dumps(item.get("old")),
                           item.get("made_by"), item.get("note"), item["made_at"], item.get("undone_at")))
                added += 1
        self.apply_corrections()
        return {"added": added, "skipped": skipped}

    def apply_corrections(self) -> dict[str, int]:
        """Find every correction's attribution again and write the corrected rows (after an identity pass)."""
        hashes = [row[0] for row in self._run("SELECT DISTINCT article_hash FROM corrections ORDER BY 1")]
        regrouped: set[int] = set()
        with self._correcting():
            for digest in hashes:
                row = self._run("SELECT id FROM articles WHERE hash = ?", (digest,)).fetchone()
                if row is None:
                    self._run("UPDATE corrections SET article_id = NULL, found = NULL WHERE article_hash = ?",
                              (digest,))
                elif not self._holds(row[0], digest):
                    regrouped |= self._apply_article(row[0], digest)
            self._refresh(regrouped)
        listed = self.corrections()
        return {"applied": sum(c.status == "applied" for c in listed),
                "orphaned": sum(c.orphaned for c in listed)}

    def _apply_article(self, article_id: int, digest: str) -> set[int]:
        """Rewrite the quotation rows of one article that corrections touch: the machine's values, then theirs.

        Only rows whose values change are written; returns the speakers whose counts that changes."""
        data = self._machine_analysis(article_id)
        derived = derive(data, digest)
        machine = {row.attribution: row for row in derived.quotations}
        touched: dict[str, list[Correction]] = {}
        for correction in self.corrections(article_hash=digest):
            found = find_attribution(data, correction.target)
            attribution = found["id"] if found else None
            if (correction.article_id, correction.found) != (article_id, attribution):
                self._run("UPDATE corrections SET article_id = ?, found = ? WHERE id = ?",
                          (article_id, attribution, correction.id))
            if attribution is not None:
                touched.setdefault(attribution, [])
                if correction.active:
                    touched[attribution].append(correction)
        regrouped: set[int] = set()
        moved: dict[str, dict[str, Any]] = {}  # attributions given to another speaker, or to none
        writes = []
        for attribution, corrections in touched.items():
            row_values = self._row_values(article_id, attribution)
            if row_values is None or attribution not in machine:
                continue
            quotation_id, now = row_values
            machine_speaker, machine_named = self._run(
                "SELECT m.speaker_id, m.named FROM quotations q JOIN mentions m ON m.id = q.mention_id "
                "WHERE q.id = ?", (quotation_id,)).fetchone() or (None, None)
            values = _machine_values(machine[attribution], machine_speaker, machine_named)
            for correction in corrections:
                self._corrected_values(values, correction)
            if any(c.field in ("speaker", "speaker_id", "not_a_quote") for c in corrections):
                moved[attribution] = {**values, "not_a_quote": any(c.field == "not_a_quote" for c in corrections)}
            if values != now:
                writes.append((quotation_id, values, now["content"]))
                regrouped |= {i for i in (now["speaker_id"], values["speaker_id"]) if i is not None}
        if writes:
            outlet_recount.take_out(self._run, article_id)
            for quotation_id, values, content_before in writes:
                self._write_quotation(quotation_id, values, content_before)
            rewrite_sources(self._run, article_id, derived, moved, totals=True)
            outlet_recount.put_back(self._run, article_id)
        return regrouped

    def _refresh(self, speaker_ids: set[int]) -> None:
        """The store's per-speaker counts, for speakers that gained or lost a quotation."""
        if not speaker_ids:
            return
        if self._on_sqlite():
            from saywho.corpus import sqlite_counts

            sqlite_counts.refresh_speakers(self.conn, sorted(speaker_ids))
        else:
            from saywho.corpus.postgres import counts

            counts.refresh_speakers(self.conn, sorted(speaker_ids))

    def _holds(self, article_id: int, digest: str) -> bool:
        """Whether the article's rows hold its corrections already (an identity pass moved none of them).

        A stored analysis never changes, so where each correction found its attribution last time
        still holds; only the rows are checked."""
        by_attribution: dict[str, list[Correction]] = {}
        for correction in self.corrections(article_hash=digest):
            if correction.article_id != article_id:
                return False  # the article arrived since: find the attributions
            if correction.found is not None and correction.active:
                by_attribution.setdefault(correction.found, []).append(correction)
        for attribution, corrections in by_attribution.items():
            now = self._row_values(article_id, attribution)
            if now is None:
                return False
            probe = {**now[1], "spans": dict(now[1]["spans"])}
            for correction in corrections:
                self._corrected_values(probe, correction)
            if probe != now[1]:
                return False
        return True

    def _row_values(self, article_id: int, attribution: str) -> tuple[int, dict[str, Any]] | None:
        row = self._run(f"SELECT q.id, {', '.join('q.' + c for c in _WRITTEN)} FROM quotations q "
                        "WHERE q.article_id = ? AND q.attribution = ?", (article_id, attribution)).fetchone()
        if row is None:
            return None
        now = dict(zip(_WRITTEN, row[1:], strict=True))
        now.update(named=bool(now["named"]), anonymous=bool(now["anonymous"]), spans=json.loads(now["spans"]))
        return row[0], now

    def _corrected_values(self, values: dict[str, Any], correction: Correction) -> None:
        if correction.field == "speaker":
            values.update(speaker_name=correction.value, speaker_id=self._speaker_for(correction.value),
                          named=True, anonymous=False)
        elif correction.field == "speaker_id":
            values.update(speaker_id=int(correction.value), speaker_name=self._speaker_name(int(correction.value)),
                          named=True, anonymous=False)
        elif correction.field == "not_a_quote":
            values.update(speaker_id=None)  # no longer counted as anyone's quotation
        elif correction.field in SPAN_FIELDS:
            spans = correction.value["spans"]
            values["spans"] = {**values["spans"], correction.field: spans}
            values[correction.field] = correction.value["text"]
            if correction.field == "content":
                values["start"] = spans[0][0]

    def _write_quotation(self, quotation_id: int, values: dict[str, Any], content_before: str) -> None:
        self._run("UPDATE quotations SET speaker_id = ?, speaker_name = ?, named = ?, anonymous = ?, source = ?, "
                  "cue = ?, content = ?, spans = ?, start = ? WHERE id = ?",
                  (values["speaker_id"], values["speaker_name"], values["named"], values["anonymous"],
                   values["source"], values["cue"], values["content"], json.dumps(values["spans"]), values["start"],
                   quotation_id))
        if self._on_sqlite() and values["content"] != content_before:  # the full-text index holds the words
            sqlite_newest.reindex(self.conn, quotation_id, content_before)

    def _speaker_for(self, name: str) -> int | None:
        """The corpus identity a corrected name is, if one is: by its key, else the one alias it matches.

        A name no identity has stays on the quotation without one (a speaker of its own would have no
        mention, which the identity pass does not keep)."""
        ids = self.find_speakers(name)
        if len(ids) > 1:
            ids = [i for i in ids if (self._speaker_name(i) or "").casefold() == name.casefold()]
        return ids[0] if len(ids) == 1 else None

    def _speaker_name(self, speaker_id: int) -> str | None:
        row = self._run("SELECT name FROM speakers WHERE id = ?", (speaker_id,)).fetchone()
        return row[0] if row else None

    # -- reading -------------------------------------------------------------------------------

    def corrections(self, *, article_hash: str | None = None, article_id: int | None = None,
                    active: bool | None = None) -> list[Correction]:
        clauses: list[str] = []
        params: list[Any] = []
        if article_hash is not None:
            clauses.append("article_hash = ?")
            params.append(article_hash)
        if article_id is not None:
            clauses.append("article_id = ?")
            params.append(article_id)
        if active is not None:
            clauses.append("undone_at IS NULL" if active else "undone_at IS NOT NULL")
        where = f"WHERE {' AND '.join(clauses)}" if clauses else ""
        return [_correction(row) for row in self._run(f"SELECT {_COLUMNS} FROM corrections {where} ORDER BY id",
                                                      params)]

    def _correction(self, correction_id: int) -> Correction:
        row = self._run(f"SELECT {_COLUMNS} FROM corrections WHERE id = ?", (correction_id,)).fetchone()
        if row is None:
            raise CorrectionError(f"no correction {correction_id}; `saywho correct --list` lists them")
        return _correction(row)

    def corrected_article(self, article_id: int) -> tuple[dict[str, Any], dict[str, list[Correction]],
                                                          list[Correction]] | None:
        """An article as corrected (dict form), its corrections by attribution id, and its whole trail."""
        row = self._run("SELECT json FROM analyses WHERE article_id = ?", (article_id,)).fetchone()
        if row is None:
            return None
        trail = self.corrections(article_id=article_id)
        names: dict[int, str] = {}  # a speaker id no identity has any more shows as itself
        for correction in trail:
            if correction.field == "speaker_id" and (name := self._speaker_name(correction.value)) is not None:
                names[correction.value] = name
        data, applied = corrected_analysis(unpacked(row[0]), trail, names)
        return data, applied, trail

    def _find_article(self, article: str | int) -> tuple[int, str]:
        text = str(article).strip()
        if text.isdigit():
            row = self._run("SELECT id, hash FROM articles WHERE id = ?", (int(text),)).fetchone()
        elif len(text) >= 8 and all(c in "0123456789abcdef" for c in text.lower()):
            rows = self._run("SELECT id, hash FROM articles WHERE hash LIKE ?", (text.lower() + "%",)).fetchall()
            if len(rows) > 1:
                raise CorrectionError(f"{len(rows)} articles have a hash starting {text}: give more of it")
            row = rows[0] if rows else None
        else:
            raise CorrectionError(f"{text!r}: name the article by its id (saywho quotes shows it) or its text hash")
        if row is None:
            raise CorrectionError(f"no article {text} in this corpus")
        return row[0], row[1]

    def _machine_analysis(self, article_id: int) -> dict[str, Any]:
        return unpacked(self._run("SELECT json FROM analyses WHERE article_id = ?", (article_id,)).fetchone()[0])

    def quotes(self, **query):
        page = super().quotes(**query)
        article_ids = sorted({row.article_id for row in page.rows})
        if not article_ids or not self._has_corrections():
            return page
        marks = ", ".join("?" for _ in article_ids)
        by_row: dict[tuple[int, str], list[Correction]] = {}
        for row in self._run(f"SELECT {_COLUMNS} FROM corrections WHERE undone_at IS NULL AND found IS NOT NULL "
                             f"AND article_id IN ({marks}) ORDER BY id", article_ids):
            correction = _correction(row)
            by_row.setdefault((correction.article_id, correction.found), []).append(correction)
        for row in page.rows:
            corrections = by_row.get((row.article_id, row.attribution))
            if corrections:
                row.corrected = True
                row.not_a_quote = any(c.field == "not_a_quote" for c in corrections)
                row.machine = {c.field: c.old for c in corrections}
        return page

    def _has_corrections(self) -> bool:
        return self._run("SELECT 1 FROM corrections LIMIT 1").fetchone() is not None

    def rows(self, table: str):
        if table == "corrections":
            return self._correction_rows()
        rows = super().rows(table)  # type: ignore[misc]  # a mixin: super() is the store's back end
        return self._marked(rows) if table == "quotations" else rows

    def _marked(self, rows):
        corrected = {(r[0], r[1]) for r in self._run(
            "SELECT article_id, found FROM corrections WHERE undone_at IS NULL AND found IS NOT NULL")}
        for row in rows:
            yield {**row, "corrected": "yes" if (row["article_id"], row["attribution"]) in corrected else "no"}

    def _correction_rows(self):
        """Each correction as training data: the article's hash, the spans, their text, the old and the new."""
        for correction in self.corrections():
            item = correction.to_dict()
            if correction.article_id is not None:
                data = self._machine_analysis(correction.article_id)
                item["target_text"] = span_value(data["article"]["text"], correction.target)["text"]
            yield item

    def outlets(self, **query):
        page = super().outlets(**query)
        words = self.outlet_words()
        for row in page.rows:
            row.words = words.get(row.outlet or "")
        return page

    def outlet_words(self) -> dict[str, int]:
        """Words in each outlet's articles ('' for articles without one), for counts per 1,000 words."""
        return {outlet: int(total) for outlet, total in self._run(
            "SELECT COALESCE(outlet, ''), SUM(words) FROM articles GROUP BY COALESCE(outlet, '')") if total}

    def resolve_identities(self, *, full: bool = False) -> dict[str, int]:
        result = super().resolve_identities(full=full)  # type: ignore[misc]  # a mixin: the back end's
        if self._has_corrections():
            self.apply_corrections()
        return result


def _machine_values(row, speaker_id: int | None, named) -> dict[str, Any]:
    """A quotation row's values as the machine's analysis gives them (QuotationRecord from derive)."""
    return {"speaker_id": speaker_id, "speaker_name": row.speaker_name,
            "named": bool(named) if named is not None else False, "anonymous": bool(row.anonymous),
            "source": row.source, "cue": row.cue, "content": row.content, "spans": json.loads(row.spans),
            "start": row.start}


def _correction(row) -> Correction:
    values = dict(zip([c.strip() for c in _COLUMNS.split(",")], row, strict=True))
    for column in _JSON_COLUMNS:
        values[column] = json.loads(values[column]) if values[column] is not None else None
    return Correction(**values)
