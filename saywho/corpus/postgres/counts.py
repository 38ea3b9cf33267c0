"""Counts the PostgreSQL store keeps up to date as articles come in, mirroring the SQLite store's.

Per speaker: `speaker_stats` (quotations, articles, outlets and kinds), `speaker_outlets`
(the same per outlet), `speaker_months` and `speaker_labels` (labels aimed at the speaker or in
a paragraph that quotes them); per outlet: `outlet_stats`, `outlet_labels`, `outlet_sources` and
`outlet_source_how` (its anonymous sources); for the whole corpus: `totals`, which also counts
the named speakers with quotations, so no page counts a table to give its total.
The pages read these (postgres/reading.py), so that they cost the same at any size.

As in the SQLite store (saywho/corpus/sqlite_counts.py, whose tables these mirror): a batch
of new articles is added with one set-based statement per table (`count_articles`), and the
speakers an identity pass or a correction regroups are counted again from their rows
(`refresh_speakers`). A NULL outlet or category is kept as '' (a key cannot be NULL). Rows are
upserted in key order, so that two writers wait for each other rather than deadlock.
"""

from __future__ import annotations

from typing import Any

from saywho.corpus.sqlite_counts import KIND_COLUMNS, TOTALS
from saywho.document import KINDS

_C = 'COLLATE "C"'
_KIND_COUNTS = ", ".join(f"COUNT(*) FILTER (WHERE q.kind = '{kind}')" for kind in KINDS)
_KIND_NAMES = ", ".join(KIND_COLUMNS)
_KIND_INTEGERS = ", ".join(f"{c} INTEGER NOT NULL DEFAULT 0" for c in KIND_COLUMNS)


def _added(table: str, columns: tuple[str, ...]) -> str:
    return ", ".join(f"{c} = {table}.{c} + EXCLUDED.{c}" for c in columns)


# -- schema version 6 (shipped: never edit) ------------------------------------------------------

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


def _v6_counted(quotes: str) -> list[str]:
    """Version 6's statements adding quotations to the speakers' counts (its migration runs them)."""
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
        _OUTLETS_OF_SPEAKERS.format(quotes=quotes),
    ]


_OUTLETS_OF_SPEAKERS = (
    "UPDATE speaker_stats t SET outlets = o.outlets FROM (SELECT speaker_id, COUNT(*) FILTER (WHERE outlet <> '') "
    "AS outlets FROM speaker_outlets WHERE speaker_id IN (SELECT q.speaker_id FROM quotations q WHERE {quotes}) "
    "GROUP BY speaker_id) o WHERE t.speaker_id = o.speaker_id AND t.outlets <> o.outlets")

FIRST_COUNT = ["TRUNCATE speaker_stats, speaker_outlets", *_v6_counted("true")]

# -- schema version 7 ---------------------------------------------------------------------------------

TABLES_V7 = [
    "ALTER TABLE speaker_outlets ADD COLUMN IF NOT EXISTS named BOOLEAN NOT NULL DEFAULT false, "
    + ", ".join(f"ADD COLUMN IF NOT EXISTS {c} INTEGER NOT NULL DEFAULT 0" for c in KIND_COLUMNS),
    "CREATE INDEX IF NOT EXISTS speaker_outlets_outlet ON speaker_outlets (outlet, named, quotes DESC)",
    f"""CREATE TABLE IF NOT EXISTS speaker_months (
        speaker_id BIGINT NOT NULL, month TEXT {_C} NOT NULL, quotes INTEGER NOT NULL,
        PRIMARY KEY (speaker_id, month))""",
    f"""CREATE TABLE IF NOT EXISTS speaker_labels (
        speaker_id BIGINT NOT NULL, category TEXT {_C} NOT NULL, word TEXT {_C} NOT NULL,
        count INTEGER NOT NULL, articles INTEGER NOT NULL,
        PRIMARY KEY (speaker_id, category, word))""",
    f"""CREATE TABLE IF NOT EXISTS outlet_stats (
        outlet TEXT {_C} PRIMARY KEY, articles INTEGER NOT NULL DEFAULT 0, quotations INTEGER NOT NULL DEFAULT 0,
        anonymous INTEGER NOT NULL DEFAULT 0, named INTEGER NOT NULL DEFAULT 0, first_date TEXT {_C},
        last_date TEXT {_C}, {_KIND_INTEGERS}, words BIGINT NOT NULL DEFAULT 0)""",
    f"""CREATE TABLE IF NOT EXISTS outlet_labels (
        outlet TEXT {_C} NOT NULL, category TEXT {_C} NOT NULL, word TEXT {_C} NOT NULL,
        count INTEGER NOT NULL, articles INTEGER NOT NULL,
        PRIMARY KEY (outlet, category, word))""",
    f"""CREATE TABLE IF NOT EXISTS outlet_sources (
        outlet TEXT {_C} NOT NULL, description TEXT {_C} NOT NULL, type TEXT {_C} NOT NULL,
        citations INTEGER NOT NULL, articles INTEGER NOT NULL,
        PRIMARY KEY (outlet, description))""",
    "CREATE INDEX IF NOT EXISTS outlet_sources_top ON outlet_sources (outlet, citations DESC, description)",
    f"""CREATE TABLE IF NOT EXISTS outlet_source_how (
        outlet TEXT {_C} NOT NULL, description TEXT {_C} NOT NULL, how TEXT {_C} NOT NULL, n INTEGER NOT NULL,
        PRIMARY KEY (outlet, description, how))""",
    f"CREATE TABLE IF NOT EXISTS totals (name TEXT {_C} PRIMARY KEY, value BIGINT NOT NULL)",
]


