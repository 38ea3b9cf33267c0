"""`saywho ingest --shards DIR` and `saywho identity --shards DIR`: run them and print one summary each."""

from __future__ import annotations

import argparse
import sys

from saywho.errors import SaywhoError

# identity_shards.DEFAULT_MEMORY_LIMIT, not imported here: its module needs pyarrow, which need_packages() checks first
DEFAULT_MEMORY_LIMIT = "768MB"


def add_identity_command(commands) -> None:
    p = commands.add_parser(
        "identity", help="settle who is who across a shard archive (DuckDB)",
        description="Group the names of every article in a shard archive into speakers, by the store's own rules, "
                    "and write speakers.parquet and mention_speakers.parquet beside the shards. "
                    "`saywho ingest --shards DIR` runs it at the end; run it alone after adding shards elsewhere.")
    p.add_argument("--shards", required=True, metavar="DIR|URI", help="the shard folder (a path or fsspec URI)")
    p.add_argument("--memory", default=DEFAULT_MEMORY_LIMIT, metavar="SIZE",
                   help="DuckDB's memory limit; it spills to a temporary folder beyond it (default "
                        f"{DEFAULT_MEMORY_LIMIT}: the whole process then stays under 1 GB)")
    p.set_defaults(run=run_identity)


def run_identity(args: argparse.Namespace) -> int:
    need_packages()
    from saywho.corpus.shards.identity_shards import resolve_shards

    counts = _resolve(resolve_shards, args.shards, args.memory)
    print(f"saywho: {args.shards}: {counts['speakers']} named speakers, {counts['unnamed']} unnamed, "
          f"from {counts['mentions']} mentions in {counts['seconds']:.1f}s", file=sys.stderr)
    return 0


def run_ingest_shards(args: argparse.Namespace) -> int:
    need_packages()
    from saywho.corpus.cli_output import duration
    from saywho.corpus.inputs import Discovery
    from saywho.corpus.progress import LogProgress, RichProgress, _NoProgress
    from saywho.corpus.shards.identity_shards import resolve_shards
    from saywho.corpus.shards.run import DEFAULT_SHARD_BATCH, ingest_shards

    discovery = Discovery(args.inputs, urls_file=args.urls, metadata=args.metadata, date=args.date)
    progress = _NoProgress() if args.quiet else RichProgress() if sys.stderr.isatty() else LogProgress()
    summary = ingest_shards(args.shards, discovery, workers=args.workers, batch=args.batch or DEFAULT_SHARD_BATCH,
                            progress=progress, dask=args.dask)
    err = sys.stderr
    print(f"saywho: ingested into {args.shards} in {duration(summary.seconds)}: {summary.done} done "
          f"({summary.rate:.2f} articles/s), {summary.duplicates} duplicates within a task, "
          f"{len(summary.failures)} failed; {summary.tasks} tasks, {summary.skipped_tasks} already finished "
          f"({summary.already} articles)", file=err)
    if summary.warc_skipped:
        print(f"saywho: {summary.warc_skipped} WARC records were not HTML responses and were left out", file=err)
    for origin, reason in summary.failures:
        print(f"failed: {origin}: {reason}", file=err)
    if summary.done or (summary.skipped_tasks and not _has_identities(args.shards)):
        counts = _resolve(resolve_shards, args.shards, DEFAULT_MEMORY_LIMIT)
        print(f"saywho: identities: {counts['speakers']} named speakers, {counts['unnamed']} unnamed, "
              f"in {counts['seconds']:.1f}s", file=err)
    return 1 if summary.failures else 0


def need_packages() -> None:
    """Shards need pyarrow, fsspec and duckdb (the `shards` extra): say so in one line if one is missing."""
    import importlib.util

    missing = [name for name in ("pyarrow", "fsspec", "duckdb") if importlib.util.find_spec(name) is None]
    if missing:
        raise SaywhoError(f"--shards needs {', '.join(missing)}: pip install 'saywho[shards]'")


def _has_identities(root: str) -> bool:
    from saywho.corpus.shards.layout import SPEAKERS_FILE
    from saywho.corpus.shards.write import filesystem

    fs, base = filesystem(root)
    return fs.exists(f"{base.rstrip('/')}/{SPEAKERS_FILE}")


def _resolve(resolve, root: str, memory: str) -> dict:
    return resolve(root, memory_limit=memory)
