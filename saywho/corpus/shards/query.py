"""A read-only store over Parquet shards: the corpus queries as DuckDB SQL, with nothing loaded.

`ShardStore(DIR)` answers what the query commands and the web app ask a `Store`
(saywho/corpus/store.py) from the files `saywho ingest --shards DIR` wrote (see
layout.py), read where they lie with `read_parquet(..., hive_partitioning = true)`.
Views over the files give the SQLite store's tables:

* each article once: the copy of the smallest finished task for its hash
  (`layout.CANONICAL_ARTICLES`); the rows of other copies and of unfinished tasks
  are left out of every table;
* identities from the identity job's speakers.parquet and mention_speakers.parquet;
* integer ids made from what identifies a row, so they stay the same as shards are
  added: an article's from its text hash, a quotation's from the hash and its
  attribution, a speaker's from the identity key (the first 60 bits of a SHA-256).

A store's ids count up as articles come in; these do not, so where a query orders
by id to break ties (two articles of the same date), shards and store may list the
tied rows in another order. Writing raises StoreError: shards are read-only.
"""

from __future__ import annotations

import threading
from pathlib import Path

import duckdb

from saywho.corpus.shards import layout
from saywho.corpus.shards.reading import ShardReading
from saywho.corpus.shards.search import QuotationIndex
from saywho.corpus.store import Store, StoreError

READ_ONLY = "shards are read-only: `saywho load --shards DIR --db FILE` copies them into a store you can write"


def _hashed(expression: str) -> str:
    """A stable 60-bit integer id from a SHA-256 hex digest."""
    return f"('0x' || substr({expression}, 1, 15))::BIGINT"


ARTICLE_ID = _hashed("{t}.hash")
QUOTATION_ID = _hashed("sha256({t}.hash || '/' || {t}.attribution)")
SPEAKER_ID = _hashed("sha256({t}.key)")


class _Result:
    """A query's rows, read whole (a DuckDB cursor cannot be iterated as sqlite3's can)."""

    def __init__(self, cursor):
        self.description = cursor.description
        self._rows = cursor.fetchall()

    def fetchall(self) -> list[tuple]:
        return self._rows

    def fetchone(self) -> tuple | None:
        return self._rows[0] if self._rows else None

    def __iter__(self):
        return iter(self._rows)


class _Reader:
    """One thread's cursor on the shards' database; a file that cannot be read is a one-line StoreError."""

    def __init__(self, cursor, root: str):
        self.cursor, self.root = cursor, root

    def execute(self, sql: str, params=()) -> _Result:
        try:
            return _Result(self.cursor.execute(sql, list(params)))
        except duckdb.IOException as error:  # a shard removed or damaged since the store was opened
            raise StoreError(f"cannot read the shards at {self.root}: {str(error).splitlines()[0]}") from None

    def close(self) -> None:
        self.cursor.close()


