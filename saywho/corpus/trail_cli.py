"""`saywho trail`: follow one quotation across outlets, or rebuild the trails of a corpus."""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import asdict
from typing import Any

from saywho.errors import SaywhoError

TRAIL_EXAMPLES = """\
examples:
  saywho trail --text "a total and complete shutdown"   trails holding these words
  saywho trail --speaker Trump --format csv             trails of one speaker's quotations
  saywho trail --id 504                                 one trail: who ran it when, and what changed
  saywho trail --rebuild                                regroup the whole corpus (after changing the rules)

A trail groups the attributions that report the same utterance: quotations
with the same or nearly the same words, and paraphrases close enough to one.
Each member is compared with the earliest full quotation; flags state what
differs: words changed inside quotation marks, a shortened quotation, the words
given to another speaker, a quotation run later as paraphrase.
"""

LIST_COLUMNS = [("id", "trail"), ("first", "first ran"), ("speaker", "speaker"), ("size", "vers."),
                ("outlets", "outl."), ("text", "words (and flags: versions carrying each)")]
TABLE_WORDS = 90  # characters of a trail's words in the list table (all of them in json and csv)
MEMBER_COLUMNS = [("date", "date"), ("outlet", "outlet"), ("kind", "kind"), ("speaker", "speaker"), ("cue", "cue"),
                  ("text", "words"), ("flags", "flags")]


def add_trail_command(commands, query_options, positive) -> None:
    """Add `saywho trail`, with the corpus commands' --db/--format/--limit/--offset and number type."""
    p = commands.add_parser("trail", help="follow a quotation across outlets: who ran it, and how the words changed",
                            description="Quote trails: the same utterance across articles, with what each changed.",
                            epilog=TRAIL_EXAMPLES, formatter_class=argparse.RawDescriptionHelpFormatter)
    choice = p.add_mutually_exclusive_group()
    choice.add_argument("--text", metavar="TEXT", help="trails with a quotation matching these words")
    choice.add_argument("--speaker", "-s", metavar="NAME", help="trails of a speaker's quotations, by any of their names")
    choice.add_argument("--id", type=_trail_id(positive), metavar="N", help="one trail, member by member")
    choice.add_argument("--rebuild", action="store_true", help="regroup every attribution in the store into trails")
    p.add_argument("--outlets", type=positive, default=1, metavar="N", help="only trails spanning at least N outlets")
    query_options(p)
    p.set_defaults(run=run_trail)


def _trail_id(positive):
    def trail_id(value: str) -> int:
        number = positive(value)
        if number >= 2**63:
            raise argparse.ArgumentTypeError(f"{value!r} is larger than any trail id")
        return number
    return trail_id


def run_trail(args: argparse.Namespace) -> int:
    from saywho.corpus.backends import open_store
    from saywho.corpus.postgres.connect import is_postgres_url, shown

    db = shown(args.db) if is_postgres_url(args.db) else args.db  # a PostgreSQL URL without its password
    if args.rebuild:
        with open_store(args.db) as store:
            if not store.keeps_trails:
                raise SaywhoError(f"{db}: this kind of store keeps no quote trails")
            counts = store.rebuild_trails()
        print(f"saywho: {db}: {counts['trails']} trails from {counts['items']} attributions; "
              f"{counts['multi_article']} span two or more articles, {counts['multi_outlet']} two or more outlets",
              file=sys.stderr)
        return 0
    if args.text is not None and not args.text.strip():
        raise SaywhoError("--text needs some words to look for")
    with open_store(args.db) as store:
        _note_missing_trails(store, db)
        if args.id is not None:
            trail = store.trail(args.id)
            if trail is None:
                raise SaywhoError(f"no trail {args.id} in {db}")
            _show_trail(trail, args.format)
            return 0
        page = store.trails(speaker=args.speaker, text=args.text, min_outlets=args.outlets, limit=args.limit,
                            offset=args.offset)
    _show_list(page, args.format)
    return 0


def _note_missing_trails(store, db) -> None:
    """A store of quotations with nothing on trails was most likely built before trails existed: say so."""
    if not store.keeps_trails:
        raise SaywhoError(f"{db}: this kind of store keeps no quote trails")
    if not store.trail_summary()["items"] and store.counts()["quotations"]:
        print(f"saywho: {db} has no quotation on a trail; if it was built before quote trails, "
              f"build them with `saywho trail --rebuild --db {db}`", file=sys.stderr)


def _show_list(page, fmt: str) -> None:
    from saywho.corpus.cli_output import _emit, _shown

    rows = [asdict(row) for row in page.rows]
    if fmt == "json":
        _emit(page, "json", LIST_COLUMNS, "", rows=rows)
        return
    if fmt == "csv":
        _csv(rows)
        return
    for row in rows:
        flagged = ", ".join(f"{kind} {n}" for kind, n in row["flags"].items() if n)
        row["first"] = " ".join(v for v in (row["first_date"], row["first_outlet"]) if v)
        row["text"] = _clip(row["text"], TABLE_WORDS) + (f"\n[{flagged}]" if flagged else "")
    _table(rows, LIST_COLUMNS, f"{page.total} trails" + _shown(page))
    if rows:
        print("vers. versions (articles' attributions), outl. outlets; `saywho trail --id N` shows one")


def _show_trail(trail, fmt: str) -> None:
    from saywho.corpus.trail_view import member_row

    rows = [member_row(trail, m) for m in trail.members]
    if fmt == "json":
        document = {"id": trail.id, "reference": trail.reference_id, "outlets": trail.outlets,
                    "members": [asdict(m) for m in trail.members]}
        sys.stdout.write(json.dumps(document, ensure_ascii=False, indent=2) + "\n")
        return
    if fmt == "csv":
        _csv(rows)
        return
    for row in rows:
        row["flags"] = "\n".join(row["flags"])
        row["speaker"] = " / ".join(dict.fromkeys(n for n in (row["source"], row["speaker"]) if n))
        row["text"] = ("[reference] " if row["reference"] else "") + row["text"]
    first = trail.first
    title = (f"trail {trail.id}: {len(trail.members)} members in {len(trail.outlets)} outlets; first ran in "
             f"{first.outlet or 'an article'} on {first.date or 'an unknown date'} (article {first.article_id})")
    _table(rows, MEMBER_COLUMNS, title)


def _clip(text: str, length: int) -> str:
    return text if len(text) <= length else text[:length].rsplit(" ", 1)[0] + " …"


def _csv(rows: list[dict[str, Any]]) -> None:
    from saywho.corpus.export import write_csv

    if rows:
        write_csv(rows, sys.stdout)


def _table(rows, columns, title) -> None:
    from saywho.corpus.cli_output import _table as table

    table(rows, columns, title, wrap={"text", "flags"})
