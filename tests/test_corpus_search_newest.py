"""Searches on real SQLite files: the full-text index keyed by date (saywho/corpus/sqlite_newest.py), the only
one since schema 11, gives the rows, order and totals the queries before it gave on an index keyed by id
(`quotations_fts` until schema 10), rebuilt here as `reference_fts` for the reference queries."""

from __future__ import annotations

import random

import pytest
from test_corpus_data import analysis

from saywho.corpus import sqlite_newest
from saywho.corpus.backends import open_store
from saywho.corpus.derive import derive
from saywho.corpus.sql_reading import QUOTE_COLUMNS, quote_row
from saywho.corpus.sqlite_sql import fts_query

WORDS = "tax wall jobs border climate plan vote court health care the economy".split()
# Several quotations share a day, some a day with a time, some have none: ties the order must break the same way.
DATES = ["2024-03-01", "2024-03-01", "2024-03-02", "2024-03-02T09:30:00", "2024-03-02T18:00:00", "2023-12-31",
         "2019-07-04", None, None]

# The search of every match before schema 10 (saywho/corpus/sqlite_queries.py, `_search`), kept as the reference.
BEFORE = (f"SELECT {QUOTE_COLUMNS} FROM (SELECT rowid, bm25(reference_fts) AS rank FROM reference_fts "
          "WHERE reference_fts MATCH ? AND +rowid IN (SELECT q.id FROM reference_fts JOIN quotations q "
          "ON q.id = reference_fts.rowid WHERE reference_fts MATCH ? ORDER BY q.date DESC, q.id DESC LIMIT {among}) "
          "ORDER BY rank, rowid {page}) f JOIN quotations q ON q.id = f.rowid JOIN articles a ON a.id = q.article_id "
          "LEFT JOIN speakers s ON s.id = q.speaker_id ORDER BY f.rank, q.id")
# A search with other filters before schema 11 (the queries of sqlite_queries.py and sql_where.newest_ranked).
FILTERED_FROM = ("FROM quotations q JOIN articles a ON a.id = q.article_id LEFT JOIN speakers s ON s.id = q.speaker_id "
                 "JOIN reference_fts f ON f.rowid = q.id WHERE {filters} AND reference_fts MATCH ?")
FILTERS = {"outlet": "a.outlet = ? COLLATE NOCASE", "since": "q.date >= ?", "until": "q.date <= ? || char(65535)",
           "speaker_id": "q.speaker_id = ?"}


OUTLETS = ["Planet", "Globe", "Courier"]
PEOPLE = ["Ann Lee", "Bo Park", "Cy Moss"]


def articles(count: int, seed: int = 5, dates: list[str | None] = DATES):
    """`count` articles of three quotations each, words drawn from WORDS, dates from `dates`, three outlets and
    three speakers; as store records."""
    rng = random.Random(seed)
    made = []
    for n in range(count):
        quotes = [" ".join(rng.choice(WORDS) for _ in range(rng.randrange(3, 9))) + f" number{n}x{k}"
                  for k in range(3)]
        people = [rng.choice(PEOPLE) for _ in quotes]
        text = " ".join(f"{person} said {quote}." for person, quote in zip(people, quotes))
        made.append(derive(analysis(text, rng.choice(OUTLETS), rng.choice(dates), [
            (person, person, "PERSON", True, "indirect", quote) for person, quote in zip(people, quotes)],
            title=f"Article {n}").to_dict()))
    return made


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    with open_store(tmp_path_factory.mktemp("search") / "corpus.db", create=True) as store:
        store.add_many(articles(150))
        yield store


def reference_index(conn) -> None:
    """The index keyed by id the searches read before schema 11, rebuilt from the quotations as they are now."""
    conn.execute("DROP TABLE IF EXISTS reference_fts")
    conn.execute("CREATE VIRTUAL TABLE reference_fts USING fts5(content, content='quotations', content_rowid='id', "
                 "tokenize='porter unicode61 remove_diacritics 2')")
    conn.execute("INSERT INTO reference_fts (reference_fts) VALUES ('rebuild')")


def before(store, about: str, rank_among: int, limit: int | None, offset: int):
    reference_index(store.conn)
    page = "" if limit is None and not offset else f"LIMIT {-1 if limit is None else limit} OFFSET {offset}"
    match = fts_query(about)
    rows = store.conn.execute(BEFORE.format(among=rank_among, page=page), (match, match)).fetchall()
    return [quote_row(row) for row in rows]


