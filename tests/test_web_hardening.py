"""The web app under hostile or unlucky requests: no 5xx, and no request that stalls the others.

Requests that used to answer 500 (lone surrogates, search syntax, ids and
offsets beyond SQLite's integers) are checked in process; isolation is checked
on real servers: `saywho serve` under uvicorn on 127.0.0.1, and slow pages
served from 127.0.0.1.
"""

from __future__ import annotations

import http.client
import json
import warnings

import pytest

pytest.importorskip("saywho.corpus.store", reason="the corpus store (saywho/corpus/store.py) is not in this tree")

with warnings.catch_warnings():
    warnings.simplefilter("ignore")  # Starlette's notice that it prefers httpx2
    from fastapi.testclient import TestClient

from test_web_corpus import build_corpus

from saywho.web.app import create_app
from saywho.web.service import WebConfig

BIG = 2**63  # one past SQLite's largest integer


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    path = tmp_path_factory.mktemp("corpus") / "corpus.db"
    build_corpus(path)
    return path


@pytest.fixture(scope="module")
def client(db):
    with TestClient(create_app(WebConfig(jobs=0, db=db)), follow_redirects=False) as client:
        yield client


def post_json(client, body: bytes):
    return client.post("/api/analyze", content=body, headers={"Content-Type": "application/json"})


# -- what used to answer 500 -------------------------------------------------------------


@pytest.mark.parametrize("field, where", [("text", 0), ("html", 3), ("url", 8)])
def test_a_lone_surrogate_in_the_input_is_400(client, field, where):
    value = {"text": r"\ud800 x", "html": r"<p>\ud800</p>", "url": r"http://a\ud800.example/"}[field]
    response = post_json(client, f'{{"{field}": "{value}"}}'.encode())
    assert response.status_code == 400
    assert response.json() == {
        "error": f"the {field} is not valid Unicode: a lone surrogate '\\ud800' at character {where}; send UTF-8 text"}


def test_a_lone_surrogate_anywhere_else_in_the_json_is_422(client):
    response = post_json(client, rb'{"\udc00": "x"}')
    assert response.status_code == 422
    assert response.json() == {
        "error": "invalid request: body: Input should be a valid string, unable to parse raw data as a unicode string"}


def test_a_lone_surrogate_in_the_form_comes_back_on_the_form(client):
    # Form fields are decoded by Starlette, which replaces what is not UTF-8; the analysis goes ahead.
    response = client.post("/analyse", content=b"text=%ED%A0%80+%E2%80%9CWe+will+win%2C%E2%80%9D+Jane+Smith+said.",
                           headers={"Content-Type": "application/x-www-form-urlencoded"})
    assert response.status_code == 303


@pytest.mark.parametrize("query, found", [("x:foo", 0), ("\x00", 0), ('"bridge\x00', 3), ("bridge OR x:foo", 0)])
def test_searches_fts5_cannot_parse_are_searched_as_words(client, query, found):
    response = client.get("/api/quotes", params={"q": query})
    assert response.status_code == 200, response.text
    assert response.json()["total"] == found
    assert client.get("/search", params={"q": query}).status_code == 200


def test_column_filters_on_the_real_column_still_work(client):
    assert client.get("/api/quotes", params={"q": "content:bridge"}).json()["total"] == 3


@pytest.mark.parametrize("path", ["/api/quotes", "/api/articles", "/api/speakers", "/api/outlets"])
@pytest.mark.parametrize("offset", [BIG, 10**30])
def test_an_offset_beyond_sqlites_integers_is_400(client, path, offset):
    response = client.get(path, params={"offset": offset})
    assert response.status_code == 400
    assert response.json() == {"error": f"offset {offset} is too large (at most {BIG - 1})"}


@pytest.mark.parametrize("path, what", [("/api/articles/{}", "article"), ("/api/speakers/{}", "speaker")])
def test_an_id_beyond_sqlites_integers_is_404(client, path, what):
    response = client.get(path.format(BIG))
    assert response.status_code == 404
    assert response.json() == {"error": f"no {what} {BIG} in this corpus (ids are numbers from 0 to {BIG - 1})"}


@pytest.mark.parametrize("path", ["/articles/{}", "/articles/{}/report.html", "/speakers/{}"])
def test_pages_for_an_id_beyond_sqlites_integers_are_404_pages(client, path):
    response = client.get(path.format(10**30))
    assert response.status_code == 404
    assert response.headers["content-type"].startswith("text/html")
    assert "ids are numbers from 0 to" in response.text


def test_a_speaker_filter_beyond_sqlites_integers_is_400(client):
    response = client.get("/api/quotes", params={"speaker": str(BIG)})
    assert response.status_code == 400
    assert response.json() == {"error": f"no speaker {BIG} in this corpus (ids are numbers from 0 to {BIG - 1})"}
