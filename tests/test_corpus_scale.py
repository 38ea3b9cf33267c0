"""The store at scale, on real SQLite files: the incremental identity pass and the aggregates kept at ingest
give exactly what a full pass and a count from the rows give."""

from __future__ import annotations

import json
import shutil
from collections import Counter, defaultdict

import pytest
from test_corpus_data import analysis, hillary_articles, small_corpus

from saywho.corpus import sqlite_counts
from saywho.corpus.backends import open_store
from saywho.corpus.derive import derive
from saywho.corpus.identity import MentionRow, NameKey, resolve
from saywho.corpus.postgres import counts as postgres_counts


def later_articles():
    """Bill Clinton named in full three more times (the bare "Clinton" is nobody's again), and the FBI."""
    bill = [analysis(f"Bill Clinton said the fund raised money in {year}.", "Herald", f"{year}-06-01",
                     [("Bill Clinton", "Bill Clinton", "PERSON", True, "indirect", f"the fund raised money in {year}")],
                     title=f"Fund {year}") for year in (2021, 2022, 2023)]
    fbi = [
        analysis("The Federal Bureau of Investigation said the inquiry was over.", "Planet", "2024-07-01",
                 [("The Federal Bureau of Investigation", "The Federal Bureau of Investigation", "ORG", True,
                   "indirect", "the inquiry was over")], title="Inquiry"),
        analysis("FBI said the emails held nothing new. Clinton said she was glad.", "Gazette", "2024-07-02",
                 [("FBI", "FBI", "ORG", True, "indirect", "the emails held nothing new"),
                  ("Clinton", "Clinton", "PERSON", True, "indirect", "she was glad")], title="Emails"),
    ]
    return bill + fbi


CHUNKS = [small_corpus, hillary_articles, later_articles]


def identities(store) -> dict[str, list]:
    """Every mention's identity, every identity's aliases, and the running counts, by keys (on either back end)."""
    query = lambda sql: sorted(store.conn.execute(sql).fetchall(), key=repr)
    return {
        "mentions": query("SELECT a.hash, m.name, m.named, s.key, s.name, s.type, s.named, s.anonymous FROM mentions m "
                          "JOIN articles a ON a.id = m.article_id JOIN speakers s ON s.id = m.speaker_id"),
        "quotations": query("SELECT a.hash, q.attribution, s.key FROM quotations q JOIN articles a ON a.id = q.article_id "
                            "LEFT JOIN speakers s ON s.id = q.speaker_id"),
        "speakers": query("SELECT key, name, type, named, anonymous FROM speakers"),
        "aliases": query("SELECT s.key, x.alias, x.articles FROM aliases x JOIN speakers s ON s.id = x.speaker_id"),
        "counts": query("SELECT * FROM name_counts") + query("SELECT * FROM bare_counts"),
        "identity_counts": query("SELECT s.key, n.name, n.articles, n.own, n.exact FROM speaker_names n "
                                 "JOIN speakers s ON s.id = n.speaker_id")
                           + query("SELECT s.key, t.type, t.mentions, t.anonymous FROM speaker_types t "
                                   "JOIN speakers s ON s.id = t.speaker_id"),
        "name_tops": query("SELECT word, form, articles, top_key, top_articles FROM name_tops"),
    }


def name_tops_from_counts(store) -> list:
    """name_tops as the running counts of every candidate give them (identities()'s "name_tops")."""
    found: dict = defaultdict(list)
    for form, surname, acronym, key, articles in store.conn.execute(
            "SELECT form, surname, acronym, key, articles FROM name_counts").fetchall():
        found[(surname if form == "full" else acronym, form)].append((-articles, key))
    return sorted(((word, form, -sum(a for a, _ in rows), min(rows)[1], -min(rows)[0])
                   for (word, form), rows in found.items()), key=repr)


