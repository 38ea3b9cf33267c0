"""Analyses made in the web app, each under a permanent link: /results/{token}.

A result is found by a random token, so one user cannot list another's
results. With a file (`saywho serve --results FILE`, by default beside the
corpus store) every result is written to its own small SQLite database, kept
apart from the corpus tables, so a link still opens after a restart. The
recent results are also kept in memory, bounded by count and by the size of
their texts, so a page that is opened again is not read back and parsed.
Without a file (the app made in tests, or `WebConfig(results=None)`) the
memory is all there is, and a restart forgets them.
"""

from __future__ import annotations

import datetime as dt
import json
import secrets
import sqlite3
import threading
from collections import OrderedDict
from pathlib import Path

from saywho.document import Analysis

DEFAULT_MAX_RESULTS = 200
DEFAULT_MAX_CHARS = 100 * 1024 * 1024
SCHEMA = "CREATE TABLE IF NOT EXISTS results (token TEXT PRIMARY KEY, created TEXT NOT NULL, analysis TEXT NOT NULL)"


class ResultsError(Exception):
    """The results file cannot be opened or written (a one-line message)."""


class Results:
    def __init__(self, path: Path | str | None = None, max_results: int = DEFAULT_MAX_RESULTS,
                 max_chars: int = DEFAULT_MAX_CHARS, read_only: bool = False):
        self.path = Path(path) if path is not None else None
        self.max_results = max_results
        self.max_chars = max_chars
        self._items: OrderedDict[str, Analysis] = OrderedDict()
        self._chars = 0
        self._lock = threading.Lock()
        self._db = _connect(self.path, read_only) if self.path is not None else None

    def add(self, analysis: Analysis) -> str:
        token = secrets.token_urlsafe(12)
        with self._lock:
            if self._db is not None:
                body = json.dumps(analysis.to_dict(), ensure_ascii=False)
                created = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
                try:
                    with self._db:
                        self._db.execute("INSERT INTO results VALUES (?, ?, ?)", (token, created, body))
                except sqlite3.Error as error:
                    raise ResultsError(f"cannot keep the result in {self.path}: {error}") from None
            self._remember(token, analysis)
        return token

    def get(self, token: str) -> Analysis | None:
        with self._lock:
            analysis = self._items.get(token)
            if analysis is not None:
                self._items.move_to_end(token)
                return analysis
            analysis = self._read(token)
            if analysis is not None:
                self._remember(token, analysis)
            return analysis

    def close(self) -> None:
        with self._lock:
            if self._db is not None:
                self._db.close()
                self._db = None

    def __len__(self) -> int:
        return len(self._items)

    def _read(self, token: str) -> Analysis | None:
        if self._db is None:
            return None
        row = self._db.execute("SELECT analysis FROM results WHERE token = ?", (token,)).fetchone()
        return Analysis.from_dict(json.loads(row[0])) if row else None

    def _remember(self, token: str, analysis: Analysis) -> None:
        self._items[token] = analysis
        self._chars += len(analysis.article.text)
        while self._items and (len(self._items) > self.max_results or self._chars > self.max_chars):
            _old, dropped = self._items.popitem(last=False)
            self._chars -= len(dropped.article.text)


def _connect(path: Path, read_only: bool) -> sqlite3.Connection | None:
    """The results file, created if need be; read-only (or None when absent) for a read-only server."""
    try:
        if read_only:
            if not path.exists():
                return None
            return sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, check_same_thread=False)
        db = sqlite3.connect(path, check_same_thread=False)
        db.execute("PRAGMA journal_mode=WAL")
        db.execute(SCHEMA)
        db.commit()
        return db
    except sqlite3.Error as error:
        raise ResultsError(f"cannot open the results file {path}: {error}") from None


def default_results_path(db: Path | str | None) -> Path:
    """Beside the corpus store (corpus.db → corpus.results.db), or ./saywho-results.db without one."""
    if db is None:
        return Path("saywho-results.db")
    db = Path(db)
    return db.with_name(db.stem + ".results.db")
