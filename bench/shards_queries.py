"""Every corpus query asked of a store and of shards of the same articles: same answers? how fast on shards?

    nice -n 10 saywho ingest ../shared/data/polnear/data/train ../shared/data/polnear/data/dev --db /tmp/pn/store.db
    nice -n 10 saywho ingest ../shared/data/polnear/data/train ../shared/data/polnear/data/dev --shards /tmp/pn/shards
    nice -n 10 python bench/shards_queries.py --db /tmp/pn/store.db --shards /tmp/pn/shards

For each query (the query commands' and the web pages', with the parameters chosen
from the store: its most quoted speaker, its largest outlet, its busiest month) it
prints whether the answers match, with ids mapped to what they stand for
(saywho/corpus/shards/compare.py), and the median and 95th percentile latency of the
query on the shards over --repeat runs (one DuckDB reader, opened once). Whole
answers are compared (limit=None), and the web's first pages of 50 are timed too.
"""

from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from shards_pair import store_and_shards_parser

from saywho.corpus.backends import open_store
from saywho.corpus.shards.compare import DIFFERENT, Ids, compare, plain
from saywho.corpus.store import SHARDS
from saywho.corpus.voices import voices


def queries(store, shards, fts_ranks):
    """(name, ask(store) -> answer, sort key of a row or None, compared?) for every corpus query."""
    top = store.speakers(limit=1).rows[0]
    key = store.conn.execute("SELECT key FROM speakers WHERE id = ?", (top.id,)).fetchone()[0]
    ids = {id(store): top.id, id(shards): shards.conn.execute("SELECT id FROM speakers WHERE key = ?",
                                                              (key,)).fetchone()[0]}
    top_keys = [r.key for r in store.speakers(limit=50).rows]
    top_ids = {id(s): [s.conn.execute("SELECT id FROM speakers WHERE key = ?", (k,)).fetchone()[0] for k in top_keys]
               for s in (store, shards)}
    outlet = store.outlets(limit=1).rows[0].outlet
    month = store.timeline()[len(store.timeline()) // 2]["period"]
    surname = top.name.split()[-1]
    by_date = lambda r: (r["date"],)
    by_quotes = lambda r: (r["quotes"], r["name"])
    by_citations = lambda r: (r["citations"], r["name"])
    by_rank = lambda r: (fts_ranks[r["id"]],)
    return [
        ("counts", lambda s: s.counts(), None, True),
        ("articles", lambda s: s.articles(limit=None), by_date, True),
        (f"articles outlet={outlet}", lambda s: s.articles(outlet=outlet, limit=None), by_date, True),
        ("quotes", lambda s: s.quotes(limit=None), by_date, True),
        ("quotes, page 1 of 50", lambda s: s.quotes(limit=50), by_date, False),
        (f"quotes speaker={top.name}", lambda s: s.quotes(speaker=top.name, limit=None), by_date, True),
        (f"quotes speaker={surname}", lambda s: s.quotes(speaker=surname, limit=None), by_date, True),
        ("quotes speaker_id (speaker page)", lambda s: s.quotes(speaker_id=ids[id(s)], limit=50), by_date, False),
        ("quotes about=wall", lambda s: s.quotes(about="wall", limit=None), by_rank, True),
        ('quotes about="tax returns" OR email*', lambda s: s.quotes(about='"tax returns" OR email*', limit=None),
         by_rank, True),
        (f"quotes outlet={outlet} month={month}",
         lambda s: s.quotes(outlet=outlet, since=month, until=month, limit=None), by_date, True),
        ("quotes kind=direct", lambda s: s.quotes(kind="direct", limit=None), by_date, True),
        ("quotes anonymous", lambda s: s.quotes(anonymous=True, limit=None), by_date, True),
        ("quotes profile gender=female", lambda s: s.quotes(profile={"gender": "female"}, limit=None), by_date, True),
        ("speakers", lambda s: s.speakers(limit=None), by_quotes, True),
        ("speakers, top 50", lambda s: s.speakers(limit=50), by_quotes, False),
        ("speakers --all", lambda s: s.speakers(named=None, limit=None), by_quotes, True),
        (f"speakers outlet={outlet}", lambda s: s.speakers(outlet=outlet, limit=None), by_quotes, True),
        (f"speakers month={month}", lambda s: s.speakers(since=month, until=month, limit=None), by_quotes, True),
        (f"speakers search={surname}", lambda s: s.speakers(search=surname, limit=None), by_quotes, True),
        (f"speaker page ({top.name})", lambda s: s.speaker(ids[id(s)]), None, True),
        ("outlet_counts of the top 50", lambda s: [{"speaker_id": k, "outlets": v} for k, v in
                                                   s.outlet_counts(top_ids[id(s)]).items()], None, True),
        (f"find_speakers {surname}", lambda s: s.find_speakers(surname), None, False),
        ("sources", lambda s: s.sources(limit=None), by_citations, True),
        ("sources anonymous", lambda s: s.sources(anonymous=True, limit=None), by_citations, True),
        (f"sources outlet={outlet} anonymous", lambda s: s.sources(outlet=outlet, anonymous=True, limit=None),
         by_citations, True),
        (f"sources month={month}", lambda s: s.sources(since=month, until=month, limit=None), by_citations, True),
        ("sources by outlet", lambda s: s.outlets(limit=None), None, True),
        *((f"labels by {by}", _labels_by(by), None, True) for by in ("category", "word", "outlet", "target")),
        (f"labels near {top.name}", lambda s: s.labels(by="word", speaker_id=ids[id(s)], limit=None), None, True),
        ("outlets", lambda s: s.outlets(), None, True),
        (f"outlet page ({outlet})", lambda s: s.outlet(outlet), None, True),
        ("timeline by month", lambda s: s.timeline(), None, True),
        (f"timeline of {top.name} by day", lambda s: s.timeline(speaker_id=ids[id(s)], by="day"), None, True),
        ("voices", lambda s: voices(s), None, True),
        ("voices by outlet", lambda s: voices(s, by="outlet"), None, True),
        ("voices by month", lambda s: voices(s, by="month"), None, True),
        ("voices by topic wall,taxes", lambda s: voices(s, by="topic", about="wall,taxes"), None, True),
    ]


def _labels_by(by: str):
    return lambda s: s.labels(by=by, limit=None)


def fts_ranks(store, ids: Ids) -> dict[str, float]:
    """Each quotation's FTS5 rank in the store for the searches above (the order key of a search)."""
    from saywho.corpus.sqlite_sql import fts_query

    ranks = {}
    for about in ("wall", '"tax returns" OR email*'):
        for quotation_id, rank in store.conn.execute(  # the index keyed by date (schema 11)
                "SELECT rowid & 4294967295, rank FROM quotations_newest_fts WHERE quotations_newest_fts MATCH ?",
                (fts_query(about),)):
            ranks[ids.quotations[quotation_id]] = rank
    return ranks


def main() -> int:
    parser = store_and_shards_parser(__doc__)
    parser.add_argument("--repeat", type=int, default=7, help="runs of each query on the shards (default 7)")
    args = parser.parse_args()
    started = time.perf_counter()
    store = open_store(args.db, read_only=True)
    shards = open_store(SHARDS + args.shards)
    opened = time.perf_counter() - started
    store_ids, shard_ids = Ids.of(store), Ids.of(shards)
    started = time.perf_counter()
    shards.index.matches("wall")
    indexed = time.perf_counter() - started
    ranks = fts_ranks(store, store_ids)
    print(f"opened both in {opened:.2f}s; the shards' search index built in {indexed:.2f}s")
    print(f"{'query':48} {'answers':18} {'median ms':>10} {'p95 ms':>8}")
    different = 0
    for name, ask, order, compared in queries(store, shards, ranks):
        verdict = "(timed only)"
        if compared:
            verdict = compare(plain(ask(store), store_ids), plain(ask(shards), shard_ids), order)
            different += verdict == DIFFERENT
        times = []
        for _ in range(args.repeat):
            started = time.perf_counter()
            ask(shards)
            times.append((time.perf_counter() - started) * 1000)
        p95 = sorted(times)[max(0, round(0.95 * len(times)) - 1)]
        print(f"{name[:48]:48} {verdict:18} {statistics.median(times):10.0f} {p95:8.0f}")
    counted = sum(1 for *_, compared in queries(store, shards, ranks) if compared)
    print(f"{counted - different} of {counted} compared queries give the same answers; {different} differ")
    store.close()
    shards.close()
    return 1 if different else 0


if __name__ == "__main__":
    sys.exit(main())
