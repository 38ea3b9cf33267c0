"""SQL pieces the SQLite store's queries share: paging and full-text queries (the dialect: sql_where.py)."""

from __future__ import annotations

import sqlite3

from saywho.corpus.sql_where import SQLITE


def marks(values) -> str:
    return ", ".join("?" for _ in values)


page_clause = SQLITE.page


# What SQLite says about a MATCH expression it cannot run (rather than about the database).
SEARCH_ERRORS = ("fts5", "syntax error", "no such column", "unterminated string")


def fts_query(text: str) -> str:
    """FTS5 syntax as given when it parses; otherwise each word as a quoted term (all must occur).

    The probe table has the real one's single column, so "x:word" (a column filter) is taken as words."""
    # FTS5 reads a NUL as the end of the query, which leaves a quoted term unterminated.
    text = text.replace("\x00", " ")
    probe = sqlite3.connect(":memory:")
    try:
        probe.execute("CREATE VIRTUAL TABLE t USING fts5(content)")
        probe.execute("SELECT * FROM t WHERE t MATCH ?", (text,)).fetchall()
        return text
    except sqlite3.OperationalError:
        words = [w.replace('"', '""') for w in text.split()]
        return " ".join(f'"{w}"' for w in words) or '""'
    finally:
        probe.close()
