"""A search with more matches than it ranks, on real SQLite files: the index keyed by date
(saywho/corpus/sqlite_newest.py) gives the rows, order and totals the query before it gave."""

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

# The search of every match before this change (saywho/corpus/sqlite_queries.py, `_search`), kept as the reference.
BEFORE = (f"SELECT {QUOTE_COLUMNS} FROM (SELECT rowid, bm25(quotations_fts) AS rank FROM quotations_fts "
          "WHERE quotations_fts MATCH ? AND +rowid IN (SELECT q.id FROM quotations_fts JOIN quotations q "
          "ON q.id = quotations_fts.rowid WHERE quotations_fts MATCH ? ORDER BY q.date DESC, q.id DESC LIMIT {among}) "
          "ORDER BY rank, rowid {page}) f JOIN quotations q ON q.id = f.rowid JOIN articles a ON a.id = q.article_id "
          "LEFT JOIN speakers s ON s.id = q.speaker_id ORDER BY f.rank, q.id")


def articles(count: int, seed: int = 5, dates: list[str | None] = DATES):
    """`count` articles of three quotations each, words drawn from WORDS, dates from `dates`; as store records."""
    rng = random.Random(seed)
    made = []
    for n in range(count):
        quotes = [" ".join(rng.choice(WORDS) for _ in range(rng.randrange(3, 9))) + f" number{n}x{k}"
                  for k in range(3)]
        text = " ".join(f"Ann Lee said {quote}." for quote in quotes)
        made.append(derive(analysis(text, "Planet", rng.choice(dates), [
            ("Ann Lee", "Ann Lee", "PERSON", True, "indirect", quote) for quote in quotes],
            title=f"Article {n}").to_dict()))
    return made


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    with open_store(tmp_path_factory.mktemp("search") / "corpus.db", create=True) as store:
        store.add_many(articles(150))
        yield store


def before(store, about: str, rank_among: int, limit: int | None, offset: int):
    page = "" if limit is None and not offset else f"LIMIT {-1 if limit is None else limit} OFFSET {offset}"
    match = fts_query(about)
    rows = store.conn.execute(BEFORE.format(among=rank_among, page=page), (match, match)).fetchall()
    return [quote_row(row) for row in rows]


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


def test_corrected_words_move_in_both_indexes(store):
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
