"""Per-speaker counts the PostgreSQL store keeps up to date as articles come in (schema version 6).

`speaker_stats` (quotations, articles, outlets and kinds per speaker) and `speaker_outlets`
(quotations and articles per speaker and outlet) are what the speaker list and a speaker's
page read, so that those cost the same at any size rather than counting every quotation.
As in the SQLite store (saywho/corpus/sqlite_counts.py, whose tables these mirror): a batch
of new articles is added with one set-based statement per table (`count_speakers`), and the
speakers an identity pass or a correction regroups are counted again from their rows
(`refresh_speakers`). A NULL outlet is kept as '' (a key cannot be NULL). Rows are upserted
in key order, so that two writers wait for each other rather than deadlock.
"""

from __future__ import annotations

from typing import Any

from saywho.corpus.sqlite_counts import KIND_COLUMNS
from saywho.document import KINDS

_KIND_COUNTS = ", ".join(f"COUNT(*) FILTER (WHERE q.kind = '{kind}')" for kind in KINDS)
_KIND_NAMES = ", ".join(KIND_COLUMNS)


def _added(table: str, columns: tuple[str, ...]) -> str:
    return ", ".join(f"{c} = {table}.{c} + EXCLUDED.{c}" for c in columns)


TABLES = [
    """CREATE TABLE IF NOT EXISTS speaker_stats (
        speaker_id BIGINT PRIMARY KEY, named BOOLEAN NOT NULL, name TEXT COLLATE "C" NOT NULL,
        quotes INTEGER NOT NULL DEFAULT 0, articles INTEGER NOT NULL DEFAULT 0, outlets INTEGER NOT NULL DEFAULT 0,
        """ + ", ".join(f"{c} INTEGER NOT NULL DEFAULT 0" for c in KIND_COLUMNS) + ")",
    "CREATE INDEX IF NOT EXISTS speaker_stats_top ON speaker_stats (named, quotes DESC, name, speaker_id)",
    """CREATE TABLE IF NOT EXISTS speaker_outlets (
        speaker_id BIGINT NOT NULL, outlet TEXT COLLATE "C" NOT NULL,
        quotes INTEGER NOT NULL, articles INTEGER NOT NULL,
        PRIMARY KEY (speaker_id, outlet))""",
]


def counted(quotes: str) -> list[str]:
    """The statements that add the quotations `quotes` chooses (a condition on `q`) to the speakers' counts."""
    return [
        "INSERT INTO speaker_outlets (speaker_id, outlet, quotes, articles) "
        "SELECT q.speaker_id, COALESCE(a.outlet, ''), COUNT(*), COUNT(DISTINCT q.article_id) FROM quotations q "
        f"JOIN articles a ON a.id = q.article_id WHERE q.speaker_id IS NOT NULL AND {quotes} GROUP BY 1, 2 "
        f"ORDER BY 1, 2 ON CONFLICT (speaker_id, outlet) DO UPDATE SET "
        f"{_added('speaker_outlets', ('quotes', 'articles'))}",
        f"INSERT INTO speaker_stats (speaker_id, named, name, quotes, articles, {_KIND_NAMES}) "
        f"SELECT q.speaker_id, s.named, s.name, COUNT(*), COUNT(DISTINCT q.article_id), {_KIND_COUNTS} "
        f"FROM quotations q JOIN speakers s ON s.id = q.speaker_id WHERE {quotes} GROUP BY 1, 2, 3 ORDER BY 1 "
        f"ON CONFLICT (speaker_id) DO UPDATE SET {_added('speaker_stats', ('quotes', 'articles', *KIND_COLUMNS))}",
        "UPDATE speaker_stats t SET outlets = o.outlets FROM (SELECT speaker_id, COUNT(*) FILTER (WHERE outlet <> '') "
        f"AS outlets FROM speaker_outlets WHERE speaker_id IN (SELECT q.speaker_id FROM quotations q WHERE {quotes}) "
        "GROUP BY speaker_id) o WHERE t.speaker_id = o.speaker_id AND t.outlets <> o.outlets",
    ]


# Counted from the rows, for the articles stored before version 6.
FIRST_COUNT = ["TRUNCATE speaker_stats, speaker_outlets", *counted("true")]


def count_speakers(conn, article_ids: list[int]) -> None:
    """Add the quotations of these new articles to their speakers' counts (in the caller's transaction)."""
    for statement in counted("q.article_id = ANY(%(ids)s)"):
        conn.execute(statement, {"ids": article_ids})


def refresh_speakers(conn, speaker_ids: list[int]) -> None:
    """Count these speakers again from their rows (they gained or lost quotations when names were regrouped)."""
    if not speaker_ids:
        return
    params: dict[str, Any] = {"ids": sorted(speaker_ids)}
    for table in ("speaker_stats", "speaker_outlets"):
        conn.execute(f"DELETE FROM {table} WHERE speaker_id = ANY(%(ids)s)", params)
    for statement in counted("q.speaker_id = ANY(%(ids)s)"):
        conn.execute(statement, params)
