"""The corpus store on real SQLite files and a real PostgreSQL server: dedupe, identities, queries, search, exports.

Every test that takes `store` or `store_at` runs on both back ends (see conftest.py);
the schema tests at the top are SQLite's own (tests/test_corpus_postgres.py has PostgreSQL's).
"""

from __future__ import annotations

import csv
import io
import json
import sqlite3
from dataclasses import replace

import pytest
from test_corpus_data import analysis, hillary_articles, small_corpus

from saywho.analyse.speaker_check import check_speakers
from saywho.corpus.backends import open_store
from saywho.corpus.derive import text_hash
from saywho.corpus.export import analysis_rows, write_csv, write_jsonl, write_parquet
from saywho.corpus.sqlite import SCHEMA_VERSION
from saywho.corpus.store import StoreError
from saywho.document import Analysis


@pytest.fixture
def store(store_at):
    with open_store(store_at("corpus"), create=True) as store:
        for item in small_corpus():
            assert store.add(item).added
        store.resolve_identities()
        yield store


def identities(store) -> set[tuple[str, tuple[str, ...], int]]:
    """Every speaker as (name, aliases, quotations): what must not depend on ingest order."""
    return {(r.name, tuple(sorted(r.aliases)), r.quotes) for r in store.speakers(named=None, limit=None)}


# -- storing --------------------------------------------------------------------------------


def test_the_same_text_is_stored_once_whatever_its_whitespace(store):
    first = small_corpus()[0]
    spaced = replace(first, article=replace(first.article, text=first.article.text.replace(" ", "  \n ")))
    before = store.counts()
    again, respaced = store.add(first), store.add(spaced)
    assert not again.added and not respaced.added and again.article_id == respaced.article_id == 1
    assert again.hash == text_hash(first.article.text) == text_hash(spaced.article.text)
    assert store.counts() == before
    assert store.has(again.hash) and not store.has("0" * 64)


def test_a_change_of_case_is_a_different_article(store):
    first = small_corpus()[0]
    shouted = replace(first, article=replace(first.article, text=first.article.text.upper()))
    assert store.add(shouted).added


def test_the_stored_analysis_is_the_one_data_model(store):
    original = small_corpus()[1]
    stored = store.article(2)
    assert isinstance(stored, Analysis)
    assert stored.to_dict() == original.to_dict()
    assert store.article(999) is None


def test_analyses_are_stored_deflated_and_rows_stored_as_text_before_still_read(tmp_path):
    with open_store(tmp_path / "corpus.db", create=True) as store:
        for item in small_corpus():
            store.add(item)
        kinds = {kind for (kind,) in store.conn.execute("SELECT typeof(json) FROM analyses")}
        assert kinds == {"blob"}
        before = [store.article(n).to_dict() for n in (1, 2)], list(store.rows("analyses"))
        # A row as schema 11 and earlier stored it: the JSON text itself.
        text = json.dumps(store.article(2).to_dict(), ensure_ascii=False, separators=(",", ":"))
        store.conn.execute("UPDATE analyses SET json = ? WHERE article_id = 2", (text,))
        store.conn.commit()
        assert store.conn.execute("SELECT typeof(json) FROM analyses WHERE article_id = 2").fetchone() == ("text",)
        assert ([store.article(n).to_dict() for n in (1, 2)], list(store.rows("analyses"))) == before


def test_counts(store):
    assert store.counts() == {"articles": 6, "quotations": 11, "anonymous_quotations": 2, "speakers": 4,
                              "outlets": 3, "labels": 2, "sources": 9}


def test_wal_mode_and_schema_version(tmp_path):
    store = open_store(tmp_path / "corpus.db", create=True)
    assert store.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert store.schema_version() == SCHEMA_VERSION
    assert store.conn.execute("SELECT version FROM schema_version").fetchall() == [(SCHEMA_VERSION,)]
    store.close()


def test_a_missing_store_is_an_error_unless_created(tmp_path):
    with pytest.raises(StoreError, match="no corpus at .*missing.db"):
        open_store(tmp_path / "missing.db")
    assert not (tmp_path / "missing.db").exists()


