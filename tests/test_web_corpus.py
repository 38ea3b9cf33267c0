"""The corpus pages and endpoints against a real store built from three short articles: a SQLite file,
and the same corpus copied into a real PostgreSQL server (conftest.py)."""

from __future__ import annotations

import re
import warnings

import pytest

pytest.importorskip("saywho.corpus.store", reason="the corpus store (saywho/corpus/store.py) is not in this tree")

with warnings.catch_warnings():
    warnings.simplefilter("ignore")  # Starlette's notice that it prefers httpx2
    from fastapi.testclient import TestClient

from saywho.document import Article
from saywho.web.app import create_app
from saywho.web.service import WebConfig

ARTICLES = [
    Article(
        text="“We will rebuild the bridge by spring,” Mayor Jane Smith said on Monday.\n"
             "A city official, who asked not to be named, said the budget was tight.\n"
             "Developer John Ward called the plan “a fantasy” on Tuesday.",
        title="Bridge to be rebuilt", outlet="Daily Bugle", date="2024-03-04", url="https://bugle.example/bridge"),
    Article(
        text="Jane Smith, the embattled mayor, defended the bridge plan on Tuesday. “The money is there,” Smith told "
             "reporters.\n"
             "Critics said the repairs would take years.",
        title="Mayor defends plan", outlet="Daily Bugle", date="2024-04-09"),
    Article(
        text="“The bridge is safe,” said Jane Smith, the mayor.\n"
             "According to engineers, the cracks are old.\n"
             "John Ward said the council had been warned about the cracks for a decade.",
        title="Bridge safe, mayor says", outlet="Evening Post", date="2024-05-21"),
]


def build_corpus(path) -> None:
    """A store made the way `saywho ingest` makes one: analyse, add, then settle identities."""
    import saywho
    from saywho.corpus.backends import open_store

    store = open_store(path, create=True)
    try:
        for article in ARTICLES:
            store.add(saywho.analyze(Article(**article.__dict__)))
        store.resolve_identities()
    finally:
        store.close()


@pytest.fixture(scope="module")
def sqlite_db(tmp_path_factory):
    path = tmp_path_factory.mktemp("corpus") / "corpus.db"
    build_corpus(path)
    return path


@pytest.fixture(scope="module", params=["sqlite", "postgresql"])
def db(request, sqlite_db):
    """The corpus on each back end: the PostgreSQL one is the SQLite one copied (`saywho migrate`), not re-analysed."""
    if request.param == "sqlite":
        return sqlite_db
    from saywho.corpus.backends import open_store
    from saywho.corpus.migrate import copy_store

    url = request.getfixturevalue("postgres_server").new_schema()
    with open_store(sqlite_db) as source, open_store(url, create=True) as target:
        copy_store(source, target)
    return url


@pytest.fixture(scope="module")
def client(db):
    with TestClient(create_app(WebConfig(jobs=0, db=db))) as client:
        yield client


@pytest.fixture(scope="module")
def jane(client):
    rows = client.get("/api/speakers", params={"q": "Jane"}).json()["rows"]
    assert [row["name"] for row in rows] == ["Jane Smith"]
    return rows[0]


def test_api_speakers_are_most_quoted_first_with_pagination(client, jane):
    everyone = client.get("/api/speakers").json()
    assert everyone["rows"][0]["name"] == "Jane Smith"
    assert jane["quotes"] >= 3 and jane["outlets"] == 2
    second = client.get("/api/speakers", params={"limit": 1, "offset": 1}).json()
    assert (second["limit"], second["offset"], second["total"]) == (1, 1, everyone["total"])
    assert second["rows"] == everyone["rows"][1:2]


def test_api_speaker_detail_and_missing_speaker(client, jane):
    detail = client.get(f"/api/speakers/{jane['id']}").json()
    assert {"Jane Smith", "Smith"} <= {alias["alias"] for alias in detail["alias_counts"]}
    assert {row["outlet"] for row in detail["outlet_counts"]} == {"Daily Bugle", "Evening Post"}
    assert [point["period"] for point in detail["timeline"]] == ["2024-03", "2024-04", "2024-05"]
    missing = client.get("/api/speakers/99999")
    assert missing.status_code == 404 and missing.json() == {"error": "no speaker 99999 in this corpus"}


def test_api_quotes_search_and_filters(client, jane):
    bridge = client.get("/api/quotes", params={"q": "bridge"}).json()
    assert bridge["total"] >= 2 and all("bridge" in row["content"].lower() for row in bridge["rows"])
    by_id = client.get("/api/quotes", params={"speaker": jane["id"]}).json()
    by_name = client.get("/api/quotes", params={"speaker": "Jane Smith"}).json()
    assert by_id["total"] == by_name["total"] == jane["quotes"]
    post = client.get("/api/quotes", params={"outlet": "evening post", "kind": "direct"}).json()
    assert post["rows"] and all(row["outlet"] == "Evening Post" and row["kind"] == "direct" for row in post["rows"])
    assert client.get("/api/quotes", params={"kind": "shouted"}).status_code == 422
    assert client.get("/api/quotes", params={"limit": 0}).status_code == 422


def test_api_articles_and_one_article(client):
    articles = client.get("/api/articles", params={"outlet": "Daily Bugle"}).json()
    assert articles["total"] == 2 and {row["title"] for row in articles["rows"]} == {"Bridge to be rebuilt", "Mayor defends plan"}
    document = client.get(f"/api/articles/{articles['rows'][0]['id']}").json()
    assert document["schema"] == "saywho.analysis" and document["article"]["outlet"] == "Daily Bugle"
    assert client.get("/api/articles/12345").status_code == 404