def identity_counts_from_rows(store) -> list:
    """speaker_names and speaker_types as the mentions give them (identities()'s "identity_counts")."""
    query = lambda sql: sorted(store.conn.execute(sql).fetchall(), key=repr)
    return (query("SELECT s.key, m.name, COUNT(DISTINCT m.article_id), SUM(CASE WHEN m.key = s.key THEN 1 ELSE 0 END), "
                  "SUM(CASE WHEN m.key = s.key AND m.exact THEN 1 ELSE 0 END) FROM mentions m "
                  "JOIN speakers s ON s.id = m.speaker_id WHERE s.named GROUP BY s.key, m.name")
            + query("SELECT s.key, m.type, COUNT(*), SUM(CASE WHEN m.anonymous THEN 1 ELSE 0 END) FROM mentions m "
                    "JOIN speakers s ON s.id = m.speaker_id WHERE s.named GROUP BY s.key, m.type"))


def snapshot(store) -> dict[str, list]:
    """identities(), and the aggregates kept beside them, by keys (ids differ between stores); SQLite only."""
    query = lambda sql: sorted(store.conn.execute(sql).fetchall(), key=repr)
    kinds = ", ".join(f"t.{c}" for c in sqlite_counts.KIND_COLUMNS)
    return {
        **identities(store),
        "stats": query(f"SELECT s.key, t.name, t.named, t.quotes, t.articles, t.outlets, {kinds} FROM speaker_stats t "
                       "JOIN speakers s ON s.id = t.speaker_id"),
        "outlets": query("SELECT s.key, t.outlet, t.named, t.quotes, t.articles FROM speaker_outlets t "
                         "JOIN speakers s ON s.id = t.speaker_id"),
        "months": query("SELECT s.key, t.month, t.quotes FROM speaker_months t JOIN speakers s ON s.id = t.speaker_id"),
        "labels": query("SELECT s.key, t.category, t.word, t.count, t.articles FROM speaker_labels t "
                        "JOIN speakers s ON s.id = t.speaker_id"),
        "outlet_stats": query("SELECT * FROM outlet_stats"),
        "outlet_labels": query("SELECT * FROM outlet_labels"),
        "outlet_sources": query("SELECT * FROM outlet_sources") + query("SELECT * FROM outlet_source_how"),
        "totals": query("SELECT * FROM totals"),
    }


@pytest.fixture(scope="module")
def stores(tmp_path_factory):
    """The same articles stored in three runs, each with its identity pass, and in one run."""
    folder = tmp_path_factory.mktemp("scale")
    with open_store(folder / "runs.db", create=True) as store:
        passes = []
        for chunk in CHUNKS:
            for item in chunk():
                assert store.add(item).added
            passes.append(store.resolve_identities())
    with open_store(folder / "once.db", create=True) as store:
        for chunk in CHUNKS:
            store.add_many([])  # an empty batch is nothing
            for item in chunk():
                store.add(item)
        store.resolve_identities()
    return folder, passes


def test_three_incremental_passes_give_the_identities_of_one_pass(stores):
    folder, passes = stores
    with open_store(folder / "runs.db") as runs, open_store(folder / "once.db") as once:
        assert snapshot(runs) == snapshot(once)
        keys = defaultdict(set)
        for _hash, name, _named, key, *_ in snapshot(runs)["mentions"]:
            keys[name].add(key)
    # The second run's pass moved the bare "Clinton" to Hillary, named in full twice more; the third's moved it
    # back (the new bare "Clinton" of the third run was stored where the running counts already said).
    assert [p["changed"] for p in passes] == [0, 1, 1]
    assert keys["Clinton"] == {"s:clinton"}
    assert keys["FBI"] == {"o:federal bureau of investigation"} and keys["Hillary Clinton"] == {"p:hillary clinton"}


