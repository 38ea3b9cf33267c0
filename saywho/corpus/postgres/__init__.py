"""The PostgreSQL back end of the corpus store: one database shared by many writers and readers.

`open_store("postgresql://user:password@host:5432/corpus")` opens it (the
database must exist; saywho creates its tables). It answers every `Store`
query as the SQLite store does; what differs is underneath: articles are written
in batches with COPY (`add_many`), several processes on several machines may
ingest at once (a unique text hash keeps each article once), full-text search
uses a tsvector with a GIN index, and the schema is versioned and migrated under
an advisory lock. Needs psycopg 3 (`pip install 'saywho[postgres]'`).
"""

from __future__ import annotations

from saywho.corpus.corrections_store import Corrections
from saywho.corpus.postgres.connect import (
    connect,
    is_postgres_url,
    psycopg_module,
    shown,
)
from saywho.corpus.postgres.reading import Reading
from saywho.corpus.postgres.schema import MIGRATION_LOCK, MIGRATIONS, SCHEMA_VERSION
from saywho.corpus.postgres.trails import Trails
from saywho.corpus.postgres.writing import Writing
from saywho.corpus.schema_version import check_schema_version
from saywho.corpus.store import Store, StoreError

__all__ = ["SCHEMA_VERSION", "PostgresStore", "is_postgres_url"]


class PostgresStore(Corrections, Writing, Trails, Reading, Store):
    """A corpus in a PostgreSQL database. Open one per thread (a psycopg connection is not shared)."""

    writes_batches = True

    def __init__(self, url: str, *, create: bool = False, read_only: bool = False):
        self.location = url  # to open it again (ingest's workers may); never shown, as it may hold a password
        self.name = shown(url)
        self.read_only = read_only
        self.conn = connect(url, read_only=read_only)
        try:
            self._migrate(create)
        except BaseException:
            self.conn.close()
            raise

    # -- schema ----------------------------------------------------------------------------

    def schema_version(self) -> int:
        exists = self._one("SELECT to_regclass('schema_version') IS NOT NULL")
        if not exists:
            return 0
        row = self.conn.execute("SELECT version FROM schema_version").fetchone()
        return row[0] if row else 0

    def _migrate(self, create: bool) -> None:
        version = self.schema_version()
        if version == 0 and self._one("SELECT COUNT(*) FROM pg_tables WHERE schemaname = current_schema()"):
            version = self._version_once_migrated()
            if version == 0:
                raise StoreError(f"{self.name}: holds other tables and no saywho corpus (no schema_version "
                                 f"table); give saywho a database of its own")
        if version == 0 and not create:
            raise StoreError(f"no corpus at {self.name}: the database is empty; build one with "
                             f"`saywho ingest --db {self.name}`")
        check_schema_version(self.name, version, SCHEMA_VERSION, self.read_only, "for writing")
        if version < SCHEMA_VERSION:
            self._upgrade()

    def _version_once_migrated(self) -> int:
        """The schema version after any migration now running: tables but no schema_version may be another process
        creating the corpus between this one's two looks (several writers opening a new store at once)."""
        with self.conn.transaction():
            self.conn.execute("SELECT pg_advisory_xact_lock(%s)", (MIGRATION_LOCK,))
            return self.schema_version()

    def _upgrade(self) -> None:
        errors = psycopg_module().errors
        try:
            with self.conn.transaction():
                self.conn.execute("SELECT pg_advisory_xact_lock(%s)", (MIGRATION_LOCK,))
                self.conn.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)")
                version = self.schema_version()  # another process may have migrated while this one waited
                if self._one("SELECT COUNT(*) FROM schema_version") == 0:
                    self.conn.execute("INSERT INTO schema_version VALUES (0)")
                for step in range(version, SCHEMA_VERSION):
                    for statement in MIGRATIONS[step]:
                        self.conn.execute(statement)
                    self.conn.execute("UPDATE schema_version SET version = %s", (step + 1,))
        except errors.InsufficientPrivilege as error:
            raise StoreError(f"{self.name}: this user may not create saywho's tables "
                             f"({str(error).splitlines()[0]})") from None

    def outlet_words(self) -> dict[str, int]:
        """Words in each outlet's articles, from the outlets' counts (Corrections' would sum every article's)."""
        return {outlet: int(words) for outlet, words in self.conn.execute(
            "SELECT outlet, words FROM outlet_stats WHERE words > 0")}

    def close(self) -> None:
        self.conn.close()

    def connection_lost(self) -> bool:
        return self.conn.broken or self.conn.closed
