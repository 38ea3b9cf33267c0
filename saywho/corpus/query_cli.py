"""The corpus query commands: quotes (with --cite), speakers, sources, voices and labels."""

from __future__ import annotations

import argparse
import csv
import json
import sys
from dataclasses import asdict

from saywho.corpus.cli_output import _emit, _shown, _table
from saywho.corpus.store import per_1000_words, ranked_note, total_wording


def _open(args):
    from saywho.corpus.backends import open_store
    from saywho.corpus.store import SHARDS

    shards = getattr(args, "shards", None)
    if shards:
        from saywho.corpus.backends import DEFAULT_DB
        from saywho.errors import SaywhoError

        if args.db != DEFAULT_DB:
            raise SaywhoError("give --db or --shards, not both")
        return open_store(SHARDS + shards)
    return open_store(args.db)


def run_quotes(args: argparse.Namespace) -> int:
    with _open(args) as store:
        page = store.quotes(speaker=args.speaker, about=args.about, outlet=args.outlet, since=args.since,
                            until=args.until, kind=args.kind, anonymous=args.anonymous, limit=args.limit,
                            offset=args.offset, profile=dict(args.profile or []) or None,
                            rank_among=args.rank_among)
        if args.cite:
            return _print_citations(store, page, args.format)
    columns = [("date", "date"), ("outlet", "outlet"), ("speaker", "speaker"), ("kind", "kind"),
               ("content", "quotation")]
    shown_total = total_wording(page.total, True) if page.total_estimated else page.total
    title = f"{shown_total} quotation{'s' if page.total != 1 else ''}" + _shown(page)
    if note := ranked_note(page.total, page.ranked_among, page.total_estimated):
        title += f"; {note}"
        if args.format == "csv":  # a CSV has no title to say it in
            print(f"saywho: {note}", file=sys.stderr)
    rows = [asdict(row) for row in page.rows]
    if args.format == "table":  # words the article reports as not said are never shown as said
        for row in rows:
            row["kind"] += ", not said" if row["negated"] else ""
            if row["corrected"]:  # a fact-checker's correction, with what the machine said
                row["kind"] = "not a quotation (corrected)" if row["not_a_quote"] else row["kind"] + ", corrected"
                if "speaker" in (row["machine"] or {}):
                    row["speaker"] = f"{row['speaker'] or row['speaker_name']} (machine said: {row['machine']['speaker']})"
    _emit(page, args.format, columns, title, rows=rows, wrap={"content"})
    return 0


def _print_citations(store, page, fmt: str) -> int:
    from saywho.render.cite import quote_citations

    citations = quote_citations(page.rows, lambda article_id: store.article(article_id=article_id))
    # Words a fact-checker marked as no quotation are never cited as one.
    citations = [f"Not a quotation (corrected): {row.content}" if row.not_a_quote else line
                 for row, line in zip(page.rows, citations)]
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
            rows = [{"outlet": r.outlet, "articles": r.articles, "words": r.words, "quotations": r.quotations,
                     "quotations_per_1000_words": r.per_1000_words(r.quotations), "named": r.named,
                     "anonymous": r.anonymous, "anonymous_per_1000_words": r.per_1000_words(r.anonymous),
                     "anonymous_share": round(r.anonymous_share, 4)} for r in page.rows]
            if args.format == "table":
                for row in rows:
                    row["anonymous_share"] = f"{row['anonymous_share']:.1%}"
            headers = {"quotations": "quotes", "quotations_per_1000_words": "/1k words",
                       "anonymous": "anon.", "anonymous_per_1000_words": "anon./1k",
                       "anonymous_share": "anon. share"}
            shown = [k for k in rows[0] if args.format != "table" or k not in ("words", "named")] if rows else []
            columns = [(k, headers.get(k, k)) for k in shown] or [("outlet", "outlet")]
            _emit(page, args.format, columns, f"{page.total} outlets", rows=rows)
            if args.format == "table" and rows:
                print("/1k words, anon./1k: quotations, and those from anonymous sources, per 1,000 words of the outlet's articles")
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
    per_words = per_1000_words(group.quotations, group.words)
    title = (f"{group.group}: {group.quotations} quotations"
             + (f" ({per_words:.2f} per 1,000 words)" if per_words is not None else "")
             + f" from {group.sources} sources, "
             f"{group.direct / group.quotations if group.quotations else 0:.0%} quoted directly")
    _table(rows, columns, title, wrap=set())
    print(voices.card(group))
    top = "; ".join(f"{s['speaker']} {s['quotations']}" for s in group.top_sources)
    print(f"top sources: {top}\n")


def run_labels(args: argparse.Namespace) -> int:
    with _open(args) as store:
        page = store.labels(by=args.by, outlet=args.outlet, category=args.category, since=args.since,
                            until=args.until, limit=args.limit, offset=args.offset)
        # per 1,000 words of all an outlet's articles: not asked within dates, for which no words are summed
        words = store.outlet_words() if args.by == "outlet" and not (args.since or args.until) else {}
    first = {"category": [], "word": [("word", "word")], "outlet": [("outlet", "outlet")],
             "target": [("target", "labelled")]}[args.by]
    columns = [*first, ("category", "category"), ("count", "count"), ("articles", "articles")]
    rows = [{k: getattr(r, k) for k, _ in columns} for r in page.rows]
    if args.by == "outlet":  # outlets of different sizes compare by labels per 1,000 words of their articles
        columns.append(("per_1000_words", "per 1,000 words"))
        for row in rows:
            row["per_1000_words"] = per_1000_words(row["count"], words.get(row["outlet"] or ""))
    title = f"labels by {args.by}" + _shown(page)
    _emit(page, args.format, columns, title, rows=rows)
    return 0