def _speakers_counted(quotes: str, labels_aimed: str, labels_near: str) -> list[str]:
    """Add the quotations `quotes` chooses (a condition on `q`), and the labels aimed at or near their speakers,
    to the speakers' counts; the named speakers that gain a row are added to totals."""
    kinds = ("quotes", "articles", *KIND_COLUMNS)
    near = (f"SELECT l.id AS label_id, l.speaker_id FROM labels l WHERE l.speaker_id IS NOT NULL AND {labels_aimed} "
            f"UNION SELECT l.id, q.speaker_id FROM labels l JOIN quotations q ON q.article_id = l.article_id "
            f"AND q.paragraph = l.paragraph WHERE q.speaker_id IS NOT NULL AND {labels_near}")
    return [
        f"INSERT INTO speaker_outlets (speaker_id, outlet, named, quotes, articles, {_KIND_NAMES}) "
        f"SELECT q.speaker_id, COALESCE(a.outlet, ''), s.named, COUNT(*), COUNT(DISTINCT q.article_id), "
        f"{_KIND_COUNTS} FROM quotations q JOIN articles a ON a.id = q.article_id "
        f"JOIN speakers s ON s.id = q.speaker_id WHERE {quotes} GROUP BY 1, 2, 3 ORDER BY 1, 2 "
        f"ON CONFLICT (speaker_id, outlet) DO UPDATE SET {_added('speaker_outlets', kinds)}",
        f"WITH counted AS (INSERT INTO speaker_stats (speaker_id, named, name, quotes, articles, {_KIND_NAMES}) "
        f"SELECT q.speaker_id, s.named, s.name, COUNT(*), COUNT(DISTINCT q.article_id), {_KIND_COUNTS} "
        f"FROM quotations q JOIN speakers s ON s.id = q.speaker_id WHERE {quotes} GROUP BY 1, 2, 3 ORDER BY 1 "
        f"ON CONFLICT (speaker_id) DO UPDATE SET {_added('speaker_stats', kinds)} "
        # xmax = 0: the row was inserted rather than updated, so a speaker new to the list
        f"RETURNING named AND xmax = 0 AS new) {_ADD_TOTAL.format(name='speakers', value='COUNT(*) FILTER (WHERE new)', source='counted')}",
        _OUTLETS_OF_SPEAKERS.format(quotes=quotes),
        f"INSERT INTO speaker_months (speaker_id, month, quotes) SELECT q.speaker_id, substr(q.date, 1, 7), COUNT(*) "
        f"FROM quotations q WHERE q.speaker_id IS NOT NULL AND q.date IS NOT NULL AND {quotes} GROUP BY 1, 2 "
        f"ORDER BY 1, 2 ON CONFLICT (speaker_id, month) DO UPDATE SET {_added('speaker_months', ('quotes',))}",
        "INSERT INTO speaker_labels (speaker_id, category, word, count, articles) "
        "SELECT n.speaker_id, COALESCE(l.category, ''), COALESCE(l.word, l.text), COUNT(*), "
        f"COUNT(DISTINCT l.article_id) FROM ({near}) n JOIN labels l ON l.id = n.label_id GROUP BY 1, 2, 3 "
        f"ORDER BY 1, 2, 3 ON CONFLICT (speaker_id, category, word) DO UPDATE SET "
        f"{_added('speaker_labels', ('count', 'articles'))}",
    ]


_ADD_TOTAL = ("INSERT INTO totals (name, value) SELECT '{name}', {value} FROM {source} "
              "ON CONFLICT (name) DO UPDATE SET value = totals.value + EXCLUDED.value")


