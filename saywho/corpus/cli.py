"""The corpus commands: ingest, quotes, speakers, sources, voices, labels, export (and trail, in trail_cli.py).

`add_corpus_commands(commands)` adds them to the `saywho` parser; each prints a
rich table by default, or JSON or CSV with --format. Errors are one line.
This module holds the parsers and argument types; the commands run in
ingest_cli.py, query_cli.py and export_cli.py, and print through cli_output.py.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
from pathlib import Path

from saywho.argtypes import iso_date, number_at_least
from saywho.corpus.backends import DEFAULT_DB
from saywho.corpus.export_cli import run_export
from saywho.corpus.ingest_cli import run_ingest
from saywho.corpus.query_cli import run_labels, run_quotes, run_sources, run_speakers, run_voices
from saywho.corpus.store import RANKED_MATCHES

QUERY_FORMATS = ("table", "json", "csv")

INGEST_EXAMPLES = """\
examples:
  saywho ingest articles/                       every .txt, .html, .json, .jsonl, .warc(.gz) below it
  saywho ingest ../shared/data/polnear/data/train ../shared/data/polnear/data/dev --db polnear.db
  saywho ingest CC-NEWS-20240101.warc.gz --workers 4
  saywho ingest --urls urls.txt                 fetch and analyse each URL
  saywho ingest feed.jsonl --date 2024-05-01    one article per line: text or html, url, outlet, date, title, author
  saywho ingest /shared/archive --dask tcp://scheduler:8786   analyse on a Dask cluster, store here
  saywho ingest articles/ --db postgresql://saywho:PASSWORD@dbhost/corpus   into a shared PostgreSQL store
  saywho ingest /shared/archive --shards s3://bucket/corpus --dask tcp://scheduler:8786   workers write Parquet

