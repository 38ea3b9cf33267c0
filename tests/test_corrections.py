"""A fact-checker's corrections: kept apart from the machine's answer, shown by every query, export and page,
kept when articles are ingested again, undone, orphaned when a re-analysis no longer has their attribution.

The store tests run on SQLite and PostgreSQL (`store_at`, conftest.py); the articles are test_corpus_data's
hand-written ones: article 1 (Planet, "Wall") has a1 Donald Trump "the wall would be built", a2 Trump
"We will win," and a3 "A senior official" "the talks had stalled".
"""

from __future__ import annotations

import io
import json
from dataclasses import replace

import pytest
from test_corpus_data import analyses_as_text, analysis, small_corpus

from saywho.cli import main
from saywho.corpus.backends import open_store
from saywho.corpus.corrections import CorrectionError
from saywho.corpus.derive import text_hash
from saywho.corpus.export import write_jsonl

WALL = small_corpus()[0]


@pytest.fixture
def store(store_at):
    with open_store(store_at("corpus"), create=True) as store:
        for item in small_corpus():
            store.add(item)
        store.resolve_identities()
        yield store


def quote(store, attribution: str, article_id: int = 1):
    return next(q for q in store.quotes(article_id=article_id, limit=None) if q.attribution == attribution)


def quotes_of(store) -> dict[str, int]:
    return {row.name: row.quotes for row in store.speakers(limit=None)}


def test_a_corrected_speaker_shows_in_quotes_speakers_and_exports(store):
    before = quotes_of(store)
    made = store.correct(1, "a1", "speaker", "Hillary Clinton", made_by="J. Checker", note="the transcript")
    assert (made.status, made.old, made.value, made.made_by) == ("applied", "Donald Trump", "Hillary Clinton",
                                                                 "J. Checker")
    row = quote(store, "a1")
    assert (row.speaker, row.speaker_name, row.corrected, row.machine) == (
        "Hillary Clinton", "Hillary Clinton", True, {"speaker": "Donald Trump"})
    assert "the wall would be built" in [q.content for q in store.quotes(speaker="Hillary Clinton", limit=None)]
    assert quotes_of(store) == {**before, "Donald Trump": before["Donald Trump"] - 1,
                                "Hillary Clinton": before["Hillary Clinton"] + 1}
    assert not quote(store, "a2").corrected
    exported = {(r["article_id"], r["attribution"]): r for r in store.rows("quotations")}
    assert exported[(1, "a1")]["corrected"] == "yes" and exported[(1, "a1")]["speaker"] == "Hillary Clinton"
    assert exported[(1, "a2")]["corrected"] == "no"
    [training] = list(store.rows("corrections"))
    assert {k: training[k] for k in ("article_hash", "target", "target_text", "field", "old", "value", "status")} == {
        "article_hash": text_hash(WALL.article.text), "target": [[18, 41]], "target_text": "the wall would be built",
        "field": "speaker", "old": "Donald Trump", "value": "Hillary Clinton", "status": "applied"}


def test_corrections_survive_ingesting_again_and_identity_passes(store):
    store.correct(1, "a1", "speaker", "Hillary Clinton")
    assert not store.add(WALL).added  # the same article again: skipped, the correction stays
    store.resolve_identities(full=True)  # a pass sets every speaker from its mention; the correction wins
    assert quote(store, "a1").speaker == "Hillary Clinton"
    assert store.article(1).attributions[0].speaker.name == "Donald Trump"  # the machine's answer is kept apart
    # What a pass that regroups the machine's name does to the row: the speaker of its mention, then corrected again.
    store.conn.execute("UPDATE quotations SET speaker_id = (SELECT m.speaker_id FROM mentions m "
                       "WHERE m.id = quotations.mention_id) WHERE article_id = 1")
    assert quote(store, "a1").speaker == "Donald Trump"
    assert store.apply_corrections() == {"applied": 1, "orphaned": 0}
    assert quote(store, "a1").speaker == "Hillary Clinton"


def cited(store) -> dict[str, tuple[int, dict[str, int]]]:
    return {row.name: (row.citations, row.how) for row in store.sources(limit=None)}


def test_sources_follow_the_corrections(store):
    before, rows = cited(store), store.counts()["sources"]
    made = store.correct(1, "a1", "speaker", "Hillary Clinton")
    store.correct(1, "a3", "not_a_quote")
    after = cited(store)
    assert store.counts()["sources"] == rows  # one row more (Hillary Clinton's), one fewer (the official's)
    assert after["Donald Trump"][0] == before["Donald Trump"][0] - 1
    assert after["Hillary Clinton"][0] == before["Hillary Clinton"][0] + 1
    assert after["Hillary Clinton"][1]["paraphrase"] == before["Hillary Clinton"][1].get("paraphrase", 0) + 1
    assert "senior official" not in {name.lower().removeprefix("a ") for name in after}
    store.undo_correction(made.id)
    store.undo_correction(made.id + 1)
    assert cited(store) == before


