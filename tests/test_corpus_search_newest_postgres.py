"""Searches on PostgreSQL that read only a window of time from the newest (saywho/corpus/postgres/newest.py): the
rows and order a search of every match gives, and a total said to be an estimate when it is one."""

from __future__ import annotations

import datetime

import pytest
from test_corpus_search_newest import DATES, articles

from saywho.corpus.backends import open_store
from saywho.corpus.postgres import newest
from saywho.corpus.postgres.search import tsquery
from saywho.corpus.sql_reading import QUOTE_COLUMNS, quote_row
from saywho.corpus.store import ranked_note, total_wording

# Many days, so that the planner's histogram of dates has windows to offer, and the ties and undated of DATES.
DAYS = [(datetime.date(2023, 1, 1) + datetime.timedelta(days=n)).isoformat() for n in range(0, 700, 3)] + DATES

# The newest `among` matches of a search of every match, ranked: the query before the windows.
PLAIN = (f"SELECT {QUOTE_COLUMNS} FROM (SELECT q.id, ts_rank_cd(q.search, {{query}}) AS rank FROM quotations q "
         "WHERE q.search @@ {query} AND q.id IN (SELECT q.id FROM quotations q WHERE q.search @@ {query} "
         "ORDER BY q.date DESC NULLS LAST, q.id DESC LIMIT {among})) f JOIN quotations q ON q.id = f.id "
         "JOIN articles a ON a.id = q.article_id LEFT JOIN speakers s ON s.id = q.speaker_id ORDER BY f.rank DESC, q.id")


@pytest.fixture(autouse=True)
def small_windows(monkeypatch):
    """Windows for a few hundred matches, as the store holds."""
    monkeypatch.setattr(newest, "WINDOWS_FROM", 0)


@pytest.fixture(scope="module")
def url(postgres_server):
    return postgres_server.new_schema()


@pytest.fixture(scope="module")
def store(url):
    with open_store(url, create=True) as store:
        store.add_many(articles(600, seed=11, dates=DAYS))
        store.conn.execute("ANALYZE quotations")
        yield store


def plain(store, about: str, among: int) -> list:
    query, params = tsquery(about)
    rows = store.conn.execute(PLAIN.format(query=query, among=among), params * 3).fetchall()
    return [quote_row(row) for row in rows]


def count(store, about: str) -> int:
    query, params = tsquery(about)
    return store.conn.execute(f"SELECT COUNT(*) FROM quotations WHERE search @@ {query}", params).fetchone()[0]


@pytest.mark.parametrize("about", ["the", "tax", "wall OR jobs", "\"health care\"", "court*"])
@pytest.mark.parametrize("rank_among", [1, 7, 40])
def test_many_matches_rank_the_newest_as_a_search_of_every_match(store, about, rank_among):
    page = store.quotes(about=about, limit=None, rank_among=rank_among)
    assert page.ranked_among == rank_among and page.total >= rank_among
    assert page.total_estimated or page.total == count(store, about)
    if count(store, about) > 20 * rank_among:  # a common word: a window holds its newest, far from all its matches
        assert page.total_estimated
    assert page.rows == plain(store, about, rank_among)
    assert store.quotes(about=about, limit=3, offset=2, rank_among=rank_among).rows == page.rows[2:5]


def test_the_estimate_is_near_the_count_even_with_statistics_older_than_the_newest_articles(url):
    with open_store(url) as store:
        assert (page := store.quotes(about="the", limit=1, rank_among=40)).total_estimated
        assert 0.7 < page.total / count(store, "the") < 1.4
        # Newer articles than the statistics know: the window that held 40 holds these too, and is counted.
        store.add_many(articles(200, seed=12, dates=["2025-06-01"]))
        assert (page := store.quotes(about="the", limit=1, rank_among=40)).total_estimated
        assert 0.7 < page.total / count(store, "the") < 1.4


def test_few_matches_are_counted_exactly(store):
    for about, rank_among in [("number7x1", 40), ("tax", 10_000), ("the", 0)]:
        page = store.quotes(about=about, limit=None, rank_among=rank_among)
        assert not page.total_estimated and (page.total if rank_among else count(store, about)) == count(store, about)
        if rank_among:
            assert page.rows == plain(store, about, rank_among)


def test_without_statistics_or_with_few_matches_the_whole_table_is_searched():
    searched: list[str | None] = []

    def search(since):
        searched.append(since)
        return "answer", 2

    assert newest.in_windows(search, None, 5, 1e6) == ("answer", None, 2) and searched == [None]
    quantiles = newest.DateQuantiles([f"2024-01-{d:02}" for d in range(1, 30)], {}, 1.0, 1e6)
    searched.clear()
    assert newest.in_windows(search, quantiles, 1000, 1e5) == ("answer", None, 2)
    assert searched[-1] is None and 2 <= len(searched) <= 4 and searched[:-1] == sorted(searched[:-1], reverse=True)
    searched.clear()
    assert newest.in_windows(search, quantiles, 1000, 2000) == ("answer", None, 2) and searched == [None]


def test_a_window_that_holds_enough_gives_its_answer():
    quantiles = newest.DateQuantiles([f"2024-01-{d:02}" for d in range(1, 30)], {}, 1.0, 1e6)
    answer, since, found = newest.in_windows(lambda since: (since, 1200), quantiles, 1000, 1e5)
    assert answer == since and since is not None and since >= "2024-01-20" and found == 1200


def test_a_window_share_counts_the_most_common_dates():
    quantiles = newest.DateQuantiles(["2024-01-01", "2024-01-11", "2024-01-21", "2024-01-31"], {"2024-01-25": 0.4},
                                     0.9, 1000)
    assert quantiles.share_from("2024-01-21") == pytest.approx(0.5 / 3 + 0.4)
    assert quantiles.share_from("2024-01-26") == pytest.approx(0.0)
    assert quantiles.share_from("2023-01-01") == pytest.approx(0.9)


def test_a_store_with_few_matches_counts_them(store, monkeypatch):
    monkeypatch.setattr(newest, "WINDOWS_FROM", 5_000)
    page = store.quotes(about="the", limit=None, rank_among=7)
    assert not page.total_estimated and page.total == count(store, "the") and page.rows == plain(store, "the", 7)


def test_a_total_says_when_it_is_an_estimate():
    assert total_wording(27_341, False) == "27,341"
    assert total_wording(27_341, True) == "about 27,000"
    assert total_wording(1_049, True) == "about 1,000" and total_wording(96, True) == "about 96"
    assert ranked_note(27_341, 1_000, True) == "ranked among the 1,000 newest of about 27,000 matches"
    assert ranked_note(1_500, 1_000) == "ranked among the 1,000 newest of 1,500 matches"


def test_the_search_page_and_api_say_about(url, store):
    from fastapi.testclient import TestClient

    from saywho.web.app import create_app
    from saywho.web.pages import environment
    from saywho.web.service import WebConfig

    wording = environment().filters["total"]
    assert wording({"total": 27_341, "total_estimated": True}) == "about 27,000"
    assert wording({"total": 3, "rows": []}) == "3"
    with TestClient(create_app(WebConfig(jobs=0, db=url, read_only=True, search_ranks=7))) as client:
        found = client.get("/api/quotes", params={"q": "the"}).json()
        assert found["total_estimated"] and found["ranked_among"] == 7
        page = client.get("/search", params={"q": "the"}).text
        assert "About " in page and "quotations match" in page and "newest of about " in page
        assert client.get("/api/quotes", params={"q": "number7x1"}).json()["total_estimated"] is False