def test_each_pass_keeps_the_counts_the_display_names_types_and_bare_words_are_read_from(tmp_path):
    """The second run's pass moves the bare "Clinton" of an article stored before to Hillary, the third's moves it
    back: its article's counts leave s:clinton (whose rows go with it) and come back, as the rows give them. The
    top of "clinton"'s candidates follows: Hillary in 2 of 3 articles, 4 of 5 (dominant), then Bill and Hillary
    in 4 of 8 each (Bill's key first; nobody dominates). The named speakers quoted, which the speaker list's total
    reads from totals: 4, then 3 (the bare "Clinton" is Hillary's), then 5 (it is nobody's again; and the FBI)."""
    clintons = lambda store: [row for row in identities(store)["identity_counts"] if "clinton" in row[0]]
    expected = [
        [("p:bill clinton", "Bill Clinton", 1, 1, 1), ("p:hillary clinton", "Hillary Clinton", 1, 1, 1),
         ("p:hillary clinton", "Hillary Rodham Clinton", 1, 1, 0), ("s:clinton", "Clinton", 1, 1, 1),
         ("p:bill clinton", "PERSON", 1, 0), ("p:hillary clinton", "PERSON", 2, 0), ("s:clinton", "PERSON", 1, 0)],
        [("p:bill clinton", "Bill Clinton", 1, 1, 1), ("p:hillary clinton", "Clinton", 1, 0, 0),
         ("p:hillary clinton", "Hillary Clinton", 3, 3, 3), ("p:hillary clinton", "Hillary Rodham Clinton", 1, 1, 0),
         ("p:bill clinton", "PERSON", 1, 0), ("p:hillary clinton", "PERSON", 5, 0)],
        [("p:bill clinton", "Bill Clinton", 4, 4, 4), ("p:hillary clinton", "Hillary Clinton", 3, 3, 3),
         ("p:hillary clinton", "Hillary Rodham Clinton", 1, 1, 0), ("s:clinton", "Clinton", 2, 2, 2),
         ("p:bill clinton", "PERSON", 4, 0), ("p:hillary clinton", "PERSON", 4, 0), ("s:clinton", "PERSON", 2, 0)]]
    tops = [("clinton", "full", 3, "p:hillary clinton", 2), ("clinton", "full", 5, "p:hillary clinton", 4),
            ("clinton", "full", 8, "p:bill clinton", 4)]
    with open_store(tmp_path / "runs.db", create=True) as store:
        for chunk, wanted, top, speakers in zip(CHUNKS, expected, tops, [4, 3, 5], strict=True):
            for item in chunk():
                store.add(item)
            assert store.resolve_identities()["identities"] == store.conn.execute("SELECT COUNT(*) FROM speakers").fetchone()[0]
            assert clintons(store) == wanted
            assert [row for row in identities(store)["name_tops"] if row[0] == "clinton"] == [top]
            quoted = store.conn.execute("SELECT COUNT(DISTINCT q.speaker_id) FROM quotations q "
                                        "JOIN speakers s ON s.id = q.speaker_id WHERE s.named").fetchone()[0]
            assert store.counts()["speakers"] == store.speakers(limit=1).total == quoted == speakers
            assert identities(store)["identity_counts"] == identity_counts_from_rows(store)
            assert identities(store)["name_tops"] == name_tops_from_counts(store)


def test_a_store_from_before_the_counts_has_them_counted_from_its_rows_when_opened(stores, tmp_path):
    shutil.copy(stores[0] / "runs.db", tmp_path / "old.db")
    with open_store(tmp_path / "old.db") as store:
        kept = identities(store)
        store.conn.execute("DROP TABLE speaker_names")
        store.conn.execute("DROP TABLE speaker_types")
        store.conn.execute("DROP TABLE name_tops")
        store.conn.execute("UPDATE schema_version SET version = 12")
    with open_store(tmp_path / "old.db") as store:
        assert identities(store) == kept
        assert store.resolve_identities(full=True)["changed"] == 0 and identities(store) == kept


def test_a_full_pass_after_incremental_ones_changes_nothing(stores, tmp_path):
    folder, _ = stores
    shutil.copy(folder / "runs.db", tmp_path / "copy.db")
    with open_store(tmp_path / "copy.db") as store:
        before = snapshot(store)
        assert store.resolve_identities(full=True)["changed"] == 0
        assert store.resolve_identities()["changed"] == 0
        assert snapshot(store) == before


