"""How the corpus commands print rows: a rich table, JSON or CSV, with a page's total, limit and offset."""

from __future__ import annotations

import csv
import json
import sys
from collections.abc import Set as AbstractSet
from dataclasses import asdict
from typing import Any


def _emit(page, fmt: str, columns: list[tuple[str, str]], title: str, rows: list[dict[str, Any]] | None = None,
          wrap: AbstractSet[str] = frozenset(), markup: AbstractSet[str] = frozenset()) -> None:
    if rows is None:
        rows = [{k: v for k, v in asdict(r).items()} for r in page.rows]
    if fmt == "json":
        document = {"total": page.total, "limit": page.limit, "offset": page.offset, "rows": rows}
        if getattr(page, "ranked_among", None):  # a search that ranked only its newest matches
            document = {**document, "ranked_among": page.ranked_among}
        if getattr(page, "total_estimated", False):  # a common word's total, scaled from its newest (PostgreSQL)
            document = {**document, "total_estimated": True}
        sys.stdout.write(json.dumps(document, ensure_ascii=False, indent=2) + "\n")
    elif fmt == "csv":
        from saywho.corpus.export import flat

        writer = csv.writer(sys.stdout)
        keys = list(rows[0]) if rows else [k for k, _ in columns]
        writer.writerow(keys)
        for row in rows:
            writer.writerow([flat(row.get(k)) for k in keys])
    else:
        _table(rows, columns, title, wrap, markup)


def _table(rows: list[dict[str, Any]], columns: list[tuple[str, str]], title: str, wrap: AbstractSet[str],
           markup: AbstractSet[str] = frozenset()) -> None:
    from rich import box
    from rich.console import Console
    from rich.table import Table

    console = Console()
    table = Table(title=title, title_justify="left", box=box.SIMPLE_HEAD, padding=(0, 1), pad_edge=False)
    for key, header in columns:
        numeric = bool(rows) and all(isinstance(r.get(key), (int, float)) and not isinstance(r.get(key), bool)
                                     for r in rows)
        if numeric:
            table.add_column(header, justify="right", no_wrap=True)
        else:
            table.add_column(header, overflow="fold", min_width=18 if key in wrap else None)
    for row in rows:
        table.add_row(*(row.get(key) or "" if key in markup else _cell(row.get(key)) for key, _ in columns))
    console.print(table)


def _cell(value: Any) -> str:
    from rich.markup import escape

    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else ""
    if isinstance(value, (list, dict)):
        return escape(json.dumps(value, ensure_ascii=False))
    return escape(str(value))


def _shown(page) -> str:
    if page.total <= len(page.rows):
        return ""
    return f" (showing {page.offset + 1}–{page.offset + len(page.rows)})"


def duration(seconds: float) -> str:
    """How long a run took, as its summary line says it: "54s", "1m09s"."""
    minutes, seconds = divmod(round(seconds), 60)
    return f"{minutes}m{seconds:02d}s" if minutes else f"{seconds}s"