def test_a_version_1_store_is_migrated_when_opened(tmp_path):
    from saywho.corpus.sqlite import MIGRATIONS

    conn = sqlite3.connect(tmp_path / "v1.db")
    conn.execute("CREATE TABLE schema_version (version INTEGER NOT NULL)")
    conn.execute("INSERT INTO schema_version VALUES (1)")
    MIGRATIONS[0](conn)
    conn.commit()
    conn.close()
    with open_store(tmp_path / "v1.db") as store:
        assert store.schema_version() == SCHEMA_VERSION == 13
        assert store.speaker_moved_to(1) is None


def test_a_store_from_a_newer_saywho_is_refused(tmp_path):
    path = tmp_path / "new.db"
    open_store(path, create=True).close()
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE schema_version SET version = 99")
    with pytest.raises(StoreError, match="newer saywho"):
        open_store(path)


def test_other_files_are_not_corpora(tmp_path):
    text = tmp_path / "notes.db"
    text.write_text("not a database at all, just some text " * 100)
    with pytest.raises(StoreError, match="is not a saywho corpus"):
        open_store(text)
    other = tmp_path / "other.db"
    with sqlite3.connect(other) as conn:
        conn.execute("CREATE TABLE t (x)")
    with pytest.raises(StoreError, match="not a saywho corpus"):
        open_store(other)


# -- identities -----------------------------------------------------------------------------


def test_trump_under_three_names_is_one_speaker(store):
    [trump] = store.find_speakers("Donald Trump")
    assert store.find_speakers("Donald J. Trump") == [trump]
    speaker = store.speaker(trump)
    assert speaker.name == "Donald Trump" and speaker.type == "PERSON"
    assert sorted(speaker.aliases) == ["Donald J. Trump", "Donald Trump", "Trump"]
    assert (speaker.quotes, speaker.articles, speaker.outlets) == (4, 3, 3)
    assert speaker.by_kind == {"direct": 1, "indirect": 3}


def test_hillary_and_bill_clinton_stay_apart(store):
    [hillary] = store.find_speakers("Hillary Clinton")
    [bill] = store.find_speakers("Bill Clinton")
    assert hillary != bill
    assert store.find_speakers("Hillary Rodham Clinton") == [hillary]
    assert [q.content for q in store.quotes(speaker_id=hillary)] == [
        "that the plan would help working families", "the plan would help families"]
    # The bare "Clinton" in Bill's article is Bill: the article named him.
    assert [(q.speaker_name, q.content) for q in store.quotes(speaker_id=bill)] == [
        ("Bill Clinton", "the economy had never been stronger"), ("Bill Clinton", '"We built this together,"')]


def test_a_bare_surname_stays_apart_until_one_person_dominates_it(store):
    # Hillary is named in full in 2 articles, Bill in 1: 67% is not enough to give her "Clinton".
    [bare] = [r for r in store.speakers(limit=None) if r.name == "Clinton"]
    assert bare.key == "s:clinton" and bare.quotes == 1
    for item in hillary_articles():
        store.add(item)
    store.resolve_identities()
    # 4 of 5 articles that name a Clinton in full name Hillary: 80%, and the bare "Clinton" is hers.
    assert [r.name for r in store.speakers(limit=None)].count("Clinton") == 0
    [hillary] = store.find_speakers("Hillary Clinton")
    assert "the debate had gone well" in [q.content for q in store.quotes(speaker_id=hillary)]
    assert store.speaker(hillary).quotes == 5
    # The bare "Clinton" is gone, but a link to it still leads to her; its id is never given to anyone else.
    assert store.speaker(bare.id) is None and store.speaker_moved_to(bare.id) == hillary
    assert bare.id not in {r.id for r in store.speakers(named=None, limit=None)}
    store.add(analysis("Nora Vance said the plan worked.", "Gazette", "2024-06-01",
                       [("Nora Vance", "Nora Vance", "PERSON", True, "indirect", "the plan worked")], title="Plan"))
    store.resolve_identities()
    assert store.speaker_moved_to(bare.id) == hillary and store.speaker(bare.id) is None


def test_identities_do_not_depend_on_ingest_order(store_at):
    articles = small_corpus() + hillary_articles()
    results = []
    for name, order in (("forward", articles), ("backward", articles[::-1]),
                        ("shuffled", articles[3:] + articles[:3])):
        with open_store(store_at(name), create=True) as store:
            for item in order:
                store.add(item)
            store.resolve_identities()
            results.append(identities(store))
    assert results[0] == results[1] == results[2]


def test_resolving_twice_changes_nothing(store):
    before = identities(store)
    assert store.resolve_identities()["changed"] == 0
    assert identities(store) == before


