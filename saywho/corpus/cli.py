"""The corpus commands: ingest, quotes, speakers, sources, voices, labels, export (and trail, in trail_cli.py).

`add_corpus_commands(commands)` adds them to the `saywho` parser; each prints a
rich table by default, or JSON or CSV with --format. Errors are one line.
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import json
import os
import sys
import time
from dataclasses import asdict
from pathlib import Path
from typing import Any

from saywho.argtypes import iso_date
from saywho.errors import SaywhoError

DEFAULT_DB = "saywho.db"
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
    from saywho.corpus.migrate import add_migrate_command

    add_migrate_command(commands)
    from saywho.corpus.trail_cli import add_trail_command

    add_trail_command(commands, _query_options, _positive)


def _db_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--db", default=DEFAULT_DB, metavar="FILE|URL",
                        help=f"the corpus: a SQLite file (default: ./{DEFAULT_DB}) or a PostgreSQL database, "
                             f"postgresql://USER:PASSWORD@HOST:PORT/DATABASE")


def _query_options(parser: argparse.ArgumentParser, limit: int = 20) -> None:
    _db_option(parser)
    parser.add_argument("--format", "-f", choices=QUERY_FORMATS, default="table", help="output format (default: table)")
    parser.add_argument("--limit", "-n", type=_positive, default=limit, metavar="N", help=f"at most N rows (default {limit})")
    parser.add_argument("--offset", type=_non_negative, default=0, metavar="N", help="skip the first N rows")


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
    p.add_argument("--batch", type=_positive, default=8, metavar="N", help="articles per worker task (default 8)")
    p.add_argument("--dask", metavar="ADDRESS",
                   help="analyse on a Dask cluster: a scheduler address (tcp://host:8786), or 'local' / 'local:N' "
                        "for N worker processes on this machine; needs saywho[dask]")
    p.add_argument("--quiet", "-q", action="store_true", help="no progress bar")
    p.set_defaults(run=run_ingest)


def _add_quotes(commands) -> None:
    p = commands.add_parser("quotes", help="quotations in the corpus, by speaker, topic, outlet and date",
                            description="Quotations and reported statements in the corpus, newest first.")
    p.add_argument("--speaker", "-s", metavar="NAME", help="a speaker, by any of their names (\"Trump\", \"Donald J. Trump\")")
    p.add_argument("--about", "-a", metavar="TEXT",
                   help="full-text search of what was said: words, \"a phrase\", OR, NOT, prefix*")
    p.add_argument("--outlet", metavar="X", help="only articles from outlet X")
    p.add_argument("--kind", choices=("direct", "partial", "indirect", "according-to", "reported"),
                   help="only attributions of this kind")
    p.add_argument("--anonymous", action="store_true", default=None, help="only quotations from anonymous sources")
    p.add_argument("--profile", action="append", type=_profile_filter, metavar="FIELD=VALUE",
                   help="only sources of this profile, e.g. gender=female, naming=anonymous, role=expert "
                        "(as `saywho voices` counts them; repeat for several)")
    p.add_argument("--cite", action="store_true",
                   help="one citation per quotation: the exact words, speaker, outlet, date, ¶ and URL "
                        "(with --format json or csv, a `citation` field)")
    _date_options(p)
    _query_options(p)
    p.set_defaults(run=run_quotes)


def _add_speakers(commands) -> None:
    p = commands.add_parser("speakers", help="who is quoted most, and how",
                            description="Speakers ranked by quotations, with counts by kind of attribution.")
    p.add_argument("--top", type=_positive, dest="limit", default=20, metavar="N", help="the N most quoted (default 20)")
    p.add_argument("--outlet", metavar="X", help="count only quotations in outlet X")
    p.add_argument("--search", metavar="TEXT", help="speakers whose name or an alias contains TEXT")
    p.add_argument("--all", action="store_true", help="include unnamed speakers (\"a source\"), one per article")
    _date_options(p)
    _query_options(p)
    p.set_defaults(run=run_speakers)


def _add_sources(commands) -> None:
    p = commands.add_parser("sources", help="who is cited, and how often anonymously",
                            description="Who is cited, named or anonymous; --by outlet for each outlet's share of anonymous sources.")
    p.add_argument("--by", choices=("source", "outlet"), default="source", help="one row per source (default) or per outlet")
    p.add_argument("--outlet", metavar="X", help="only articles from outlet X")
    p.add_argument("--anonymous", action="store_true", default=None, help="only anonymous sources")
    _date_options(p)
    _query_options(p)
    p.set_defaults(run=run_sources)


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
    p.add_argument("--outlet", metavar="X", help="only articles from outlet X")
    _date_options(p)
    p.add_argument("--top", type=_positive, default=5, metavar="N", help="top N sources per group (default 5)")
    p.add_argument("--format", "-f", choices=QUERY_FORMATS, default="table", help="output format (default: table)")
    p.set_defaults(run=run_voices)


def _add_labels(commands) -> None:
    p = commands.add_parser("labels", help="labels and loaded words in the writers' own voice",
                            description="Counts of evaluative labels the writers themselves use (\"regime\", \"terror group\").")
    p.add_argument("--by", choices=("category", "word", "outlet", "target"), default="category",
                   help="group by category (default), word, outlet or the entity labelled")
    p.add_argument("--outlet", metavar="X", help="only articles from outlet X")
    p.add_argument("--category", metavar="C", help="only labels of category C")
    _date_options(p)
    _query_options(p, limit=50)
    p.set_defaults(run=run_labels)


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
    p.set_defaults(run=run_export)


# -- ingest ----------------------------------------------------------------------------------


def run_ingest(args: argparse.Namespace) -> int:
    from saywho.corpus.ingest import ingest
    from saywho.corpus.inputs import Discovery
    from saywho.corpus.store import open_store

    if not args.inputs and not args.urls:
        raise SaywhoError("nothing to ingest: name files, folders or URLs, or a URL list with --urls FILE")
    discovery = Discovery(args.inputs, urls_file=args.urls, metadata=args.metadata, date=args.date)
    with open_store(args.db, create=True) as store:
        progress = _NoProgress() if args.quiet else RichProgress() if sys.stderr.isatty() else LogProgress()
        summary = ingest(store, discovery, workers=args.workers, batch=args.batch, progress=progress, dask=args.dask)
        counts = store.counts()
    _print_summary(summary, counts, args.db)
    if summary.disk_full:
        print(f"saywho: disk full: {summary.done} stored, run again to resume", file=sys.stderr)
    return 1 if summary.failures or summary.disk_full else 0


def _print_summary(summary, counts: dict[str, int], location: str) -> None:
    from saywho.corpus.store import is_url, sqlite_path

    err = sys.stderr
    if is_url(location):
        from saywho.corpus.postgres.connect import shown

        db, size = shown(location), ""
    else:
        db = Path(sqlite_path(location))
        size = sum(p.stat().st_size for p in (db, Path(f"{db}-wal")) if p.exists())
        size = f"; {size / 2**20:.1f} MB"
    print(f"saywho: ingested into {db} in {_duration(summary.seconds)}: {summary.done} done "
          f"({summary.rate:.2f} articles/s), {summary.duplicates} skipped as duplicates, "
          f"{len(summary.failures)} failed", file=err)
    print(f"saywho: {db} holds {counts['articles']} articles, {counts['quotations']} quotations, "
          f"{counts['speakers']} named speakers, {counts['outlets']} outlets{size}", file=err)
    if summary.warc_skipped:
        print(f"saywho: {summary.warc_skipped} WARC records were not HTML responses and were left out", file=err)
    for origin, reason in summary.failures:
        print(f"failed: {origin}: {reason}", file=err)


def _duration(seconds: float) -> str:
    minutes, seconds = divmod(round(seconds), 60)
    return f"{minutes}m{seconds:02d}s" if minutes else f"{seconds}s"


class _NoProgress:
    def start(self, total): ...

    def advance(self, outcome): ...

    def stop(self): ...


class RichProgress:
    """A progress bar on stderr: articles done of all, articles/s, elapsed and ETA, and running counts."""

    def __init__(self, label: str = "ingest"):
        from rich.console import Console
        from rich.progress import (
            BarColumn,
            MofNCompleteColumn,
            Progress,
            ProgressColumn,
            TextColumn,
            TimeElapsedColumn,
            TimeRemainingColumn,
        )
        from rich.text import Text

        class Rate(ProgressColumn):
            def render(self, task):
                speed = task.finished_speed or task.speed
                return Text(f"{speed:.2f} articles/s" if speed else "– articles/s", style="progress.data.speed")

        self.counts = {"done": 0, "duplicate": 0, "failed": 0}
        self.progress = Progress(
            TextColumn(f"[bold]{label}"), BarColumn(), MofNCompleteColumn(), Rate(), TimeElapsedColumn(),
            TextColumn("ETA"), TimeRemainingColumn(), TextColumn("{task.description}"),
            console=Console(stderr=True), speed_estimate_period=120,
        )
        self.task = None

    def start(self, total):
        self.progress.start()
        self.task = self.progress.add_task(self._description(), total=total or None)

    def advance(self, outcome):
        self.counts[outcome.status] = self.counts.get(outcome.status, 0) + 1
        self.progress.update(self.task, advance=1, description=self._description())

    def _description(self) -> str:
        c = self.counts
        return f"{c['done']} new · {c['duplicate']} duplicates · {c['failed']} failed"

    def stop(self):
        self.progress.stop()


class LogProgress:
    """For logs (stderr is not a terminal): a plain line every tenth of the way or every 30 s, whichever first."""

    EVERY_SECONDS = 30.0

    def __init__(self, stream=None, label: str = "ingest"):
        self.stream = stream or sys.stderr
        self.label = label
        self.counts = {"done": 0, "duplicate": 0, "failed": 0}

    def start(self, total):
        self.total, self.seen, self.started = total, 0, time.monotonic()
        self.last_line = self.started
        self.step = max(1, (total or 0) // 10)

    def advance(self, outcome):
        self.counts[outcome.status] = self.counts.get(outcome.status, 0) + 1
        self.seen += 1
        now = time.monotonic()
        if self.seen % self.step == 0 or self.seen == self.total or now - self.last_line >= self.EVERY_SECONDS:
            self.last_line = now
            rate = self.seen / (now - self.started) if now > self.started else 0.0
            of = f"/{self.total}" if self.total else ""
            c = self.counts
            print(f"{self.label}: {self.seen}{of} articles, {rate:.2f} articles/s: {c['done']} new, "
                  f"{c['duplicate']} duplicates, {c['failed']} failed", file=self.stream, flush=True)

    def stop(self): ...


# -- queries -----------------------------------------------------------------------------------


def _open(args):
    from saywho.corpus.store import open_store

    return open_store(args.db)


def run_quotes(args: argparse.Namespace) -> int:
    with _open(args) as store:
        page = store.quotes(speaker=args.speaker, about=args.about, outlet=args.outlet, since=args.since,
                            until=args.until, kind=args.kind, anonymous=args.anonymous, limit=args.limit,
                            offset=args.offset, profile=dict(args.profile or []) or None)
        if args.cite:
            return _print_citations(store, page, args.format)
    columns = [("date", "date"), ("outlet", "outlet"), ("speaker", "speaker"), ("kind", "kind"),
               ("content", "quotation")]
    title = f"{page.total} quotation{'s' if page.total != 1 else ''}" + _shown(page)
    rows = [asdict(row) for row in page.rows]
    if args.format == "table":  # words the article reports as not said are never shown as said
        for row in rows:
            row["kind"] += ", not said" if row["negated"] else ""
    _emit(page, args.format, columns, title, rows=rows, wrap={"content"})
    return 0


def _print_citations(store, page, fmt: str) -> int:
    from saywho.render.cite import quote_citations

    citations = quote_citations(page.rows, lambda article_id: store.article(article_id=article_id))
    if fmt == "table":
        sys.stdout.writelines(line + "\n" for line in citations)
        return 0
    rows = [{**asdict(row), "citation": line} for row, line in zip(page.rows, citations)]
    _emit(page, fmt, [], "", rows=rows)
    return 0


def run_speakers(args: argparse.Namespace) -> int:
    with _open(args) as store:
        page = store.speakers(outlet=args.outlet, search=args.search, named=None if args.all else True,
                              since=args.since, until=args.until, limit=args.limit, offset=args.offset)
    from saywho.document import KINDS

    rows = [{"id": r.id, "speaker": r.name, "type": r.type, "quotes": r.quotes,
             **{k: r.by_kind.get(k, 0) for k in KINDS}, "articles": r.articles, "outlets": r.outlets,
             "aliases": r.aliases} for r in page.rows]
    if args.format == "table":
        from rich.markup import escape

        for row in rows:
            others = [a for a in row.pop("aliases") if a != row["speaker"]][:3]
            row["speaker"] = escape(row["speaker"]) + (f"\n[dim]{escape(', '.join(others))}[/dim]" if others else "")
    headers = {"direct": "dir.", "partial": "part.", "indirect": "ind.", "according-to": "acc.", "reported": "rep."}
    columns = [("speaker", "speaker (also called)"), ("quotes", "quotes"), *((k, headers[k]) for k in KINDS),
               ("articles", "art."), ("outlets", "outl.")]
    title = f"{page.total} speakers" + (f" quoted in {args.outlet}" if args.outlet else "") + _shown(page)
    _emit(page, args.format, columns, title, rows=rows, wrap={"speaker"}, markup={"speaker"})
    if args.format == "table" and rows:
        print("dir. direct, part. partial, ind. indirect, acc. according to, rep. reported; art. articles, outl. outlets")
    return 0


def run_sources(args: argparse.Namespace) -> int:
    with _open(args) as store:
        if args.by == "outlet":
            page = store.outlets(limit=args.limit, offset=args.offset)
            rows = [{"outlet": r.outlet, "articles": r.articles, "quotations": r.quotations, "named": r.named,
                     "anonymous": r.anonymous, "anonymous_share": round(r.anonymous_share, 4)} for r in page.rows]
            if args.format == "table":
                for row in rows:
                    row["anonymous_share"] = f"{row['anonymous_share']:.1%}"
            columns = [(k, k.replace("_", " ")) for k in rows[0]] if rows else [("outlet", "outlet")]
            _emit(page, args.format, columns, f"{page.total} outlets", rows=rows)
            return 0
        page = store.sources(outlet=args.outlet, anonymous=args.anonymous, since=args.since, until=args.until,
                             limit=args.limit, offset=args.offset)
        counts = store.counts() if not (args.outlet or args.since or args.until) else None
    rows = [{"source": r.name, "speaker_id": r.speaker_id, "type": r.type, "anonymous": r.anonymous,
             "citations": r.citations, "articles": r.articles, "outlets": r.outlets, "how": r.how} for r in page.rows]
    if args.format == "table":
        for row in rows:
            row["anonymous"] = "anonymous" if row["anonymous"] else ""
            row["how"] = ", ".join(f"{h} {n}" for h, n in row["how"].items())
    columns = [("source", "source"), ("type", "type"), ("anonymous", "anonymous"), ("citations", "cited"),
               ("articles", "articles"), ("outlets", "outlets"), ("how", "how (in how many articles)")]
    title = f"{page.total} sources" + _shown(page)
    _emit(page, args.format, columns, title, rows=rows, wrap={"how"})
    if counts and args.format == "table" and counts["quotations"]:
        share = counts["anonymous_quotations"] / counts["quotations"]
        print(f"{counts['anonymous_quotations']} of {counts['quotations']} quotations ({share:.1%}) "
              f"cite an anonymous source; `saywho sources --by outlet` compares outlets.")
    return 0


def run_voices(args: argparse.Namespace) -> int:
    from saywho.corpus import voices

    with _open(args) as store:
        groups = voices.voices(store, by=args.by, about=args.about, outlet=args.outlet, since=args.since,
                               until=args.until, top=args.top)
    if args.format == "json":
        document = {"by": args.by or voices.ALL, "groups": voices.as_dict(groups)}
        sys.stdout.write(json.dumps(document, ensure_ascii=False, indent=2) + "\n")
    elif args.format == "csv":
        writer = csv.DictWriter(sys.stdout, fieldnames=voices.CSV_COLUMNS)
        writer.writeheader()
        writer.writerows(voices.csv_rows(groups))
    else:
        for group in groups:
            _voices_table(group, voices)
    return 0


def _voices_table(group, voices) -> None:
    rows = [{"field": f.field, "value": f.value, "quotations": f.quotations,
             "quotation_share": f"{f.quotation_share:.1%}", "sources": f.sources,
             "source_share": f"{f.source_share:.1%}", "direct_share": f"{f.direct_share:.0%}"}
            for f in group.figures]
    columns = [("field", "field"), ("value", "class"), ("quotations", "quotations"), ("quotation_share", "share"),
               ("sources", "sources"), ("source_share", "share"), ("direct_share", "quoted directly")]
    title = (f"{group.group}: {group.quotations} quotations from {group.sources} sources, "
             f"{group.direct / group.quotations if group.quotations else 0:.0%} quoted directly")
    _table(rows, columns, title, wrap=set())
    print(voices.card(group))
    top = "; ".join(f"{s['speaker']} {s['quotations']}" for s in group.top_sources)
    print(f"top sources: {top}\n")


def run_labels(args: argparse.Namespace) -> int:
    with _open(args) as store:
        page = store.labels(by=args.by, outlet=args.outlet, category=args.category, since=args.since,
                            until=args.until, limit=args.limit, offset=args.offset)
    first = {"category": [], "word": [("word", "word")], "outlet": [("outlet", "outlet")],
             "target": [("target", "labelled")]}[args.by]
    columns = [*first, ("category", "category"), ("count", "count"), ("articles", "articles")]
    rows = [{k: getattr(r, k) for k, _ in columns} for r in page.rows]
    title = f"labels by {args.by}" + _shown(page)
    _emit(page, args.format, columns, title, rows=rows)
    return 0


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


# -- output -------------------------------------------------------------------------------------


def _emit(page, fmt: str, columns: list[tuple[str, str]], title: str, rows: list[dict[str, Any]] | None = None,
          wrap: set[str] = frozenset(), markup: set[str] = frozenset()) -> None:
    if rows is None:
        rows = [{k: v for k, v in asdict(r).items()} for r in page.rows]
    if fmt == "json":
        document = {"total": page.total, "limit": page.limit, "offset": page.offset, "rows": rows}
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


def _table(rows: list[dict[str, Any]], columns: list[tuple[str, str]], title: str, wrap: set[str],
           markup: set[str] = frozenset()) -> None:
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


# -- argument types ------------------------------------------------------------------------------


def _positive(value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        number = 0
    if number < 1:
        raise argparse.ArgumentTypeError(f"{value!r} is not a positive whole number")
    return number


def _non_negative(value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        number = -1
    if number < 0:
        raise argparse.ArgumentTypeError(f"{value!r} is not a whole number of 0 or more")
    return number


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
