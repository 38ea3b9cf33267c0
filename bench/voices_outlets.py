"""The per-outlet table of docs/corpus.md's "Who gets a voice", from `saywho voices --by outlet` on a store.

    .venv/bin/python bench/voices_outlets.py --db /tmp/polnear.db

One row per outlet: its quotations and distinct sources, the share quoted directly, the
share of women among the sources whose gender the articles state, the share of person
sources whose gender is stated, and the shares of sources (and, for anonymous ones, of
quotations) in a few classes; then how many of its quotations have a profile but no speaker
(a source the speakers step ties to no one, analysis schema version 5), and its top sources.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # run from a checkout without installing

from saywho.corpus.backends import open_store
from saywho.corpus.voices import Group, voices

HEADER = ("| outlet | quotations | sources | quoted directly | women (sources) | gender stated, of person sources "
          "| anonymous: sources / quotations | ordinary people | documents | officials / politicians / experts "
          "| profiled without a speaker (quotations) | most quoted |\n|---|---|---|---|---|---|---|---|---|---|---|---|")


def row(group: Group, speakerless: int) -> str:
    figure = {(f.field, f.value): f for f in group.figures}

    def sources(field: str, value: str) -> int:
        found = figure.get((field, value))
        return found.sources if found else 0

    def share(field: str, value: str, of: str = "source") -> str:
        found = figure.get((field, value))
        return f"{100 * (getattr(found, of + '_share') if found else 0):.1f}%"

    women, men, people = sources("gender", "female"), sources("gender", "male"), sources("kind", "person")
    stated = women + men
    top = ", ".join(f"{s['speaker']} {s['quotations']}" for s in group.top_sources[:3])
    return (f"| {group.group} | {group.quotations:,} | {group.sources:,} | {100 * group.direct / group.quotations:.0f}% "
            f"| {100 * women / stated:.0f}% ({women} of {stated}) | {100 * stated / people:.0f}% "
            f"| {share('naming', 'anonymous')} / {share('naming', 'anonymous', 'quotation')} "
            f"| {share('naming', 'ordinary')} | {share('kind', 'document')} "
            f"| {share('role', 'official')} / {share('role', 'politician')} / {share('role', 'expert')} "
            f"| {speakerless:,} | {top} |")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--db", type=Path, required=True)
    args = parser.parse_args()
    if not args.db.exists():
        print(f"not found: {args.db}", file=sys.stderr)
        return 2
    with open_store(args.db) as store:
        speakerless = Counter(r.outlet or "(no outlet)" for r in store.profiles() if r.speaker_id is None)
        groups = voices(store, by="outlet")
        (everything,) = voices(store)
    print(HEADER)
    for group in groups:
        print(row(group, speakerless[group.group]))
    print(row(everything, sum(speakerless.values())))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
