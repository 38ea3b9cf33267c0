"""Queries over Parquet shards (DuckDB) against a SQLite store of the same hand-written articles.

tests/data/shards holds five short articles in two JSON Lines files, the second of
which repeats one article of the first (so that two shard tasks hold it). Both are
ingested by the real commands: into a SQLite store, and into shards with tasks of
two articles. The query commands must answer the same from both, ids aside (a
store numbers rows as they come, shards name them by hashes: compare.py maps both
to what they stand for); the web app must serve the shards; `saywho load` must
give a store the quotations a direct ingest gives.
"""

from __future__ import annotations

import json
import warnings
from pathlib import Path

import pytest

pytest.importorskip("duckdb", reason="shard queries need duckdb (pip install 'saywho[shards]')")
pytest.importorskip("pyarrow", reason="shards need pyarrow (pip install 'saywho[shards]')")

from saywho.cli import main
from saywho.corpus.backends import open_store
from saywho.corpus.shards.compare import SAME, TIES, Ids, compare
from saywho.corpus.store import SHARDS, StoreError

DATA = Path(__file__).parent / "data" / "shards"


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    """(SQLite store, shard folder) of the same inputs, each made by `saywho ingest`."""
    root = tmp_path_factory.mktemp("shards")
    db, shards = root / "store.db", root / "shards"
    assert main(["ingest", str(DATA), "--db", str(db), "--workers", "1", "--quiet"]) == 0
    assert main(["ingest", str(DATA), "--shards", str(shards), "--workers", "1", "--batch", "2", "--quiet"]) == 0
    return db, shards


@pytest.fixture(scope="module")
def ids(built):
    db, shards = built
    with open_store(db, read_only=True) as store, open_store(SHARDS + str(shards)) as shard_store:
        return Ids.of(store), Ids.of(shard_store)


def command_json(capsys, *args) -> dict:
    capsys.readouterr()
    assert main([*args, "--format", "json"]) == 0
    return json.loads(capsys.readouterr().out)


def named(document, ids: Ids, row_id: str | None):
    """The JSON with every id replaced by what it stands for; `row_id` says what a row's "id" is."""
    if isinstance(document, list):
        return [named(item, ids, row_id) for item in document]
    if not isinstance(document, dict):
        return document
    data = {key: named(value, ids, row_id) for key, value in document.items()}
    for key, table in (("article_id", ids.articles), ("speaker_id", ids.speakers), ("id", row_id and getattr(ids, row_id))):
        if table and data.get(key) is not None and key in document:
            data[key] = table[document[key]]
    return data


QUERIES = [  # (command, what a row's "id" is, the order rows must keep whatever their ids)
    (["quotes", "--limit", "100"], "quotations", lambda r: (r["date"],)),
    (["quotes", "--about", "port"], "quotations", None),  # ranks differ: one order
    (["quotes", "--about", "\"two thousand\" OR dock*"], "quotations", None),
    (["quotes", "--speaker", "Delgado"], "quotations", lambda r: (r["date"],)),
    (["quotes", "--outlet", "valley ledger", "--since", "2024-04"], "quotations", lambda r: (r["date"],)),
    (["quotes", "--anonymous"], "quotations", lambda r: (r["date"],)),
    (["quotes", "--profile", "naming=anonymous"], "quotations", lambda r: (r["date"],)),
    (["speakers", "--all", "--top", "100"], "speakers", lambda r: (r["quotes"], r["speaker"])),
    (["speakers", "--outlet", "Harbour Times"], "speakers", lambda r: (r["quotes"], r["speaker"])),
    (["sources", "--limit", "100"], None, lambda r: (r["citations"], r["source"])),
    (["sources", "--anonymous", "--outlet", "Harbour Times"], None, lambda r: (r["citations"], r["source"])),
    (["sources", "--by", "outlet"], None, None),
    (["labels"], None, None),
    (["labels", "--by", "word"], None, None),
    (["labels", "--by", "outlet"], None, None),
    (["labels", "--by", "target"], None, None),
    (["voices"], None, None),
    (["voices", "--by", "outlet"], None, None),
    (["voices", "--by", "month"], None, None),
]


@pytest.mark.parametrize(("command", "row_id", "order"), QUERIES, ids=[" ".join(q[0]) for q in QUERIES])
def test_the_query_commands_answer_the_same_from_shards_as_from_the_store(built, ids, capsys, command, row_id, order):
    db, shards = built
    from_store = named(command_json(capsys, *command, "--db", str(db)), ids[0], row_id)
    from_shards = named(command_json(capsys, *command, "--shards", str(shards)), ids[1], row_id)
    assert compare(from_store, from_shards, order) in (SAME, TIES)
    assert from_store.get("rows", from_store.get("groups"))  # something to compare


def test_each_article_counts_once_though_two_tasks_hold_one(built):
    db, shards = built
    with open_store(db, read_only=True) as store, open_store(SHARDS + str(shards)) as shard_store:
        assert shard_store.counts() == store.counts()
        assert shard_store.counts()["articles"] == 5
        holders = shard_store.conn.execute(
            "SELECT hash, COUNT(DISTINCT task_key) FROM raw_articles GROUP BY hash HAVING COUNT(*) > 1").fetchall()
        assert len(holders) == 1 and holders[0][1] == 2  # the repeated article is in two tasks' files
        article = shard_store.article(shard_store.articles(search="Dockworkers").rows[0].id)
        assert article.article.title == "Dockworkers vote"


