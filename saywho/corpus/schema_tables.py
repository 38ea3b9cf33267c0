"""The tables both stores keep, written once and spelled for each database.

The SQLite store (sqlite_schema.py) and the PostgreSQL store (postgres/schema.py) hold the same
tables; they differ only in how a few things are spelled, which a `Dialect` says: the type of a
numbered id, of a flag, of text compared byte by byte, how an index names its table and how a
column is compared without case. Each back end's migrations render these definitions, so the
SQL a shipped migration runs must stay as it was: tests/test_schema_migrations.py holds it.

Column templates take these placeholders: {key} an id the database numbers, {id} an integer that
holds one, {text} text that sorts and compares byte by byte, {flag} a true/false column and
{false} its false, {added} when a row was stored; plain TEXT is text never sorted or compared.
"""

from __future__ import annotations

from dataclasses import dataclass, field

# A quotation's source profile (analysis schema version 2): SQLite added these in its version 3,
# PostgreSQL's first version has them.
PROFILE_COLUMNS = ("naming", "source_kind", "role_kind", "gender")


@dataclass(frozen=True)
class Dialect:
    """How one database spells the shared tables."""

    types: dict[str, str]  # what each column-template placeholder stands for
    index_table: str  # how an index names its table and columns: "{table}({columns})" or "{table} ({columns})"
    caseless: str  # a column compared without case, in an index: "{} COLLATE NOCASE" or "lower({})"
    after: dict[str, list[str]] = field(default_factory=dict)  # statements that follow a table and its indexes


@dataclass(frozen=True)
class Table:
    name: str
    columns: str  # a template (see the module's docstring), one column or a few per line
    # (suffix, columns) per index, named TABLE_SUFFIX; a column written "~name" is compared without case
    indexes: tuple[tuple[str, str], ...] = ()

    def create(self, dialect: Dialect, *, if_not_exists: bool = False) -> list[str]:
        """The CREATE TABLE statement and its indexes', then what the dialect adds after them."""
        guard = " IF NOT EXISTS" if if_not_exists else ""
        statements = [f"CREATE TABLE{guard} {self.name} ({self.columns.format(**dialect.types)})"]
        for suffix, columns in self.indexes:
            on = dialect.index_table.format(table=self.name, columns=_index_columns(columns, dialect))
            statements.append(f"CREATE INDEX{guard} {self.name}_{suffix} ON {on}")
        return statements + dialect.after.get(self.name, [])


def _index_columns(columns: str, dialect: Dialect) -> str:
    names = [name.strip() for name in columns.split(",")]
    return ", ".join(dialect.caseless.format(name[1:]) if name.startswith("~") else name for name in names)


def create_all(tables: list[Table], dialect: Dialect) -> list[str]:
    return [statement for table in tables for statement in table.create(dialect)]