def test_the_aggregates_kept_at_ingest_are_those_counted_from_the_rows(stores, tmp_path):
    folder, _ = stores
    shutil.copy(folder / "runs.db", tmp_path / "copy.db")
    with open_store(tmp_path / "copy.db") as store:
        kept = snapshot(store)
        conn = store.conn
        for table in ("outlet_stats", "outlet_labels", "outlet_sources", "outlet_source_how", "totals", "name_counts",
                      "bare_counts"):
            conn.execute(f"DELETE FROM {table}")
        sqlite_counts.count_names(conn, 0)
        sqlite_counts.count_articles(conn, 0)
        sqlite_counts.count_words(conn, 0)
        sqlite_counts.refresh_speakers(conn, None)
        sqlite_counts.count_named_speakers(conn)
        assert snapshot(store) == kept
        words = dict(conn.execute("SELECT COALESCE(outlet, ''), SUM(words) FROM articles GROUP BY 1").fetchall())
        assert store.outlet_words() == words and len(words) == 4 and all(words.values())


def reference_agrees(store) -> None:
    """saywho.corpus.identity.resolve, over every mention and name in memory, groups the store's rows as it did."""
    conn = store.conn
    mentions = [MentionRow(id=mid, article_id=article, name=name, type=type, named=bool(named),
                        key=NameKey(form, key, surname, acronym, bool(exact)),
                        local=tuple(tuple(p) for p in json.loads(local)), counts=bool(speaks or cited))
                for mid, article, name, type, named, form, key, surname, acronym, exact, local, speaks, cited
                in conn.execute("SELECT id, article_id, name, type, named, form, key, surname, acronym, exact, "
                                "local, speaks, cited FROM mentions")]
    names = [(article, NameKey(form, key, surname, acronym, bool(exact)), name) for article, form, key, surname,
             acronym, exact, name in conn.execute("SELECT article_id, form, key, surname, acronym, exact, name "
                                                  "FROM names")]
    expected = {(mid, i.key, i.name, i.type) for i in resolve(mentions, names).values() for mid in i.mentions}
    stored = set(conn.execute("SELECT m.id, s.key, s.name, s.type FROM mentions m "
                              "JOIN speakers s ON s.id = m.speaker_id").fetchall())
    assert stored == expected


def test_the_set_based_pass_agrees_with_the_reference_resolver(stores):
    folder, _ = stores
    with open_store(folder / "runs.db") as store:
        reference_agrees(store)


def officials():
    """An unnamed speaker the article names two ways: its identity is named as on SQLite ("They" before "they");
    and a person two of whose mentions give the same alias: the alias counts one article, as on SQLite."""
    return [analysis("Later they said the road would close. They said buses would run.", "Herald", "2024-08-01",
                     [("they", "they", "PERSON", False, "indirect", "the road would close"),
                      ("They", "They", "PERSON", False, "indirect", "buses would run")], title="Road"),
            analysis("Jane Doe said the bridge would open. Doe said the toll would stay.", "Herald", "2024-09-01",
                     [("Jane Doe", "Jane Doe", "PERSON", True, "indirect", "the bridge would open"),
                      ("Doe", "Doe", "PERSON", True, "indirect", "the toll would stay")],
                     title="Toll", aliases={"Doe": ["Jane Doe"]})]


