"""Full-text search over the shards' quotations, with the SQLite store's FTS5 query language and ranking.

DuckDB's own full-text extension is downloaded on first use, which a machine without
the internet cannot do, and it ranks and parses queries otherwise than the store. So a
search builds, on first use, a contentless SQLite FTS5 index of every quotation the
shards keep (the store's tokenizer: porter, unicode61, diacritics removed), held in
memory for the life of the reader: the same words match and rank (bm25) as in a store
of the same articles. Its size grows with the archive (some 250 bytes per quotation:
4.3 MB for PolNeAR's 17,494); to search a very large archive, `saywho load` a slice into a store.
"""

from __future__ import annotations

import sqlite3
import threading

from saywho.corpus.sqlite_sql import SEARCH_ERRORS, fts_query
from saywho.corpus.store import StoreError

_BATCH = 10_000


class QuotationIndex:
    """The words of every quotation, by quotation id, built from `rows` (id, content) when first searched."""

    def __init__(self, rows):
        self._rows = rows  # a callable giving an iterator of (id, content) batches
        self._conn: sqlite3.Connection | None = None
        self._lock = threading.Lock()

    def _index(self) -> sqlite3.Connection:
        with self._lock:
            if self._conn is None:
                conn = sqlite3.connect(":memory:", check_same_thread=False)
                conn.execute("CREATE VIRTUAL TABLE words USING fts5(content, content='', "
                             "tokenize='porter unicode61 remove_diacritics 2')")
                for batch in self._rows(_BATCH):
                    conn.executemany("INSERT INTO words (rowid, content) VALUES (?, ?)", batch)
                self._conn = conn
            return self._conn

    def matches(self, about: str) -> list[tuple[int, float]]:
        """(quotation id, FTS5 rank) of the quotations matching `about`, best first."""
        match = fts_query(about)
        conn = self._index()
        try:
            with self._lock:
                return conn.execute("SELECT rowid, rank FROM words WHERE words MATCH ? ORDER BY rank, rowid",
                                    (match,)).fetchall()
        except sqlite3.OperationalError as error:
            if any(sign in str(error).lower() for sign in SEARCH_ERRORS):
                raise StoreError(f"search syntax: cannot search for {about!r} ({error})") from None
            raise

    def close(self) -> None:
        if self._conn is not None:
            self._conn.close()
            self._conn = None
