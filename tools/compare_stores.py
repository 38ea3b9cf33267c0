"""Compare two SQLite corpus stores built from the same articles (say, before and after a change).

    python tools/compare_stores.py before.db after.db [--show 5]

Articles are matched by their text's hash. For each table it counts the articles whose rows
differ, comparing every column but the store's own row ids (a speaker is compared by its
identity's name, not its id); for the analyses it counts the attributions whose speaker changed
and by how, ignoring the version fields. Exit status 1 when any quotation row differs.
"""

from __future__ import annotations

import argparse
import sqlite3
import sys
from collections import Counter
from pathlib import Path

from saywho.corpus.packed import unpacked

QUERIES = {
    "quotations": "SELECT q.attribution, q.kind, q.speaker_name, s.name, q.named, q.anonymous, q.source, q.cue, "
                  "q.content, q.paragraph, q.start, q.spans, q.role, q.affiliation, q.resolved_by, q.naming, "
                  "q.source_kind, q.role_kind, q.gender, q.date, q.negated FROM quotations q "
                  "LEFT JOIN speakers s ON s.id = q.speaker_id WHERE q.article_id = ? ORDER BY q.attribution",
    "sources": "SELECT s.name, s.description, s.type, s.named, s.anonymous, s.how, s.count, s.spans, s.attributions, "
               "p.name FROM sources s LEFT JOIN speakers p ON p.id = s.speaker_id WHERE s.article_id = ? "
               "ORDER BY s.spans, s.name",
    "mentions": "SELECT m.name, m.type, m.named, m.anonymous, m.speaks, m.cited, m.key, m.local, m.forms, p.name "
                "FROM mentions m LEFT JOIN speakers p ON p.id = m.speaker_id WHERE m.article_id = ? "
                "ORDER BY m.name, m.named",
    "labels": "SELECT text, word, category, target, paragraph, start, spans FROM labels WHERE article_id = ? "
              "ORDER BY start, text",
}


def article_ids(conn: sqlite3.Connection) -> dict[str, int]:
    return dict(conn.execute("SELECT hash, id FROM articles"))


def analysis(conn: sqlite3.Connection, article_id: int) -> dict:
    (text,) = conn.execute("SELECT json FROM analyses WHERE article_id = ?", (article_id,)).fetchone()
    return unpacked(text)


def speaker_changes(before: dict, after: dict) -> list[tuple[str, str, str, str]]:
    """(id, speaker before, speaker after, resolved_by after) of each attribution whose speaker changed."""
    old = {a["id"]: a.get("speaker") for a in before["attributions"]}
    changed = []
    for attribution in after["attributions"]:
        was, now = old.get(attribution["id"]), attribution.get("speaker")
        if was != now:
            changed.append((attribution["id"], (was or {}).get("name"), (now or {}).get("name"),
                            (now or {}).get("resolved_by")))
    return changed


def without_versions(data: dict) -> dict:
    return {k: v for k, v in data.items() if k not in ("schema_version", "saywho_version")}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("before", type=Path)
    parser.add_argument("after", type=Path)
    parser.add_argument("--show", type=int, default=5, help="examples of each difference to print")
    args = parser.parse_args(argv)
    old, new = (sqlite3.connect(f"file:{path}?mode=ro", uri=True) for path in (args.before, args.after))
    old_ids, new_ids = article_ids(old), article_ids(new)
    shared = sorted(set(old_ids) & set(new_ids))
    print(f"articles: {len(old_ids)} before, {len(new_ids)} after, {len(shared)} in both")
    differing: Counter[str] = Counter()
    rows: Counter[str] = Counter()
    examples: dict[str, list[str]] = {}
    changes: list[tuple[str, str, str, str]] = []
    other_analysis_changes = 0
    for digest in shared:
        for table, sql in QUERIES.items():
            a = old.execute(sql, (old_ids[digest],)).fetchall()
            b = new.execute(sql, (new_ids[digest],)).fetchall()
            rows[table] += len(a)
            if a != b:
                differing[table] += 1
                gone, added = sorted(set(a) - set(b)), sorted(set(b) - set(a))
                examples.setdefault(table, []).append(f"{digest[:12]}: before {gone[:1]} after {added[:1]}")
        was, now = analysis(old, old_ids[digest]), analysis(new, new_ids[digest])
        changed = speaker_changes(was, now)
        changes += [(digest[:12], *change[1:]) for change in changed]
        if not changed and without_versions(was) != without_versions(now):
            other_analysis_changes += 1
    for table in QUERIES:
        print(f"{table}: {rows[table]} rows before; articles whose rows differ: {differing[table]}")
        for line in examples.get(table, [])[:args.show]:
            print(f"  {line}")
    print(f"attributions whose speaker changed in the analysis: {len(changes)}"
          f" (by resolved_by now: {dict(Counter(c[3] for c in changes))})")
    for change in changes[:args.show]:
        print(f"  {change}")
    print(f"articles whose analysis differs otherwise (apart from version fields): {other_analysis_changes}")
    return 1 if differing["quotations"] else 0


if __name__ == "__main__":
    sys.exit(main())
