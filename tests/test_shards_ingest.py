"""`saywho ingest --shards`: workers write Parquet shards themselves; identity over them is the store's.

Real components throughout: the real pipeline, Parquet files read back with DuckDB,
a real SQLite store to compare with, and a real LocalCluster of two worker
processes on 127.0.0.1, one of which is killed with SIGKILL while it analyses.
"""

from __future__ import annotations

import os
import signal
import sqlite3
import threading
import time

import pytest

from saywho.cli import main
from saywho.corpus.inputs import Discovery
from tests.test_corpus_ingest import ARTICLES, many_articles, page, run_ingest, write_articles, write_warc

duckdb = pytest.importorskip("duckdb", reason="shards need duckdb (saywho[shards])")
pq = pytest.importorskip("pyarrow.parquet", reason="shards need pyarrow (saywho[shards])")
fsspec = pytest.importorskip("fsspec", reason="shards need fsspec (saywho[shards])")


def shard_hashes(root: str) -> list[str]:
    """Every article row in the shards, copies included, by text hash (sorted)."""
    return sorted(h for (h,) in duckdb.sql(
        f"SELECT hash FROM read_parquet('{root}/articles/**/*.parquet', hive_partitioning = true)").fetchall())


def shard_files(root: str) -> dict[str, float]:
    found = {}
    for folder, _, files in os.walk(root):
        for name in files:
            path = os.path.join(folder, name)
            found[path] = os.stat(path).st_mtime_ns
    return found


def test_a_worker_killed_mid_run_leaves_every_article_in_the_shards_exactly_once(tmp_path):
    from distributed import Client, LocalCluster

    from saywho.corpus.shards.run import ingest_shards

    texts = tmp_path / "texts"
    write_articles(texts, many_articles(16))
    root = str(tmp_path / "shards")
    killed = []
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1",
                      dashboard_address="127.0.0.1:0") as cluster, Client(cluster) as client:
        result = {}
        run = threading.Thread(target=lambda: result.update(summary=ingest_shards(
            root, Discovery([str(texts)]), batch=2, dask=cluster.scheduler_address)))
        run.start()
        deadline = time.monotonic() + 120
        while not killed and time.monotonic() < deadline:
            busy = [worker for worker, tasks in client.processing().items() if tasks]
            if busy and os.path.isdir(os.path.join(root, "_done")):  # the workers are analysing
                pid = client.run(os.getpid, workers=[busy[0]])[busy[0]]
                os.kill(pid, signal.SIGKILL)
                killed.append(pid)
            time.sleep(0.05)
        run.join(timeout=180)
    assert killed, "no worker was seen analysing"
    summary = result["summary"]
    assert summary.failures == [] and summary.done == 16
    hashes = shard_hashes(root)
    assert len(hashes) == 16 and len(set(hashes)) == 16  # each article once, none lost to the killed worker
    assert not [p for p in shard_files(root) if p.endswith(".parquet") and "/." in p]


def test_shards_resume_skip_duplicates_fail_alone_and_match_the_store(tmp_path, capsys, monkeypatch):
    texts = tmp_path / "texts"
    write_articles(texts, ARTICLES)
    (texts / "aa-copy-of-trump-wall.txt").write_text(ARTICLES["trump-wall"] + "\n")  # the same text, another task
    (texts / "hillary-ohio-again.txt").write_text(ARTICLES["hillary-ohio"] + "\n")  # and in the same task
    (texts / "binary.txt").write_bytes(b"\x00\x01\x02 not text \xff\xfe" * 20)
    root = str(tmp_path / "shards")

    assert main(["ingest", str(texts), "--shards", f"file://{root}", "--workers", "1", "--batch", "3"]) == 1
    err = capsys.readouterr().err
    assert "8 done" in err and "1 duplicates within a task" in err and "1 failed" in err
    assert "failed: " in err and "binary.txt" in err
    # The bad file is recorded in its task's failures table, and did not stop the task.
    failures = duckdb.sql(f"SELECT origin, reason FROM read_parquet('{root}/failures/*.parquet')").fetchall()
    assert len(failures) == 1 and failures[0][0].endswith("binary.txt")

    files = shard_files(root)
    assert main(["ingest", str(texts), "--shards", root, "--workers", "1", "--batch", "3", "--quiet"]) == 0
    again = capsys.readouterr().err
    assert "0 done" in again and "4 tasks, 4 already finished (10 articles)" in again
    assert shard_files(root) == files  # nothing written, nothing re-done

    # Two copies of trump-wall, in two tasks; readers keep the one of the smaller task key.
    hashes = shard_hashes(root)
    assert len(hashes) == 8 and len(set(hashes)) == 7
    canonical = duckdb.sql(
        f"SELECT count(DISTINCT hash), count(*) FROM (SELECT hash, min(task_key) FROM "
        f"read_parquet('{root}/articles/**/*.parquet', hive_partitioning = true) GROUP BY hash)").fetchall()
    assert canonical == [(7, 7)]

    # Identity over the shards gives the store's speakers and the store's grouping of mentions.
    run_ingest(tmp_path / "store.db", texts)
    store = store_identities(tmp_path / "store.db")
    assert shard_identities(root) == store
    # Read a file at a time, as an archive of far more files than a read takes is: the same identities.
    from saywho.corpus.shards import identity_shards

    monkeypatch.setattr(identity_shards, "FILES_PER_READ", 1)
    for name in ("speakers.parquet", "mention_speakers.parquet"):
        os.remove(f"{root}/{name}")
    identity_shards.resolve_shards(root)
    assert shard_identities(root) == store
    speakers = dict(duckdb.sql(f"SELECT key, name FROM '{root}/speakers.parquet' WHERE named").fetchall())
    assert speakers["p:donald trump"] == "Donald Trump" and speakers["p:hillary clinton"] == "Hillary Clinton"
    assert speakers["p:bill clinton"] == "Bill Clinton"


