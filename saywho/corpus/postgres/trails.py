"""Quote trails in the PostgreSQL store: the grouping and queries of saywho/corpus/trail_index.py.

Its tables come with schema migration 3 (schema.py); the grouping code is the
SQLite store's, given the psycopg connection through `TrailConnection`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING, Any

from saywho.corpus import trail_index
from saywho.corpus.store import DEFAULT_LIMIT

if TYPE_CHECKING:
    from psycopg import Connection


class TrailConnection:
    """A psycopg connection that takes the `?` marks trail_index writes (its SQL holds no other `?` or `%`)."""

    def __init__(self, conn):
        self.conn = conn

    def execute(self, sql: str, params=()):
        return self.conn.execute(sql.replace("?", "%s"), params)

    def executemany(self, sql: str, rows) -> None:
        rows = list(rows)
        if rows:
            with self.conn.cursor() as cursor:
                cursor.executemany(sql.replace("?", "%s"), rows)


class Trails:
    """The trail half of PostgresStore (`self.conn`, `self._retrying` and `find_speakers` come from it)."""

    conn: Connection[Any]
    _retrying: Callable[[Callable[[], Any]], Any]

    keeps_trails = True

    def _trail_conn(self) -> TrailConnection:
        return TrailConnection(self.conn)

    def rebuild_trails(self) -> dict[str, int]:
        return self._retrying(lambda: trail_index.rebuild(self._trail_conn()))

    def trail_summary(self) -> dict[str, int]:
        return trail_index.summary(self._trail_conn())

    def trails(self, *, speaker=None, speaker_id=None, text=None, min_outlets=1, limit=DEFAULT_LIMIT, offset=0):
        speaker_ids = self.find_speakers(speaker) if speaker else None if speaker_id is None else [speaker_id]
        return trail_index.trail_page(self._trail_conn(), speaker_ids=speaker_ids, text=text,
                                      min_outlets=min_outlets, limit=limit, offset=offset)

    def trail(self, trail_id: int):
        return trail_index.trail(self._trail_conn(), trail_id)

    def trail_rows(self) -> Iterator[dict[str, Any]]:
        return trail_index.export_rows(self._trail_conn())
