"""Quote trails on real stores of hand-written articles with known alterations (tests/trails_corpus.py).

The tests that touch a store run on both back ends: a SQLite file and a schema on the
session's PostgreSQL server (tests/postgres_server.py)."""

from __future__ import annotations

import csv
import io
import json
import pickle
import warnings
from pathlib import Path

import pytest
from postgres_server import PASSWORD
from trails_corpus import ARTICLES, QUOTE, analyses

import saywho
from saywho.cli import main
from saywho.corpus import trails
from saywho.corpus.backends import open_store
from saywho.corpus.derive import derive
from saywho.corpus.trail_index import FULL_BUCKET
from saywho.corpus.trail_view import diff
from saywho.document import Article

with warnings.catch_warnings():
    warnings.simplefilter("ignore")  # Starlette's notice that it prefers httpx2
    from fastapi.testclient import TestClient

PAIRS = Path(__file__).parent / "data" / "trail_pairs.json"


@pytest.fixture(scope="module")
def documents():
    return dict(zip(ARTICLES, analyses(), strict=True))


@pytest.fixture(scope="module", params=["sqlite", "postgresql"])
def new_store(request, tmp_path_factory):
    """Where to make a new, empty store on one back end: `new_store("name")`, a SQLite file or a new schema."""
    if request.param == "sqlite":
        folder = tmp_path_factory.mktemp("trails")
        return lambda name: folder / f"{name}.db"
    server = request.getfixturevalue("postgres_server")
    return lambda name: server.new_schema()


def build(location, documents, names=None):
    with open_store(location, create=True) as store:
        for name in names or documents:
            store.add(documents[name])
        store.resolve_identities()
    return location


@pytest.fixture(scope="module")
def db(new_store, documents):
    return build(new_store("trails"), documents)


@pytest.fixture(scope="module")
def bridge(db):
    with open_store(db) as store:
        page = store.trails(limit=None)
        assert page.total == 1  # the harbour quotation runs once: no trail of two
        return store.trail(page.rows[0].id)


def flags_by_outlet(trail) -> dict[str, list[tuple[str, str]]]:
    return {m.outlet: [(f.kind, f.text) for f in m.flags] for m in trail.members}


def test_every_planted_alteration_is_found_and_flagged(bridge):
    assert flags_by_outlet(bridge) == {
        "Daily Bugle": [],
        "Evening Post": [("changed", ("words inside quotation marks differ from the version in Daily Bugle "
                                      "(2024-03-01): spring → summer"))],
        "Morning Star": [("shortened", "shortened: cut “and we will not raise the toll” at the end")],
        "City Wire": [("speaker", ("given to John Ward; the version in Daily Bugle (2024-03-01) gives the words "
                                   "to Jane Smith"))],
        "River Times": [("paraphrase", "reported as paraphrase (indirect) after it ran in quotation marks")],
        "Harbour Herald": [],
    }


def test_a_trail_runs_in_date_order_from_the_first_appearance_with_each_outlets_cue(bridge):
    assert [(m.date, m.outlet, m.kind, m.cue) for m in bridge.members] == [
        ("2024-03-01", "Daily Bugle", "direct", "said"),
        ("2024-03-02", "Evening Post", "direct", "said"),
        ("2024-03-03", "Morning Star", "direct", "told"),
        ("2024-03-04", "City Wire", "direct", "said"),
        ("2024-03-05", "River Times", "indirect", "said"),
        ("2024-03-06", "Harbour Herald", "direct", "said"),
    ]
    assert bridge.reference_id == bridge.first.quotation_id
    changed = next(m for m in bridge.members if m.outlet == "Evening Post")
    assert [(p.op, p.reference, p.words) for p in changed.diff] == [
        ("same", "We will rebuild the old bridge before the", "We will rebuild the old bridge before the"),
        ("changed", "spring", "summer"),
        ("same", "floods and we will not raise the toll", "floods and we will not raise the toll"),
    ]


def test_a_paraphrase_stored_before_its_quotation_joins_it_and_rebuild_agrees(new_store, documents):
    order = ["paraphrase", "other", "shortened", "first", "changed"]
    with open_store(build(new_store("c"), documents, order)) as store:
        incremental = [sorted(m.outlet for m in store.trail(row.id).members) for row in store.trails().rows]
        assert incremental == [["Daily Bugle", "Evening Post", "Morning Star", "River Times"]]
        counts = store.rebuild_trails()
        rebuilt = [sorted(m.outlet for m in store.trail(row.id).members) for row in store.trails().rows]
    assert rebuilt == incremental
    assert counts == {"items": 5, "trails": 2, "multi_article": 1, "multi_outlet": 1}