def test_undo_puts_the_machines_values_back(store):
    before = quotes_of(store)
    made = store.correct(1, "a1", "speaker", "Hillary Clinton")
    undone = store.undo_correction(made.id)
    assert undone.status == "undone" and undone.undone_at
    row = quote(store, "a1")
    assert (row.speaker, row.speaker_name, row.corrected, row.machine) == ("Donald Trump", "Donald Trump", False, None)
    assert quotes_of(store) == before
    assert [c.status for c in store.corrections()] == ["undone"]  # the trail keeps it
    with pytest.raises(CorrectionError, match="undone already"):
        store.undo_correction(made.id)


def test_not_a_quote_and_a_content_span(store):
    store.correct(1, "a2", "not_a_quote")
    row = quote(store, "a2")
    assert row.not_a_quote and row.speaker_id is None
    assert "Donald Trump" in quotes_of(store) and quotes_of(store)["Donald Trump"] == 3
    start = WALL.article.text.index("the talks had stalled")
    store.correct(1, "a3", "content", [[start, start + len("the talks")]])
    row = quote(store, "a3")
    assert (row.content, row.machine["content"]["text"]) == ("the talks", "the talks had stalled")
    assert [q.attribution for q in store.quotes(about="talks", limit=None)] == ["a3"]
    assert store.quotes(about="stalled", limit=None).total == 0  # the full-text index follows the correction


def test_a_speaker_of_the_corpus_by_id(store):
    [trump] = store.find_speakers("Donald Trump")
    [bill] = store.find_speakers("Bill Clinton")
    made = store.correct(5, "a1", "speaker_id", trump)  # article 5: "Bill Clinton said the economy …"
    assert made.old == {"id": bill, "name": "Bill Clinton"} and made.value == trump
    row = quote(store, "a1", 5)
    assert (row.speaker_id, row.speaker, row.machine) == (trump, "Donald Trump", {"speaker_id": made.old})
    with pytest.raises(CorrectionError, match="no speaker with id 999999"):
        store.correct(5, "a1", "speaker_id", 999999)


def test_unknown_article_or_attribution_is_a_clear_error(store):
    with pytest.raises(CorrectionError, match=r"no article 99 in this corpus"):
        store.correct(99, "a1", "speaker", "X")
    with pytest.raises(CorrectionError, match=r"article 1 has no attribution 'a9' \(its attributions: a1…a3\)"):
        store.correct(1, "a9", "speaker", "X")
    with pytest.raises(CorrectionError, match="no correction 5"):
        store.undo_correction(5)


def test_a_reanalysis_without_the_attribution_orphans_the_correction(store, store_at):
    store.correct(1, "a1", "speaker", "Hillary Clinton", note="kept")
    store.correct(2, "a1", "speaker", "Bill Clinton")
    exported = list(store.rows("corrections"))
    # Another store, whose analysis of article 1 reads its first attribution's words differently.
    text = WALL.article.text
    reread = analysis(text, "Planet", "2024-03-01", [
        ("Donald Trump", "Donald Trump", "PERSON", True, "indirect", "the wall would be"),
        ("Trump", "Donald Trump", "PERSON", True, "direct", '"We will win,"')], title="Wall")
    with open_store(store_at("again"), create=True) as again:
        again.add(reread)
        again.resolve_identities()
        assert again.import_corrections(exported) == {"added": 2, "skipped": 0}
        assert again.import_corrections(exported) == {"added": 0, "skipped": 2}
        assert [c.status for c in again.corrections()] == ["orphaned", "orphaned"]  # kept, never dropped
        assert not any(q.corrected for q in again.quotes(limit=None))
        again.add(small_corpus()[1])  # article 2 arrives: its correction applies at the identity pass
        again.resolve_identities()
        assert [c.status for c in again.corrections()] == ["orphaned", "applied"]
        assert [q.speaker_name for q in again.quotes(limit=None) if q.corrected] == ["Bill Clinton"]