def test_unnamed_sources_are_not_merged_across_articles(store_at):
    with open_store(store_at("c"), create=True) as store:
        for day in ("01", "02"):
            store.add(analysis(f"A senior official said the talks had stalled on March {day}.", "Planet",
                               f"2024-03-{day}", [("A senior official", "A senior official", "PERSON", False,
                                                   "indirect", f"the talks had stalled on March {day}")],
                               anonymous={"A senior official"}))
        store.resolve_identities()
        officials = store.speakers(named=None, limit=None).rows
        assert [(r.name, r.named, r.anonymous, r.quotes) for r in officials] == [
            ("A senior official", False, True, 1), ("A senior official", False, True, 1)]
        assert store.speakers().total == 0  # named speakers only, by default
        [row] = store.sources(anonymous=True).rows
        assert (row.name, row.citations, row.articles) == ("senior official", 2, 2)


# -- queries --------------------------------------------------------------------------------


def test_quotes_by_speaker_newest_first_with_exact_rows(store):
    page = store.quotes(speaker="Trump")
    assert page.total == 4
    assert [(q.date, q.outlet, q.speaker, q.speaker_name, q.kind, q.content) for q in page] == [
        ("2024-04-10", "Courier", "Donald Trump", "Trump", "indirect", "the election was rigged"),
        ("2024-03-05", "Gazette", "Donald Trump", "Donald J. Trump", "indirect", "taxes were far too high"),
        ("2024-03-01", "Planet", "Donald Trump", "Donald Trump", "indirect", "the wall would be built"),
        ("2024-03-01", "Planet", "Donald Trump", "Donald Trump", "direct", '"We will win,"'),
    ]
    first = page.rows[-1]
    assert first.url == "https://planet.example/wall" and first.title == "Wall" and not first.anonymous
    assert first.spans["content"] == [[43, 57]] and first.source == "Trump"


def test_quote_filters(store):
    assert [q.content for q in store.quotes(outlet="planet", since="2024-03-02")] == [
        "that the plan would help working families", "the campaign was worried about turnout"]
    assert [q.content for q in store.quotes(until="2024-03-01", kind="direct")] == ['"We will win,"']
    assert [q.content for q in store.quotes(until="2024-03")] == [
        "taxes were far too high", "the plan would help families", "the wall would be built", '"We will win,"',
        "the talks had stalled"]
    assert [q.content for q in store.quotes(anonymous=True)] == [
        "the campaign was worried about turnout", "the talks had stalled"]
    assert store.quotes(speaker="Nobody Anybody").total == 0


def test_pagination(store):
    everything = [q.id for q in store.quotes(limit=None)]
    assert len(everything) == 11
    pages = [store.quotes(limit=3, offset=offset) for offset in (0, 3, 6, 9)]
    assert [q.id for page in pages for q in page] == everything
    assert all(page.total == 11 for page in pages) and len(pages[-1]) == 2
    assert store.quotes(limit=3, offset=3).to_dict()["offset"] == 3


def test_full_text_search_over_quotations(store):
    assert [q.content for q in store.quotes(about="election")] == ["the election was rigged"]
    assert sorted(q.content for q in store.quotes(about="famil*")) == [
        "that the plan would help working families", "the plan would help families"]
    # Stemming: "families" finds "family".
    assert store.quotes(about="family").total == 2
    assert [q.content for q in store.quotes(about='"help working"')] == ["that the plan would help working families"]
    assert [q.content for q in store.quotes(about="plan NOT working")] == ["the plan would help families"]
    # Text that is not FTS5 syntax is searched word by word.
    assert [q.content for q in store.quotes(about='wall"')] == ["the wall would be built"]
    assert [q.content for q in store.quotes(about="plan", speaker="Hillary Clinton", outlet="Gazette")] == [
        "the plan would help families"]


