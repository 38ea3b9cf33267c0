"""`saywho voices` and the store's source profiles, on a real SQLite store of three articles written for the tests."""

from __future__ import annotations

import csv
import io
import json
import sqlite3

import pytest
from test_corpus_data import as_version_3
from voices_corpus import build_voices_corpus

from saywho.cli import main
from saywho.corpus import voices
from saywho.corpus.backends import open_store
from saywho.corpus.sqlite import SCHEMA_VERSION


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    path = tmp_path_factory.mktemp("voices") / "voices.db"
    build_voices_corpus(path)
    return path


def run(capsys, *args):
    code = main(list(args))
    out, err = capsys.readouterr()
    assert code == 0, err
    return out


def figures(group) -> dict[tuple[str, str], tuple[int, int, int]]:
    return {(f.field, f.value): (f.quotations, f.sources, f.direct) for f in group.figures}


def test_each_quotation_keeps_its_speakers_profile(db):
    with open_store(db) as store:
        rows = [(r.speaker, r.naming, r.source_kind, r.role_kind, r.gender) for r in store.profiles()]
    assert rows == [
        ("Ann Cole", "named", "person", "politician", "female"),
        ("A spokeswoman", "anonymous", "person", "spokesperson", "female"),
        ("Officials familiar with the budget", "anonymous", "person", "official", "not stated"),
        ("a 45-year-old father", "ordinary", "person", "citizen", "male"),
        ("Paul Grant", "named", "person", "politician", "male"),
        ("The report", "unnamed", "document", "not stated", "not stated"),  # the role model is not sure either
        ("Lena Ortiz", "named", "person", "expert", "female"),
        ("Lena Ortiz", "named", "person", "expert", "female"),
        ("Sources close to the governor", "anonymous", "person", "not stated", "not stated"),
    ]


def test_the_report_by_outlet(db):
    with open_store(db) as store:
        gazette, herald = voices.voices(store, by="outlet")
    assert (gazette.group, gazette.quotations, gazette.sources, gazette.direct) == ("Gazette", 6, 6, 3)
    assert figures(gazette)[("gender", "female")] == (2, 2, 1)
    assert figures(gazette)[("naming", "anonymous")] == (2, 2, 0)
    assert figures(gazette)[("kind", "document")] == (1, 1, 0)
    # Lena Ortiz is one source with two quotations, one of them direct
    assert (herald.quotations, herald.sources) == (3, 2)
    assert figures(herald)[("gender", "female")] == (2, 1, 1)
    assert herald.figure("gender", "female").quotation_share == 0.6667
    assert herald.figure("gender", "female").source_share == 0.5
    assert herald.top_sources[0] == {"speaker_id": herald.top_sources[0]["speaker_id"], "speaker": "Lena Ortiz",
                                     "quotations": 2, "gender": "female", "naming": "named", "kind": "person",
                                     "role": "expert"}
    assert voices.card(gazette) == ("Gazette: 50% of its quoted people are women as the articles refer to them "
                                    "(of the 4 whose gender they state); 33% of its sources are anonymous.")


def test_every_figure_finds_the_quotations_behind_it(db):
    with open_store(db) as store:
        for group in voices.voices(store, by="month"):
            for figure in group.figures:
                page = store.quotes(**figure.filter, limit=None)
                assert page.total == figure.quotations, (group.group, figure)


def test_by_month_and_by_topic(db):
    with open_store(db) as store:
        months = voices.voices(store, by="month")
        topics = voices.voices(store, by="topic", about="plan,water")
    assert [(g.group, g.quotations) for g in months] == [("2024-03", 6), ("2024-04", 3)]
    assert [(g.group, g.quotations) for g in topics] == [("plan", 2), ("water", 1)]


def test_cli_json_and_csv(db, capsys):
    document = json.loads(run(capsys, "voices", "--by", "outlet", "--db", str(db), "--format", "json"))
    assert document["by"] == "outlet" and [g["group"] for g in document["groups"]] == ["Gazette", "Herald"]
    first = document["groups"][0]["figures"][0]
    assert first["filter"] == {"outlet": "Gazette", "profile": {"naming": "named"}}
    rows = list(csv.DictReader(io.StringIO(run(capsys, "voices", "--db", str(db), "--format", "csv"))))
    women = next(r for r in rows if r["field"] == "gender" and r["value"] == "female")
    assert women == {"group": "all", "field": "gender", "value": "female", "quotations": "4",
                     "quotation_share": "0.4444", "sources": "3", "source_share": "0.375", "direct": "2",
                     "direct_share": "0.5"}


def test_cli_table_and_the_quotations_behind_a_figure(db, capsys):
    out = run(capsys, "voices", "--by", "outlet", "--db", str(db))
    assert "Herald: 100% of its quoted people are women as the articles refer to them (of the 1 whose gender " \
           "they state); 50% of its sources are anonymous." in out
    listed = json.loads(run(capsys, "quotes", "--db", str(db), "--profile", "gender=female", "--profile",
                            "naming=anonymous", "--format", "json"))
    assert [row["speaker_name"] for row in listed["rows"]] == ["A spokeswoman"]


def test_a_bad_profile_filter_is_one_line(db, capsys):
    with pytest.raises(SystemExit):
        main(["quotes", "--db", str(db), "--profile", "gender=woman"])
    assert "gender is one of female, male, not stated" in capsys.readouterr().err


def test_a_version_2_store_is_migrated_and_its_quotations_are_not_profiled(tmp_path, db):
    old = tmp_path / "old.db"
    with sqlite3.connect(db) as source, sqlite3.connect(old) as copy:
        source.backup(copy)
    with sqlite3.connect(old) as conn:
        as_version_3(conn)
        for column in ("naming", "source_kind", "role_kind", "gender"):
            conn.execute(f"ALTER TABLE quotations DROP COLUMN {column}")
        conn.execute("UPDATE schema_version SET version = 2")
    with open_store(old) as store:
        assert store.schema_version() == SCHEMA_VERSION == 13
        (group,) = voices.voices(store)
    assert figures(group)[("gender", "not profiled")] == (9, 8, 4)


def test_the_quotations_export_carries_the_profile(db):
    with open_store(db) as store:
        rows = list(store.rows("quotations"))
    assert [(r["speaker_name"], r["naming"], r["source_kind"], r["role_kind"], r["gender"]) for r in rows][:2] == [
        ("Ann Cole", "named", "person", "politician", "female"),
        ("A spokeswoman", "anonymous", "person", "spokesperson", "female")]