def test_a_copied_store_keeps_its_corrections(store, tmp_path):
    from saywho.corpus.migrate import copy_store

    store.correct(1, "a1", "speaker", "Hillary Clinton", made_by="JS")
    with open_store(tmp_path / "copy.db", create=True) as copy:
        assert copy_store(store, copy)["corrections"] == 1
        assert [(c.status, c.made_by) for c in copy.corrections()] == [("applied", "JS")]
        assert next(q for q in copy.quotes(limit=None) if q.corrected).speaker == "Hillary Clinton"


def test_words_are_counted_for_counts_per_1000_words(store):
    words = {row.outlet: row.words for row in store.outlets().rows}
    expected: dict[str, int] = {}
    for item in small_corpus():
        expected[item.article.outlet] = expected.get(item.article.outlet, 0) + len(item.article.text.split())
    assert words == expected
    planet = store.outlet("Planet")
    assert planet.words == expected["Planet"] and planet.per_1000_words(planet.quotations) == round(
        1000 * planet.quotations / expected["Planet"], 2)


def test_an_older_store_gets_word_counts_and_a_corrections_table(store_at):
    location = store_at("old")
    with open_store(location, create=True) as store:
        for item in small_corpus():
            store.add(item)
        sqlite = hasattr(store, "_transaction")
        run = store.conn.execute
        run("DROP TABLE corrections")
        run("ALTER TABLE articles DROP COLUMN words")
        if sqlite:
            analyses_as_text(store.conn)
        run("UPDATE schema_version SET version = " + ("5" if sqlite else "3"))
    with open_store(location) as store:
        assert {row.outlet: row.words for row in store.outlets().rows} == {"Planet": 49, "Gazette": 32, "Courier": 18}
        assert store.corrections() == []


# -- the command line (SQLite) ------------------------------------------------------------------


@pytest.fixture
def corpus_file(tmp_path):
    feed = tmp_path / "small.jsonl"
    out = io.StringIO()
    write_jsonl((item.to_dict() for item in small_corpus()), out)
    feed.write_text(out.getvalue(), encoding="utf-8")
    db = tmp_path / "corpus.db"
    assert main(["ingest", str(feed), "--db", str(db), "--workers", "1", "--quiet"]) == 0
    return feed, db


def test_saywho_correct_list_undo_and_export(corpus_file, capsys, tmp_path):
    feed, db = corpus_file
    capsys.readouterr()
    assert main(["correct", "--db", str(db), "1", "a1", "--speaker", "Hillary Clinton", "--by", "JS",
                 "--note", "see the video"]) == 0
    assert capsys.readouterr().out == ("saywho: correction 1: article 1 a1: speaker name Donald Trump → "
                                       "Hillary Clinton [applied]\n")
    assert main(["ingest", str(feed), "--db", str(db), "--workers", "1", "--quiet"]) == 0  # again: kept
    capsys.readouterr()
    assert main(["quotes", "--db", str(db), "--speaker", "Hillary Clinton", "--format", "json"]) == 0
    rows = json.loads(capsys.readouterr().out)["rows"]
    assert [(r["content"], r["corrected"], r["machine"]) for r in rows if r["article_id"] == 1] == [
        ("the wall would be built", True, {"speaker": "Donald Trump"})]
    assert main(["quotes", "--db", str(db), "--speaker", "Hillary Clinton"]) == 0
    table = capsys.readouterr().out  # rich wraps the cells: the words, not the line
    assert "(machine said:" in table and "Donald Trump)" in table and "corrected" in table
    assert main(["correct", "--db", str(db), "--list"]) == 0
    listed = capsys.readouterr().out
    assert "by JS" in listed and "Donald Trump → Hillary Clinton [applied] — see the video" in listed
    out = tmp_path / "corrections.jsonl"
    assert main(["export", "--db", str(db), "--table", "corrections", "--out", str(out)]) == 0
    [line] = out.read_text(encoding="utf-8").splitlines()
    assert json.loads(line)["target_text"] == "the wall would be built"
    assert main(["correct", "--db", str(db), "1", "a2", "--not-a-quote"]) == 0
    capsys.readouterr()
    assert main(["quotes", "--db", str(db), "--cite", "--outlet", "Planet"]) == 0
    cited = capsys.readouterr().out.splitlines()
    assert 'Not a quotation (corrected): "We will win,"' in cited
    assert any(line.startswith("Hillary Clinton") or "Hillary Clinton —" in line for line in cited)
    assert main(["correct", "--db", str(db), "--undo", "1"]) == 0
    assert "[undone]" in capsys.readouterr().out


