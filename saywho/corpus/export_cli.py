"""`saywho export`: a corpus table as JSON Lines, CSV or Parquet, to standard output or a file."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from saywho.corpus.query_cli import _open
from saywho.errors import SaywhoError


def run_export(args: argparse.Namespace) -> int:
    table = args.table or ("analyses" if args.format == "jsonl" else "quotations")
    if args.format == "parquet" and args.out is None:
        raise SaywhoError("parquet is a binary format: name the file with --out FILE.parquet")
    if args.format == "csv" and table == "analyses":
        raise SaywhoError("analyses are nested documents: export them as jsonl or parquet, or pick a flat --table")
    if args.out is None:
        with _open(args) as store:
            _export_rows(store, table, args.format, sys.stdout)
        return 0
    from saywho.output import check_target, replacing

    check_target(args.out, force=args.force)  # before the store is read
    with _open(args) as store, replacing(args.out, force=args.force) as temporary:
        count = _export_rows(store, table, args.format, temporary)
    print(f"saywho: wrote {count} {table} rows to {args.out}", file=sys.stderr)
    return 0


def _export_rows(store, table: str, fmt: str, out) -> int:
    """Rows of `table` to `out`: a path (written whole by the caller), or a stream for jsonl and csv."""
    from saywho.corpus.export import analysis_rows, write_csv, write_jsonl, write_parquet

    rows = store.trail_rows() if table == "trails" else store.rows(table)
    if table == "analyses" and fmt != "jsonl":
        rows = analysis_rows(rows)
    if fmt == "parquet":
        return write_parquet(rows, out)
    writer = write_jsonl if fmt == "jsonl" else write_csv
    if not isinstance(out, Path):
        return writer(rows, out)
    with out.open("w", encoding="utf-8", newline="") as file:
        return writer(rows, file)