def filtered_before(store, about: str, rank_among: int, limit: int | None, offset: int, **filters):
    """The total, `ranked_among` and rows of a search with other filters, as the queries before schema 11 gave."""
    reference_index(store.conn)
    base = FILTERED_FROM.format(filters=" AND ".join(FILTERS[name] for name in filters))
    params = [*filters.values(), fts_query(about)]
    total = store.conn.execute(f"SELECT COUNT(*) {base}", params).fetchone()[0]
    ranked_among = None
    if total > rank_among:
        base = f"{base} AND q.id IN (SELECT q.id {base} ORDER BY q.date DESC, q.id DESC LIMIT {rank_among})"
        params, ranked_among = params * 2, rank_among
    page = "" if limit is None and not offset else f"LIMIT {-1 if limit is None else limit} OFFSET {offset}"
    rows = store.conn.execute(f"SELECT {QUOTE_COLUMNS} {base} ORDER BY f.rank, q.id {page}", params).fetchall()
    return total, ranked_among, [quote_row(row) for row in rows]


@pytest.mark.parametrize("about", ["tax", "wall OR jobs", "health care", "the", "plan NOT vote", "court*"])
@pytest.mark.parametrize("rank_among", [0, 1, 7, 40, 150])
def test_the_newest_matches_are_ranked_as_before(store, about, rank_among):
    total = store.quotes(about=about, limit=None, rank_among=10_000).total
    assert total > 40  # the rank_among below 150 rank some of the matches only
    for limit, offset in [(None, 0), (50, 0), (10, 5), (20, rank_among - 3), (5, rank_among + 10)]:
        offset = max(offset, 0)
        page = store.quotes(about=about, limit=limit, offset=offset, rank_among=rank_among)
        assert (page.total, page.ranked_among) == (total, rank_among if total > rank_among else None)
        assert page.rows == before(store, about, rank_among, limit, offset), (limit, offset)


@pytest.mark.parametrize("filters", [
    {"outlet": "Planet"}, {"outlet": "globe"}, {"since": "2024-03-01"}, {"until": "2023-12-31"},
    {"since": "2024-03-02", "until": "2024-03-02"}, {"speaker_id": 1}, {"speaker_id": 2, "outlet": "Courier"},
    {"outlet": "Planet", "since": "2019-01-01", "until": "2024-03-01"}])
@pytest.mark.parametrize("about", ["tax", "wall OR jobs", "health care", "the", "court*"])
def test_filtered_searches_give_what_they_gave_before(store, filters, about):
    if "speaker_id" in filters:  # the ids the store gave the three people
        filters = {**filters, "speaker_id": store.find_speakers(PEOPLE[filters["speaker_id"] - 1])[0]}
    found_some = False
    for rank_among in (0, 1, 7, 40, 10_000):
        for limit, offset in [(None, 0), (50, 0), (10, 5), (5, max(rank_among - 3, 0))]:
            page = store.quotes(about=about, limit=limit, offset=offset, rank_among=rank_among, **filters)
            total, ranked_among, rows = filtered_before(store, about, rank_among, limit, offset, **filters)
            assert (page.total, page.ranked_among, page.rows) == (total, ranked_among, rows), (rank_among, limit, offset)
            found_some = found_some or bool(rows)
    assert found_some


def test_corrected_words_move_in_the_index(store):
    [row] = store.quotes(about="number3x1", limit=None)
    word = row.content.split()[0]
    start = store.article(row.article_id).article.text.index(row.content)
    store.correct(row.article_id, row.attribution, "content", [[start, start + len(word)]])
    assert store.quotes(about="number3x1").total == 0
    for rank_among in (3, 40):
        assert store.quotes(about=word, limit=None, rank_among=rank_among).rows == before(store, word, rank_among, None, 0)


def test_a_date_the_key_cannot_place_ranks_the_old_way(tmp_path):
    with open_store(tmp_path / "odd.db", create=True) as store:
        store.add_many(articles(30, seed=9, dates=[*DATES, "unknown"]))
        assert sqlite_newest.has_odd_dates(store.conn)
        page = store.quotes(about="the", limit=None, rank_among=5)
        assert page.ranked_among == 5 and page.rows == before(store, "the", 5, None, 0)
