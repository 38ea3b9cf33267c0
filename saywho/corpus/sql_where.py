"""WHERE clauses built up with their parameters, for both stores' queries.

The SQL differs between the back ends only in the driver's placeholder (`?` for
sqlite3, `%s` for psycopg) and in how an outlet's name is matched without regard
to case; `Where` is SQLite's, `PostgresWhere` PostgreSQL's.
"""

from __future__ import annotations

from typing import Any

from saywho.corpus.store import NOT_PROFILED, PROFILE_FIELDS, StoreError


class Where:
    mark = "?"
    outlet_clause = "a.outlet = ? COLLATE NOCASE"

    def __init__(self):
        self.clauses: list[str] = []
        self.params: list[Any] = []

    def add(self, clause: str, *params: Any) -> None:
        self.clauses.append(clause)
        self.params.extend(params)

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
    mark = "%s"
    outlet_clause = "lower(a.outlet) = lower(%s)"


def profile_filters(where: Where, profile: dict[str, str]) -> None:
    for name, value in profile.items():
        if name not in PROFILE_FIELDS:
            raise StoreError(f"no profile field {name!r}; choose one of {', '.join(PROFILE_FIELDS)}")
        column = f"q.{PROFILE_FIELDS[name]}"
        if value == NOT_PROFILED:
            where.add(f"{column} IS NULL AND q.mention_id IS NOT NULL")
        else:
            where.add(f"{column} = {where.mark}", value)