def test_on_postgresql_incremental_passes_give_the_identities_of_one_pass_and_of_the_reference(postgres_server,
                                                                                                  stores, tmp_path):
    runs, once = postgres_server.new_schema(), postgres_server.new_schema()
    with open_store(runs, create=True) as store:
        passes = []
        for chunk in [*CHUNKS, officials]:
            assert all(result.added for result in store.add_many([derive(item.to_dict()) for item in chunk()]))
            passes.append(store.resolve_identities())
        kept = identities(store)
        reference_agrees(store)
        assert kept["identity_counts"] == identity_counts_from_rows(store)
        assert kept["name_tops"] == name_tops_from_counts(store)
        assert store.resolve_identities(full=True)["changed"] == 0 and identities(store) == kept
        counted_from_rows_agree(store)
        pages_agree(store)
        aggregates = snapshot(store)
        for statement in postgres_counts.FIRST_COUNT_V7:  # counted again from the rows, as the migration does
            store.conn.execute(statement)
        assert snapshot(store) == aggregates
    with open_store(runs) as store:  # a version 8 store counts the pass's tables from its rows when opened
        store.conn.execute("DROP TABLE speaker_names, speaker_types, name_tops")
        store.conn.execute("UPDATE schema_version SET version = 8")
    with open_store(runs) as store:
        assert identities(store) == kept
    with open_store(once, create=True) as store:
        for chunk in [*CHUNKS, officials]:
            for item in chunk():
                store.add(item)
        store.resolve_identities()
        assert identities(store) == kept
    shutil.copy(stores[0] / "runs.db", tmp_path / "runs.db")
    with open_store(tmp_path / "runs.db") as sqlite:
        for item in officials():
            sqlite.add(item)
        sqlite.resolve_identities()
        assert plain(identities(sqlite)) == plain(kept)  # the same identities, names and aliases as on SQLite
        assert plain(snapshot(sqlite)) == plain(aggregates)  # and the same aggregates
    assert [p["changed"] for p in passes] == [0, 1, 1, 0]
    keys = defaultdict(set)
    for _hash, name, _named, key, *_ in kept["mentions"]:
        keys[name].add(key)
    assert keys["Clinton"] == {"s:clinton"} and keys["FBI"] == {"o:federal bureau of investigation"}


def test_pages_read_from_the_aggregates_match_those_counted_from_the_rows(stores):
    folder, _ = stores
    with open_store(folder / "runs.db") as store:
        pages_agree(store)


def pages_agree(store) -> None:
    """A date filter makes the store count from the rows; since 0000 takes in every (dated) article."""
    outlets = [row.outlet for row in store.outlets().rows]
    assert len(outlets) == 4
    for outlet in [None, *outlets, outlets[0].upper()]:
        for named in (True, False, None):
            assert store.speakers(outlet=outlet, named=named, limit=3, offset=1) == \
                store.speakers(outlet=outlet, named=named, since="0000", limit=3, offset=1)
            assert store.speakers(outlet=outlet, named=named, limit=None) == \
                store.speakers(outlet=outlet, named=named, since="0000", limit=None)
        assert store.sources(outlet=outlet, anonymous=True) == \
            store.sources(outlet=outlet, anonymous=True, since="0000")
    for row in store.speakers(named=None, limit=None):
        detail, quotes = store.speaker(row.id), store.quotes(speaker_id=row.id, limit=None).rows
        months = Counter(q.date[:7] for q in quotes)
        assert detail.timeline == [{"period": month, "quotes": months[month]} for month in sorted(months)]
        by_outlet = Counter(q.outlet for q in quotes)
        assert [(o["outlet"], o["quotes"]) for o in detail.outlet_counts] == sorted(
            by_outlet.items(), key=lambda item: (-item[1], item[0] or ""))
        assert [(label["word"], label["count"]) for label in detail.labels] == [
            (label.word, label.count) for label in store.labels(by="word", speaker_id=row.id, limit=None)]
        assert (detail.quotes, detail.articles) == (len(quotes), len({q.article_id for q in quotes}))
    [planet] = [store.outlet(name) for name in outlets if name == "Planet"]
    assert planet.labels == store.labels(by="word", outlet="Planet", limit=50).rows
    assert planet.anonymous_sources == store.sources(outlet="Planet", anonymous=True, since="0000", limit=20).rows
    assert planet.anonymous_sources[0].name == "senior official"
    assert planet.speakers == store.speakers(outlet="Planet", since="0000", limit=20).rows
    planet_quotes = store.quotes(outlet="Planet", limit=None).rows
    assert planet.by_kind == dict(Counter(q.kind for q in planet_quotes).most_common())
    assert (planet.quotations, planet.anonymous) == (len(planet_quotes), sum(q.anonymous for q in planet_quotes))
    for speaker_id in [row.id for row in store.speakers(limit=3)]:
        assert store.quotes(speaker_id=speaker_id, limit=2) == store.quotes(speaker_id=speaker_id, since="0000",
                                                                            limit=2)
    for words in ("money", "said OR inquiry", "\"the fund\"", "nowhere"):
        for offset in (1, 10):  # a page of the matches, and one past the last
            assert store.quotes(about=words, limit=2, offset=offset) == \
                store.quotes(about=words, since="0000", limit=2, offset=offset)
    one = lambda sql: store.conn.execute(sql).fetchone()[0]
    assert store.counts() == {
        "articles": one("SELECT COUNT(*) FROM articles"), "quotations": one("SELECT COUNT(*) FROM quotations"),
        "anonymous_quotations": one("SELECT COUNT(*) FROM quotations WHERE anonymous"),
        "labels": one("SELECT COUNT(*) FROM labels"), "sources": one("SELECT COUNT(*) FROM sources"),
        "speakers": one("SELECT COUNT(DISTINCT q.speaker_id) FROM quotations q JOIN speakers s ON s.id = q.speaker_id "
                        "WHERE s.named"),
        "outlets": one("SELECT COUNT(DISTINCT outlet) FROM articles")}