@pytest.mark.parametrize(("arguments", "message"), [
    (["99", "a1", "--speaker", "X"], "saywho: error: no article 99 in this corpus\n"),
    (["1", "a9", "--speaker", "X"], "saywho: error: article 1 has no attribution 'a9' (its attributions: a1…a3)\n"),
    (["1", "a1", "--content", "5:99999"], "saywho: error: span 5:99999 is not within the article's 163 characters\n"),
    (["1", "a1"], "saywho: error: say what to correct: --speaker NAME, --speaker-id ID, --not-a-quote, "
                  "--source/--cue/--content START:END\n"),
    (["--undo", "7"], "saywho: error: no correction 7; `saywho correct --list` lists them\n"),
])
def test_bad_corrections_are_one_line_errors(corpus_file, capsys, arguments, message):
    _feed, db = corpus_file
    capsys.readouterr()
    assert main(["correct", "--db", str(db), *arguments]) == 1
    assert capsys.readouterr().err == message


# -- the web app ----------------------------------------------------------------------------------


def test_the_web_shows_corrections_and_takes_them_only_when_editable(corpus_file):
    from fastapi.testclient import TestClient

    from saywho.web.app import create_app
    from saywho.web.service import WebConfig

    _feed, db = corpus_file
    body = {"article": 1, "attribution": "a1", "speaker": "Hillary Clinton", "note": "video", "by": "JS"}
    with TestClient(create_app(WebConfig(db=db, results=None))) as client:
        refused = client.post("/api/corrections", json=body)
        assert refused.status_code == 403 and "--editable" in refused.json()["error"]
    with TestClient(create_app(WebConfig(db=db, results=None, editable=True))) as client:
        made = client.post("/api/corrections", json=body)
        assert made.status_code == 201 and made.json()["old"] == "Donald Trump"
        bad = client.post("/api/corrections", json={**body, "attribution": "a9"})
        assert bad.status_code == 400 and bad.json()["error"].startswith("article 1 has no attribution 'a9'")
        page = client.get("/articles/1").text
        assert "machine said: speaker Donald Trump" in page and 'data-attribution="a1"' in page
        assert "Corrections <span class=\"sw-count\">1</span>" in page and "JS" in page
        quotes = client.get("/api/quotes", params={"speaker": "Hillary Clinton"}).json()["rows"]
        assert [q["machine"] for q in quotes if q["article_id"] == 1] == [{"speaker": "Donald Trump"}]
        speaker = client.get(f"/speakers/{quotes[0]['speaker_id']}").text
        assert "(machine said: Donald Trump)" in speaker
        assert [c["value"] for c in client.get("/api/articles/1/corrections").json()] == ["Hillary Clinton"]
        import csv

        [row] = csv.DictReader(io.StringIO(client.get("/search.csv", params={"q": "wall"}).text))
        assert (row["speaker"], row["corrected"], row["machine_said"]) == (
            "Hillary Clinton", "yes", '{"speaker": "Donald Trump"}')
        outlets = client.get("/outlets").text
        assert "per 1,000 words" in outlets and "102.04" in outlets  # Planet: 5 quotations in 49 words


def test_a_not_a_quote_correction_leaves_the_page_and_stays_on_the_trail(store):
    store.correct(1, "a2", "not_a_quote", note="a slogan")
    data, applied, trail = store.corrected_article(1)
    assert [a["id"] for a in data["attributions"]] == ["a1", "a3"] and list(applied) == ["a2"]
    assert [(c.field, c.note) for c in trail] == [("not_a_quote", "a slogan")]
    shifted = replace(WALL, article=replace(WALL.article, text=WALL.article.text + " More."))
    assert store.add(shifted).added  # another text is another article: no correction of its own
    assert not any(q.corrected for q in store.quotes(article_id=7, limit=None))


def planet(store) -> tuple[int, int, int]:
    row = next(r for r in store.outlets(limit=None).rows if r.outlet == "Planet")
    return row.anonymous, row.named, store.counts()["anonymous_quotations"]


def test_outlet_counts_follow_a_corrected_speaker(store):
    """The official's quotation given a name leaves Planet's anonymous counts and anonymous sources."""
    before = planet(store)
    sourced = {row.name for row in store.sources(outlet="Planet", anonymous=True, limit=None)}
    made = store.correct(1, "a3", "speaker", "Hillary Clinton")
    assert planet(store) == (before[0] - 1, before[1] + 1, before[2] - 1)
    assert {row.name for row in store.sources(outlet="Planet", anonymous=True, limit=None)} == sourced - {
        "senior official"}
    store.undo_correction(made.id)
    assert planet(store) == before
    assert {row.name for row in store.sources(outlet="Planet", anonymous=True, limit=None)} == sourced
