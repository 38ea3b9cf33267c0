"""The SQLite store's schema: ordered migrations from an empty file to the current version.

`MIGRATIONS[i]` takes a store from version i to version i + 1 in its own
transaction (see `SQLiteStore._migrate`). Add a step to change the schema;
never edit one that has shipped.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable

from saywho.corpus import sqlite_counts

_V1 = [
    """CREATE TABLE articles (
        id INTEGER PRIMARY KEY,
        hash TEXT NOT NULL UNIQUE,
        url TEXT, outlet TEXT, date TEXT, title TEXT, author TEXT, origin TEXT,
        quotations INTEGER NOT NULL DEFAULT 0,
        added TEXT NOT NULL)""",
    "CREATE INDEX articles_outlet ON articles(outlet COLLATE NOCASE, date)",
    "CREATE INDEX articles_date ON articles(date)",
    "CREATE INDEX articles_url ON articles(url)",
    """CREATE TABLE analyses (
        article_id INTEGER PRIMARY KEY REFERENCES articles(id),
        json TEXT NOT NULL)""",
    """CREATE TABLE speakers (
        id INTEGER PRIMARY KEY,
        key TEXT NOT NULL UNIQUE,
        name TEXT NOT NULL,
        type TEXT NOT NULL,
        named INTEGER NOT NULL,
        anonymous INTEGER NOT NULL DEFAULT 0,
        article_id INTEGER REFERENCES articles(id))""",
    "CREATE INDEX speakers_name ON speakers(name COLLATE NOCASE)",
    """CREATE TABLE mentions (
        id INTEGER PRIMARY KEY,
        article_id INTEGER NOT NULL REFERENCES articles(id),
        name TEXT NOT NULL,
        type TEXT NOT NULL,
        named INTEGER NOT NULL,
        anonymous INTEGER NOT NULL,
        speaks INTEGER NOT NULL,
        cited INTEGER NOT NULL,
        form TEXT NOT NULL,
        key TEXT NOT NULL,
        surname TEXT,
        acronym TEXT,
        exact INTEGER NOT NULL,
        local TEXT NOT NULL,
        forms TEXT NOT NULL,
        speaker_id INTEGER REFERENCES speakers(id))""",
    "CREATE INDEX mentions_article ON mentions(article_id)",
    "CREATE INDEX mentions_speaker ON mentions(speaker_id)",
    "CREATE INDEX mentions_surname ON mentions(surname)",
    "CREATE INDEX mentions_acronym ON mentions(acronym)",
    """CREATE TABLE names (
        article_id INTEGER NOT NULL REFERENCES articles(id),
        form TEXT NOT NULL,
        key TEXT NOT NULL,
        surname TEXT,
        acronym TEXT,
        exact INTEGER NOT NULL,
        name TEXT NOT NULL,
        PRIMARY KEY (article_id, key))""",
    "CREATE INDEX names_surname ON names(surname)",
    "CREATE INDEX names_acronym ON names(acronym)",
    """CREATE TABLE aliases (
        speaker_id INTEGER NOT NULL REFERENCES speakers(id),
        alias TEXT NOT NULL,
        articles INTEGER NOT NULL,
        PRIMARY KEY (speaker_id, alias))""",
    "CREATE INDEX aliases_alias ON aliases(alias COLLATE NOCASE)",
    """CREATE TABLE quotations (
        id INTEGER PRIMARY KEY,
        article_id INTEGER NOT NULL REFERENCES articles(id),
        attribution TEXT NOT NULL,
        kind TEXT NOT NULL,
        mention_id INTEGER REFERENCES mentions(id),
        speaker_id INTEGER REFERENCES speakers(id),
        speaker_name TEXT,
        named INTEGER NOT NULL,
        anonymous INTEGER NOT NULL,
        source TEXT, cue TEXT,
        content TEXT NOT NULL,
        paragraph INTEGER, start INTEGER,
        spans TEXT NOT NULL,
        role TEXT, affiliation TEXT, resolved_by TEXT,
        UNIQUE (article_id, attribution))""",
    "CREATE INDEX quotations_speaker ON quotations(speaker_id)",
    "CREATE INDEX quotations_mention ON quotations(mention_id)",
    "CREATE INDEX quotations_paragraph ON quotations(article_id, paragraph)",
    """CREATE VIRTUAL TABLE quotations_fts USING fts5(
        content, content='quotations', content_rowid='id', tokenize='porter unicode61 remove_diacritics 2')""",
    """CREATE TABLE sources (
        id INTEGER PRIMARY KEY,
        article_id INTEGER NOT NULL REFERENCES articles(id),
        mention_id INTEGER REFERENCES mentions(id),
        speaker_id INTEGER REFERENCES speakers(id),
        name TEXT NOT NULL,
        description TEXT NOT NULL,
        type TEXT NOT NULL,
        named INTEGER NOT NULL,
        anonymous INTEGER NOT NULL,
        how TEXT NOT NULL,
        count INTEGER NOT NULL,
        spans TEXT NOT NULL,
        attributions TEXT NOT NULL)""",
    "CREATE INDEX sources_article ON sources(article_id)",
    "CREATE INDEX sources_speaker ON sources(speaker_id)",
    "CREATE INDEX sources_mention ON sources(mention_id)",
    """CREATE TABLE labels (
        id INTEGER PRIMARY KEY,
        article_id INTEGER NOT NULL REFERENCES articles(id),
        text TEXT NOT NULL,
        word TEXT,
        category TEXT,
        target TEXT,
        mention_id INTEGER REFERENCES mentions(id),
        speaker_id INTEGER REFERENCES speakers(id),
        paragraph INTEGER, start INTEGER,
        spans TEXT NOT NULL)""",
    "CREATE INDEX labels_article ON labels(article_id, paragraph)",
    "CREATE INDEX labels_speaker ON labels(speaker_id)",
    "CREATE INDEX labels_mention ON labels(mention_id)",
    "CREATE INDEX labels_category ON labels(category)",
]


def _migration(statements: list[str]) -> Callable[[sqlite3.Connection], None]:
    def run(conn: sqlite3.Connection) -> None:
        for statement in statements:
            conn.execute(statement)
    return run


# Version 2: where a speaker went when identities merged it into another, so its old id still leads somewhere.
_V2 = [
    """CREATE TABLE speaker_moves (
        old_id INTEGER PRIMARY KEY,
        new_id INTEGER NOT NULL)""",
]

# Version 3: each quotation's source profile (analysis schema version 2), for `saywho voices`.
# Rows stored before have NULL there: their analyses carry no profile until analysed again.
_V3 = [f"ALTER TABLE quotations ADD COLUMN {column} TEXT" for column in ("naming", "source_kind", "role_kind", "gender")]

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
CORRECTIONS_TABLE = """CREATE TABLE IF NOT EXISTS corrections (
        id INTEGER PRIMARY KEY,
        article_hash TEXT NOT NULL,
        target TEXT NOT NULL,
        attribution TEXT,
        field TEXT NOT NULL,
        value TEXT NOT NULL,
        old TEXT,
        made_by TEXT, note TEXT,
        made_at TEXT NOT NULL,
        undone_at TEXT,
        article_id INTEGER,
        found TEXT)"""


def _v6(conn: sqlite3.Connection) -> None:
    conn.execute(CORRECTIONS_TABLE)
    conn.execute("CREATE INDEX IF NOT EXISTS corrections_hash ON corrections(article_hash)")
    conn.execute("CREATE INDEX IF NOT EXISTS corrections_article ON corrections(article_id)")
    if "words" not in {row[1] for row in conn.execute("PRAGMA table_info(articles)")}:
        conn.execute("ALTER TABLE articles ADD COLUMN words INTEGER")
    conn.create_function("saywho_words", 1, lambda text: len(text.split()) if text else 0, deterministic=True)
    conn.execute("UPDATE articles SET words = (SELECT saywho_words(json_extract(an.json, '$.article.text')) "
                 "FROM analyses an WHERE an.article_id = articles.id)")


# Index i takes the schema from version i to version i + 1.
MIGRATIONS: list[Callable[[sqlite3.Connection], None]] = [
    _migration(_V1), _migration(_V2), _migration(_V3), _v4, _migration(_V5), _v6]
SCHEMA_VERSION = len(MIGRATIONS)
