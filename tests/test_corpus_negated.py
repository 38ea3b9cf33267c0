"""Words an article reports as NOT said ("did not say whether ...") stay marked so in the corpus.

On both back ends: the store keeps `negated` per quotation, an older store is upgraded
from its stored analyses, and the search and speaker pages, their CSV and `saywho quotes`
(table, json, csv, --cite) never present such words as said.
"""

from __future__ import annotations

import csv
import io
import json

import pytest
from test_corpus_data import analyses_as_text, analysis

from saywho.cli import main
from saywho.corpus.backends import open_store

TEXT = ("Jane Doe said the bridge would reopen in May. "
        "Jane Doe did not say whether the tolls would rise.")
NOT_SAID = "Not said, the article reports: "
CITED = " Jane Doe — Gazette, 2024-05-02, ¶1, https://gazette.example/bridge"


def bridge_article():
    """One article, two attributions to Jane Doe: the second is reported as not said."""
    result = analysis(TEXT, "Gazette", "2024-05-02", [
        ("Jane Doe", "Jane Doe", "PERSON", True, "indirect", "the bridge would reopen in May"),
        ("Jane Doe", "Jane Doe", "PERSON", True, "indirect", "the tolls would rise"),
    ], title="Bridge", url="https://gazette.example/bridge")
    result.attributions[1].negated = True
    return result


@pytest.fixture
def corpus(store_at):
    location = store_at()
    with open_store(location, create=True) as store:
        store.add(bridge_article())
        store.resolve_identities()
    return location


def negated_by_content(location) -> dict[str, bool]:
    with open_store(location) as store:
        return {row.content: row.negated for row in store.quotes(limit=None)}


EXPECTED = {"the bridge would reopen in May": False, "the tolls would rise": True}


def test_the_store_keeps_which_quotation_was_not_said(corpus):
    assert negated_by_content(corpus) == EXPECTED
    with open_store(corpus) as store:
        assert [row.negated for row in store.quotes(about="tolls", limit=None)] == [True]
        exported = {row["content"]: row["negated"] for row in store.rows("quotations")}
    assert exported == EXPECTED


def test_an_older_store_is_upgraded_from_its_stored_analyses(corpus):
    """The store as the version before this column was: its rows get `negated` from the analyses on open."""
    with open_store(corpus) as store:
        older = {"SQLiteStore": 4, "PostgresStore": 1}[type(store).__name__]  # the versions before `negated`
        store.conn.execute("ALTER TABLE quotations DROP COLUMN negated")
        if older == 4:
            analyses_as_text(store.conn)
        store.conn.execute(f"UPDATE schema_version SET version = {older}")
        store.conn.commit()
    assert negated_by_content(corpus) == EXPECTED


def test_saywho_quotes_marks_what_was_not_said(corpus, capsys):
    assert main(["quotes", "--db", str(corpus), "--format", "json"]) == 0
    rows = json.loads(capsys.readouterr().out)["rows"]
    assert {row["content"]: row["negated"] for row in rows} == EXPECTED

    assert main(["quotes", "--db", str(corpus), "--format", "csv"]) == 0
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert {row["content"]: row["negated"] for row in rows} == {"the bridge would reopen in May": "False",
                                                              "the tolls would rise": "True"}

    assert main(["quotes", "--db", str(corpus), "--about", "tolls"]) == 0
    assert "indirect, not said" in capsys.readouterr().out

    assert main(["quotes", "--db", str(corpus), "--cite"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert sorted(lines) == sorted([
        "Jane Doe, as reported (the writer's words): “the bridge would reopen in May” — Gazette, 2024-05-02, ¶1, "
        "https://gazette.example/bridge",
        NOT_SAID + "Jane Doe, as reported (the writer's words): “the tolls would rise” — Gazette, 2024-05-02, ¶1, "
        "https://gazette.example/bridge",
    ])

    assert main(["quotes", "--db", str(corpus), "--about", "tolls", "--cite", "--format", "json"]) == 0
    [row] = json.loads(capsys.readouterr().out)["rows"]
    assert row["negated"] is True and row["citation"].startswith(NOT_SAID)


def test_the_search_and_speaker_pages_and_their_csv_mark_what_was_not_said(corpus):
    from fastapi.testclient import TestClient

    from saywho.web.app import create_app
    from saywho.web.service import WebConfig

    with TestClient(create_app(WebConfig(jobs=0, db=corpus))) as client:
        [jane] = client.get("/api/speakers", params={"q": "Jane Doe"}).json()["rows"]
        pages = [client.get("/search", params={"q": "tolls"}).text, client.get(f"/speakers/{jane['id']}").text]
        for page in pages:
            badge = '<span class="sw-badge-plain sw-not-said"'
            assert page.count(badge) == 1
            marked = page.index(badge)  # under the quotation it marks (search wraps the word searched for)
            assert page.rfind("would rise", 0, marked) > page.rfind("would reopen", 0, marked)
        for url in ("/search.csv?q=tolls", f"/speakers/{jane['id']}/quotes.csv"):
            rows = list(csv.DictReader(io.StringIO(client.get(url).text)))
            negated = {row["content"]: row["negated"] for row in rows}
            assert negated["the tolls would rise"] == "1"
            assert negated.get("the bridge would reopen in May", "0") == "0"
            [tolls] = [row for row in rows if row["content"] == "the tolls would rise"]
            assert tolls["citation"].startswith(NOT_SAID)
