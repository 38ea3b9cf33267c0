"""`saywho load --shards DIR --db FILE|URL`: a slice of the shards into a SQLite or PostgreSQL store.

The articles are read from the shards (each once, see query.py) with their Analysis
documents, turned into rows by `derive` as ingest's workers do, and written through
the store's own `add_many`, a batch per transaction; then the store's identity pass
runs. So the store gets its identities, aggregates and full-text index exactly as if
the articles had been ingested, and an article it holds already is skipped: a load
that is interrupted resumes where it stopped when run again.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from dataclasses import dataclass, field

from saywho.corpus.backends import open_store
from saywho.corpus.derive import derive
from saywho.corpus.shards.query import ShardStore
from saywho.corpus.shards.reading import DuckWhere
from saywho.corpus.store import Store

BATCH = 100


@dataclass
class LoadSummary:
    loaded: int = 0
    duplicates: int = 0
    failures: list[tuple[str, str]] = field(default_factory=list)
    identities: dict[str, int] = field(default_factory=dict)
    seconds: float = 0.0


def load(shards: ShardStore, store: Store, *, outlet: str | None = None, since: str | None = None,
         until: str | None = None, batch: int = BATCH) -> LoadSummary:
    """Copy the shards' articles of `outlet` and dates into `store`, oldest first; then settle identities."""
    started = time.monotonic()
    summary = LoadSummary()
    for analyses in _analyses(shards, outlet, since, until, batch):
        records = []
        for hash, text in analyses:
            try:
                records.append(derive(json.loads(text), hash))
            except Exception as error:  # a malformed analysis document fails alone
                summary.failures.append((hash, f"could not be stored ({type(error).__name__}: {error})"))
        for result in store.add_many(records) if records else []:
            if result.added:
                summary.loaded += 1
            else:
                summary.duplicates += 1
    summary.identities = store.resolve_identities()
    summary.seconds = time.monotonic() - started
    return summary


def _analyses(shards: ShardStore, outlet, since, until, batch: int):
    """(hash, Analysis JSON) of the articles chosen, `batch` at a time, in a stable order."""
    where = DuckWhere()
    where.article_filters(outlet, since, until)
    cursor = shards.database.cursor()
    cursor.execute(f"SELECT a.hash, a.analysis FROM articles a {where} ORDER BY a.date, a.hash", where.params)
    try:
        while rows := cursor.fetchmany(batch):
            yield rows
    finally:
        cursor.close()


def run_load(args: argparse.Namespace) -> int:
    from saywho.corpus.backends import is_url

    with ShardStore(args.shards) as shards, open_store(args.db, create=True) as store:
        summary = load(shards, store, outlet=args.outlet, since=args.since, until=args.until)
        counts = store.counts()
    if is_url(args.db):
        from saywho.corpus.postgres.connect import shown

        where = shown(args.db)  # without its password
    else:
        where = args.db
    print(f"saywho: loaded {summary.loaded} articles from {args.shards} into {where} in {summary.seconds:.0f}s "
          f"({summary.duplicates} already there, {len(summary.failures)} failed)", file=sys.stderr)
    print(f"saywho: {where} holds {counts['articles']} articles, {counts['quotations']} quotations, "
          f"{counts['speakers']} named speakers, {counts['outlets']} outlets", file=sys.stderr)
    for hash, reason in summary.failures:
        print(f"failed: article {hash[:16]}: {reason}", file=sys.stderr)
    return 1 if summary.failures else 0