def test_a_search_with_more_matches_than_it_ranks_ranks_its_newest(store):
    # "the" is in 8 of the 11 quotations; ranking 3, the newest 3 (by date, then id) are ranked and paged.
    everything = store.quotes(about="the", limit=None)
    assert everything.total == 8 and everything.ranked_among is None
    newest = {"the debate had gone well", "the economy had never been stronger",
              "the campaign was worried about turnout"}
    capped = store.quotes(about="the", limit=None, rank_among=3)
    assert (capped.total, capped.ranked_among) == (8, 3)
    # In the order of relevance the whole ranking gives them.
    assert [q.content for q in capped] == [q.content for q in everything if q.content in newest]
    assert [q.content for q in store.quotes(about="the", limit=2, offset=2, rank_among=3)] == [capped[2].content]
    past = store.quotes(about="the", limit=2, offset=4, rank_among=3)
    assert (past.rows, past.total, past.ranked_among) == ([], 8, 3)
    # With another filter: Planet's 4 quotations with "the", of which the newest (12 April, the later id).
    [planet] = store.quotes(about="the", outlet="planet", rank_among=1)
    assert planet.content == "the campaign was worried about turnout"
    assert store.quotes(about="the", outlet="planet", rank_among=1).ranked_among == 1
    assert store.quotes(about="would", rank_among=3).ranked_among is None  # 3 matches: every one ranked


def test_the_cli_says_when_a_search_ranked_only_its_newest_matches(store, capsys):
    from saywho.cli import main

    assert main(["quotes", "--db", store.location, "--about", "the", "--rank-among", "3", "--format", "json"]) == 0
    found = json.loads(capsys.readouterr().out)
    assert (found["total"], found["ranked_among"], len(found["rows"])) == (8, 3, 3)
    assert main(["quotes", "--db", store.location, "--about", "the", "--rank-among", "3"]) == 0
    assert "8 quotations (showing 1–3); ranked among the 3 newest of 8 matches" in capsys.readouterr().out
    assert main(["quotes", "--db", store.location, "--about", "would", "--rank-among", "3", "--format", "json"]) == 0
    assert "ranked_among" not in json.loads(capsys.readouterr().out)


def test_speakers_ranked_with_counts_by_kind(store):
    rows = [(r.name, r.quotes, r.articles, r.outlets, r.by_kind) for r in store.speakers()]
    assert rows == [
        ("Donald Trump", 4, 3, 3, {"direct": 1, "indirect": 3}),
        ("Bill Clinton", 2, 1, 1, {"direct": 1, "indirect": 1}),
        ("Hillary Clinton", 2, 2, 2, {"indirect": 2}),
        ("Clinton", 1, 1, 1, {"indirect": 1}),
    ]
    assert [(r.name, r.quotes) for r in store.speakers(outlet="Planet")] == [
        ("Donald Trump", 2), ("Hillary Clinton", 1)]
    assert [r.name for r in store.speakers(search="clint")] == ["Bill Clinton", "Hillary Clinton", "Clinton"]
    assert store.speakers(limit=1, offset=1).rows[0].name == "Bill Clinton"


def test_speaker_page(store):
    [hillary] = store.find_speakers("Hillary Clinton")
    page = store.speaker(hillary)
    assert page.alias_counts == [{"alias": "Hillary Clinton", "articles": 1},
                                 {"alias": "Hillary Rodham Clinton", "articles": 1}]
    assert page.outlet_counts == [{"outlet": "Gazette", "quotes": 1, "articles": 1},
                                  {"outlet": "Planet", "quotes": 1, "articles": 1}]
    assert page.timeline == [{"period": "2024-03", "quotes": 1}, {"period": "2024-04", "quotes": 1}]
    assert store.speaker(123456) is None


def test_outlet_counts_for_a_page_of_speakers_in_one_call(store):
    ids = [row.id for row in store.speakers()]
    counts = store.outlet_counts([*ids, 123456])
    assert counts[123456] == []
    for speaker_id in ids:
        assert counts[speaker_id] == store.speaker(speaker_id).outlet_counts
    [hillary] = store.find_speakers("Hillary Clinton")
    assert [c["outlet"] for c in counts[hillary]] == ["Gazette", "Planet"]


def test_sources_named_and_anonymous(store):
    rows = [(r.name, r.anonymous, r.citations, r.articles, r.outlets) for r in store.sources()]
    assert rows == [
        ("Donald Trump", False, 4, 3, 3),
        ("Bill Clinton", False, 2, 1, 1),
        ("Hillary Clinton", False, 2, 2, 2),
        ("Clinton", False, 1, 1, 1),
        ("senior official", True, 1, 1, 1),
        ("sources", True, 1, 1, 1),
    ]
    assert store.sources().rows[0].how == {"paraphrase": 3, "direct quote": 1}
    assert [r.name for r in store.sources(anonymous=True, outlet="Planet")] == ["senior official", "sources"]