def _articles_counted(articles: str) -> list[str]:
    """Add the articles `articles` chooses (a condition on an article id) to the outlets' counts and the totals."""
    on = lambda alias: articles.format(id=f"{alias}.article_id")
    totals = {
        "articles": f"SELECT COUNT(*) FROM articles a WHERE {articles.format(id='a.id')}",
        "quotations": f"SELECT COUNT(*) FROM quotations q WHERE {on('q')}",
        "anonymous_quotations": f"SELECT COUNT(*) FROM quotations q WHERE {on('q')} AND q.anonymous",
        "labels": f"SELECT COUNT(*) FROM labels l WHERE {on('l')}",
        "sources": f"SELECT COUNT(*) FROM sources x WHERE {on('x')}",
    }
    return [
        "INSERT INTO outlet_stats (outlet, articles, quotations, first_date, last_date, words) "
        "SELECT COALESCE(a.outlet, ''), COUNT(*), SUM(a.quotations), MIN(a.date), MAX(a.date), "
        f"COALESCE(SUM(a.words), 0) FROM articles a WHERE {articles.format(id='a.id')} GROUP BY 1 ORDER BY 1 "
        f"ON CONFLICT (outlet) DO UPDATE SET {_added('outlet_stats', ('articles', 'quotations', 'words'))}, "
        "first_date = LEAST(outlet_stats.first_date, EXCLUDED.first_date), "
        "last_date = GREATEST(outlet_stats.last_date, EXCLUDED.last_date)",
        f"INSERT INTO outlet_stats (outlet, anonymous, named, {_KIND_NAMES}) "
        f"SELECT COALESCE(a.outlet, ''), COUNT(*) FILTER (WHERE q.anonymous), COUNT(*) FILTER (WHERE q.named), "
        f"{_KIND_COUNTS} FROM quotations q JOIN articles a ON a.id = q.article_id WHERE {on('q')} GROUP BY 1 "
        f"ORDER BY 1 ON CONFLICT (outlet) DO UPDATE SET {_added('outlet_stats', ('anonymous', 'named', *KIND_COLUMNS))}",
        "INSERT INTO outlet_labels (outlet, category, word, count, articles) "
        "SELECT COALESCE(a.outlet, ''), COALESCE(l.category, ''), COALESCE(l.word, l.text), COUNT(*), "
        f"COUNT(DISTINCT l.article_id) FROM labels l JOIN articles a ON a.id = l.article_id WHERE {on('l')} "
        f"GROUP BY 1, 2, 3 ORDER BY 1, 2, 3 ON CONFLICT (outlet, category, word) DO UPDATE SET "
        f"{_added('outlet_labels', ('count', 'articles'))}",
        "INSERT INTO outlet_sources (outlet, description, type, citations, articles) "
        "SELECT COALESCE(a.outlet, ''), x.description, MIN(x.type), SUM(x.count), COUNT(DISTINCT x.article_id) "
        f"FROM sources x JOIN articles a ON a.id = x.article_id WHERE {on('x')} AND x.anonymous GROUP BY 1, 2 "
        f"ORDER BY 1, 2 ON CONFLICT (outlet, description) DO UPDATE SET "
        f"type = LEAST(outlet_sources.type, EXCLUDED.type), {_added('outlet_sources', ('citations', 'articles'))}",
        "INSERT INTO outlet_source_how (outlet, description, how, n) "
        "SELECT COALESCE(a.outlet, ''), x.description, h.value, COUNT(*) FROM sources x "
        "JOIN articles a ON a.id = x.article_id, jsonb_array_elements_text(x.how::jsonb) h(value) "
        f"WHERE {on('x')} AND x.anonymous GROUP BY 1, 2, 3 ORDER BY 1, 2, 3 "
        f"ON CONFLICT (outlet, description, how) DO UPDATE SET {_added('outlet_source_how', ('n',))}",
        "INSERT INTO totals (name, value) SELECT * FROM (VALUES "
        + ", ".join(f"('{name}', ({sql}))" for name, sql in totals.items())
        + ") counted (name, value) ORDER BY 1 ON CONFLICT (name) DO UPDATE SET value = totals.value + EXCLUDED.value",
    ]


# Counted from the rows, for the articles stored before version 7.
FIRST_COUNT_V7 = [
    "TRUNCATE speaker_stats, speaker_outlets, speaker_months, speaker_labels, outlet_stats, outlet_labels, "
    "outlet_sources, outlet_source_how, totals",
    *(f"INSERT INTO totals (name, value) VALUES ('{name}', 0)" for name in (*TOTALS, "speakers")),
    *_speakers_counted("true", "true", "true"),
    *_articles_counted("true"),
]


def count_articles(conn, article_ids: list[int]) -> None:
    """Add these new articles to every count (in the caller's transaction)."""
    params = {"ids": article_ids}
    for statement in _articles_counted("{id} = ANY(%(ids)s)"):
        conn.execute(statement, params)
    chosen = "q.article_id = ANY(%(ids)s)"
    for statement in _speakers_counted(chosen, "l.article_id = ANY(%(ids)s)", "l.article_id = ANY(%(ids)s)"):
        conn.execute(statement, params)


def refresh_speakers(conn, speaker_ids: list[int]) -> None:
    """Count these speakers again from their rows (they gained or lost quotations when names were regrouped)."""
    if not speaker_ids:
        return
    params: dict[str, Any] = {"ids": sorted(speaker_ids)}
    conn.execute("WITH gone AS (DELETE FROM speaker_stats WHERE speaker_id = ANY(%(ids)s) RETURNING named) "
                 + _ADD_TOTAL.format(name="speakers", value="-COUNT(*) FILTER (WHERE named)", source="gone"), params)
    for table in ("speaker_outlets", "speaker_months", "speaker_labels"):
        conn.execute(f"DELETE FROM {table} WHERE speaker_id = ANY(%(ids)s)", params)
    for statement in _speakers_counted("q.speaker_id = ANY(%(ids)s)", "l.speaker_id = ANY(%(ids)s)",
                                       "q.speaker_id = ANY(%(ids)s)"):
        conn.execute(statement, params)
