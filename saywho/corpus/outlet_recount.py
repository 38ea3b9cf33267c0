"""Keep the per-outlet counts in step when a correction rewrites an article's rows.

Ingest adds each article to its outlet's counts once (`outlet_stats`' named and anonymous
quotations, the outlet's anonymous sources in `outlet_sources` and `outlet_source_how`, and
the corpus's `totals`). A correction changes which quotations are anonymous and which
sources an article cites, so the store takes the article out of those counts before it
rewrites the rows and puts it back after: the cost is one article's, whatever the store's size.

Plain SQL with `?` marks, run through the store's `run(sql, params)`, so both back ends share it.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Callable
from typing import Any

Run = Callable[..., Any]


def take_out(run: Run, article_id: int) -> None:
    """Subtract the article's quotations and anonymous sources from its outlet's counts."""
    _count(run, article_id, -1)


def put_back(run: Run, article_id: int) -> None:
    """Add them again, as the rows stand now."""
    _count(run, article_id, +1)


def _count(run: Run, article_id: int, sign: int) -> None:
    outlet = run("SELECT COALESCE(outlet, '') FROM articles WHERE id = ?", (article_id,)).fetchone()[0]
    anonymous, named = run("SELECT COUNT(*) FILTER (WHERE q.anonymous), COUNT(*) FILTER (WHERE q.named) "
                           "FROM quotations q WHERE q.article_id = ?", (article_id,)).fetchone()
    run("UPDATE outlet_stats SET anonymous = anonymous + ?, named = named + ? WHERE outlet = ?",
        (sign * anonymous, sign * named, outlet))
    run("UPDATE totals SET value = value + ? WHERE name = 'anonymous_quotations'", (sign * anonymous,))
    citations: Counter[str] = Counter()
    types: dict[str, str] = {}
    ways: Counter[tuple[str, str]] = Counter()
    for description, kind, count, how in run("SELECT description, type, count, how FROM sources "
                                             "WHERE article_id = ? AND anonymous", (article_id,)):
        citations[description] += count
        types[description] = min(kind, types.get(description, kind))
        ways.update((description, way) for way in json.loads(how))
    for description, count in citations.items():
        _source(run, outlet, description, types[description], sign * count, sign)
    for (description, way), n in ways.items():
        _way(run, outlet, description, way, sign * n)


def _source(run: Run, outlet: str, description: str, kind: str, citations: int, articles: int) -> None:
    run("INSERT INTO outlet_sources (outlet, description, type, citations, articles) VALUES (?, ?, ?, ?, ?) "
        "ON CONFLICT (outlet, description) DO UPDATE SET citations = outlet_sources.citations + excluded.citations, "
        "articles = outlet_sources.articles + excluded.articles", (outlet, description, kind, citations, articles))
    run("DELETE FROM outlet_sources WHERE outlet = ? AND description = ? AND articles <= 0", (outlet, description))


def _way(run: Run, outlet: str, description: str, way: str, n: int) -> None:
    run("INSERT INTO outlet_source_how (outlet, description, how, n) VALUES (?, ?, ?, ?) "
        "ON CONFLICT (outlet, description, how) DO UPDATE SET n = outlet_source_how.n + excluded.n",
        (outlet, description, way, n))
    run("DELETE FROM outlet_source_how WHERE outlet = ? AND description = ? AND how = ? AND n <= 0",
        (outlet, description, way))