def test_outlets(store):
    rows = [(o.outlet, o.articles, o.quotations, o.anonymous, o.named, o.first_date, o.last_date)
            for o in store.outlets()]
    assert rows == [
        ("Courier", 2, 2, 0, 2, "2024-04-10", "2024-05-02"),
        ("Gazette", 2, 4, 0, 4, "2024-03-05", "2024-05-01"),
        ("Planet", 2, 5, 2, 3, "2024-03-01", "2024-04-12"),
    ]
    planet = store.outlet("planet")
    assert planet.anonymous_share == pytest.approx(0.4)
    assert [s.name for s in planet.speakers] == ["Donald Trump", "Hillary Clinton"]
    assert [s.name for s in planet.anonymous_sources] == ["senior official", "sources"]
    assert [(label.word, label.category) for label in planet.labels] == [("regime", "regime")]
    assert list(planet.by_kind.items()) == [("indirect", 4), ("direct", 1)]
    assert list(store.outlet("Gazette").by_kind.items()) == [("indirect", 3), ("direct", 1)]
    assert store.outlet("Nowhere") is None


def test_the_articles_with_no_outlet_have_a_page_of_their_own_only(tmp_path):
    # SQLite groups them under ""; their page lists their own labels, and no other outlet's sources.
    with open_store(str(tmp_path / "corpus.db"), create=True) as store:
        for item in [*small_corpus(), analysis(
                "Officials said the bridge was closed. The regime said nothing.", None, "2024-06-01",
                [("Officials", "Officials", "PERSON", False, "indirect", "the bridge was closed")],
                anonymous={"Officials"}, labels=[("The regime", "regime", "regime", None)])]:
            store.add(item)
        store.resolve_identities()
        page = store.outlet("")
    assert (page.outlet, page.articles, page.quotations, page.anonymous) == (None, 1, 1, 1)
    assert page.by_kind == {"indirect": 1}
    assert (page.speakers, page.anonymous_sources) == ([], [])
    assert [(label.word, label.category, label.count) for label in page.labels] == [("regime", "regime", 1)]


def test_labels_grouped(store):
    assert [(r.category, r.count) for r in store.labels()] == [("regime", 1), ("terrorism", 1)]
    assert [(r.outlet, r.category, r.count) for r in store.labels(by="outlet")] == [
        ("Courier", "terrorism", 1), ("Planet", "regime", 1)]
    assert [(r.word, r.count) for r in store.labels(by="word", category="terrorism")] == [("terror", 1)]
    assert [(r.target, r.count) for r in store.labels(by="target")] == [(None, 1), ("Ruritania", 1)]
    with pytest.raises(StoreError):
        store.labels(by="colour")


def test_labels_near_a_speaker(store):
    # The "terror group" label stands in the paragraph where the bare "Clinton" is quoted.
    [bare] = store.find_speakers("Clinton")[-1:]
    assert store.speaker(bare).labels == [{"category": "terrorism", "word": "terror", "count": 1}]


def test_articles_listing(store):
    page = store.articles(outlet="gazette")
    assert [(a.title, a.date, a.quotations) for a in page] == [("Economy", "2024-05-01", 2), ("Taxes", "2024-03-05", 2)]
    assert [a.title for a in store.articles(speaker="Hillary Clinton")] == ["Families", "Taxes"]
    assert [a.title for a in store.articles(search="rig")] == ["Rigged"]


# -- exports --------------------------------------------------------------------------------


def test_export_analyses_as_jsonl_round_trips(store):
    out = io.StringIO()
    assert write_jsonl(store.rows("analyses"), out) == 6
    documents = [json.loads(line) for line in out.getvalue().splitlines()]
    assert [Analysis.from_dict(d).article.title for d in documents] == [
        "Wall", "Taxes", "Rigged", "Families", "Economy", "Debate"]


def test_export_quotations_as_csv(store):
    out = io.StringIO()
    assert write_csv(store.rows("quotations"), out) == 11
    rows = list(csv.DictReader(io.StringIO(out.getvalue())))
    assert rows[0]["speaker"] == "Donald Trump" and rows[0]["content"] == "the wall would be built"
    assert json.loads(rows[0]["spans"])["content"] == [[18, 41]]
    assert {r["anonymous"] for r in rows} == {"True", "False"}


