"""The voices pages and GET /api/voices, in process, on a real store of three articles written for the tests."""

from __future__ import annotations

import csv
import io
import re
import warnings

import pytest

with warnings.catch_warnings():
    warnings.simplefilter("ignore")  # Starlette's notice that it prefers httpx2
    from fastapi.testclient import TestClient

from voices_corpus import build_voices_corpus

from saywho.web.app import create_app
from saywho.web.service import WebConfig


@pytest.fixture(scope="module")
def client(tmp_path_factory):
    path = tmp_path_factory.mktemp("voices-web") / "voices.db"
    build_voices_corpus(path)
    with TestClient(create_app(WebConfig(jobs=0, db=path))) as client:
        yield client


def test_api_voices_by_outlet(client):
    data = client.get("/api/voices", params={"by": "outlet"}).json()
    assert data["by"] == "outlet" and [g["group"] for g in data["groups"]] == ["Gazette", "Herald"]
    herald = data["groups"][1]
    assert herald["card"] == ("Herald: 100% of its quoted people are women as the articles refer to them "
                              "(of the 1 whose gender they state); 50% of its sources are anonymous.")
    women = next(f for f in herald["figures"] if (f["field"], f["value"]) == ("gender", "female"))
    assert (women["quotations"], women["sources"], women["direct"]) == (2, 1, 1)
    assert women["quotes_url"] == "/voices/quotes?outlet=Herald&profile=gender%3Afemale"
    assert women["api_url"] == "/api/quotes?outlet=Herald&profile=gender%3Afemale"


def test_every_api_figure_links_to_as_many_quotations(client):
    for by in ("outlet", "month"):
        for group in client.get("/api/voices", params={"by": by}).json()["groups"]:
            for figure in group["figures"]:
                listed = client.get(figure["api_url"] + "&limit=500").json()
                assert listed["total"] == figure["quotations"], (by, group["group"], figure)


def test_the_whole_corpus_and_bad_queries(client):
    (group,) = client.get("/api/voices").json()["groups"]
    assert (group["group"], group["quotations"], group["sources"]) == ("all", 9, 8)
    assert client.get("/api/voices", params={"by": "planet"}).status_code == 422
    bad = client.get("/api/quotes", params={"profile": "sex:female"})
    assert bad.status_code == 400 and "no profile field 'sex'" in bad.json()["error"]


def test_the_outlet_comparison_page(client):
    html = client.get("/voices").text
    assert "Gazette</a></h2>\n    <p>50% of its quoted people are women as the articles refer to them (of the 4 " \
           "whose gender they state); 33% of its sources are anonymous.</p>" in html
    assert html.count('<svg xmlns="http://www.w3.org/2000/svg"') == 4
    segments = re.findall(r'<a href="([^"]+)" class="sw-segment" data-group="([^"]+)" data-value="([^"]+)"', html)
    assert ("/voices/quotes?outlet=Herald&amp;profile=gender%3Afemale", "Herald", "female") in segments


def test_the_page_behind_a_bar_lists_its_quotations(client):
    html = client.get("/voices/quotes", params={"outlet": "Gazette", "profile": "naming:anonymous"}).text
    assert "2 quotations whose source is <b>anonymous</b> (naming) in <b>Gazette</b>." in html
    assert "the building cost $4 million" in html and "the costs could rise" in html
    assert "Every child deserves" not in html


def test_the_month_by_month_page_and_its_csv(client):
    html = client.get("/voices/time", params={"of": "quotations"}).text
    assert "Month by month" in html and ">2024-03</text>" in html and ">2024-04</text>" in html
    response = client.get("/voices.csv", params={"by": "month"})
    assert response.headers["content-type"].startswith("text/csv")
    rows = list(csv.DictReader(io.StringIO(response.text)))
    assert {"group": "2024-04", "field": "kind", "value": "document", "quotations": "1", "quotation_share": "0.3333",
            "sources": "1", "source_share": "0.3333", "direct": "0", "direct_share": "0.0"} in rows