def test_the_paraphrase_threshold_separates_the_hand_made_pairs():
    pairs = json.loads(PAIRS.read_text(encoding="utf-8"))["pairs"]
    joined = [trails.matches("indirect", trails.words_of(p["report"]), "direct", trails.words_of(p["quote"])) > 0
              for p in pairs]
    assert joined == [p["same"] for p in pairs]


def test_a_cut_marked_with_an_ellipsis_is_a_cut_and_an_unmarked_one_a_change():
    full = trails.words_of("We will rebuild the old bridge, and we will not raise the toll this year.")
    marked = trails.words_of("We will rebuild the old bridge … we will not raise the toll this year.")
    silent = trails.words_of("We will rebuild the old bridge and we will raise the toll this year.")
    assert [p.op for p in diff(full, marked)] == ["same", "cut", "same"]
    from saywho.corpus.trail_view import _differences

    assert _differences(full, marked) == ([], ["“and” in the middle, marked with an ellipsis"])
    assert _differences(full, silent) == (["not → (left out, no ellipsis)"], [])
    assert trails.quote_match(full, trails.words_of("the toll this year")) == 0.0  # too short to follow


def run(capsys, *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_the_trail_command_finds_a_trail_by_words_speaker_and_id(capsys, db, bridge):
    code, out, _ = run(capsys, "trail", "--text", "rebuild the old bridge before the spring floods", "--db", str(db),
                       "--format", "json")
    found = json.loads(out)
    assert code == 0 and [r["id"] for r in found["rows"]] == [bridge.id]
    assert found["rows"][0]["outlets"] == 6 and found["rows"][0]["speaker"] == "Jane Smith"
    code, out, _ = run(capsys, "trail", "--speaker", "John Ward", "--db", str(db), "--format", "json")
    assert [r["id"] for r in json.loads(out)["rows"]] == [bridge.id]
    code, out, _ = run(capsys, "trail", "--text", "spring floods", "--db", str(db), "--format", "json")
    assert [r["id"] for r in json.loads(out)["rows"]] == [bridge.id]  # two words: found through the full-text index
    code, out, _ = run(capsys, "trail", "--text", "harbour will reopen", "--db", str(db), "--format", "json")
    assert json.loads(out)["rows"] == []
    code, out, _ = run(capsys, "trail", "--id", str(bridge.id), "--db", str(db), "--format", "csv")
    rows = list(csv.DictReader(io.StringIO(out)))
    assert [(r["outlet"], r["flag_kinds"]) for r in rows] == [
        ("Daily Bugle", "[]"), ("Evening Post", '["changed"]'), ("Morning Star", '["shortened"]'),
        ("City Wire", '["speaker"]'), ("River Times", '["paraphrase"]'), ("Harbour Herald", "[]")]
    code, out, _ = run(capsys, "trail", "--id", str(bridge.id), "--db", str(db))
    assert code == 0 and "first ran in Daily Bugle on 2024-03-01" in " ".join(out.split())


def test_the_trail_command_says_what_is_wrong_in_one_line(capsys, tmp_path, db):
    shown = str(db).replace(f":{PASSWORD}@", ":***@")  # never the password
    assert run(capsys, "trail", "--id", "999", "--db", str(db))[2] == f"saywho: error: no trail 999 in {shown}\n"
    code, _, err = run(capsys, "trail", "--db", str(tmp_path / "none.db"))
    assert code != 0 and err.count("\n") == 1 and "no corpus at" in err
    code, _, err = run(capsys, "trail", "--text", "  ", "--db", str(db))
    assert code != 0 and err == "saywho: error: --text needs some words to look for\n"


def test_rebuild_and_export_write_every_member(capsys, new_store, documents):
    copy = str(build(new_store("copy"), documents))
    code, _, err = run(capsys, "trail", "--rebuild", "--db", str(copy))
    assert code == 0 and "2 trails from 7 attributions; 1 span two or more articles, 1 two or more outlets" in err
    code, out, _ = run(capsys, "export", "--table", "trails", "--format", "jsonl", "--db", str(copy))
    rows = [json.loads(line) for line in out.splitlines()]
    assert [(r["position"], r["outlet"], r["reference"]) for r in rows][:2] == [(1, "Daily Bugle", True),
                                                                                (2, "Evening Post", False)]
    assert len(rows) == 6 and len({r["quotation_id"] for r in rows}) == 6


def test_the_api_and_pages_show_trails(db, bridge):
    from saywho.web.app import create_app
    from saywho.web.service import WebConfig

    with TestClient(create_app(WebConfig(jobs=0, db=db))) as client:
        listing = client.get("/api/trails", params={"outlets": 2}).json()
        assert listing["total"] == 1 and listing["rows"][0]["flags"] == {
            "changed": 1, "shortened": 1, "speaker": 1, "paraphrase": 1}
        one = client.get(f"/api/trails/{bridge.id}").json()
        assert [m["article_url"] for m in one["members"]] == [f"/articles/{m.article_id}" for m in bridge.members]
        assert one["members"][1]["flags"][0]["words"] == ["spring → summer"]
        assert client.get("/api/trails/12345").status_code == 404
        assert client.get("/api/trails", params={"speaker": "Ann Lee"}).json()["rows"] == []
        page = client.get(f"/trails/{bridge.id}").text
        assert '<span class="sw-diff-changed"><del>spring</del> <ins>summer</ins></span>' in page
        assert '<del class="sw-diff-cut">and we will not raise the toll</del>' in page
        speaker = one["members"][0]["speaker_id"]
        assert f'href="/trails/{bridge.id}"' in client.get(f"/speakers/{speaker}").text


def test_possessive_spellings_and_the_writers_brackets_are_not_changed_words():
    from saywho.corpus.trail_view import _differences

    def differences(reference: str, member: str):
        return _differences(trails.words_of(reference), trails.words_of(member))

    assert differences("He is becoming ISIS’s best recruiter", "He is becoming ISIS’ best recruiter") == ([], [])
    assert differences("not me, not Bill [Clinton], nobody more qualified",
                       "not me, not Bill, nobody more qualified") == ([], [])
    assert differences("we will win and we will win big today", "we will win [...] and win big today") == (
        [], ["“we will” in the middle, marked with an ellipsis"])


def test_a_quotation_many_outlets_run_stays_one_trail_while_its_buckets_stay_small(tmp_path):
    runs = FULL_BUCKET + 4
    location = tmp_path / "many.db"
    with open_store(location, create=True) as store:
        for number in range(runs):
            store.add(saywho.analyze(Article(
                text=f"“{QUOTE},” Mayor Jane Smith said in interview number {number + 1}.",
                title=f"Interview {number + 1}", outlet=f"Outlet {number + 1}", date=f"2024-04-{number + 1:02d}")))
        page = store.trails(limit=None)
        assert [(row.size, row.outlets) for row in page.rows] == [(runs, runs)]
        largest = store.conn.execute(
            "SELECT MAX(n) FROM (SELECT COUNT(*) AS n FROM trail_buckets GROUP BY bucket)").fetchone()[0]
    assert largest == 1  # each bucket holds the trail once, however many outlets run the words


def test_the_quick_bounds_turn_away_no_pair_the_full_checks_would_join():
    pairs = json.loads(PAIRS.read_text(encoding="utf-8"))["pairs"]
    quotes = [trails.words_of(text) for text in {p["quote"] for p in pairs} | {
        "We will rebuild the old bridge before the spring floods and we will not raise the toll",
        "We will rebuild the old bridge before the summer floods and we will not raise the toll",
        "We will rebuild the old bridge … we will not raise the toll this year",
        "the toll we will not raise, and before the spring floods we will rebuild the old bridge"}]
    reports = [trails.words_of(p["report"]) for p in pairs]
    for a in quotes:
        for b in quotes:
            full = trails.quote_match(a, b)
            assert trails.matches("direct", a, "partial", b) == (full if full >= trails.QUOTE_MATCH else 0.0)
        for report in reports:
            full = trails.paraphrase_match(report, a)
            assert trails.matches("indirect", report, "direct", a) == (full if full >= trails.PARAPHRASE_MATCH else 0.0)


def test_the_keys_made_with_the_rows_in_a_worker_give_the_trails_a_rebuild_gives(tmp_path, documents):
    # ingest's workers send the writer pickled records: their trail entries (words, LSH keys) travel with the rows
    records = [pickle.loads(pickle.dumps(derive(documents[name].to_dict()))) for name in ARTICLES]
    assert all(entry.keys for record in records for entry in record.trails)
    with open_store(tmp_path / "records.db", create=True) as store:
        store.add_many(records)
        grouped = sorted(sorted(m.quotation_id for m in store.trail(row.id).members) for row in store.trails().rows)
        store.rebuild_trails()
        rebuilt = sorted(sorted(m.quotation_id for m in store.trail(row.id).members) for row in store.trails().rows)
    assert grouped == rebuilt and grouped
