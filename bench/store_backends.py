"""The same corpus on SQLite and on PostgreSQL: the same answers, and what each costs.

Ingests one JSON Lines file of analyses (as `saywho export` writes them, so
nothing is analysed again) into a new SQLite file and into an empty PostgreSQL
database, then checks that both give the same quotations, speakers, sources and
Hillary Clinton query, and times the writes, a second identity pass and the
queries behind the corpus pages (median and 95th percentile of --repeat runs).

    saywho export --db polnear.db --out /tmp/polnear.jsonl
    python bench/store_backends.py /tmp/polnear.jsonl --sqlite /tmp/bench.db \\
        --postgres postgresql://USER:PASSWORD@127.0.0.1:5432/bench

Exits 1 if the two stores answer differently.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

from saywho.corpus.backends import open_store
from saywho.corpus.ingest import ingest
from saywho.corpus.inputs import Discovery


def answers(store) -> dict:
    """What readers see, without row ids (each back end numbers its own rows; unnamed speakers tie by name)."""
    return {
        "counts": store.counts(),
        "quotes": [(q.date, q.outlet, q.title, q.attribution, q.speaker, q.speaker_name, q.kind, q.content)
                   for q in store.quotes(limit=None)],
        "speakers": sorted((r.key, r.name, r.quotes, r.articles, r.outlets, sorted(r.by_kind.items()),
                            sorted(r.aliases)) for r in store.speakers(named=None, limit=None)),
        "sources": sorted((r.name, r.anonymous, r.citations, r.articles, r.outlets) for r in store.sources(limit=None)),
        "hillary": [(q.date, q.outlet, q.speaker_name, q.content)
                    for q in store.quotes(speaker="Hillary Clinton", limit=None)],
        "outlets": [(o.outlet, o.articles, o.quotations, o.anonymous, o.named) for o in store.outlets()],
        # A search's total and the matches it ranks (its newest); the order within them is each back end's ranking.
        "searches": {words: _searched(store.quotes(about=words, limit=None)) for words in SEARCHES},
    }


SEARCHES = ("emails OR server", "economy", "wall", '"health care"', "the")  # "the": more matches than are ranked


def _searched(page) -> tuple:
    return page.total, page.ranked_among, sorted((q.date, q.outlet, q.attribution, q.content) for q in page)


def queries(store) -> dict:
    """The store calls behind /api/speakers, /api/quotes?speaker=, a speaker page, an outlet page and /search."""
    [hillary] = store.find_speakers("Hillary Clinton")[:1]
    outlet = store.outlets(limit=1).rows[0].outlet
    return {
        "speakers (top 50)": lambda: store.speakers(limit=50),
        "quotes by speaker": lambda: store.quotes(speaker="Hillary Clinton", limit=50),
        "speaker page": lambda: store.speaker(hillary),
        "outlet page": lambda: store.outlet(outlet),
        "search": lambda: store.quotes(about="emails OR server", limit=50),
    }


def timed(call, repeat: int) -> tuple[float, float]:
    call()  # warm caches
    seconds = []
    for _ in range(repeat):
        started = time.perf_counter()
        call()
        seconds.append(time.perf_counter() - started)
    seconds.sort()
    return statistics.median(seconds) * 1000, seconds[min(len(seconds) - 1, round(0.95 * (len(seconds) - 1)))] * 1000


def derive_cost(jsonl: Path) -> str:
    """What turning analyses into rows costs before any store sees them (the same for both back ends)."""
    import json

    from saywho.corpus.derive import derive

    documents = [json.loads(line) for line in jsonl.read_text(encoding="utf-8").splitlines() if line.strip()]
    started = time.perf_counter()
    for document in documents:
        derive(document)
    seconds = time.perf_counter() - started
    return f"derive alone (both back ends): {1000 * seconds / len(documents):.2f} ms per article"


def measure(location, jsonl: Path, repeat: int) -> tuple[dict, list[str]]:
    lines = []
    with open_store(location, create=True) as store:
        started = time.perf_counter()
        summary = ingest(store, Discovery([str(jsonl)]), workers=1)
        seconds = time.perf_counter() - started
        lines.append(f"  ingest of {summary.done} analyses: {seconds:.1f} s, {1000 * seconds / summary.done:.2f} ms "
                     f"per article (derive, write, and the identity pass at the end)")
        started = time.perf_counter()
        changed = store.resolve_identities()["changed"]
        lines.append(f"  identity pass again: {time.perf_counter() - started:.2f} s ({changed} changed)")
        for name, call in queries(store).items():
            median, p95 = timed(call, repeat)
            lines.append(f"  {name}: median {median:.1f} ms, p95 {p95:.1f} ms")
        return answers(store), lines


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("jsonl", type=Path, help="analyses, one per line (saywho export)")
    parser.add_argument("--sqlite", type=Path, required=True, help="a new SQLite file to build")
    parser.add_argument("--postgres", required=True, help="an empty PostgreSQL database (postgresql://…)")
    parser.add_argument("--repeat", type=int, default=20, help="runs of each query (default 20)")
    args = parser.parse_args()
    if args.sqlite.exists():
        parser.error(f"{args.sqlite} exists; name a new file")
    print(derive_cost(args.jsonl), flush=True)
    results = {}
    for name, location in (("SQLite", args.sqlite), ("PostgreSQL", args.postgres)):
        results[name], lines = measure(location, args.jsonl, args.repeat)
        print(f"{name}:", *lines, sep="\n", flush=True)
    sqlite, postgres = results["SQLite"], results["PostgreSQL"]
    for part in sqlite:
        same = sqlite[part] == postgres[part]
        size = len(sqlite[part]) if isinstance(sqlite[part], list) else sqlite[part]
        print(f"{part}: {'the same' if same else 'DIFFERENT'} on both ({size})")
    return 0 if sqlite == postgres else 1


if __name__ == "__main__":
    sys.exit(main())