def test_api_outlets(client):
    outlets = client.get("/api/outlets").json()
    assert [row["outlet"] for row in outlets["rows"]] == ["Daily Bugle", "Evening Post"]
    bugle = client.get("/api/outlets/daily bugle").json()
    assert bugle["articles"] == 2 and 0 <= bugle["anonymous_share"] <= 1
    assert client.get("/api/outlets/Nowhere Times").status_code == 404


def test_speakers_page_searches_and_counts_by_outlet(client, jane):
    page = client.get("/speakers").text
    assert f'href="/speakers/{jane["id"]}">Jane Smith</a>' in page
    row = re.search(r"Jane Smith</a>.*?</tr>", page, re.S).group(0)
    assert re.search(r'Daily Bugle</a> \d+ · <a href="/speakers\?outlet=Evening%20Post">Evening Post</a> 1', row)
    assert "John Ward" in page
    found = client.get("/speakers", params={"q": "ward"}).text
    assert "John Ward" in found and "Jane Smith</a>" not in found
    post = client.get("/speakers", params={"outlet": "Evening Post"}).text
    assert "Counts are for" in post and "Evening Post" in post


def test_speaker_page_has_aliases_chart_outlets_and_quotes(client, jane):
    page = client.get(f"/speakers/{jane['id']}").text
    assert "<h1" in page and "Jane Smith" in page
    chart = re.search(r"<svg.*?</svg>", page, re.S).group(0)
    assert chart.count("<rect") == 3  # March, April, May 2024
    assert "2024-03" in chart and "2024-05" in chart
    assert 'href="/outlets/Daily%20Bugle"' in page and 'href="/outlets/Evening%20Post"' in page
    assert "The money is there" in page
    assert "embattled" in page  # a label in the writer's voice aimed at her
    assert client.get("/speakers/99999").status_code == 404


def test_outlet_page_shows_whom_it_quotes_and_anonymity(client, jane):
    page = client.get("/outlets/Daily Bugle").text
    assert f'href="/speakers/{jane["id"]}"' in page
    assert "anonymous sources" in page
    assert client.get("/outlets/Nowhere Times").status_code == 404


def test_search_page_finds_and_marks_words(client):
    page = client.get("/search", params={"q": "bridge"}).text
    assert "quotations match" in page and "<mark>bridge</mark>" in page.lower()
    empty = client.get("/search").text
    assert "quotations match" not in empty and 'name="q"' in empty
    odd = client.get("/search", params={"q": '"unbalanced AND ('})
    assert odd.status_code in (200, 400)


def test_a_search_ranks_only_its_newest_matches_when_there_are_more(client, db):
    assert client.get("/api/quotes", params={"q": "bridge"}).json()["ranked_among"] is None  # 3 of 1,000
    # Ranking 2: "bridge" is in 3 quotations, of which the 2 newest (21 May, 9 April) are ranked and paged.
    with TestClient(create_app(WebConfig(jobs=0, db=db, search_ranks=2))) as capped:
        found = capped.get("/api/quotes", params={"q": "bridge"}).json()
        assert (found["total"], found["ranked_among"]) == (3, 2)
        assert {row["content"] for row in found["rows"]} == {"the bridge plan", "“The bridge is safe,”"}
        assert capped.get("/api/quotes", params={"q": "bridge", "offset": 2}).json()["rows"] == []
        page = capped.get("/search", params={"q": "bridge"}).text
        assert "3 quotations match" in page and "Ranked by relevance among the 2 newest of 3 matches." in page
        assert "We will rebuild" not in page
        assert capped.get("/api/quotes", params={"q": "cracks"}).json()["ranked_among"] is None  # 2 of 2


def test_stored_article_page_reuses_the_result_view(client):
    article_id = client.get("/api/articles", params={"outlet": "Evening Post"}).json()["rows"][0]["id"]
    page = client.get(f"/articles/{article_id}").text
    assert "Bridge safe, mayor says" in page and "sw-content" in page and "sw-filter" in page
    report = client.get(f"/articles/{article_id}/report.html")
    assert report.headers["content-disposition"].startswith("attachment;")


def test_read_only_server_shows_the_corpus_without_analysing(db):
    with TestClient(create_app(WebConfig(jobs=0, db=db, read_only=True))) as client:
        assert client.get("/speakers").status_code == 200
        assert client.get("/api/speakers").json()["total"] >= 2
        assert client.post("/api/analyze", json={"text": "“Hi,” she said."}).status_code in (404, 405)
        home = client.get("/").text
        assert 'action="/search"' in home and "<textarea" not in home


def test_a_merged_speakers_old_links_redirect_to_the_speaker_it_joined(tmp_path):
    from test_corpus_data import hillary_articles, small_corpus

    from saywho.corpus.backends import open_store

    with open_store(tmp_path / "c.db", create=True) as store:
        for item in small_corpus():
            store.add(item)
        store.resolve_identities()
        [bare] = [r.id for r in store.speakers(limit=None) if r.name == "Clinton"]
        for item in hillary_articles():
            store.add(item)
        store.resolve_identities()  # the bare "Clinton" joins Hillary Clinton
        [hillary] = store.find_speakers("Hillary Clinton")
    with TestClient(create_app(WebConfig(jobs=0, db=tmp_path / "c.db"))) as client:
        page = client.get(f"/speakers/{bare}", follow_redirects=False)
        assert (page.status_code, page.headers["location"]) == (301, f"/speakers/{hillary}")
        api = client.get(f"/api/speakers/{bare}?pretty=1", follow_redirects=False)
        assert (api.status_code, api.headers["location"]) == (301, f"/api/speakers/{hillary}?pretty=1")
        assert client.get(f"/api/speakers/{bare}").json()["name"] == "Hillary Clinton"
        assert client.get("/api/speakers/999999").status_code == 404
