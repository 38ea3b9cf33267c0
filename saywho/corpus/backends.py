"""Which back end keeps the store at a location, and opening it: `open_store`.

A module of its own, above the back ends (saywho/corpus/sqlite.py,
saywho/corpus/postgres/ and the read-only shards in saywho/corpus/shards/), which
build on the interface in saywho/corpus/store.py: were it in store.py, the
interface would import its own implementations.
"""

from __future__ import annotations

from saywho.corpus.store import SHARDS, Store, StoreError

DEFAULT_DB = "saywho.db"  # the store the corpus commands use when --db is not given


def open_store(location, *, create: bool = False, read_only: bool = False) -> Store:
    """The store at `location`: a postgresql:// URL, a SQLite file (a path, or sqlite:PATH), or shards:DIR.

    Raises StoreError if it is missing (or the database is empty) and `create` is False. A SQLite
    store that cannot be written (read-only file, folder or medium) is opened read-only, as any
    store is when `read_only` is True: every query works, writing raises, and an older schema is
    not upgraded. Parquet shards (saywho/corpus/shards/) are always read-only.
    """
    text = str(location)
    if text.startswith(SHARDS):
        try:
            from saywho.corpus.shards.query import ShardStore
        except ImportError as error:
            raise StoreError(f"reading shards needs {error.name}: pip install 'saywho[shards]'") from None
        return ShardStore(text.removeprefix(SHARDS))
    if text.startswith(("postgresql://", "postgres://")):
        from saywho.corpus.postgres import PostgresStore

        return PostgresStore(text, create=create, read_only=read_only)
    from saywho.corpus.sqlite import SQLiteStore

    return SQLiteStore(sqlite_path(location), create=create, read_only=read_only)


def sqlite_path(location):
    """The file a SQLite location names: "sqlite:corpus.db" and "corpus.db" both name corpus.db."""
    text = str(location)
    return text.removeprefix("sqlite://").removeprefix("sqlite:") if text.startswith("sqlite:") else location


def is_url(location) -> bool:
    """Whether `location` names a database server rather than a file."""
    return str(location).startswith(("postgresql://", "postgres://"))
