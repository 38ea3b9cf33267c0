"""The SQLite back end of the corpus store: one file, WAL mode, a versioned schema.

Each article is written with all its rows in one transaction, so a run that is
killed at any point leaves whole articles only; the text hash is UNIQUE, so
nothing is stored twice. Full-text search over quotation content uses FTS5.

The schema version is kept in `schema_version`; `MIGRATIONS` lists the steps
from an empty file to the current schema, in order, and each step runs in its
own transaction when a store is opened. Add a step to change the schema; never
edit one that has shipped.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any
from urllib.parse import quote

from saywho.corpus import sqlite_counts, trail_index
from saywho.corpus.corrections_store import Corrections
from saywho.corpus.derive import ArticleRecord, derive
from saywho.corpus.identity_pass import IdentityPass, moves
from saywho.corpus.schema_version import check_schema_version
from saywho.corpus.sqlite_queries import SQLiteQueries
from saywho.corpus.sqlite_schema import MIGRATIONS, SCHEMA_VERSION
from saywho.corpus.sqlite_write import insert_batch, speaker_id
from saywho.corpus.store import DEFAULT_LIMIT, AddResult, Store, StoreError, StoreFull
from saywho.document import Analysis

__all__ = ["MIGRATIONS", "SCHEMA_VERSION", "SQLiteStore"]

WRITER_CACHE_KB = 262_144  # a writable connection's page cache (a read-only one keeps SQLite's 2 MB)


class SQLiteStore(Corrections, SQLiteQueries, Store):
    """A corpus in one SQLite file. Open one per thread; readers and the one writer may run at once (WAL)."""

    writes_batches = True

    def __init__(self, path: str | Path, *, create: bool = False, read_only: bool = False):
        self.path = Path(path)
        self.location = str(self.path)
        if not create and not self.path.is_file():
            raise StoreError(f"no corpus at {self.path}: build one with `saywho ingest`, or name it with --db FILE")
        self.read_only = read_only or (not create and not _writable(self.path))
        try:
            self.conn = self._connect_read_only() if self.read_only else self._connect()
            self._migrate()
            if not self.read_only:
                trail_index.ensure_tables(self.conn)
        except sqlite3.DatabaseError as error:
            if _is_full(error):
                raise StoreFull(f"{self.path}: the disk is full; free some space and run again") from None
            if "readonly" in str(error) or "unable to open" in str(error):
                raise StoreError(f"{self.path}: cannot be written here ({error}); adding to a corpus needs a "
                                 f"writable file and folder") from None
            raise StoreError(f"{self.path}: is not a saywho corpus ({error})") from None

    def _connect(self) -> sqlite3.Connection:
        conn = sqlite3.connect(self.path, isolation_level=None, timeout=60)
        conn.execute("PRAGMA journal_mode=WAL")
        conn.execute("PRAGMA synchronous=NORMAL")
        # 256 MB of page cache (SQLite's default is 2 MB): a large store's hot index pages stay at hand for the
        # writer, whose batches insert at random places in them (see docs/corpus.md, "The writer's batches").
        conn.execute(f"PRAGMA cache_size=-{WRITER_CACHE_KB}")
        # Fold the WAL into the file every 16,384 pages (64 MB) rather than SQLite's 1,000: a large store's
        # batches dirty pages all over its indexes, and each checkpoint copies every page the WAL holds,
        # so frequent ones copy the same pages again and again (a third of the writer's CPU at 10,000 articles).
        conn.execute("PRAGMA wal_autocheckpoint=16384")
        conn.execute("PRAGMA foreign_keys=ON")
        _limit_pages_for_tests(conn)
        return conn

    def _connect_read_only(self) -> sqlite3.Connection:
        """mode=ro; and immutable=1 where no -wal or -shm file can be made beside it (read-only media).

        immutable is kept for that case only: it tells SQLite that nobody writes the file,
        which would not hold for a writable corpus that an ingest may be adding to. It also
        makes SQLite ignore a -wal file, so one that holds articles is read through its -shm.
        """
        path = self.path.resolve()
        uri = f"file:{quote(str(path))}?mode=ro"
        if not os.access(path.parent, os.W_OK) and not _has_wal(path):
            uri += "&immutable=1"
        conn = sqlite3.connect(uri, uri=True, isolation_level=None, timeout=60)
        conn.execute("PRAGMA query_only=ON")
        return conn

    # -- schema ----------------------------------------------------------------------------

    def schema_version(self) -> int:
        row = self.conn.execute(
            "SELECT name FROM sqlite_master WHERE type='table' AND name='schema_version'").fetchone()
        if row is None:
            others = self.conn.execute("SELECT count(*) FROM sqlite_master WHERE type='table'").fetchone()[0]
            if others:
                raise StoreError(f"{self.path}: is a SQLite file but not a saywho corpus (no schema_version table)")
            return 0
        return self.conn.execute("SELECT version FROM schema_version").fetchone()[0]

    def _migrate(self) -> None:
        version = self.schema_version()
        check_schema_version(str(self.path), version, SCHEMA_VERSION, self.read_only, "where it is writable")
        for step in range(version, SCHEMA_VERSION):
            with self._transaction():
                if step == 0:
                    self.conn.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)")
                    self.conn.execute("INSERT INTO schema_version VALUES (0)")
                MIGRATIONS[step](self.conn)
                self.conn.execute("UPDATE schema_version SET version = ?", (step + 1,))

    def _transaction(self):
        return _Transaction(self.conn, self.path)

    def close(self) -> None:
        self.conn.close()

    # -- writing -----------------------------------------------------------------------------

    def add(self, analysis: Analysis | dict[str, Any], hash: str | None = None) -> AddResult:
        data = analysis.to_dict() if isinstance(analysis, Analysis) else analysis
        return self.add_many([derive(data, hash)])[0]

    def add_many(self, records: list[ArticleRecord]) -> list[AddResult]:
        with _Savepoint(self) if self._held else self._transaction():
            results = insert_batch(self.conn, records)
            if self.follows_trails:
                trail_index.add_records(self.conn, records, results)
            return results

    _held = False  # inside held_transaction: each add_many is a savepoint in one open transaction
    _held_lost: StoreError | None = None  # why SQLite ended that transaction under a write (a full disk)

    @contextmanager
    def held_transaction(self) -> Iterator[Callable[[], None]]:
        if self._held:
            raise StoreError("a held transaction is open already")
        self._held, self._held_lost = True, None
        try:
            yield self._commit_held
            self._commit_held()
        finally:
            self._held = False
            if self.conn.in_transaction:
                self.conn.execute("ROLLBACK")

    def _commit_held(self) -> None:
        if self._held_lost:
            raise self._held_lost
        if self.conn.in_transaction:
            _commit(self.conn, self.path)

    def resolve_identities(self, *, full: bool = False) -> dict[str, int]:
        with self._transaction():
            changes = IdentityPass(self.conn, lambda key: speaker_id(self.conn, key), full=full,
                                   mentions="mentions m INDEXED BY mentions_article").run()
            self._record_moves(moves(changes, self._alive))
            regrouped = sorted({c.new for c in changes} | {c.old for c in changes if c.old is not None})
            sqlite_counts.refresh_speakers(self.conn, regrouped)
            gone = [old for old in regrouped if not self._alive(old)]
            self.conn.executemany("DELETE FROM speakers WHERE id = ?", [(old,) for old in gone])
            identities = self._count_identities(gone, full)
        if self._has_corrections():  # the pass set every row's speaker from its mention: correct them again
            self.apply_corrections()
        return {"identities": identities, "merged": sum(c.key != c.own_key for c in changes),
                "changed": len(changes)}

    def _count_identities(self, gone: list[int], full: bool) -> int:
        """Every identity, from the count the last pass left: those made since (ids only grow) less those this pass
        deleted. Counting the speakers' index whole read 4.6 million keys at a million articles."""
        known, upto = self.conn.execute("SELECT identities, identities_to FROM identity_state").fetchone()
        if known is None or full:
            count = self._one("SELECT COUNT(*) FROM speakers", ())
        else:
            count = known + self._one("SELECT COUNT(*) FROM speakers WHERE id > ?", (upto,)) - sum(
                old <= upto for old in gone)
        self.conn.execute("UPDATE identity_state SET identities = ?, identities_to = ?",
                          (count, self._one("SELECT COALESCE(MAX(id), 0) FROM speakers", ())))
        return count

    def outlet_words(self) -> dict[str, int]:
        """Words in each outlet's articles ('' for articles without one), from the counts kept at ingest."""
        return dict(self.conn.execute("SELECT outlet, words FROM outlet_stats WHERE words > 0").fetchall())

    def _alive(self, speaker_id: int) -> bool:
        return self.conn.execute("SELECT 1 FROM mentions WHERE speaker_id = ? LIMIT 1",
                                 (speaker_id,)).fetchone() is not None

    def _record_moves(self, went: dict[int, int]) -> None:
        for old, new in went.items():
            self.conn.execute("UPDATE speaker_moves SET new_id = ? WHERE new_id = ?", (new, old))  # chains
            self.conn.execute("INSERT OR REPLACE INTO speaker_moves (old_id, new_id) VALUES (?, ?)", (old, new))

    # -- quote trails: saywho/corpus/trail_index.py -----------------------------------------

    keeps_trails = True

    def rebuild_trails(self) -> dict[str, int]:
        with self._transaction():
            return trail_index.rebuild(self.conn)

    def trail_summary(self) -> dict[str, int]:
        return trail_index.summary(self.conn)

    def trails(self, *, speaker=None, speaker_id=None, text=None, min_outlets=1, limit=DEFAULT_LIMIT, offset=0):
        speaker_ids = self.find_speakers(speaker) if speaker else None if speaker_id is None else [speaker_id]
        return trail_index.trail_page(self.conn, speaker_ids=speaker_ids, text=text, min_outlets=min_outlets,
                                      limit=limit, offset=offset)

    def trail(self, trail_id: int):
        return trail_index.trail(self.conn, trail_id)

    def trail_rows(self) -> Iterator[dict[str, Any]]:
        return trail_index.export_rows(self.conn)


