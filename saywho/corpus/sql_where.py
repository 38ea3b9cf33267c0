"""The SQL dialects of the stores, and WHERE clauses built up with their parameters.

The stores' queries are written once (saywho/corpus/sql_reading.py); what differs between
the back ends is small and lives here: the driver's placeholder (`?` for sqlite3, `%s` for
psycopg), how text is matched without regard to case, how a list of ids is bound, where
NULLs sort, paging, booleans, and how a column's values are gathered into one. `Where` is
SQLite's, `PostgresWhere` PostgreSQL's.
"""

from __future__ import annotations

import json
from typing import Any

from saywho.corpus.store import NOT_PROFILED, PROFILE_FIELDS, StoreError


class SQLiteDialect:
    mark = "?"
    nulls_first = ""  # SQLite's own order going up
    newest = "a.date DESC, a.id DESC"  # NULL dates last; the articles_date index's order

    def same_text(self, column: str) -> str:
        """`column` equals a parameter, regardless of case."""
        return f"{column} = ? COLLATE NOCASE"

    def like(self, column: str) -> str:
        """`column` holds a parameter's pattern, regardless of case (SQLite's LIKE ignores ASCII case)."""
        return f"{column} LIKE ?"

    def among(self, column: str, ids: list[int]) -> tuple[str, list[Any]]:
        return f"{column} IN ({', '.join('?' for _ in ids)})", list(ids)

    def flag(self, value: Any) -> Any:
        return int(value)

    def count_if(self, condition: str) -> str:
        return f"SUM({condition})"

    def any_true(self, column: str) -> str:
        return f"MAX({column})"

    def whole(self, sum_: str) -> str:
        """A SUM as an integer (PostgreSQL's SUM of a bigint is a numeric)."""
        return sum_

    def gather(self, column: str) -> str:
        return f"json_group_array({column})"

    def gathered(self, value: Any) -> list[Any]:
        return json.loads(value)

    def page(self, limit: int | None, offset: int) -> str:
        if limit is None:
            return f"LIMIT -1 OFFSET {int(offset)}" if offset else ""
        return f"LIMIT {int(limit)} OFFSET {int(offset)}"


class PostgresDialect(SQLiteDialect):
    """Where PostgreSQL's SQL differs, the answers must not: NULLs sort first going up and last going down."""

    mark = "%s"
    nulls_first = " NULLS FIRST"
    newest = "a.date IS NULL, a.date DESC, a.id DESC"

    def same_text(self, column: str) -> str:
        return f"lower({column}) = lower(%s)"

    def like(self, column: str) -> str:
        return f"{column} ILIKE %s ESCAPE ''"  # as SQLite's LIKE: no escape character

    def among(self, column: str, ids: list[int]) -> tuple[str, list[Any]]:
        return f"{column} = ANY(%s)", [list(ids)]

    def flag(self, value: Any) -> Any:
        return bool(value)

    def count_if(self, condition: str) -> str:
        return f"COUNT(*) FILTER (WHERE {condition})"

    def any_true(self, column: str) -> str:
        return f"bool_or({column})"

    def whole(self, sum_: str) -> str:
        return f"{sum_}::bigint"

    def gather(self, column: str) -> str:
        return f"array_agg({column})"

    def gathered(self, value: Any) -> list[Any]:
        return value

    def page(self, limit: int | None, offset: int) -> str:
        return f"LIMIT {'ALL' if limit is None else int(limit)} OFFSET {int(offset)}"


SQLITE = SQLiteDialect()
POSTGRES = PostgresDialect()


class Where:
    dialect: SQLiteDialect = SQLITE
    mark = "?"
    outlet_clause = "a.outlet = ? COLLATE NOCASE"

    def __init__(self):
        self.clauses: list[str] = []
        self.params: list[Any] = []

    def add(self, clause: str, *params: Any) -> None:
        self.clauses.append(clause)
        self.params.extend(params)

    def among(self, column: str, ids: list[int]) -> None:
        clause, params = self.dialect.among(column, ids)
        self.add(clause, *params)

    def article_filters(self, outlet: str | None, since: str | None, until: str | None, date: str = "a.date") -> None:
        if outlet:
            self.add(self.outlet_clause, outlet)
        if since:
            self.add(f"{date} >= {self.mark}", since)
        if until:
            # "2016-10" and "2016-10-31" both take in the whole of their last day.
            self.add(f"{date} <= {self.mark}", until + "\uffff")

    def __str__(self) -> str:
        return "WHERE " + " AND ".join(self.clauses) if self.clauses else ""


class PostgresWhere(Where):
    dialect = POSTGRES
    mark = POSTGRES.mark
    outlet_clause = POSTGRES.same_text("a.outlet")


def profile_filters(where: Where, profile: dict[str, str]) -> None:
    for name, value in profile.items():
        if name not in PROFILE_FIELDS:
            raise StoreError(f"no profile field {name!r}; choose one of {', '.join(PROFILE_FIELDS)}")
        column = f"q.{PROFILE_FIELDS[name]}"
        if value == NOT_PROFILED:
            where.add(f"{column} IS NULL AND q.mention_id IS NOT NULL")
        else:
            where.add(f"{column} = {where.mark}", value)
