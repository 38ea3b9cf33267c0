"""Ingest's transaction that spans several writes (`Store.held_transaction`, `saywho ingest --commit-every`).

On SQLite the writes share one transaction, each in a savepoint: readers and a killed run see only
what was committed, a refused write rolls back alone. PostgreSQL keeps committing every write.
"""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
from dataclasses import replace

import pytest
from test_corpus_data import analysis

from saywho.corpus import ingest as ingest_module
from saywho.corpus.backends import open_store
from saywho.corpus.derive import derive
from saywho.corpus.ingest import CommitEvery, Summary
from saywho.corpus.ingest_batch import DONE, FAILED, Outcome
from saywho.corpus.inputs import Discovery

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def bridge(n: int):
    return derive(analysis(f"Mayor Jane Doe said bridge {n} would reopen in May.", "Courier", "2024-05-01", [
        ("Mayor Jane Doe", "Jane Doe", "PERSON", True, "indirect", f"bridge {n} would reopen")],
        title=f"Bridge {n}").to_dict())


def committed(db) -> int:
    with sqlite3.connect(f"file:{db}?mode=ro", uri=True) as conn:
        return conn.execute("SELECT COUNT(*) FROM articles").fetchone()[0]


def test_writes_in_a_held_transaction_are_seen_by_readers_only_once_committed(tmp_path):
    db = tmp_path / "c.db"
    with open_store(db, create=True) as store, store.held_transaction() as commit:
        store.add_many([bridge(0)])
        store.add_many([bridge(1), bridge(2)])
        assert committed(db) == 0 and store.counts()["articles"] == 3  # the writer sees its own writes
        commit()
        assert committed(db) == 3
        store.add_many([bridge(3)])
        assert committed(db) == 3
    assert committed(db) == 4  # committed at the end


def test_a_refused_write_rolls_back_alone_and_the_writes_before_it_stay(tmp_path):
    db = tmp_path / "c.db"
    broken = replace(bridge(1), quotations=[None])  # fails once its article, names and mentions are in
    with open_store(db, create=True) as store:
        with store.held_transaction():
            store.add_many([bridge(0)])
            with pytest.raises(AttributeError):
                store.add_many([broken])
            store.add_many([bridge(2)])
        rows = {table: store.conn.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0]
                for table in ("articles", "analyses", "names", "mentions", "quotations")}
    assert rows == {"articles": 2, "analyses": 2, "names": 2, "mentions": 2, "quotations": 2}


def test_an_error_in_a_held_transaction_rolls_back_what_was_not_committed(tmp_path):
    db = tmp_path / "c.db"
    with open_store(db, create=True) as store:
        with pytest.raises(KeyboardInterrupt), store.held_transaction() as commit:
            store.add_many([bridge(0)])
            commit()
            store.add_many([bridge(1)])
            raise KeyboardInterrupt
        assert not store.conn.in_transaction and store.counts()["articles"] == 1


KILLED_WRITER = """
import os, signal, sys
sys.path.insert(0, {tests!r})
from test_corpus_held import bridge
from saywho.corpus.backends import open_store
with open_store({db!r}, create=True) as store, store.held_transaction() as commit:
    for n in range(5):
        store.add_many([bridge(n)])
    commit()
    for n in range(5, 8):
        store.add_many([bridge(n)])
    os.kill(os.getpid(), signal.SIGKILL)
"""


def test_a_writer_killed_in_a_held_transaction_loses_exactly_its_uncommitted_writes(tmp_path):
    db = tmp_path / "c.db"
    script = KILLED_WRITER.format(tests=os.path.join(ROOT, "tests"), db=str(db))
    process = subprocess.run([sys.executable, "-c", script], cwd=ROOT, env={**os.environ, "PYTHONPATH": ROOT},
                             capture_output=True, timeout=120)
    assert process.returncode == -signal.SIGKILL, process.stderr.decode()
    with open_store(db) as store:
        assert store.counts()["articles"] == 5
        assert store.hashes() == {bridge(n).hash for n in range(5)}
        assert [a.title for a in store.articles(limit=None)] and store.quotes(limit=None).total == 5