class _Transaction:
    """BEGIN IMMEDIATE … COMMIT, or ROLLBACK on any error: all of an article's rows, or none.

    A full disk (SQLITE_FULL, whether on a write or at COMMIT) rolls back and raises StoreFull.
    """

    def __init__(self, conn: sqlite3.Connection, path: Path):
        self.conn = conn
        self.path = path

    def __enter__(self):
        try:
            self.conn.execute("BEGIN IMMEDIATE")
        except sqlite3.OperationalError as error:
            if "readonly" in str(error):
                raise StoreError(f"{self.path}: is opened read-only; it cannot be written") from None
            raise
        return self.conn

    def __exit__(self, kind, error, trace) -> None:
        if kind is None:
            _commit(self.conn, self.path)
            return
        if self.conn.in_transaction:
            self.conn.execute("ROLLBACK")
        if isinstance(error, sqlite3.DatabaseError) and _is_full(error):
            raise StoreFull(f"{self.path}: the disk is full") from None


def _commit(conn: sqlite3.Connection, path: Path) -> None:
    """COMMIT; if that fails, ROLLBACK, and a full disk raises StoreFull."""
    try:
        conn.execute("COMMIT")
    except sqlite3.DatabaseError as error:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        if _is_full(error):
            raise StoreFull(f"{path}: the disk is full") from None
        raise