# The first schema (version 1 of both stores), in the order it was created.
FIRST_TABLES = [
    Table("articles", """
        id {key},
        hash {text} NOT NULL UNIQUE,
        url {text}, outlet {text}, date {text}, title {text}, author {text}, origin {text},
        quotations INTEGER NOT NULL DEFAULT 0,
        added {added}""", (("outlet", "~outlet, date"), ("date", "date"), ("url", "url"))),
    Table("analyses", """
        article_id {id} PRIMARY KEY REFERENCES articles(id),
        json TEXT NOT NULL"""),
    Table("speakers", """
        id {key},
        key {text} NOT NULL UNIQUE,
        name {text} NOT NULL,
        type {text} NOT NULL,
        named {flag} NOT NULL,
        anonymous {flag} NOT NULL DEFAULT {false},
        article_id {id} REFERENCES articles(id)""", (("name", "~name"),)),
    Table("mentions", """
        id {key},
        article_id {id} NOT NULL REFERENCES articles(id),
        name {text} NOT NULL,
        type {text} NOT NULL,
        named {flag} NOT NULL,
        anonymous {flag} NOT NULL,
        speaks {flag} NOT NULL,
        cited {flag} NOT NULL,
        form {text} NOT NULL,
        key {text} NOT NULL,
        surname {text},
        acronym {text},
        exact {flag} NOT NULL,
        local TEXT NOT NULL,
        forms TEXT NOT NULL,
        speaker_id {id} REFERENCES speakers(id)""",
          (("article", "article_id"), ("speaker", "speaker_id"), ("surname", "surname"), ("acronym", "acronym"))),
    Table("names", """
        article_id {id} NOT NULL REFERENCES articles(id),
        form {text} NOT NULL,
        key {text} NOT NULL,
        surname {text},
        acronym {text},
        exact {flag} NOT NULL,
        name {text} NOT NULL,
        PRIMARY KEY (article_id, key)""", (("surname", "surname"), ("acronym", "acronym"))),
    Table("aliases", """
        speaker_id {id} NOT NULL REFERENCES speakers(id),
        alias {text} NOT NULL,
        articles INTEGER NOT NULL,
        PRIMARY KEY (speaker_id, alias)""", (("alias", "~alias"),)),
    # {quotation_extras}: what PostgreSQL's first quotations table has and SQLite's has not
    Table("quotations", """
        id {key},
        article_id {id} NOT NULL REFERENCES articles(id),
        attribution {text} NOT NULL,
        kind {text} NOT NULL,
        mention_id {id} REFERENCES mentions(id),
        speaker_id {id} REFERENCES speakers(id),
        speaker_name {text},
        named {flag} NOT NULL,
        anonymous {flag} NOT NULL,
        source {text}, cue {text},
        content {text} NOT NULL,
        paragraph INTEGER, start INTEGER,
        spans TEXT NOT NULL,
        role {text}, affiliation {text}, resolved_by {text},{quotation_extras}
        UNIQUE (article_id, attribution)""",
          (("speaker", "speaker_id"), ("mention", "mention_id"), ("paragraph", "article_id, paragraph"))),
    Table("sources", """
        id {key},
        article_id {id} NOT NULL REFERENCES articles(id),
        mention_id {id} REFERENCES mentions(id),
        speaker_id {id} REFERENCES speakers(id),
        name {text} NOT NULL,
        description {text} NOT NULL,
        type {text} NOT NULL,
        named {flag} NOT NULL,
        anonymous {flag} NOT NULL,
        how TEXT NOT NULL,
        count INTEGER NOT NULL,
        spans TEXT NOT NULL,
        attributions TEXT NOT NULL""",
          (("article", "article_id"), ("speaker", "speaker_id"), ("mention", "mention_id"))),
    Table("labels", """
        id {key},
        article_id {id} NOT NULL REFERENCES articles(id),
        text {text} NOT NULL,
        word {text},
        category {text},
        target {text},
        mention_id {id} REFERENCES mentions(id),
        speaker_id {id} REFERENCES speakers(id),
        paragraph INTEGER, start INTEGER,
        spans TEXT NOT NULL""",
          (("article", "article_id, paragraph"), ("speaker", "speaker_id"), ("mention", "mention_id"),
           ("category", "category"))),
]

# Where a speaker went when identities merged it into another, so its old id still leads somewhere.
SPEAKER_MOVES = Table("speaker_moves", """
        old_id {id} PRIMARY KEY,
        new_id {id} NOT NULL""")

# A fact-checker's corrections (saywho/corpus/corrections.py).
CORRECTIONS = Table("corrections", """
        id {key},
        article_hash {text} NOT NULL,
        target TEXT NOT NULL,
        attribution {text},
        field {text} NOT NULL,
        value TEXT NOT NULL,
        old TEXT,
        made_by TEXT, note TEXT,
        made_at TEXT NOT NULL,
        undone_at TEXT,
        article_id {id},
        found {text}""", (("hash", "article_hash"), ("article", "article_id")))