def test_postgresql_commits_every_write_in_a_held_transaction(postgres_server):
    import psycopg

    url = postgres_server.new_schema()
    with open_store(url, create=True) as store, store.held_transaction():
        store.add_many([bridge(0)])
        with psycopg.connect(url) as other:
            assert other.execute("SELECT COUNT(*) FROM articles").fetchone() == (1,)


class _Watching:
    """A progress display that checks, at each article it is told of, what another connection sees stored."""

    def __init__(self, db):
        self.db, self.seen = db, []

    def start(self, total): ...

    def advance(self, outcome):
        self.seen.append((outcome.status, committed(self.db)))

    def stop(self): ...


def test_ingest_counts_and_reports_an_article_only_once_its_transaction_is_committed(tmp_path):
    db = tmp_path / "c.db"
    writes = [[Outcome(f"b{n}", DONE, record=bridge(n))] for n in range(6)]
    writes[2].append(Outcome("bad input", FAILED, reason="unreadable"))
    progress, summary = _Watching(db), Summary()
    with open_store(db, create=True) as store:
        ingest_module._store_results(store, iter(writes), Discovery([]), summary, progress,
                                     CommitEvery(articles=2, seconds=3600))
    # Commits every 2 outcomes (an article and a failure are 2) and at the end; each reported after its commit.
    assert progress.seen == [(DONE, 2), (DONE, 2), (FAILED, 3), (DONE, 3), (DONE, 5), (DONE, 5), (DONE, 6)]
    assert summary.done == 6 and summary.failures == [("bad input", "unreadable")]


def test_commit_every_counts_articles_and_seconds(monkeypatch):
    now = [100.0]
    monkeypatch.setattr(ingest_module.time, "monotonic", lambda: now[0])
    every = CommitEvery(articles=10, seconds=5, since=100.0)
    assert not every.due(9)
    assert every.due(10)
    now[0] += 5
    assert every.due(1)
    every.committed()
    assert not every.due(1)
    assert CommitEvery(articles=0).due(0)  # 0: after every write


def test_an_error_taking_results_keeps_what_was_written(tmp_path):
    """A lost Dask scheduler or Ctrl-C ends the run; the whole writes before it are committed, not rolled back."""
    db = tmp_path / "c.db"

    def results():
        yield [Outcome("b0", DONE, record=bridge(0))]
        yield [Outcome("b1", DONE, record=bridge(1))]
        raise ConnectionError("lost the scheduler")

    summary = Summary()
    with open_store(db, create=True) as store, pytest.raises(ConnectionError):
        ingest_module._store_results(store, results(), Discovery([]), summary, _Watching(db),
                                     CommitEvery(articles=100, seconds=3600))
    assert committed(db) == 2 and summary.done == 2


def test_ingest_help_gives_the_commit_defaults_and_what_readers_see(capsys):
    from saywho.cli import main
    from saywho.corpus.ingest import COMMIT_ARTICLES, COMMIT_SECONDS

    with pytest.raises(SystemExit):
        main(["ingest", "--help"])
    shown = " ".join(capsys.readouterr().out.split())
    assert f"(default {COMMIT_ARTICLES};" in shown and f"(default {COMMIT_SECONDS:g})" in shown
    assert "readers such as `saywho serve` see new articles" in shown


def test_a_writer_that_would_wait_for_its_workers_commits_first(tmp_path):
    """Workers slower than the writer: each write is committed at once, so no lock is held while it waits."""
    db = tmp_path / "c.db"
    writes = [[Outcome(f"b{n}", DONE, record=bridge(n))] for n in range(3)]
    progress, summary = _Watching(db), Summary()
    with open_store(db, create=True) as store:
        ingest_module._store_results(store, iter(writes), Discovery([]), summary, progress,
                                     CommitEvery(articles=100, seconds=3600), next_ready=lambda: False)
    assert progress.seen == [(DONE, 1), (DONE, 2), (DONE, 3)]