class _Savepoint:
    """One write in a held transaction (BEGIN IMMEDIATE first if none is open): SAVEPOINT … RELEASE.

    On an error only this write is undone (ROLLBACK TO), and the writes before it stay for the
    held transaction's commit. SQLite may end the whole transaction instead (a full disk, an I/O
    error): then the store remembers it, refuses further writes and the commit with StoreFull (or
    StoreError), so that nothing written since the last commit is taken for stored.
    """

    def __init__(self, store: SQLiteStore):
        self.store, self.conn = store, store.conn

    def __enter__(self):
        if self.store._held_lost:
            raise self.store._held_lost
        if not self.conn.in_transaction:
            _Transaction(self.conn, self.store.path).__enter__()
        self.conn.execute("SAVEPOINT write")
        return self.conn

    def __exit__(self, kind, error, trace) -> None:
        if kind is None:
            self.conn.execute("RELEASE write")
            return
        full = isinstance(error, sqlite3.DatabaseError) and _is_full(error)
        if self.conn.in_transaction:
            self.conn.execute("ROLLBACK TO write")
            self.conn.execute("RELEASE write")
        else:
            lost = StoreFull if full else StoreError
            self.store._held_lost = lost(f"{self.store.path}: the writes since the last commit were rolled back "
                                         f"({error})")
        if full:
            raise StoreFull(f"{self.store.path}: the disk is full") from None


def _writable(path: Path) -> bool:
    """Whether the file and its directory (where SQLite keeps -wal and -shm beside it) can be written."""
    return os.access(path, os.W_OK) and os.access(path.resolve().parent, os.W_OK)


def _has_wal(path: Path) -> bool:
    """Whether writes not yet folded into the file wait in its -wal, with the -shm index to read them by."""
    wal, shm = Path(f"{path}-wal"), Path(f"{path}-shm")
    return wal.is_file() and wal.stat().st_size > 0 and shm.is_file()


def _is_full(error: sqlite3.DatabaseError) -> bool:
    return getattr(error, "sqlite_errorcode", None) == sqlite3.SQLITE_FULL or "disk is full" in str(error)


# Tests make a full disk without filling one: SQLite stops growing the file past this many pages.
MAX_PAGES_VARIABLE = "SAYWHO_SQLITE_MAX_PAGES"


def _limit_pages_for_tests(conn: sqlite3.Connection) -> None:
    pages = os.environ.get(MAX_PAGES_VARIABLE, "")
    if pages.isdigit():
        conn.execute(f"PRAGMA max_page_count = {int(pages)}")
