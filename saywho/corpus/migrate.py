"""`saywho migrate`: copy a corpus from one store to another (SQLite to PostgreSQL, or back).

The copy goes through the `Store` interface only: every stored Analysis is read
from the source and written to the target in batches, as ingest writes them, and
identities are resolved once at the end. Nothing is analysed again, and the target
ends up with the same articles, quotations, speakers and answers as the source
(its row ids are its own). A killed copy resumes when run again with --force:
articles the target holds already are skipped by their text hash.
"""

from __future__ import annotations

import argparse
import sys
import time
from itertools import islice

from saywho.corpus.derive import derive
from saywho.errors import SaywhoError

BATCH = 100

EXAMPLES = """\
examples:
  saywho migrate --from sqlite:polnear.db --to postgresql://saywho:PASSWORD@dbhost/corpus
  saywho migrate --from postgresql://saywho@dbhost/corpus --to sqlite:copy.db
  saywho migrate --from polnear.db --to postgresql://…/corpus --force   add to a store that holds articles
"""


def add_migrate_command(commands) -> None:
    p = commands.add_parser(
        "migrate", help="copy a corpus to another store (e.g. SQLite to PostgreSQL)",
        description="Copy every article's analysis, with its quotations, speakers and labels, from one store to "
                    "another, without analysing anything again.",
        epilog=EXAMPLES, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--from", dest="source", required=True, metavar="STORE",
                   help="the store to copy: sqlite:FILE (or FILE) or postgresql://…")
    p.add_argument("--to", dest="target", required=True, metavar="STORE",
                   help="the store to copy into: postgresql://… (the database must exist) or sqlite:FILE")
    p.add_argument("--force", action="store_true",
                   help="copy into a store that already holds articles (those it holds are skipped)")
    p.add_argument("--quiet", "-q", action="store_true", help="no progress bar")
    p.set_defaults(run=run_migrate)


class _Copied:
    """What the ingest progress bars count: one of these per article."""

    def __init__(self, added: bool):
        self.status = "done" if added else "duplicate"


def copy_store(source, target, *, batch: int = BATCH, progress=None) -> dict[str, int]:
    """Copy every analysis of `source` into `target`; {"copied", "skipped"} and the identity pass's figures."""
    copied = skipped = 0
    analyses = source.rows("analyses")
    while chunk := list(islice(analyses, batch)):
        for result in target.add_many([derive(analysis) for analysis in chunk]):
            copied += result.added
            skipped += not result.added
            if progress is not None:
                progress.advance(_Copied(result.added))
    figures = {"copied": copied, "skipped": skipped, **target.resolve_identities()}
    # A fact-checker's corrections go along (kept apart from the analyses, applied in the copy).
    corrections = list(source.rows("corrections")) if hasattr(source, "import_corrections") else []
    if corrections and hasattr(target, "import_corrections"):
        figures["corrections"] = target.import_corrections(corrections)["added"]
    return figures


def run_migrate(args: argparse.Namespace) -> int:
    from saywho.corpus.backends import open_store
    from saywho.corpus.progress import LogProgress, RichProgress, _NoProgress

    if _same(args.source, args.target):
        raise SaywhoError("--from and --to name the same store")
    started = time.monotonic()
    with open_store(args.source, read_only=True) as source, open_store(args.target, create=True) as target:
        held = target.counts()["articles"]
        if held and not args.force:
            raise SaywhoError(f"{_name(args.target)} already holds {held} articles: copy into an empty store, or "
                              f"add --force to add to it (articles it holds are skipped)")
        progress = (_NoProgress() if args.quiet else RichProgress("copy") if sys.stderr.isatty()
                    else LogProgress(label="copy"))
        progress.start(source.counts()["articles"])
        try:
            figures = copy_store(source, target, progress=progress)
        finally:
            progress.stop()
        counts = target.counts()
    seconds = time.monotonic() - started
    print(f"saywho: copied {figures['copied']} articles into {_name(args.target)} in {seconds:.1f}s "
          f"({figures['copied'] / seconds if seconds else 0:.1f} articles/s), {figures['skipped']} already there; "
          f"it holds {counts['articles']} articles, {counts['quotations']} quotations, "
          f"{counts['speakers']} named speakers", file=sys.stderr)
    return 0


def _name(location: str) -> str:
    from saywho.corpus.backends import is_url
    from saywho.corpus.postgres.connect import shown

    return shown(location) if is_url(location) else str(location)


def _same(a: str, b: str) -> bool:
    from pathlib import Path

    from saywho.corpus.backends import is_url, sqlite_path

    if is_url(a) or is_url(b):
        return a == b
    return Path(sqlite_path(a)).resolve() == Path(sqlite_path(b)).resolve()
