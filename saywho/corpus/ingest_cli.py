"""`saywho ingest`: run an ingest with a progress display and print its one-line summary."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from saywho.corpus.cli_output import duration
from saywho.corpus.progress import LogProgress, RichProgress, _NoProgress
from saywho.errors import SaywhoError


def run_ingest(args: argparse.Namespace) -> int:
    from saywho.corpus.backends import open_store
    from saywho.corpus.ingest import COMMIT_ARTICLES, COMMIT_SECONDS, DEFAULT_BATCH, CommitEvery, ingest
    from saywho.corpus.inputs import Discovery

    if not args.inputs and not args.urls:
        raise SaywhoError("nothing to ingest: name files, folders or URLs, or a URL list with --urls FILE")
    if args.shards:
        from saywho.corpus.shards.cli import run_ingest_shards

        return run_ingest_shards(args)
    discovery = Discovery(args.inputs, urls_file=args.urls, metadata=args.metadata, date=args.date)
    with open_store(args.db, create=True) as store:
        progress = _NoProgress() if args.quiet else RichProgress() if sys.stderr.isatty() else LogProgress()
        every = CommitEvery(_given(args.commit_every, COMMIT_ARTICLES), _given(args.commit_seconds, COMMIT_SECONDS))
        summary = ingest(store, discovery, workers=args.workers, batch=args.batch or DEFAULT_BATCH, progress=progress,
                         dask=args.dask, commit_every=every)
        counts = store.counts()
    _print_summary(summary, counts, args.db)
    if summary.disk_full:
        print(f"saywho: disk full: {summary.done} stored, run again to resume", file=sys.stderr)
    return 1 if summary.failures or summary.disk_full else 0


def _given(value, default):
    return default if value is None else value


def _print_summary(summary, counts: dict[str, int], location: str) -> None:
    from saywho.corpus.backends import is_url, sqlite_path

    err = sys.stderr
    if is_url(location):
        from saywho.corpus.postgres.connect import shown

        db, size = shown(location), ""
    else:
        path = Path(sqlite_path(location))
        db = str(path)
        size = f"; {sum(p.stat().st_size for p in (path, Path(f'{path}-wal')) if p.exists()) / 2**20:.1f} MB"
    print(f"saywho: ingested into {db} in {duration(summary.seconds)}: {summary.done} done "
          f"({summary.rate:.2f} articles/s), {summary.duplicates} skipped as duplicates, "
          f"{len(summary.failures)} failed", file=err)
    print(f"saywho: {db} holds {counts['articles']} articles, {counts['quotations']} quotations, "
          f"{counts['speakers']} named speakers, {counts['outlets']} outlets{size}", file=err)
    if summary.warc_skipped:
        print(f"saywho: {summary.warc_skipped} WARC records were not HTML responses and were left out", file=err)
    for origin, reason in summary.failures:
        print(f"failed: {origin}: {reason}", file=err)