def test_export_every_table(store):
    for table in ("articles", "speakers", "sources", "labels"):
        out = io.StringIO()
        write_csv(store.rows(table), out)
        assert len(out.getvalue().splitlines()) > 1, table
    speakers = list(store.rows("speakers"))
    assert {s["name"] for s in speakers} >= {"Donald Trump", "Hillary Clinton", "Bill Clinton"}
    with pytest.raises(StoreError):
        list(store.rows("secrets"))


def test_export_parquet(tmp_path, store):
    pq = pytest.importorskip("pyarrow.parquet")
    path = tmp_path / "quotes.parquet"
    assert write_parquet(store.rows("quotations"), path) == 11
    table = pq.read_table(path)
    assert table.num_rows == 11 and table.column("content")[0].as_py() == "the wall would be built"
    assert str(table.schema.field("article_id").type) == "int64"
    analyses = tmp_path / "analyses.parquet"
    write_parquet(analysis_rows(store.rows("analyses")), analyses)
    first = pq.read_table(analyses).to_pylist()[0]
    assert first["outlet"] == "Planet" and json.loads(first["analysis"])["schema"] == "saywho.analysis"


def test_a_source_that_names_someone_else_takes_the_quotation(store_at):
    """saywho may fold Bill into Hillary Clinton's entity; the source's own words decide."""
    text = ("Hillary Clinton spoke first. Former President Bill Clinton said the foundation would change. "
            "Her husband said more later. Clinton, 35, the daughter of Bill Clinton and Hillary Clinton, "
            "said she was proud.")
    folded = analysis(text, "Planet", "2016-08-01", [
        ("Hillary Clinton", "Hillary Clinton", "PERSON", True, "indirect", "spoke first"),
        ("Former President Bill Clinton", "Hillary Clinton", "PERSON", True, "indirect",
         "the foundation would change"),
        ("Her husband", "Hillary Clinton", "PERSON", True, "indirect", "more later"),
        ("Clinton, 35, the daughter of Bill Clinton and Hillary Clinton,", "Hillary Clinton", "PERSON", True,
         "indirect", "she was proud"),
    ], aliases={"Hillary Clinton": ["Clinton", "Bill Clinton"]})
    check_speakers(folded.attributions, folded.entities)  # the analysis's speakers step does this (schema 4)
    with open_store(store_at("c"), create=True) as store:
        store.add(folded)
        store.resolve_identities()
        assert [q.content for q in store.quotes(speaker="Hillary Clinton")] == ["spoke first"]
        assert [q.content for q in store.quotes(speaker="Bill Clinton")] == ["the foundation would change"]
        [husband] = store.quotes(about="later")
        assert (husband.speaker, husband.speaker_id is not None) == ("Her husband", True)
        assert not store.speaker(husband.speaker_id).named
        [daughter] = store.quotes(about="proud")
        assert daughter.speaker.startswith("Clinton, 35, the daughter of") and not daughter.anonymous
        assert "Bill Clinton" not in store.speaker(store.find_speakers("Hillary Clinton")[0]).aliases


def test_one_odd_full_name_does_not_take_a_common_word(store_at):
    """One article's "Log Cabin Republicans" (typed as a person) must not absorb every "Republicans"."""
    with open_store(store_at("c"), create=True) as store:
        store.add(analysis("Log Cabin Republicans said the platform was unfair.", "Planet", "2016-07-01",
                           [("Log Cabin Republicans", "Log Cabin Republicans", "PERSON", True, "indirect",
                             "the platform was unfair")]))
        for day in range(1, 4):
            store.add(analysis(f"Republicans said the vote on day {day} was a mistake.", "Gazette",
                               f"2016-07-0{day}", [("Republicans", "Republicans", "ORG", True, "indirect",
                                                    f"the vote on day {day} was a mistake")]))
        store.resolve_identities()
        assert [(r.name, r.quotes) for r in store.speakers()] == [("Republicans", 3), ("Log Cabin Republicans", 1)]


def test_search_reads_through_typographic_quotes(store):
    """News text has curly quotes and apostrophes: "“We" is the word "we", "don’t" is "don't"."""
    store.add(analysis("Nora Vance said: “We don’t back down,” on Monday.", "Gazette", "2024-06-01",
                       [("Nora Vance", "Nora Vance", "PERSON", True, "direct", "“We don’t back down,”")],
                       title="Down"))
    for query in ("we", "don't", "don’t", '"we don\'t back"', "“back down”"):
        assert [q.title for q in store.quotes(about=query, since="2024-06")] == ["Down"], query