Each article is written with all its rows in one transaction, so an interrupted
run resumes where it stopped: articles already stored (same text, whitespace
aside) are skipped. Outlet, date, title and author come from the input itself,
or from a metadata.tsv beside or above the files (matched on the file name
without its extension in a `filename` column; PolNeAR's metadata.tsv works as
it is), or from --metadata FILE.
"""


def add_corpus_commands(commands) -> None:
    """Add the corpus subcommands to the `saywho` subparsers."""
    _add_ingest(commands)
    _add_quotes(commands)
    _add_speakers(commands)
    _add_sources(commands)
    _add_voices(commands)
    _add_labels(commands)
    _add_export(commands)
    _add_load(commands)
    from saywho.corpus.migrate import add_migrate_command

    add_migrate_command(commands)
    from saywho.corpus.trail_cli import add_trail_command

    add_trail_command(commands, _query_options, _positive)
    from saywho.corpus.correct_cli import add_correct_command

    add_correct_command(commands, _db_option)
    from saywho.corpus.shards.cli import add_identity_command

    add_identity_command(commands)


def _db_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--db", default=DEFAULT_DB, metavar="FILE|URL",
                        help=f"the corpus: a SQLite file (default: ./{DEFAULT_DB}) or a PostgreSQL database, "
                             f"postgresql://USER:PASSWORD@HOST:PORT/DATABASE")


def shards_option(parser: argparse.ArgumentParser, verb: str = "query") -> None:
    """--shards DIR, for the commands that read shards instead of a store (`saywho serve` too)."""
    parser.add_argument("--shards", metavar="DIR",
                        help=f"{verb} the Parquet shards `saywho ingest --shards DIR` wrote, instead of a --db store "
                             f"(read-only, with DuckDB)")


def _query_options(parser: argparse.ArgumentParser, limit: int = 20) -> None:
    _db_option(parser)
    parser.add_argument("--format", "-f", choices=QUERY_FORMATS, default="table", help="output format (default: table)")
    parser.add_argument("--limit", "-n", type=_positive, default=limit, metavar="N", help=f"at most N rows (default {limit})")
    parser.add_argument("--offset", type=_non_negative, default=0, metavar="N", help="skip the first N rows")


def _finish_query(parser: argparse.ArgumentParser, run, limit: int = 20) -> None:
    """What every query command ends with: dates, the corpus, format and paging, and what runs it."""
    _date_options(parser)
    _query_options(parser, limit=limit)
    shards_option(parser)
    parser.set_defaults(run=run)


def _outlet_option(parser: argparse.ArgumentParser, help: str = "only articles from outlet X") -> None:
    parser.add_argument("--outlet", metavar="X", help=help)


def _date_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--since", type=_date_prefix, metavar="DATE", help="articles published on or after DATE")
    parser.add_argument("--until", type=_date_prefix, metavar="DATE", help="articles published on or before DATE")


def _add_ingest(commands) -> None:
    p = commands.add_parser(
        "ingest", help="analyse many articles into a corpus file",
        description="Analyse articles on all cores and store them, with their quotations, speakers and labels.",
        epilog=INGEST_EXAMPLES, formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument("inputs", nargs="*", metavar="INPUT", help="files, folders (searched recursively) or http(s) URLs")
    _db_option(p)
    p.add_argument("--urls", metavar="FILE", help="a file of http(s) URLs, one per line, to fetch and analyse")
    p.add_argument("--metadata", metavar="FILE", help="a TSV or CSV of outlet, date, title, author per file name")
    p.add_argument("--date", type=iso_date, help="publication date (YYYY-MM-DD) for articles that lack one")
    p.add_argument("--workers", "-j", type=_positive, default=None, metavar="N",
                   help=f"processes analysing in parallel (default: all {os.cpu_count()} cores)")
    p.add_argument("--batch", type=_positive, default=None, metavar="N",
                   help="articles per worker task (default 8; 64 with --shards)")
    p.add_argument("--commit-every", type=_non_negative, default=None, metavar="N",
                   help="SQLite: a writer that falls behind its workers commits the writes' shared transaction every "
                        "N articles (default 4096; 0: every write), one that keeps up whenever it would wait; readers such as `saywho serve` see new articles, and the progress counts them, "
                        "when it commits, at most N articles or --commit-seconds late; a killed run loses (and the "
                        "next run redoes) at most those. PostgreSQL commits every write")
    p.add_argument("--commit-seconds", type=_non_negative_float, default=None, metavar="S",
                   help="or at the first write S seconds after the last commit (default 30)")
    p.add_argument("--dask", metavar="ADDRESS",
                   help="analyse on a Dask cluster: a scheduler address (tcp://host:8786), or 'local' / 'local:N' "
                        "for N worker processes on this machine; needs saywho[dask]")
    p.add_argument("--shards", metavar="DIR|URI",
                   help="no store: each worker writes Parquet shards into DIR (a folder or fsspec URI), "
                        "read by DuckDB; see docs/corpus.md, Shards")
    p.add_argument("--quiet", "-q", action="store_true", help="no progress bar")
    p.set_defaults(run=run_ingest)


def _add_quotes(commands) -> None:
    p = commands.add_parser("quotes", help="quotations in the corpus, by speaker, topic, outlet and date",
                            description="Quotations and reported statements in the corpus, newest first.")
    p.add_argument("--speaker", "-s", metavar="NAME", help="a speaker, by any of their names (\"Trump\", \"Donald J. Trump\")")
    p.add_argument("--about", "-a", metavar="TEXT",
                   help="full-text search of what was said: words, \"a phrase\", OR, NOT, prefix*")
    p.add_argument("--rank-among", type=_positive, default=RANKED_MATCHES, metavar="N",
                   help=f"with --about: rank the newest N matches by relevance (default {RANKED_MATCHES:,}); "
                        "a common word's every match is not ranked, so a search costs the same at any size")
    _outlet_option(p)
    p.add_argument("--kind", choices=("direct", "partial", "indirect", "according-to", "reported"),
                   help="only attributions of this kind")
    p.add_argument("--anonymous", action="store_true", default=None, help="only quotations from anonymous sources")
    p.add_argument("--profile", action="append", type=_profile_filter, metavar="FIELD=VALUE",
                   help="only sources of this profile, e.g. gender=female, naming=anonymous, role=expert "
                        "(as `saywho voices` counts them; repeat for several)")
    p.add_argument("--cite", action="store_true",
                   help="one citation per quotation: the exact words, speaker, outlet, date, ¶ and URL "
                        "(with --format json or csv, a `citation` field)")
    _finish_query(p, run_quotes)


def _add_speakers(commands) -> None:
    p = commands.add_parser("speakers", help="who is quoted most, and how",
                            description="Speakers ranked by quotations, with counts by kind of attribution.")
    p.add_argument("--top", type=_positive, dest="limit", default=20, metavar="N", help="the N most quoted (default 20)")
    _outlet_option(p, help="count only quotations in outlet X")
    p.add_argument("--search", metavar="TEXT", help="speakers whose name or an alias contains TEXT")
    p.add_argument("--all", action="store_true", help="include unnamed speakers (\"a source\"), one per article")
    _finish_query(p, run_speakers)


def _add_sources(commands) -> None:
    p = commands.add_parser("sources", help="who is cited, and how often anonymously",
                            description="Who is cited, named or anonymous; --by outlet for each outlet's share of anonymous sources.")
    p.add_argument("--by", choices=("source", "outlet"), default="source", help="one row per source (default) or per outlet")
    _outlet_option(p)
    p.add_argument("--anonymous", action="store_true", default=None, help="only anonymous sources")
    _finish_query(p, run_sources)


VOICES_EXAMPLES = """\
examples:
  saywho voices --by outlet                      each outlet: shares of women, anonymous sources, experts …
  saywho voices --by month --format csv          the same per month, as CSV
  saywho voices --by topic --about wall,taxes    per topic word (a full-text search of what was said)
  saywho quotes --outlet nyt --profile gender=female   the quotations behind one figure

