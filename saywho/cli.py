"""The `saywho` command. Thin: it parses arguments, calls the library and prints."""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from urllib.parse import urlparse

from saywho import __version__
from saywho.argtypes import iso_date
from saywho.errors import SaywhoError
from saywho.spans import DEFAULT_SPANS, SPAN_MODES, SPANS_ENV

FORMATS = ("terminal", "json", "html")
EXTENSIONS = {"json": ".json", "html": ".html", "terminal": ".txt"}

DESCRIPTION = """\
saywho reads news articles and shows who said what, on whose authority,
and in whose words: every quotation and reported statement, with its
speaker resolved through "he", "the official" and "the group".
"""

ANALYSE_EXAMPLES = """\
examples:
  saywho analyze article.txt                  readable view, speakers in colour
  saywho analyze page.html --format html > report.html
  saywho analyze https://example.org/story --format json
  cat article.txt | saywho analyze - --date 2021-08-31
  saywho analyze a.txt b.html c.txt --out results/    one JSON file per input
  saywho analyze articles/ --out results/     every article file in a folder
  saywho analyze --sample                     the article bundled with saywho

Plain-text files have one paragraph per line. HTML pages are reduced to their
article text; title, author, date and site name are kept. --date gives the
publication date when the input does not carry one.
"""


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if not hasattr(args, "run"):
        parser.print_help()
        return 0
    try:
        code = args.run(args)
        sys.stdout.flush()  # here, not at exit, so that a full disk or a closed pipe is reported like any error
        return code
    except SaywhoError as error:
        return fail(str(error))
    except KeyboardInterrupt:
        return fail("interrupted", code=130)
    except BrokenPipeError:
        _drop_stdout()
        return 0
    except OSError as error:  # standard output on a full disk (> /dev/full), or gone
        _drop_stdout()
        return fail(f"cannot write the output ({error.strerror or error})")


