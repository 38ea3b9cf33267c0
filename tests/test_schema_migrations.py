"""Shipped migrations never change: both back ends run, statement for statement, the SQL they ran before.

tests/data/schema_migrations.json holds what the migrations executed when it was written: for SQLite,
every statement each step sends to SQLite (traced, so the steps that are code count too) and the
`sqlite_master` of a new store; for PostgreSQL, the statements of each step. A store built or
migrated by today's code is then the one built or migrated before. When a new migration is added,
append its statements with `python tests/test_schema_migrations.py` and check the diff adds only them.
"""

from __future__ import annotations

import json
import sqlite3
import sys
from pathlib import Path

from saywho.corpus import sqlite_schema
from saywho.corpus.postgres import schema as postgres_schema
from saywho.corpus.sqlite import SQLiteStore

EXPECTED = Path(__file__).parent / "data" / "schema_migrations.json"


def sqlite_steps() -> list[list[str]]:
    """Each SQLite migration step's statements, as SQLite received them."""
    conn = sqlite3.connect(":memory:", isolation_level=None)
    steps: list[list[str]] = []
    conn.set_trace_callback(lambda statement: steps[-1].append(statement))
    for migration in sqlite_schema.MIGRATIONS:
        steps.append([])
        migration(conn)
    conn.close()
    return steps


def sqlite_master(tmp: Path) -> list[list[str | None]]:
    with SQLiteStore(tmp / "new.db", create=True) as store:
        rows = store.conn.execute("SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY type, name")
        return [list(row) for row in rows]


def produced(tmp: Path) -> dict:
    return {"sqlite_steps": sqlite_steps(), "sqlite_master": sqlite_master(tmp),
            "postgres_steps": [list(step) for step in postgres_schema.MIGRATIONS]}


def test_the_sqlite_migrations_execute_the_shipped_sql():
    assert sqlite_steps() == json.loads(EXPECTED.read_text(encoding="utf-8"))["sqlite_steps"]


def test_a_new_sqlite_store_has_the_shipped_schema(tmp_path):
    assert sqlite_master(tmp_path) == json.loads(EXPECTED.read_text(encoding="utf-8"))["sqlite_master"]


def test_the_postgres_migrations_execute_the_shipped_sql():
    expected = json.loads(EXPECTED.read_text(encoding="utf-8"))["postgres_steps"]
    assert [list(step) for step in postgres_schema.MIGRATIONS] == expected


if __name__ == "__main__":
    import tempfile

    with tempfile.TemporaryDirectory() as folder:
        EXPECTED.write_text(json.dumps(produced(Path(folder)), indent=1) + "\n", encoding="utf-8")
    sys.exit(0)
