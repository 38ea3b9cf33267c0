"""`saywho correct`: a fact-checker's correction of a speaker or a span, kept apart from the machine's answer.

  saywho correct --db DB ARTICLE ATTRIBUTION --speaker "Jane Smith" [--note …] [--by …]
  saywho correct --db DB ARTICLE ATTRIBUTION --not-a-quote
  saywho correct --db DB ARTICLE ATTRIBUTION --content 120:164   (also --source, --cue; START:END[,START:END])
  saywho correct --db DB --list [--format json]
  saywho correct --db DB --undo ID
  saywho correct --db DB --import corrections.jsonl   (from `saywho export --table corrections`)

ARTICLE is the article's id in the store (`saywho quotes --format json` gives article_id and
attribution) or its text hash; ATTRIBUTION the attribution's id in its analysis ("a3").
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from saywho.corpus.corrections import FIELDS, Correction, CorrectionError, parse_spans

EXAMPLES = __doc__.split("\n\n")[1] + "\n"


def add_correct_command(commands, db_option) -> None:
    p = commands.add_parser(
        "correct", help="correct a speaker or a span in the corpus (kept apart from the machine's answer)",
        description="Correct one attribution of a stored article: its speaker, whether it is a quotation at all, "
                    "or its source, cue or content span. The stored analysis stays the machine's answer; the "
                    "correction is kept in its own table, shown everywhere the corpus answers (marked as "
                    "corrected, with what the machine said), kept when articles are ingested again, and exported "
                    "with `saywho export --table corrections`.",
        epilog="examples:\n" + EXAMPLES, formatter_class=argparse.RawDescriptionHelpFormatter)
    db_option(p)
    p.add_argument("article", nargs="?", help="the article: its id in the store, or its text hash")
    p.add_argument("attribution", nargs="?", help='the attribution\'s id in its analysis, e.g. "a3"')
    change = p.add_mutually_exclusive_group()
    change.add_argument("--speaker", metavar="NAME", help="who really said it")
    change.add_argument("--speaker-id", metavar="ID", help="who really said it: a speaker of the corpus, by id")
    change.add_argument("--not-a-quote", action="store_true", help="these words are not a quotation")
    for role in ("source", "cue", "content"):
        change.add_argument(f"--{role}", metavar="START:END", help=f"the right {role} span, in characters")
    change.add_argument("--list", action="store_true", help="list every correction, with its status")
    change.add_argument("--undo", type=int, metavar="ID", help="undo correction ID (it stays on the trail)")
    change.add_argument("--import", dest="import_file", type=Path, metavar="FILE",
                        help="add the corrections of a JSON Lines export (from another store)")
    p.add_argument("--note", help="why (kept with the correction)")
    p.add_argument("--by", help="who made the correction")
    p.add_argument("--format", "-f", choices=("table", "json"), default="table", help="how --list prints")
    p.set_defaults(run=run_correct)


def run_correct(args: argparse.Namespace) -> int:
    from saywho.corpus.backends import open_store

    if args.list or args.undo is not None or args.import_file is not None:
        if args.article or args.attribution:
            raise CorrectionError("--list, --undo and --import take no ARTICLE or ATTRIBUTION")
        with open_store(args.db) as store:
            if args.list:
                return _list(store.corrections(), args.format)
            if args.undo is not None:
                undone = store.undo_correction(args.undo)
                print(f"saywho: undid correction {undone.id}: {_line(undone)}")
                return 0
            counts = store.import_corrections(_read_jsonl(args.import_file))
            state = store.apply_corrections()
            print(f"saywho: imported {counts['added']} corrections ({counts['skipped']} already here); "
                  f"{state['applied']} applied, {state['orphaned']} orphaned")
            return 0
    if not args.article or not args.attribution:
        raise CorrectionError("name the ARTICLE and the ATTRIBUTION to correct (or use --list, --undo ID)")
    field, value = _change(args)
    with open_store(args.db) as store:
        if field in ("source", "cue", "content"):
            text = store.article(store._find_article(args.article)[0]).article.text
            value = parse_spans(str(value), len(text))
        made = store.correct(args.article, args.attribution, field, value, made_by=args.by, note=args.note)
    print(f"saywho: correction {made.id}: {_line(made)}")
    return 0


def _change(args: argparse.Namespace) -> tuple[str, object]:
    for field, value in (("speaker", args.speaker), ("speaker_id", args.speaker_id),
                         ("source", args.source), ("cue", args.cue), ("content", args.content)):
        if value is not None:
            return field, value
    if args.not_a_quote:
        return "not_a_quote", True
    raise CorrectionError("say what to correct: --speaker NAME, --speaker-id ID, --not-a-quote, "
                          "--source/--cue/--content START:END")


def _shown(value) -> str:
    if isinstance(value, dict) and "name" in value:
        return f"{value['name']} (speaker {value['id']})"
    if isinstance(value, dict):
        return f"“{value.get('text', '')}” {value.get('spans')}"
    if value is True:
        return "not a quotation"
    if value is False:
        return "a quotation"
    return "(none)" if value is None else str(value)


def _line(c: Correction) -> str:
    where = f"article {c.article_id if c.article_id is not None else c.article_hash[:12]} {c.found or c.attribution}"
    return f"{where}: {FIELDS[c.field]} {_shown(c.old)} → {_shown(c.value)} [{c.status}]"


def _list(corrections: list[Correction], fmt: str) -> int:
    if fmt == "json":
        sys.stdout.write(json.dumps([c.to_dict() for c in corrections], ensure_ascii=False, indent=2) + "\n")
        return 0
    if not corrections:
        print("saywho: no corrections")
        return 0
    for c in corrections:
        who = f" by {c.made_by}" if c.made_by else ""
        note = f" — {c.note}" if c.note else ""
        print(f"{c.id:>4}  {c.made_at}{who}  {_line(c)}{note}")
    orphaned = sum(c.orphaned for c in corrections)
    if orphaned:
        print(f"{orphaned} orphaned: their article is not stored, or its analysis has no attribution with those "
              f"content spans; kept, and applied again when one is stored")
    return 0


def _read_jsonl(path: Path) -> list[dict]:
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as error:
        raise CorrectionError(f"{path}: cannot be read ({error.strerror})") from None
    items = []
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            item = json.loads(line)
            if not all(key in item for key in ("article_hash", "target", "field", "value", "made_at")):
                raise ValueError
        except ValueError:
            raise CorrectionError(f"{path}:{number}: not a correction (export them with "
                                  f"`saywho export --table corrections`)") from None
        items.append(item)
    return items
