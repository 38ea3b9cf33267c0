"""The SQLite store's schema: ordered migrations from an empty file to the current version.

`MIGRATIONS[i]` takes a store from version i to version i + 1 in its own
transaction (see `SQLiteStore._migrate`). Add a step to change the schema;
never edit one that has shipped.
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Callable

from saywho.corpus import identity_counts, name_tops, sqlite_counts, sqlite_newest
from saywho.corpus.schema_tables import CORRECTIONS, FIRST_TABLES, PROFILE_COLUMNS, SPEAKER_MOVES, Dialect, create_all

SQLITE = Dialect(
    types={"key": "INTEGER PRIMARY KEY", "id": "INTEGER", "text": "TEXT", "flag": "INTEGER", "false": "0",
           "added": "TEXT NOT NULL", "quotation_extras": ""},
    index_table="{table}({columns})",
    caseless="{} COLLATE NOCASE",
    after={"quotations": ["""CREATE VIRTUAL TABLE quotations_fts USING fts5(
        content, content='quotations', content_rowid='id', tokenize='porter unicode61 remove_diacritics 2')"""]},
)

_V1 = create_all(FIRST_TABLES, SQLITE)


def _migration(statements: list[str]) -> Callable[[sqlite3.Connection], None]:
    def run(conn: sqlite3.Connection) -> None:
        for statement in statements:
            conn.execute(statement)
    return run


# Version 2: where a speaker went when identities merged it into another (schema_tables.SPEAKER_MOVES).
_V2 = SPEAKER_MOVES.create(SQLITE)

# Version 3: each quotation's source profile (analysis schema version 2), for `saywho voices`.
# Rows stored before have NULL there: their analyses carry no profile until analysed again.
_V3 = [f"ALTER TABLE quotations ADD COLUMN {column} TEXT" for column in PROFILE_COLUMNS]

_KIND_COLUMNS = ", ".join(f"{column} INTEGER NOT NULL DEFAULT 0" for column in sqlite_counts.KIND_COLUMNS)

# Version 4: a store that stays fast at any size (issue 16).
# - quotations carry their article's date, so "a speaker's quotations, newest first" is one index range;
# - running counts of the articles that name each full name and use each bare word, so a new mention's
#   identity is a few indexed lookups, and the identity pass re-resolves only the words new articles touch;
# - aggregates per speaker, outlet and month, kept up to date as articles are added, so the pages read
#   a few rows instead of scanning every quotation.
_V4 = [
    "ALTER TABLE quotations ADD COLUMN date TEXT",
    "UPDATE quotations SET date = (SELECT a.date FROM articles a WHERE a.id = quotations.article_id)",
    "DROP INDEX quotations_speaker",
    "CREATE INDEX quotations_speaker_newest ON quotations(speaker_id, date DESC, article_id DESC, start)",
    "CREATE INDEX quotations_newest ON quotations(date DESC, article_id DESC, start)",
    "DROP INDEX mentions_speaker",
    "CREATE INDEX mentions_speaker ON mentions(speaker_id, name, article_id)",
    "DROP INDEX mentions_surname",
    "CREATE INDEX mentions_surname ON mentions(surname, article_id) WHERE form = 'single'",
    "CREATE INDEX names_key ON names(key)",
    # key -> how many articles name it in full (a person) or as an organisation with initials
    """CREATE TABLE name_counts (
        key TEXT PRIMARY KEY, form TEXT NOT NULL, surname TEXT, acronym TEXT, articles INTEGER NOT NULL)""",
    "CREATE INDEX name_counts_surname ON name_counts(surname) WHERE form = 'full'",
    "CREATE INDEX name_counts_acronym ON name_counts(acronym) WHERE acronym IS NOT NULL",
    # a bare word -> how many articles use it alone for a speaker or a cited source
    "CREATE TABLE bare_counts (surname TEXT PRIMARY KEY, articles INTEGER NOT NULL)",
    # where the bare words an article does not explain go, as of the last identity pass
    """CREATE TABLE single_targets (
        surname TEXT NOT NULL, acronym TEXT NOT NULL, not_people INTEGER NOT NULL, key TEXT NOT NULL,
        PRIMARY KEY (surname, acronym, not_people))""",
    # articles with an id up to `resolved_to` have been through an identity pass
    "CREATE TABLE identity_state (resolved_to INTEGER NOT NULL)",
    "INSERT INTO identity_state VALUES (0)",
    f"""CREATE TABLE speaker_stats (
        speaker_id INTEGER PRIMARY KEY, named INTEGER NOT NULL, name TEXT NOT NULL,
        quotes INTEGER NOT NULL DEFAULT 0, articles INTEGER NOT NULL DEFAULT 0, outlets INTEGER NOT NULL DEFAULT 0,
        {_KIND_COLUMNS})""",
    "CREATE INDEX speaker_stats_top ON speaker_stats(named, quotes DESC, name, speaker_id)",
    f"""CREATE TABLE speaker_outlets (
        speaker_id INTEGER NOT NULL, outlet TEXT NOT NULL, named INTEGER NOT NULL,
        quotes INTEGER NOT NULL DEFAULT 0, articles INTEGER NOT NULL DEFAULT 0, {_KIND_COLUMNS},
        PRIMARY KEY (speaker_id, outlet))""",
    "CREATE INDEX speaker_outlets_outlet ON speaker_outlets(outlet, named, quotes DESC)",
    """CREATE TABLE speaker_months (
        speaker_id INTEGER NOT NULL, month TEXT NOT NULL, quotes INTEGER NOT NULL,
        PRIMARY KEY (speaker_id, month))""",
    """CREATE TABLE speaker_labels (
        speaker_id INTEGER NOT NULL, category TEXT NOT NULL, word TEXT NOT NULL,
        count INTEGER NOT NULL, articles INTEGER NOT NULL,
        PRIMARY KEY (speaker_id, category, word))""",
    f"""CREATE TABLE outlet_stats (
        outlet TEXT PRIMARY KEY, articles INTEGER NOT NULL DEFAULT 0, quotations INTEGER NOT NULL DEFAULT 0,
        anonymous INTEGER NOT NULL DEFAULT 0, named INTEGER NOT NULL DEFAULT 0, first_date TEXT, last_date TEXT,
        {_KIND_COLUMNS})""",
    """CREATE TABLE outlet_labels (
        outlet TEXT NOT NULL, category TEXT NOT NULL, word TEXT NOT NULL,
        count INTEGER NOT NULL, articles INTEGER NOT NULL,
        PRIMARY KEY (outlet, category, word))""",
    # anonymous sources by outlet and description (an anonymous source is never named, so never regrouped)
    """CREATE TABLE outlet_sources (
        outlet TEXT NOT NULL, description TEXT NOT NULL, type TEXT NOT NULL,
        citations INTEGER NOT NULL, articles INTEGER NOT NULL,
        PRIMARY KEY (outlet, description))""",
    "CREATE INDEX outlet_sources_top ON outlet_sources(outlet, citations DESC, description)",
    """CREATE TABLE outlet_source_how (
        outlet TEXT NOT NULL, description TEXT NOT NULL, how TEXT NOT NULL, n INTEGER NOT NULL,
        PRIMARY KEY (outlet, description, how))""",
    "CREATE TABLE totals (name TEXT PRIMARY KEY, value INTEGER NOT NULL)",
]


def _v4(conn: sqlite3.Connection) -> None:
    _migration(_V4)(conn)
    sqlite_counts.count_names(conn, 0)
    sqlite_counts.count_articles(conn, 0)
    sqlite_counts.refresh_speakers(conn, None)


# Version 5: whether the article reports a quotation as NOT said ("did not say whether ..."), read from
# each stored analysis; analyses older than schema version 3 carry no `negated`, so theirs stay false.
# UPDATE ... FROM parses each analysis once, not once per quotation.
_V5 = [
    "ALTER TABLE quotations ADD COLUMN negated INTEGER NOT NULL DEFAULT 0",
    """UPDATE quotations SET negated = 1
        FROM (SELECT an.article_id, json_extract(item.value, '$.id') AS attribution
              FROM analyses an, json_each(an.json, '$.attributions') item
              WHERE json_extract(item.value, '$.negated') = 1) said_not
        WHERE quotations.article_id = said_not.article_id AND quotations.attribution = said_not.attribution""",
]

# Version 6: a fact-checker's corrections (saywho/corpus/corrections.py), and each article's word count,
# for counts per 1,000 words where outlets are compared. Articles stored before are counted from their analyses.
# Written to run again on a store taken back to an earlier version by hand, which may hold them already.
def _v6(conn: sqlite3.Connection) -> None:
    _migration(CORRECTIONS.create(SQLITE, if_not_exists=True))(conn)
    _add_column(conn, "articles", "words", "INTEGER")
    conn.create_function("saywho_words", 1, lambda text: len(text.split()) if text else 0, deterministic=True)
    conn.execute("UPDATE articles SET words = (SELECT saywho_words(json_extract(an.json, '$.article.text')) "
                 "FROM analyses an WHERE an.article_id = articles.id)")


# Version 7: the words of each outlet's articles kept with its other counts, so that an outlet page's
# counts per 1,000 words read one row rather than summing the words of every article (76 ms at 100,000).
# A store upgraded from before version 4 made outlet_stats with today's columns, words among them.
def _v7(conn: sqlite3.Connection) -> None:
    _add_column(conn, "outlet_stats", "words", "INTEGER NOT NULL DEFAULT 0")
    conn.execute("""UPDATE outlet_stats SET words = counted.words
        FROM (SELECT COALESCE(outlet, '') AS outlet, SUM(words) AS words FROM articles GROUP BY 1) counted
        WHERE outlet_stats.outlet = counted.outlet AND counted.words IS NOT NULL""")


# Version 8: a writer whose cost grows less with the store (issue 16). Indexes no query reads any more (bare words
# are looked up in the running counts since version 4) are dropped: each cost the writer an insert at a random
# place for every name or mention. Tables keyed by text or by several columns become WITHOUT ROWID, so that an
# upsert finds and changes its row in one B-tree rather than finding it in an index and changing it in the table.
_UNREAD_INDEXES = ("names_surname", "names_acronym", "mentions_acronym")
_KEYED_TABLES = ("name_counts", "bare_counts", "single_targets", "aliases", "speaker_outlets", "speaker_months",
                 "speaker_labels", "outlet_labels", "outlet_sources", "outlet_source_how")


def _v8(conn: sqlite3.Connection) -> None:
    for index in _UNREAD_INDEXES:
        conn.execute(f"DROP INDEX IF EXISTS {index}")
    for table in _KEYED_TABLES:
        _without_rowid(conn, table)


def _without_rowid(conn: sqlite3.Connection, table: str) -> None:
    """Rebuild `table` as WITHOUT ROWID (its rows, columns and indexes as they were), unless it is one already."""
    (sql,) = conn.execute("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?", (table,)).fetchone()
    if sql.rstrip().upper().endswith("WITHOUT ROWID"):
        return
    indexes = [row[0] for row in conn.execute(
        "SELECT sql FROM sqlite_master WHERE type = 'index' AND tbl_name = ? AND sql IS NOT NULL ORDER BY name",
        (table,))]
    conn.execute(re.sub(rf'^CREATE TABLE (IF NOT EXISTS )?"?{table}"?', f"CREATE TABLE {table}_new", sql) + " WITHOUT ROWID")
    conn.execute(f"INSERT INTO {table}_new SELECT * FROM {table}")
    conn.execute(f"DROP TABLE {table}")
    conn.execute(f"ALTER TABLE {table}_new RENAME TO {table}")
    for index in indexes:
        conn.execute(index)


# Version 9: two more indexes no query reads, each an insert at a random place for every speaker or article the
# writer adds: speakers_name (a speaker's name is searched only with LIKE '%...%', which no index serves; at
# 100,000 articles it was 3.8 of the ~60 pages each article dirtied) and articles_url (no query looks an
# article up by its URL). docs/corpus.md, "The writer at 100,000 articles", has the measurements.
_V9 = ["DROP INDEX IF EXISTS speakers_name", "DROP INDEX IF EXISTS articles_url"]


# Version 10: a second full-text index keyed by date, so that a search finds its newest matches without reading each
# match's row (issue 16: /search at 100,000 articles); saywho/corpus/sqlite_newest.py says how.
_V10 = sqlite_newest.CREATE

# Version 11: that index the only full-text one (issue 16: the writer at 100,000 articles). The count, the searches
# with other filters and the trails' phrase lookup read it too, joining on its key (sqlite_newest.JOIN); the writer
# no longer tokenizes every quotation twice. Version 1 still makes `quotations_fts` (migrations that shipped stay as
# they were), so a new store makes it and drops it, empty, here.
_V11 = ["DROP TABLE IF EXISTS quotations_fts"]


# Version 12: the analyses stored deflated (saywho/corpus/packed.py; issue 16: the writer at 100,000 articles, where
# they were about 7 of the ~57 pages each article dirtied). Nothing is rewritten: rows stored before stay JSON text,
# which every reader still takes; the version only keeps an older saywho from reading the deflated rows as text.
_V12: list[str] = []


# Version 13: running counts of each named identity's names and types (saywho/corpus/identity_counts.py), which the
# identity pass reads for display names and types instead of every mention of each identity a new article names,
# and each bare word's candidates' total and top (saywho/corpus/name_tops.py), which it reads instead of every
# candidate's count (issue 16: the pass at 100,000 articles); counted here for the articles already through a pass.
_V13 = [
    """CREATE TABLE IF NOT EXISTS speaker_names (
        speaker_id INTEGER NOT NULL, name TEXT NOT NULL, articles INTEGER NOT NULL, own INTEGER NOT NULL,
        exact INTEGER NOT NULL, PRIMARY KEY (speaker_id, name)) WITHOUT ROWID""",
    """CREATE TABLE IF NOT EXISTS speaker_types (
        speaker_id INTEGER NOT NULL, type TEXT NOT NULL, mentions INTEGER NOT NULL, anonymous INTEGER NOT NULL,
        PRIMARY KEY (speaker_id, type)) WITHOUT ROWID""",
    "DELETE FROM speaker_names",
    "DELETE FROM speaker_types",
    *identity_counts.counting(identity_counts.RESOLVED),
    # per bare word, its candidates' total and top (saywho/corpus/name_tops.py), which the pass read from every candidate
    """CREATE TABLE IF NOT EXISTS name_tops (
        word TEXT NOT NULL, form TEXT NOT NULL, articles INTEGER NOT NULL, top_key TEXT NOT NULL,
        top_articles INTEGER NOT NULL, PRIMARY KEY (word, form)) WITHOUT ROWID""",
    "DELETE FROM name_tops",
    name_tops.COUNT_RESOLVED,
    # the named speakers with quotations, which the speaker list and the corpus's counts read from totals
    sqlite_counts.COUNT_NAMED_SPEAKERS,
]


def _v13(conn: sqlite3.Connection) -> None:
    _migration(_V13)(conn)
    # the identities there are and the highest id among them, as of the last pass: the pass counts those made since,
    # not every identity (NULL: count them all)
    _add_column(conn, "identity_state", "identities", "INTEGER")
    _add_column(conn, "identity_state", "identities_to", "INTEGER")
    conn.execute("UPDATE identity_state SET identities = (SELECT COUNT(*) FROM speakers), "
                 "identities_to = (SELECT COALESCE(MAX(id), 0) FROM speakers)")


def _add_column(conn: sqlite3.Connection, table: str, column: str, definition: str) -> None:
    """Add the column unless the table has it already (a migration may meet a table made with today's columns)."""
    if column not in {row[1] for row in conn.execute(f"PRAGMA table_info({table})")}:
        conn.execute(f"ALTER TABLE {table} ADD COLUMN {column} {definition}")


# Index i takes the schema from version i to version i + 1.
MIGRATIONS: list[Callable[[sqlite3.Connection], None]] = [
    _migration(_V1), _migration(_V2), _migration(_V3), _v4, _migration(_V5), _v6, _v7, _v8, _migration(_V9), _migration(_V10),
    _migration(_V11), _migration(_V12), _v13]
SCHEMA_VERSION = len(MIGRATIONS)
