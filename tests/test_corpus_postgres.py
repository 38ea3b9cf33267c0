"""What only the PostgreSQL store has: URLs and their errors, its schema, read-only connections, batches,
several writers at once, `saywho migrate`, and a killed ingest resumed; on a real server (conftest.py).

Every query and identity behaviour is checked on both back ends by tests/test_corpus_store.py.
"""

from __future__ import annotations

import json
import multiprocessing
import os
import subprocess
import sys

import pytest
from test_corpus_data import analysis, hillary_articles, small_corpus
from test_corpus_ingest import ROOT, kill_after

from saywho.cli import main
from saywho.corpus.backends import open_store
from saywho.corpus.derive import derive, text_hash
from saywho.corpus.postgres.schema import SCHEMA_VERSION
from saywho.corpus.store import StoreError


@pytest.fixture
def url(postgres_server):
    return postgres_server.new_schema()


def answers(store) -> dict:
    """What a reader sees, without row ids (each back end numbers its own rows)."""
    return {
        "counts": store.counts(),
        "quotes": [(q.date, q.outlet, q.speaker, q.speaker_name, q.kind, q.content, q.anonymous)
                   for q in store.quotes(limit=None)],
        # Unnamed speakers of one description tie; each back end breaks the tie by its own ids.
        "speakers": sorted(((r.key, r.name, r.quotes, r.articles, r.outlets, r.by_kind, sorted(r.aliases))
                            for r in store.speakers(named=None, limit=None)), key=lambda row: row[0]),
        "sources": [(r.name, r.anonymous, r.citations, r.articles, r.how) for r in store.sources(limit=None)],
        "hillary": [(q.date, q.content) for q in store.quotes(speaker="Hillary Clinton", limit=None)],
        "labels": [(r.category, r.word, r.count) for r in store.labels(by="word", limit=None)],
    }


def fill(location, items) -> dict:
    with open_store(location, create=True) as store:
        for item in items:
            store.add(item)
        store.resolve_identities()
        return answers(store)


# -- opening --------------------------------------------------------------------------------


def test_an_empty_database_is_a_corpus_only_once_created(url, postgres_server):
    with pytest.raises(StoreError, match="no corpus at .*the database is empty"):
        open_store(url)
    with open_store(url, create=True) as store:
        assert store.schema_version() == SCHEMA_VERSION and store.counts()["articles"] == 0
    open_store(url).close()


def test_a_store_from_before_quote_trails_gains_their_tables_when_opened_for_writing(url, postgres_server):
    from trails_corpus import analyses

    with open_store(url, create=True) as store:
        for document in analyses():
            store.add(document)
        grouped = store.trail_summary()
        store.conn.execute("DROP TABLE trail_items, trail_buckets, trails")
        store.conn.execute("UPDATE schema_version SET version = 2")
    with open_store(url) as store:
        assert store.schema_version() == SCHEMA_VERSION == 9 and store.trail_summary()["items"] == 0
        assert store.rebuild_trails() == grouped and grouped["multi_outlet"] == 1
    other = postgres_server.new_schema()
    with open_store(other, create=True) as store:
        store.conn.execute("UPDATE schema_version SET version = 99")
    with pytest.raises(StoreError, match="newer saywho"):
        open_store(other)


def test_a_database_with_other_tables_is_not_taken(url):
    import psycopg

    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute("CREATE TABLE invoices (id INTEGER)")
    with pytest.raises(StoreError, match="holds other tables and no saywho corpus"):
        open_store(url, create=True)


@pytest.mark.parametrize("how, expected", [
    ("password", "refused the user name or password"),
    ("port", "cannot reach the PostgreSQL server"),
    ("database", "no such database on the server"),
    ("url", "is not a PostgreSQL URL"),
])
def test_connection_errors_are_one_line_without_the_password(postgres_server, capsys, how, expected):
    good = postgres_server.url()
    location = {
        "password": postgres_server.url(password="wrong-secret"),
        "port": good.replace(f":{postgres_server.port}/", f":{_closed_port()}/"),
        "database": postgres_server.url("no_such_corpus"),
        "url": good + "?sslmode=sometimes&=",
    }[how]
    assert main(["quotes", "--db", location]) == 1
    err = capsys.readouterr().err
    assert len(err.strip().splitlines()) == 1 and expected in err and "Traceback" not in err
    assert "saywho-test" not in err and "wrong-secret" not in err