Gender is the gender the article states (he/she, Mr./Ms., "mother",
"spokeswoman"), never guessed from a first name; "not stated" otherwise.
"""


def _add_voices(commands) -> None:
    p = commands.add_parser(
        "voices", help="who gets a voice: sources by gender, naming, kind and role, per outlet, month or topic",
        description="Shares of quotations and of distinct sources by source profile (gender as the article states "
                    "it, named or anonymous, person or organisation, role), the share quoted directly, and the "
                    "top sources; for the whole corpus or --by outlet, month or topic.",
        epilog=VOICES_EXAMPLES, formatter_class=argparse.RawDescriptionHelpFormatter)
    _db_option(p)
    p.add_argument("--by", choices=("outlet", "month", "topic"), help="one report per outlet, month or topic word")
    p.add_argument("--about", "-a", metavar="TEXT",
                   help="only quotations matching this full-text search; with --by topic, comma-separated topics")
    _outlet_option(p)
    _date_options(p)
    p.add_argument("--top", type=_positive, default=5, metavar="N", help="top N sources per group (default 5)")
    p.add_argument("--format", "-f", choices=QUERY_FORMATS, default="table", help="output format (default: table)")
    shards_option(p)
    p.set_defaults(run=run_voices)


def _add_labels(commands) -> None:
    p = commands.add_parser("labels", help="labels and loaded words in the writers' own voice",
                            description="Counts of evaluative labels the writers themselves use (\"regime\", \"terror group\").")
    p.add_argument("--by", choices=("category", "word", "outlet", "target"), default="category",
                   help="group by category (default), word, outlet or the entity labelled")
    _outlet_option(p)
    p.add_argument("--category", metavar="C", help="only labels of category C")
    _finish_query(p, run_labels, limit=50)


def _add_export(commands) -> None:
    from saywho.corpus.export import EXPORT_FORMATS
    from saywho.corpus.store import TABLES

    p = commands.add_parser("export", help="write a corpus table as JSON Lines, CSV or Parquet",
                            description="Export the analyses (one Analysis document per line) or a flat table.")
    p.add_argument("--format", "-f", choices=EXPORT_FORMATS, default="jsonl", help="output format (default jsonl)")
    p.add_argument("--table", "-t", choices=(*TABLES, "trails"), default=None,
                   help="what to export (default: analyses for jsonl, quotations for csv and parquet)")
    p.add_argument("--out", "-o", type=Path, metavar="FILE", help="write to FILE (default: standard output)")
    p.add_argument("--force", action="store_true", help="replace FILE if it exists")
    _db_option(p)
    shards_option(p)
    p.set_defaults(run=run_export)


LOAD_EXAMPLES = """\
examples:
  saywho load --shards /archive/shards --db nyt-2016.db --outlet nyt --since 2016-01 --until 2016-12
  saywho load --shards /archive/shards --db postgresql://saywho:PASSWORD@dbhost/corpus --since 2016-10-01

The articles go through the store's own write path (identities, counts and the
full-text index are built there as by `saywho ingest`); articles the store holds
already are skipped, so an interrupted load resumes when run again.
"""


def _run_load(args: argparse.Namespace) -> int:
    from saywho.corpus.shards.load import run_load  # pyarrow and DuckDB only for this command

    return run_load(args)


def _add_load(commands) -> None:
    p = commands.add_parser(
        "load", help="copy a slice of Parquet shards into a SQLite or PostgreSQL store",
        description="Load the articles of Parquet shards (by outlet and dates) into a corpus store.",
        epilog=LOAD_EXAMPLES, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--shards", required=True, metavar="DIR", help="the shards `saywho ingest --shards DIR` wrote")
    _db_option(p)
    _outlet_option(p)
    _date_options(p)
    p.set_defaults(run=_run_load)


# -- argument types ------------------------------------------------------------------------------


_positive = number_at_least(int, 1, "a positive whole number")
_non_negative = number_at_least(int, 0, "a whole number of 0 or more")
_non_negative_float = number_at_least(float, 0, "a number of 0 or more")


def _profile_filter(value: str) -> tuple[str, str]:
    """FIELD=VALUE, a source profile field and one of its values."""
    from saywho.corpus.voices import VALUES

    name, _, wanted = value.partition("=")
    name, wanted = name.strip(), wanted.strip()
    if name not in VALUES:
        raise argparse.ArgumentTypeError(f"{value!r}: the profile fields are {', '.join(VALUES)} (FIELD=VALUE)")
    if wanted not in (*VALUES[name], "not profiled"):
        raise argparse.ArgumentTypeError(f"{value!r}: {name} is one of {', '.join(VALUES[name])}")
    return name, wanted


def _date_prefix(value: str) -> str:
    """YYYY, YYYY-MM or YYYY-MM-DD."""
    for fmt in ("%Y-%m-%d", "%Y-%m", "%Y"):
        try:
            dt.datetime.strptime(value, fmt)
            return value
        except ValueError:
            continue
    raise argparse.ArgumentTypeError(f"{value!r} is not a date of the form YYYY-MM-DD (or YYYY-MM, YYYY)")