BRIDGE = "we will rebuild the old bridge before the spring floods and we will not raise the toll"


def bridge_articles():
    """One long quotation run by two outlets: a trail."""
    return [analysis(f"Jane Smith told the {outlet}: “{BRIDGE}.”", outlet, date,
                     [("Jane Smith", "Jane Smith", "PERSON", True, "direct", BRIDGE)], title=f"Bridge {outlet}")
            for outlet, date in (("Herald", "2024-03-01"), ("Planet", "2024-03-02"))]


def test_a_store_that_does_not_follow_trails_stores_the_same_rows_and_rebuilds_the_same_trails(tmp_path):
    """`follows_trails = False` (a bulk load, store_scale's --no-trails) leaves only the trails out, until rebuilt."""
    built = {}
    for name, follows in (("followed", True), ("bulk", False)):
        with open_store(tmp_path / f"{name}.db", create=True) as store:
            store.follows_trails = follows
            for item in [*small_corpus(), *bridge_articles()]:
                assert store.add(item).added
            store.resolve_identities()
            built[name] = (snapshot(store), store.trail_summary())
    assert built["bulk"][0] == built["followed"][0] and built["bulk"][1]["items"] == 0
    assert built["followed"][1]["items"] > 0 and built["followed"][1]["multi_outlet"] == 1
    with open_store(tmp_path / "bulk.db") as store:
        assert store.rebuild_trails() == built["followed"][1]


def counted_from_rows_agree(store) -> None:
    """The speaker list and each speaker's outlets, read from the counts kept at ingest, are those counted from the
    rows (a date filter makes the store count from the rows; since 0000 takes in every dated article)."""
    for named in (True, False, None):
        for limit, offset in ((None, 0), (3, 1)):
            assert store.speakers(named=named, limit=limit, offset=offset) == \
                store.speakers(named=named, since="0000", limit=limit, offset=offset)
    ids = [row.id for row in store.speakers(named=None, limit=None).rows]
    kept = store.outlet_counts(ids)
    store.keeps_speaker_outlets = False  # counted from the quotations instead
    try:
        assert len(ids) > 5 and kept == store.outlet_counts(ids)
    finally:
        del store.keeps_speaker_outlets


def plain(snapshot: dict[str, list]) -> dict[str, list]:
    """Flags as 0/1 (SQLite stores integers, PostgreSQL booleans), rows sorted again."""
    return {part: sorted((tuple(int(v) if isinstance(v, bool) else v for v in row) for row in rows), key=repr)
            for part, rows in snapshot.items()}