def _drop_stdout() -> None:
    """Point stdout at /dev/null, so that Python's flush at exit does not fail a second time with a traceback."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError, AttributeError):
        pass


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="saywho", description=DESCRIPTION, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--version", action="version", version=f"saywho {__version__}")
    commands = parser.add_subparsers(title="commands", metavar="COMMAND")
    _add_analyse(commands)
    _add_eval(commands)
    from saywho.corpus.cli import add_corpus_commands
    add_corpus_commands(commands)
    from saywho.web.cli import add_serve_command
    add_serve_command(commands)
    return parser


def _add_analyse(commands) -> None:
    analyse = commands.add_parser(
        "analyze", aliases=["analyse"], help="find who said what in articles",
        description="Find every attribution in one or more articles, with each speaker resolved.",
        epilog=ANALYSE_EXAMPLES, formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    analyse.add_argument("inputs", nargs="*", metavar="INPUT",
                         help="a text or HTML file, a folder of them, an http(s) URL, or - for stdin")
    analyse.add_argument("--sample", action="store_true", help="analyse the sample article bundled with saywho")
    analyse.add_argument("--date", type=iso_date, help="publication date (YYYY-MM-DD) for inputs that lack one")
    analyse.add_argument("--format", "-f", choices=FORMATS, help="output format (default: terminal; json with --out); several inputs to stdout as json give one JSON line each")
    analyse.add_argument("--out", "-o", type=Path, metavar="DIR", help="write one file per input into DIR, named after the input")
    analyse.add_argument("--force", action="store_true", help="with --out, replace files that already exist")
    analyse.set_defaults(run=run_analyse)


def _add_eval(commands) -> None:
    evaluate = commands.add_parser("eval", help="score saywho against annotated data")
    targets = evaluate.add_subparsers(title="datasets", metavar="DATASET")
    gold = targets.add_parser("gold", help="score one article against a seed-style .gold.json file")
    gold.add_argument("gold_file", type=Path, help="the .gold.json file; the article is the 'document' it names, beside it")
    gold.add_argument("--date", type=iso_date, help="publication date of the article")
    gold.set_defaults(run=run_eval_gold)
    polnear = targets.add_parser("polnear", help="exact and overlap F1 for source, cue and content on PolNeAR")
    polnear.add_argument("--split", choices=("train", "dev"), default="dev")
    polnear.add_argument("--data", type=Path, help="PolNeAR's data folder (default ../shared/data/polnear/data)")
    polnear.add_argument("--out", type=Path, metavar="DIR", help="keep each prediction as DIR/<article>.json")
    polnear.add_argument("--errors", type=int, default=0, metavar="N", help="show the N articles with the most misses")
    polnear.add_argument("--spans", choices=(*SPAN_MODES, "all"),
                         help="who draws the spans: the rules, the trained tagger alone (model), or both "
                              f"(combined); default ${SPANS_ENV}, else {DEFAULT_SPANS}. 'all' runs the three "
                              "and sets them side by side (with --out, each in DIR/<spans>/)")
    polnear.add_argument("--json", type=Path, metavar="FILE",
                         help="also write the report as JSON to FILE (with --spans all: a list, one per mode)")
    polnear.set_defaults(run=run_eval_polnear)
    basil = targets.add_parser("basil", help="writer's voice and quote accuracy on BASIL's bias spans")
    basil.add_argument("--data", type=Path, help="BASIL's folder (default ../shared/data/basil)")
    basil.add_argument("--folds", type=int, metavar="N",
                       help="cross-validate by event: train the word-choice model on N-1 folds, score the Nth")
    basil.add_argument("--lexicons", type=Path,
                       help="reference lexicons for training with --folds (default ../shared/data/lexicons)")
    basil.add_argument("--json", type=Path, metavar="FILE", help="also write the report as JSON to FILE")
    basil.set_defaults(run=run_eval_basil)
    speakers = targets.add_parser(
        "speakers", help="who each PolNeAR source is, against the hand-made referent gold",
        description="Score speaker resolution per kind of mention (name, pronoun, description, other): "
        "found sources, resolved right, and the wrong-name rate.",
    )
    speakers.add_argument("--split", choices=("train", "dev"), default="dev")
    speakers.add_argument("--data", type=Path, help="PolNeAR's data folder (default ../shared/data/polnear/data)")
    speakers.add_argument("--errors", type=int, default=0, metavar="N",
                          help="show N cases side by side with their paragraph, wrong names first")
    speakers.add_argument("--json", type=Path, metavar="FILE", help="also write the report as JSON to FILE")
    speakers.set_defaults(run=run_eval_speakers)


# -- analyse -------------------------------------------------------------------------


def run_analyse(args: argparse.Namespace) -> int:
    from saywho.corpus.inputs import MetadataTables
    from saywho.read import check_article, read_input

    specs = _articles_in_folders(list(args.inputs)) + ([str(sample_path())] if args.sample else [])
    if not specs:
        return fail("no input given: name a file, a URL or - for stdin (or try --sample)")
    fmt = args.format or ("json" if args.out else "terminal")
    articles, failures = [], 0
    tables = MetadataTables(None)
    for spec in specs:
        try:
            article = read_input(spec)
            _fill_in_from_metadata(article, spec, tables)
            article.date = article.date or args.date
            warnings = check_article(article)
        except SaywhoError as error:
            failures += 1
            warn(str(error))
            continue
        articles.append((spec, article, warnings))
    if articles:
        targets = _targets(articles, fmt, args.out, force=args.force) if args.out is not None else None
        failures += _analyse_and_write(articles, fmt, targets)
    return 1 if failures else 0


def _articles_in_folders(specs: list[str]) -> list[str]:
    """A folder stands for the article files in it, walked in sorted order as `saywho ingest` walks it; archives
    of many articles (JSONL, WARC) are left to `saywho ingest`."""
    from saywho.corpus.inputs import Discovery

    files = []
    for spec in specs:
        if spec == "-" or not Path(spec).is_dir():
            files.append(spec)
            continue
        found = [str(path) for kind, path in Discovery([spec]).entries if kind in {"file", "json", "urls"}]
        files += found or [spec]  # an empty folder is refused as a folder
    return files


def _fill_in_from_metadata(article, spec: str, tables) -> None:
    """Outlet, date, title... from a metadata.tsv beside the file, where the file itself does not say."""
    path = Path(spec)
    if spec == "-" or not path.is_file():
        return
    for name, value in tables.lookup(path).items():
        if not getattr(article, name, None):
            setattr(article, name, value)


def _targets(articles, fmt: str, out: Path, *, force: bool) -> list[Path]:
    """DIR/<stem>.<ext> for each input, made sure of before any analysis is spent on them."""
    from saywho.errors import OutputError
    from saywho.output import check_target

    if out.exists() and not out.is_dir():
        raise OutputError(f"--out {out}: is a file, not a directory")
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise OutputError(f"--out {out}: cannot make this directory ({error.strerror or error})") from None
    stems: set[str] = set()
    targets = [out / (unique_stem(spec, stems) + EXTENSIONS[fmt]) for spec, _, _ in articles]
    for path in targets:
        check_target(path, force=force)
    return targets


def _analyse_and_write(articles, fmt: str, targets: list[Path] | None) -> int:
    """Analyse and write each input; returns how many failed (one past its time limit fails alone)."""
    from saywho.output import write_text

    failures = 0
    results = _each_analysis([article for _, article, _ in articles])
    padded: list[Path | None] = list(targets) if targets else [None] * len(articles)
    for (spec, _, warnings), analysis, target in zip(articles, results, padded):
        if isinstance(analysis, SaywhoError):
            failures += 1
            warn(str(analysis))
            continue
        analysis.warnings[:0] = warnings
        for message in analysis.warnings:
            warn(f"{spec}: {message}")
        if target is None:
            emit(analysis, fmt, title=spec if len(articles) > 1 else None)
        else:
            write_text(target, rendered(analysis, fmt), force=True)  # --force was checked before the analysis
            print(f"{spec} → {target}  ({len(analysis.attributions)} attributions)", file=sys.stderr)


    return failures


def _each_analysis(articles: list) -> Iterator:
    """An Analysis, or the SaywhoError that stopped it, for each article in order.

    All in one spaCy pipe while that goes well; once an analysis fails (its time limit), the rest
    one at a time, so that only the article at fault fails."""
    from saywho.pipeline import analyze_many

    done = 0
    try:
        for analysis in analyze_many(articles):
            done += 1
            yield analysis
    except SaywhoError:
        for article in articles[done:]:
            try:
                yield next(analyze_many([article]))
            except SaywhoError as error:
                yield error


def emit(analysis, fmt: str, title: str | None = None) -> None:
    """One analysis to stdout; `title` names it among several (a rule above it, or one JSON line each)."""
    if fmt == "terminal":
        from rich.console import Console
        from rich.rule import Rule

        from saywho.render import render_terminal

        console = Console()
        if title is not None:
            console.print(Rule(printable_title(title), style="bold"))
        render_terminal(analysis, console=console)
    elif fmt == "json" and title is not None:
        sys.stdout.write(json.dumps(analysis.to_dict(), ensure_ascii=False) + "\n")
    else:
        sys.stdout.write(rendered(analysis, fmt))


def printable_title(spec: str) -> str:
    from saywho.render.common import printable

    return printable("standard input" if spec == "-" else spec)


def rendered(analysis, fmt: str) -> str:
    from saywho.render import render_html, render_json

    if fmt == "html":
        return render_html(analysis)
    if fmt == "json":
        return render_json(analysis) + "\n"
    from io import StringIO

    from rich.console import Console

    buffer = StringIO()
    from saywho.render import render_terminal

    render_terminal(analysis, console=Console(file=buffer, width=100, color_system=None))
    return buffer.getvalue()


def unique_stem(spec: str, taken: set[str]) -> str:
    """`DIR/<stem>.json`: a file's stem, a URL's last path segment, `stdin` for -."""
    if spec == "-":
        stem = "stdin"
    elif re.match(r"https?://", spec, re.I):
        parsed = urlparse(spec)
        stem = Path(parsed.path.rstrip("/")).stem or parsed.hostname or "page"
    else:
        stem = Path(spec).stem
    stem = re.sub(r"[^\w.-]+", "-", stem) or "article"
    candidate, number = stem, 2
    while candidate in taken:
        candidate, number = f"{stem}-{number}", number + 1
    taken.add(candidate)
    return candidate


def sample_path() -> Path:
    return Path(__file__).parent / "data" / "sample-article.html"


# -- eval ----------------------------------------------------------------------------


def run_eval_gold(args: argparse.Namespace) -> int:
    from saywho.eval.gold import format_gold_report, load_gold, score_gold
    from saywho.pipeline import analyze
    from saywho.read import read_input

    try:
        gold = load_gold(args.gold_file)
    except (OSError, ValueError) as error:
        return fail(f"{args.gold_file}: cannot read this gold file ({error})")
    article = read_input(str(args.gold_file.parent / gold["document"]), date=args.date)
    print(format_gold_report(score_gold(args.gold_file, analyze(article))))
    return 0


def run_eval_polnear(args: argparse.Namespace) -> int:
    from saywho.eval import polnear

    if problem := _unwritable(args.json):
        return fail(problem)

    data = args.data or polnear.DEFAULT_DATA
    modes = SPAN_MODES if args.spans == "all" else (args.spans,)
    reports = []
    for mode in modes:
        out = args.out / mode if args.out and args.spans == "all" else args.out
        with progress_bar(f"PolNeAR {args.split}" + (f", {mode}" if args.spans == "all" else "")) as progress:
            report = polnear.evaluate(args.split, data=data, out=out, errors=args.errors, progress=progress, spans=mode)
        reports.append(report)
        print(polnear.format_report(report))
        if args.errors:
            print(polnear.format_errors(report, args.errors))
    if len(reports) > 1:
        print(polnear.format_comparison(reports))
    return _write_report(args.json, reports if args.spans == "all" else reports[0])


def run_eval_basil(args: argparse.Namespace) -> int:
    from saywho.eval import basil

    if problem := _unwritable(args.json):
        return fail(problem)

    data = args.data or basil.DEFAULT_DATA
    if args.folds is not None:
        if args.folds < 2:
            return fail("--folds needs at least 2 folds")
        with progress_bar("BASIL") as progress:
            report = basil.evaluate_folds(data, args.folds, args.lexicons or basil.DEFAULT_LEXICONS, progress)
        print(basil.format_folds(report))
        return _write_report(args.json, report)
    with progress_bar("BASIL") as progress:
        report = basil.evaluate(data=data, progress=progress)
    if args.data is None:
        print("On the articles the word lists and the shipped model were tuned on; "
              "for the honest figure run with --folds 5.")
    print(basil.format_report(report))
    return _write_report(args.json, report)


def run_eval_speakers(args: argparse.Namespace) -> int:
    from saywho.eval import polnear, speakers

    if problem := _unwritable(args.json):
        return fail(problem)

    with progress_bar(f"speakers {args.split}") as progress:
        report = speakers.evaluate(args.split, data=args.data or polnear.DEFAULT_DATA, errors=args.errors,
                                   progress=progress)
    print(speakers.format_report(report))
    if args.errors:
        print()
        print(speakers.format_errors(report))
    return _write_report(args.json, report)


def _unwritable(path: Path | None) -> str | None:
    """Why a --json report could not be written, said before the evaluation's minutes rather than after."""
    if path is not None and not path.parent.is_dir():
        return f"{path}: cannot write the report (no folder {path.parent})"
    return None


def _write_report(path: Path | None, report) -> int:
    """An evaluation's report as JSON, where --json asked for it."""
    if path is None:
        return 0
    try:
        path.write_text(json.dumps(report, ensure_ascii=False, indent=1, default=str) + "\n", encoding="utf-8")
    except OSError as error:
        return fail(f"{path}: cannot write the report ({error.strerror or error})")
    return 0


# -- small helpers ----------------------------------------------------------------------


@contextmanager
def progress_bar(label: str) -> Iterator[Callable[[int, int], None] | None]:
    """A bar on stderr for long work, as a callback (done, total); None when stderr is not a terminal."""
    if not sys.stderr.isatty():
        yield None
        return
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

    columns = (TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TextColumn("articles"),
               TimeRemainingColumn())
    with Progress(*columns, console=Console(stderr=True), transient=True) as bar:
        task = bar.add_task(label, total=None)
        yield lambda done, total: bar.update(task, completed=done, total=total)


def warn(message: str) -> None:
    print(f"saywho: {message}", file=sys.stderr)


def fail(message: str, code: int = 1) -> int:
    print(f"saywho: error: {message}", file=sys.stderr)
    return code


if __name__ == "__main__":
    sys.exit(main())