def test_export_reads_shards_as_it_reads_a_store(built, ids, capsys):
    db, shards = built
    exported = {}
    for name, where, table_ids in (("store", ["--db", str(db)], ids[0]), ("shards", ["--shards", str(shards)], ids[1])):
        capsys.readouterr()
        assert main(["export", *where, "--table", "quotations"]) == 0
        rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
        exported[name] = sorted(json.dumps(named(row, table_ids, "quotations"), sort_keys=True) for row in rows)
    assert exported["shards"] == exported["store"] and len(exported["store"]) == 18


def test_shards_refuse_writes_and_missing_shards_are_one_line_errors(built, tmp_path, capsys):
    _, shards = built
    with open_store(SHARDS + str(shards)) as shard_store, pytest.raises(StoreError, match="read-only"):
        shard_store.resolve_identities()
    assert main(["quotes", "--shards", str(tmp_path / "none")]) == 1
    assert capsys.readouterr().err.strip().count("\n") == 0
    assert main(["speakers", "--shards", str(shards), "--db", str(tmp_path / "x.db")]) != 0
    assert main(["serve", "--shards", str(tmp_path / "none")]) == 1
    assert "no shards" in capsys.readouterr().err
    assert main(["serve", "--shards", str(shards), "--editable"]) == 1
    assert "read-only" in capsys.readouterr().err


def test_load_gives_a_store_the_quotations_of_a_direct_ingest(built, tmp_path, capsys):
    db, shards = built
    loaded = tmp_path / "loaded.db"
    assert main(["load", "--shards", str(shards), "--db", str(loaded)]) == 0
    assert "loaded 5 articles" in capsys.readouterr().err
    with open_store(db, read_only=True) as store, open_store(loaded, read_only=True) as copy:
        assert quotations(copy) == quotations(store)
        assert copy.counts() == store.counts()
        assert identities(copy) == identities(store)
    assert main(["load", "--shards", str(shards), "--db", str(loaded)]) == 0
    assert "loaded 0 articles" in capsys.readouterr().err  # all there already: nothing twice


def test_load_into_postgresql_gives_the_quotations_of_a_direct_ingest(built, postgres_server):
    db, shards = built
    url = postgres_server.new_schema()
    assert main(["load", "--shards", str(shards), "--db", url]) == 0
    with open_store(db, read_only=True) as store, open_store(url) as copy:
        assert quotations(copy) == quotations(store)
        assert identities(copy) == identities(store)


def test_load_takes_a_slice_by_outlet_and_dates(built, tmp_path, capsys):
    _, shards = built
    loaded = tmp_path / "slice.db"
    assert main(["load", "--shards", str(shards), "--db", str(loaded), "--outlet", "Valley Ledger",
                 "--since", "2024-04"]) == 0
    with open_store(loaded, read_only=True) as store:
        assert [(r.outlet, r.title) for r in store.articles().rows] == [("Valley Ledger", "Budget passes")]


def identities(store) -> list[tuple]:
    return sorted((r.key, r.name, r.type, r.quotes, tuple(r.aliases)) for r in store.speakers(named=None, limit=None))


def quotations(store) -> list[tuple]:
    ids = Ids.of(store)
    return sorted((ids.articles[r["article_id"]], r["attribution"], r["kind"], r["content"], json.dumps(r["spans"]),
                   ids.speakers.get(r["speaker_id"]), r["speaker"], r["anonymous"], r["negated"])
                  for r in store.rows("quotations"))


# -- the web app ----------------------------------------------------------------------------


@pytest.fixture(scope="module")
def clients(built):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # Starlette's notice that it prefers httpx2
        from fastapi.testclient import TestClient
    from saywho.web.app import create_app
    from saywho.web.service import WebConfig

    db, shards = built
    with TestClient(create_app(WebConfig(jobs=0, db=str(db), read_only=True))) as store, \
            TestClient(create_app(WebConfig(jobs=0, db=SHARDS + str(shards), read_only=True))) as shard:
        yield store, shard


def test_serve_shards_answers_the_api_as_the_store_does(clients, ids):
    store, shard = clients
    for path, row_id in (("/api/speakers", "speakers"), ("/api/quotes?q=port", "quotations"),
                         ("/api/quotes?speaker=Delgado", "quotations"), ("/api/outlets", None)):
        one, other = store.get(path), shard.get(path)
        assert one.status_code == other.status_code == 200, path
        assert named(other.json(), ids[1], row_id) == named(one.json(), ids[0], row_id), path


def test_serve_shards_renders_the_corpus_pages(clients):
    _, shard = clients
    delgado = shard.get("/api/speakers", params={"q": "Delgado"}).json()["rows"][0]
    assert delgado["name"] == "Rosa Delgado"
    page = shard.get(f"/speakers/{delgado['id']}")
    assert page.status_code == 200 and "Rosa Delgado" in page.text and "proud day for the city" in page.text
    article_id = shard.get("/api/quotes", params={"q": "proud"}).json()["rows"][0]["article_id"]
    assert "Ships arrive early" in shard.get(f"/articles/{article_id}").text
    for path in ("/speakers", "/outlets", "/outlets/Harbour Times", "/search?q=jobs", "/voices"):
        response = shard.get(path)
        assert response.status_code == 200, path
    assert "Delgado" in shard.get("/search?q=waterfront").text
    assert shard.get("/speakers/12345").status_code == 404