def test_without_psycopg_the_error_says_what_to_install(url):
    code = ("import sys; sys.modules['psycopg'] = None; from saywho.cli import main; "
            f"sys.exit(main(['quotes', '--db', {url!r}]))")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=False,
                          env={**os.environ, "PYTHONPATH": str(ROOT)})
    expected = ("saywho: error: a PostgreSQL store needs psycopg: pip install 'saywho[postgres]' "
                "(or pip install 'psycopg[binary]')")
    assert done.returncode == 1 and done.stderr.strip().splitlines() == [expected]


def test_read_only_answers_and_refuses_writes(url):
    fill(url, small_corpus())
    with open_store(url, read_only=True) as store:
        assert store.counts()["articles"] == 6
        with pytest.raises(StoreError, match="read-only"):
            store.add(hillary_articles()[0])
        with pytest.raises(StoreError, match="read-only"):
            store.resolve_identities()
        # The server itself refuses: not only saywho's own check.
        with pytest.raises(Exception, match="read-only transaction"):
            store.conn.execute("DELETE FROM analyses")
        assert store.counts()["articles"] == 6


# -- writing ----------------------------------------------------------------------------------


def test_a_batch_is_written_whole_or_not_at_all(url):
    first, second, third = small_corpus()[:3]
    with open_store(url, create=True) as store:
        store.add(first)
        results = store.add_many([derive(item.to_dict()) for item in (second, first, third, second)])
        assert [r.added for r in results] == [True, False, True, False]
        assert results[0].article_id == results[3].article_id and results[1].article_id == 1
        # PostgreSQL text cannot hold NUL: the bad article fails inside the transaction, and takes its batch with it.
        broken = analysis("Nora Vance said the plan\x00 worked.", "Gazette", "2024-06-01",
                          [("Nora Vance", "Nora Vance", "PERSON", True, "indirect", "the plan\x00 worked")])
        with pytest.raises(Exception, match="0x00"):
            store.add_many([derive(hillary_articles()[0].to_dict()), derive(broken.to_dict())])
        assert store.counts()["articles"] == 3 and not store.has(results[0].hash[:0] + "0" * 64)
        assert store.quotes(about="vote").total == 0 and store.articles(search="Vote").total == 0


def _write_all(location: str, order: list[int], batch: int) -> None:
    items = small_corpus() + hillary_articles()
    with open_store(location, create=True) as store:
        chosen = [items[i] for i in order]
        for start in range(0, len(chosen), batch):
            store.add_many([derive(item.to_dict()) for item in chosen[start:start + batch]])
        store.resolve_identities()


def test_several_writers_at_once_store_each_article_once(url, tmp_path):
    """Three processes offer the same eight articles, in different orders, at the same time."""
    count = len(small_corpus() + hillary_articles())
    orders = [list(range(count)), list(range(count))[::-1], [*range(3, count), 0, 1, 2]]
    context = multiprocessing.get_context("spawn")
    writers = [context.Process(target=_write_all, args=(url, order, batch)) for order, batch in zip(orders, (1, 2, 3),
                                                                                                  strict=True)]
    for writer in writers:
        writer.start()
    for writer in writers:
        writer.join(120)
        assert writer.exitcode == 0
    alone = fill(tmp_path / "alone.db", small_corpus() + hillary_articles())
    with open_store(url) as store:
        assert answers(store) == alone
        assert store.counts()["articles"] == count


def test_migrate_copies_a_sqlite_store_and_back(url, tmp_path, capsys):
    source = tmp_path / "corpus.db"
    expected = fill(source, small_corpus() + hillary_articles())
    assert main(["migrate", "--from", f"sqlite:{source}", "--to", url, "--quiet"]) == 0
    assert "copied 8 articles" in capsys.readouterr().err
    with open_store(url) as store:
        assert answers(store) == expected
    assert main(["migrate", "--from", str(source), "--to", url]) == 1
    err = capsys.readouterr().err
    assert "already holds 8 articles" in err and "--force" in err and len(err.strip().splitlines()) == 1
    assert main(["migrate", "--from", str(source), "--to", url, "--force", "--quiet"]) == 0
    assert "copied 0 articles" in capsys.readouterr().err
    assert main(["migrate", "--from", url, "--to", f"sqlite:{tmp_path / 'back.db'}", "--quiet"]) == 0
    with open_store(tmp_path / "back.db") as store:
        assert answers(store) == expected
    assert main(["migrate", "--from", str(source), "--to", f"sqlite:{source}"]) == 1
    assert "the same store" in capsys.readouterr().err


