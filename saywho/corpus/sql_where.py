"""The SQL dialects of the stores, and WHERE clauses built up with their parameters.

The stores' queries are written once (saywho/corpus/sql_reading.py); what differs between
the back ends is small and lives here: the driver's placeholder (`?` for sqlite3, `%s` for
psycopg), how text is matched without regard to case, how a list of ids is bound, where
NULLs sort, paging, booleans, and how a column's values are gathered into one. `Where` is
SQLite's, `PostgresWhere` PostgreSQL's.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from saywho.corpus.store import NOT_PROFILED, PROFILE_FIELDS, StoreError


@dataclass(frozen=True)
class Dialect:
    """What one back end's SQL says its own way; templates take a column (or expression) as `{}`."""

    mark: str  # the driver's placeholder
    nulls_first: str  # appended to an ORDER BY term going up so that NULLs come first, as SQLite's do
    newest: str  # articles newest first, NULL dates last
    same_text: str  # the column equals a parameter, regardless of case
    like: str  # the column holds a parameter's pattern, regardless of case, with no escape character
    count_if: str  # how many rows of a group meet a condition
    any_true: str  # whether any row of a group has a true column
    whole: str  # a SUM as an integer
    gather: str  # a group's values in one array
    unlimited: str  # a LIMIT for "all rows"
    flag: Callable[[Any], Any]  # a boolean parameter as the driver binds it
    gathered: Callable[[Any], list[Any]]  # a `gather` result as a list
    binds_lists: bool  # whether a list binds as one parameter (`= ANY(%s)`), else one mark each (`IN (?, ?)`)

    def among(self, column: str, values: Sequence[Any]) -> tuple[str, list[Any]]:
        """`column` is one of `values`: the clause and its parameters.

        One value is an equality, so that the planner walks an index on `column` in order (PostgreSQL
        sorts every row `= ANY(ARRAY[x])` finds: 25,000 of one speaker's quotations, for a page of 50)."""
        if len(values) == 1:
            return f"{column} = {self.mark}", [values[0]]
        if self.binds_lists:
            return f"{column} = ANY({self.mark})", [list(values)]
        return f"{column} IN ({', '.join(self.mark for _ in values)})", list(values)

    def page(self, limit: int | None, offset: int) -> str:
        if limit is None and not offset:
            return ""
        return f"LIMIT {self.unlimited if limit is None else int(limit)} OFFSET {int(offset)}"


SQLITE = Dialect(
    mark="?", nulls_first="", newest="a.date DESC, a.id DESC",  # the articles_date index's order
    same_text="{} = ? COLLATE NOCASE", like="{} LIKE ?",  # SQLite's LIKE ignores ASCII case
    count_if="SUM({})", any_true="MAX({})", whole="{}", gather="json_group_array({})", unlimited="-1",
    flag=int, gathered=json.loads, binds_lists=False)
POSTGRES = Dialect(
    mark="%s", nulls_first=" NULLS FIRST", newest="a.date IS NULL, a.date DESC, a.id DESC",
    same_text="lower({}) = lower(%s)", like="{} ILIKE %s ESCAPE ''",
    count_if="COUNT(*) FILTER (WHERE {})", any_true="bool_or({})",
    whole="{}::bigint",  # PostgreSQL's SUM of a bigint is a numeric
    gather="array_agg({})", unlimited="ALL", flag=bool, gathered=list, binds_lists=True)


class Where:
    dialect: Dialect = SQLITE
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
    outlet_clause = POSTGRES.same_text.format("a.outlet")


def profile_filters(where: Where, profile: dict[str, str]) -> None:
    for name, value in profile.items():
        if name not in PROFILE_FIELDS:
            raise StoreError(f"no profile field {name!r}; choose one of {', '.join(PROFILE_FIELDS)}")
        column = f"q.{PROFILE_FIELDS[name]}"
        if value == NOT_PROFILED:
            where.add(f"{column} IS NULL AND q.mention_id IS NOT NULL")
        else:
            where.add(f"{column} = {where.mark}", value)


def newest_ranked(base: str, params: list, total: int, rank_among: int, newest: str,
                  *, filtered: bool = True) -> tuple[str, list, int | None]:
    """A search with more matches than it ranks keeps only its newest `rank_among` (in the `newest` order, an
    index's) for the ranking to read; with the number ranked, None when every match is. `filtered`: `base`
    already has a WHERE."""
    if total <= rank_among:
        return base, params, None
    newest_only = f"q.id IN (SELECT q.id {base} {newest} LIMIT {int(rank_among)})"
    return f"{base} {'AND' if filtered else 'WHERE'} {newest_only}", params * 2, rank_among