class ShardStore(ShardReading, Store):
    location = ""
    shared_by_threads = True  # each thread queries through a cursor of its own (the web app's threads share it)

    def __init__(self, directory: str | Path):
        self.root = str(directory).rstrip("/") or "/"
        self.location = f"shards:{self.root}"
        if "://" not in self.root and not Path(self.root, "articles").is_dir():
            raise StoreError(f"no shards at {self.root}: build them with `saywho ingest --shards {self.root}`")
        self.database = duckdb.connect(":memory:")
        self._local = threading.local()
        self._readers: list[_Reader] = []
        self._lock = threading.Lock()
        self.database.execute("SET threads = 2")  # a reader among others on the machine; DuckDB takes every core
        self.database.execute("SET parquet_metadata_cache = true")  # each query reads the same files' footers
        self.database.execute("SET default_null_order = 'nulls_first_on_asc_last_on_desc'")  # as SQLite sorts
        self._views()
        self.index = QuotationIndex(self._quotation_words)

    @property
    def conn(self) -> _Reader:
        """This thread's cursor: a DuckDB connection runs one query at a time, its cursors one each."""
        reader = getattr(self._local, "reader", None)
        if reader is None:
            with self._lock:
                reader = _Reader(self.database.cursor(), self.root)
                self._readers.append(reader)
            self._local.reader = reader
        return reader

    # -- the views ----------------------------------------------------------------------------

    def _views(self) -> None:
        try:
            for table in ("articles", "quotations", "sources", "mentions", "labels"):
                self._raw(table)
            self._kept()
            self._identity_views()
            self._table_views()
        except duckdb.Error as error:  # an unreadable file, or a URI this DuckDB cannot read
            raise StoreError(f"cannot read the shards at {self.root}: {str(error).splitlines()[0]}") from None

    def _kept(self) -> None:
        """Which copy of each article counts, read once: every query joins it (see the module's doc)."""
        done = self._literal(f"{self.root}/{layout.DONE_DIR}/*")
        self.database.execute(f"CREATE VIEW done AS SELECT DISTINCT regexp_extract(file, '([^/]+)$', 1) AS task_key "
                          f"FROM glob({done})")
        self.database.execute(f"CREATE TABLE kept AS SELECT hash, task_key, {ARTICLE_ID.format(t='c')} AS id FROM ("
                          f"WITH articles AS (SELECT hash, task_key FROM raw_articles) "
                          f"{layout.CANONICAL_ARTICLES}) c")

    def _identity_views(self) -> None:
        """Speakers and each mention's speaker, from the identity job's files."""
        for file in (layout.SPEAKERS_FILE, layout.MENTION_SPEAKERS_FILE):
            if not self._files_exist(f"{self.root}/{file}"):
                raise StoreError(f"the shards at {self.root} have no {file}: run the identity job over them "
                                 f"(`saywho identity --shards {self.root}`; `saywho ingest --shards` ends with it)")
        speakers = self._literal(f"{self.root}/{layout.SPEAKERS_FILE}")
        mention_speakers = self._literal(f"{self.root}/{layout.MENTION_SPEAKERS_FILE}")
        self.database.execute(
            f"CREATE VIEW speakers AS SELECT {SPEAKER_ID.format(t='s')} AS id, s.key, s.name, s.type, s.named, "
            f"s.anonymous FROM read_parquet({speakers}) s")
        self.database.execute(
            f"CREATE VIEW mention_speakers AS SELECT m.hash, m.mention, m.key, "
            f"{SPEAKER_ID.format(t='m')} AS speaker_id FROM read_parquet({mention_speakers}) m")

    def _table_views(self) -> None:
        """The store's tables: the kept copies' rows, with ids and speakers."""
        kept = "JOIN kept k ON k.hash = r.hash AND k.task_key = r.task_key"
        speaker = "LEFT JOIN mention_speakers ms ON ms.hash = r.hash AND ms.mention = r.mention"
        self.database.execute(
            f"CREATE VIEW articles AS SELECT k.id, r.hash, r.url, r.outlet, r.date, "
            f"r.title, r.author, r.origin, r.quotations, r.words, r.analysis FROM raw_articles r {kept}")
        self.database.execute(
            f"CREATE VIEW quotations AS SELECT {QUOTATION_ID.format(t='r')} AS id, k.id AS article_id, "
            f"r.mention AS mention_id, ms.speaker_id, r.* EXCLUDE (mention, outlet, month) "
            f"FROM raw_quotations r {kept} {speaker}")
        for table in ("sources", "labels", "mentions"):
            self.database.execute(
                f"CREATE VIEW {table} AS SELECT k.id AS article_id, r.mention AS mention_id, "
                f"ms.speaker_id, r.* EXCLUDE (outlet, month) FROM raw_{table} r {kept} {speaker}")
        # Each name of a speaker (a mention's own, and its entity's forms) with the articles that use it.
        self.database.execute(
            "CREATE VIEW aliases AS SELECT speaker_id, alias, COUNT(DISTINCT article_id) AS articles FROM ("
            "  SELECT speaker_id, article_id, name AS alias FROM mentions"
            "  UNION ALL SELECT speaker_id, article_id, unnest(from_json(forms, '[\"VARCHAR\"]')) FROM mentions"
            ") WHERE speaker_id IS NOT NULL GROUP BY speaker_id, alias")

    def _raw(self, table: str) -> None:
        glob = layout.table_glob(self.root, table)
        if self._files_exist(glob):
            self.database.execute(f"CREATE VIEW raw_{table} AS SELECT * FROM read_parquet({self._literal(glob)}, "
                              f"hive_partitioning = true, hive_types_autocast = false, union_by_name = true)")
            return
        if table == "articles":
            raise StoreError(f"no shards at {self.root}: build them with `saywho ingest --shards {self.root}`")
        # A table no task has written a row of yet: empty, with its columns.
        self.database.register(f"empty_{table}", layout.SCHEMAS[table].empty_table())
        self.database.execute(f"CREATE TABLE raw_{table} AS SELECT *, NULL::VARCHAR AS outlet, "
                              f"NULL::VARCHAR AS month FROM empty_{table}")  # a table: every cursor sees it

    def _files_exist(self, pattern: str) -> bool:
        row = self.database.execute(f"SELECT COUNT(*) FROM glob({self._literal(pattern)})").fetchone()
        return bool(row and row[0] > 0)

    @staticmethod
    def _literal(text: str) -> str:
        return "'" + text.replace("'", "''") + "'"

    def _quotation_words(self, size: int):
        cursor = self.database.cursor()
        try:
            cursor.execute("SELECT id, content FROM quotations")
            while batch := cursor.fetchmany(size):
                yield batch
        finally:
            cursor.close()

    # -- writing: refused ----------------------------------------------------------------------

    def add(self, analysis, hash=None):
        raise StoreError(READ_ONLY)

    def add_many(self, records):
        raise StoreError(READ_ONLY)

    def resolve_identities(self, *, full: bool = False):
        raise StoreError(READ_ONLY)

    def close(self) -> None:
        self.index.close()
        with self._lock:
            for reader in self._readers:
                reader.close()
            self._readers = []
        self.database.close()
