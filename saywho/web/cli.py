"""`saywho serve`: the web app and REST API under uvicorn."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from saywho.corpus.cli import shards_option
from saywho.web.analyzer import DEFAULT_DEADLINE_BASE, DEFAULT_DEADLINE_PER_100KB  # standard library only

SERVE_EXAMPLES = """\
examples:
  saywho serve                               analyse articles at http://127.0.0.1:8000/
  saywho serve --db corpus.db                and browse the corpus in corpus.db
  saywho serve --db corpus.db --read-only    the corpus only, with no analyse form or endpoint
  saywho serve --shards /archive/shards      browse Parquet shards (read-only, with DuckDB)
  saywho serve --db postgresql://reader:PASSWORD@dbhost/corpus --read-only   a shared PostgreSQL corpus

The API is described at /docs. The server listens on 127.0.0.1 unless --host
says otherwise. URLs given to it are fetched only when they resolve to public
addresses, unless --allow-private-urls.
"""


def add_serve_command(commands) -> None:
    serve = commands.add_parser(
        "serve", help="run the web app and REST API",
        description="Serve the saywho web app (analyse articles, browse a corpus) and its REST API.",
        epilog=SERVE_EXAMPLES, formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    serve.add_argument("--db", metavar="FILE|URL",
                       help="a corpus store to browse and query: a SQLite file, or postgresql://… (opened read-only "
                            "with --read-only)")
    shards_option(serve, "browse")
    serve.add_argument("--results", type=Path, metavar="FILE",
                       help="the SQLite file that keeps analyses under permanent links "
                            "(default: beside a --db file as NAME.results.db, else ./saywho-results.db)")
    serve.add_argument("--host", default="127.0.0.1", help="address to listen on (default: 127.0.0.1)")
    serve.add_argument("--port", type=int, default=8000, help="port to listen on (default: 8000)")
    serve.add_argument("--read-only", action="store_true", help="serve the corpus only: no analyse form or endpoint")
    serve.add_argument("--editable", action="store_true",
                       help="let readers correct speakers on stored article pages (POST /api/corrections)")
    serve.add_argument("--allow-private-urls", action="store_true",
                       help="let URLs reach private, loopback and link-local addresses (only for a server you alone use)")
    serve.add_argument("--max-bytes", type=_size, default=5 * 1024 * 1024, metavar="N",
                       help="largest article accepted, in bytes; K and M suffixes work (default: 5M)")
    serve.add_argument("--jobs", type=int, default=None, metavar="N",
                       help="analysis worker processes (default: one per core, at most 2; 0: a thread in the server)")
    serve.add_argument("--analysis-timeout", type=_seconds, default=DEFAULT_DEADLINE_BASE, metavar="SECONDS",
                       help="seconds an analysis may run before its worker process is stopped, plus "
                            f"--analysis-timeout-per-100k for each 100 KB of text (default: {DEFAULT_DEADLINE_BASE:g})")
    serve.add_argument("--analysis-timeout-per-100k", type=_seconds, default=DEFAULT_DEADLINE_PER_100KB,
                       metavar="SECONDS", help=f"(default: {DEFAULT_DEADLINE_PER_100KB:g})")
    serve.add_argument("--fetch-timeout", type=_seconds, default=15.0, metavar="SECONDS",
                       help="seconds a URL's whole fetch may take, redirects and all (default: 15)")
    serve.set_defaults(run=run_serve)


def run_serve(args: argparse.Namespace) -> int:
    try:
        import uvicorn

        from saywho.web.analyzer import default_jobs
        from saywho.web.app import create_app
        from saywho.web.results import ResultsError, default_results_path
        from saywho.web.service import WebConfig
    except ImportError as error:
        print(f"saywho: error: the web app needs {error.name}: pip install 'saywho[web]' or pip install {error.name}",
              file=sys.stderr)
        return 1
    if args.shards:
        if args.db:
            print("saywho: error: give --db or --shards, not both", file=sys.stderr)
            return 1
        if args.editable:
            print("saywho: error: shards are read-only: corrections need a store (--db FILE)", file=sys.stderr)
            return 1
        if not Path(args.shards, "articles").is_dir():
            print(f"saywho: error: {args.shards}: no shards there (saywho ingest --shards DIR writes them)",
                  file=sys.stderr)
            return 1
        args.db = "shards:" + args.shards
    # A corpus in PostgreSQL or in shards has no file to check, nor to keep the results beside.
    db_file = None if args.db is None or args.db.startswith(("postgresql://", "postgres://", "shards:")) \
        else Path(args.db.removeprefix("sqlite:"))
    if db_file is not None and not db_file.exists():
        print(f"saywho: error: {args.db}: no such file", file=sys.stderr)
        return 1
    results = args.results or default_results_path(db_file)
    if db_file is not None and results.resolve() == db_file.resolve():
        print("saywho: error: --results must be a file of its own, not the corpus store", file=sys.stderr)
        return 1
    if args.editable and (args.read_only or args.db is None):
        print("saywho: error: --editable needs a corpus to write corrections to: --db FILE, without --read-only",
              file=sys.stderr)
        return 1
    jobs = default_jobs() if args.jobs is None else max(0, args.jobs)
    config = WebConfig(db=args.db, results=results, read_only=args.read_only, editable=args.editable,
                       allow_private_urls=args.allow_private_urls,
                       max_bytes=args.max_bytes, jobs=jobs, warm_up=True, fetch_timeout=args.fetch_timeout,
                       analysis_timeout=args.analysis_timeout,
                       analysis_timeout_per_100kb=args.analysis_timeout_per_100k)
    try:
        app = create_app(config)
    except ResultsError as error:
        print(f"saywho: error: {error}", file=sys.stderr)
        return 1
    uvicorn.run(app, host=args.host, port=args.port, workers=1, log_level="info", server_header=False)
    return 0


def _seconds(value: str) -> float:
    try:
        seconds = float(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a number of seconds") from None
    if not 0 < seconds < float("inf"):
        raise argparse.ArgumentTypeError(f"{value!r}: the time must be positive")
    return seconds


def _size(value: str) -> int:
    text = value.strip().upper().removesuffix("B")
    factor = {"K": 1024, "M": 1024**2, "G": 1024**3}.get(text[-1:], 1)
    try:
        number = float(text[:-1] if factor > 1 else text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a size in bytes (e.g. 5000000 or 5M)") from None
    if number <= 0:
        raise argparse.ArgumentTypeError(f"{value!r}: the size must be positive")
    return int(number * factor)