def test_identity_runs_alone_and_reads_fsspec_memory_shards(tmp_path, capsys):
    from saywho.corpus.shards.identity_shards import resolve_shards
    from saywho.corpus.shards.run import ingest_shards

    write_articles(tmp_path / "texts", {k: ARTICLES[k] for k in ("trump-wall", "trump-rigged", "official")})
    summary = ingest_shards("memory://saywho-test/shards", Discovery([str(tmp_path / "texts")]), workers=1, batch=2)
    assert summary.done == 3 and summary.tasks == 2
    counts = resolve_shards("memory://saywho-test/shards")
    assert counts["speakers"] == 1 and counts["unnamed"] == 1  # "The official" is "A senior official" going on
    with fsspec.open("memory://saywho-test/shards/speakers.parquet", "rb") as handle:
        speakers = pq.read_table(handle).to_pylist()
    assert sorted((s["name"], s["named"], s["mentions"]) for s in speakers) == [
        ("A senior official", False, 1), ("Donald Trump", True, 2)]
    assert main(["identity", "--shards", str(tmp_path / "none")]) == 1
    assert "no finished shards in" in capsys.readouterr().err


def archive(path, count: int) -> list[str]:
    """A gzipped WARC archive of `count` HTML articles and one image; the articles' URLs."""
    records = [(f"https://news.example/{n}", "text/html; charset=utf-8",
                page(f"Bridge {n}", f"Mayor Jane Doe said bridge {n} would reopen in May.\n"
                                    f"\"We are ready for bridge {n},\" Doe told reporters.")) for n in range(count)]
    records.insert(2, ("https://news.example/logo.png", "image/png", b"\x89PNG not an article"))
    write_warc(path, records)
    return [url for url, kind, _ in records if kind.startswith("text/html")]


def test_every_record_of_a_warc_archive_is_in_exactly_one_byte_range(tmp_path):
    from saywho.corpus.inputs import warc_responses
    from saywho.corpus.shards.warc_ranges import range_jobs, read_range

    path = tmp_path / "news.warc.gz"
    urls = archive(path, 12)
    assert [url for url, _, _ in warc_responses(path)] == urls
    for step in (1, 97, 500, 2048, 10**7):  # cuts inside headers, inside members, between them, none at all
        found, skipped = [], 0
        for job in range_jobs(str(path), step=step):
            jobs, not_html = read_range(job)
            found += [j.origin for j in jobs]
            assert all(b"Mayor Jane Doe" in j.data[0] for j in jobs)  # each with its page
            skipped += not_html
        assert found == urls and skipped == 1, step


def test_workers_read_their_own_ranges_of_a_warc_archive(tmp_path, monkeypatch, capsys):
    from saywho.corpus.shards import warc_ranges

    monkeypatch.setattr(warc_ranges, "RANGE_BYTES", 1500)  # several ranges, some holding no record's start
    urls = archive(tmp_path / "news.warc.gz", 6)
    root = str(tmp_path / "shards")
    assert main(["ingest", str(tmp_path / "news.warc.gz"), "--shards", root, "--workers", "1", "--quiet"]) == 0
    err = capsys.readouterr().err
    assert "6 done" in err and "1 WARC records were not HTML" in err
    stored = duckdb.sql(f"SELECT url FROM read_parquet('{root}/articles/**/*.parquet', hive_partitioning = true) "
                        f"ORDER BY url").fetchall()
    assert [url for (url,) in stored] == sorted(urls)
    assert main(["ingest", str(tmp_path / "news.warc.gz"), "--shards", root, "--workers", "1", "--quiet"]) == 0
    assert "0 done" in capsys.readouterr().err


def shard_identities(root: str) -> tuple[set, set]:
    speakers = set(duckdb.sql(f"SELECT key, name, type, named, anonymous FROM '{root}/speakers.parquet'").fetchall())
    rows = duckdb.sql(f"SELECT hash, mention, key FROM '{root}/mention_speakers.parquet'").fetchall()
    assert len(rows) == len(set(rows))  # one identity per mention, each mention once
    return speakers, set(rows)


def store_identities(db) -> tuple[set, set]:
    with sqlite3.connect(db) as conn:
        speakers = {(k, n, t, bool(named), bool(anon)) for k, n, t, named, anon in conn.execute(
            "SELECT key, name, type, named, anonymous FROM speakers WHERE id IN (SELECT speaker_id FROM mentions)")}
        # a mention's index within its article: the order the store gave its rows their ids
        mentions = set(conn.execute(
            "SELECT a.hash, m.id - (SELECT min(id) FROM mentions x WHERE x.article_id = m.article_id), s.key "
            "FROM mentions m JOIN articles a ON a.id = m.article_id JOIN speakers s ON s.id = m.speaker_id"))
    return speakers, mentions