def test_the_cli_queries_a_postgres_store(url, capsys):
    fill(url, small_corpus())
    assert main(["quotes", "--db", url, "--speaker", "Hillary Clinton", "--format", "json"]) == 0
    rows = json.loads(capsys.readouterr().out)["rows"]
    assert [r["content"] for r in rows] == ["that the plan would help working families", "the plan would help families"]


# -- a killed ingest ---------------------------------------------------------------------------


def _stored(location: str) -> int:
    import psycopg

    try:
        with psycopg.connect(location, connect_timeout=5) as conn:
            return conn.execute("SELECT COUNT(*) FROM articles").fetchone()[0]
    except psycopg.Error:
        return 0


def test_killed_ingest_resumes_with_nothing_lost_or_doubled(url, tmp_path):
    """Killed mid-run (SIGKILL; batches of 3, one transaction each), then run again: every article once, whole.

    The input is analyses (as `saywho export` writes them), so no model loads and the run is short;
    tests/test_corpus_ingest.py kills runs of the real pipeline on SQLite."""
    total = 90
    documents = [analysis(f"Mayor Jane Doe said bridge {n} would reopen in May. A city engineer said bridge {n} "
                          f"had cost more.", "Courier", f"2024-05-{n % 28 + 1:02d}", [
                              ("Mayor Jane Doe", "Jane Doe", "PERSON", True, "indirect", f"bridge {n} would reopen"),
                              ("A city engineer", "A city engineer", "PERSON", False, "indirect",
                               f"bridge {n} had cost more")], title=f"Bridge {n}") for n in range(total)]
    feed = tmp_path / "analyses.jsonl"
    feed.write_text("".join(json.dumps(d.to_dict()) + "\n" for d in documents), encoding="utf-8")
    command = [sys.executable, "-m", "saywho.cli", "ingest", str(feed), "--db", url, "--workers", "1",
               "--batch", "3", "--quiet"]

    def ingest_process():
        return subprocess.Popen(command, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                                start_new_session=True, env={**os.environ, "PYTHONPATH": str(ROOT)})

    killed = kill_after(ingest_process(), url, at_least=1, count=_stored)
    assert 0 < killed < total, "the kill should land while the run is going"
    assert killed % 3 == 0, "a batch is stored whole or not at all"
    resumed = ingest_process()
    _, err = resumed.communicate(timeout=300)
    assert resumed.returncode == 0, err.decode()
    assert f"{total - killed} done" in err.decode() and f"{killed} skipped as duplicates" in err.decode()
    with open_store(url) as store:
        assert store.hashes() == {text_hash(d.article.text) for d in documents}
        counts = store.counts()
        assert (counts["articles"], counts["quotations"]) == (total, 2 * total)
        # Every stored article has all its rows: quotations as many as its analysis has attributions.
        for article in store.articles(limit=None):
            assert store.quotes(article_id=article.id, limit=None).total == len(store.article(article.id).attributions)
        [jane] = store.speakers().rows
        assert (jane.name, jane.quotes, jane.articles) == ("Jane Doe", total, total)


def _closed_port() -> int:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]



def test_the_web_app_reconnects_when_the_server_drops_its_connections(url):
    """A database restart, or an idle connection cut, costs no request an error: the read is asked again."""
    import psycopg
    from fastapi.testclient import TestClient

    from saywho.web.app import create_app
    from saywho.web.service import WebConfig

    fill(url, small_corpus())
    with TestClient(create_app(WebConfig(jobs=0, db=url, read_only=True))) as client:
        before = client.get("/api/speakers").json()
        with psycopg.connect(url, autocommit=True) as admin:
            cut = admin.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                                "WHERE application_name = 'saywho' AND pid <> pg_backend_pid()").fetchall()
        assert cut and all(row[0] for row in cut)
        after = client.get("/api/speakers")
        assert after.status_code == 200 and after.json() == before
