"""`saywho ingest --dask`: the analysis on a real Dask cluster (LocalCluster, worker processes on 127.0.0.1).

The store it fills must be the one a local run fills: the same articles, the
same quotations, nothing lost or doubled, a bad file reported and skipped.
"""

from __future__ import annotations

import pytest

from saywho.cli import main
from saywho.corpus import dask_runner
from saywho.corpus.backends import open_store
from tests.test_corpus_ingest import many_articles, run_ingest, write_articles

pytest.importorskip("distributed", reason="saywho[dask] is not installed")


def test_a_dask_cluster_fills_the_store_a_local_run_fills(tmp_path, capsys):
    texts = tmp_path / "texts"
    write_articles(texts, many_articles(12))
    (texts / "binary.txt").write_bytes(b"\x00\x01\x02 not text \xff\xfe" * 20)
    local, local_counts = run_ingest(tmp_path / "local.db", texts)

    db = tmp_path / "dask.db"
    assert main(["ingest", str(texts), "--db", str(db), "--dask", "local:2", "--batch", "3"]) == 1  # 1: a file failed
    err = capsys.readouterr().err
    assert "12 done" in err and "1 failed" in err and "failed: " in err and "binary.txt" in err

    with open_store(db) as store, open_store(tmp_path / "local.db") as local_store:
        assert store.counts() == local_counts
        assert store.hashes() == local_store.hashes()
        for article in store.articles(limit=None):
            assert store.quotes(article_id=article.id, limit=None).total == len(store.article(article.id).attributions)

    # Again on the cluster: everything is already stored.
    assert main(["ingest", str(texts), "--db", str(db), "--dask", "local:1", "--quiet"]) == 1
    again = capsys.readouterr().err
    assert "0 done" in again and "12 skipped as duplicates" in again


def test_a_running_cluster_is_reached_by_its_address(tmp_path, capsys):
    from distributed import LocalCluster

    texts = tmp_path / "texts"
    write_articles(texts, many_articles(4))
    _, local_counts = run_ingest(tmp_path / "local.db", texts)
    with LocalCluster(n_workers=1, threads_per_worker=1, processes=True, host="127.0.0.1",
                      dashboard_address=None) as cluster:
        address = cluster.scheduler_address
        assert address.startswith("tcp://127.0.0.1:")
        assert main(["ingest", str(texts), "--db", str(tmp_path / "c.db"), "--dask", address, "--quiet"]) == 0
        assert len(cluster.workers) == 1  # the run leaves the cluster it did not start running
    assert "4 done" in capsys.readouterr().err
    with open_store(tmp_path / "c.db") as store:
        assert store.counts() == local_counts


def test_an_unreachable_scheduler_is_a_one_line_error(tmp_path, capsys, monkeypatch):
    monkeypatch.setattr(dask_runner, "CONNECT_TIMEOUT", "2s")
    write_articles(tmp_path / "texts", many_articles(1))
    assert main(["ingest", str(tmp_path / "texts"), "--db", str(tmp_path / "c.db"),
                 "--dask", "tcp://127.0.0.1:9"]) == 1
    lines = [line for line in capsys.readouterr().err.splitlines() if line.strip()]
    assert len(lines) == 1 and "cannot reach the Dask scheduler at tcp://127.0.0.1:9" in lines[0]


def test_a_bad_local_worker_count_is_a_one_line_error(tmp_path, capsys):
    write_articles(tmp_path / "texts", many_articles(1))
    assert main(["ingest", str(tmp_path / "texts"), "--db", str(tmp_path / "c.db"), "--dask", "local:none"]) == 1
    assert "local:N" in capsys.readouterr().err


def test_a_worker_that_keeps_dying_fails_its_articles_not_the_run(tmp_path, capsys):
    import dask
    from distributed import LocalCluster

    # A worker allowed 150 MB is killed by its nanny as soon as it loads the model: a real out-of-memory death.
    write_articles(tmp_path / "texts", many_articles(3))
    with dask.config.set({"distributed.scheduler.allowed-failures": 1}):
        with LocalCluster(n_workers=1, threads_per_worker=1, processes=True, host="127.0.0.1",
                          dashboard_address=None, memory_limit="150MB") as cluster:
            code = main(["ingest", str(tmp_path / "texts"), "--db", str(tmp_path / "c.db"),
                         "--dask", cluster.scheduler_address, "--quiet"])
    err = capsys.readouterr().err
    assert code == 1 and "0 done" in err and "3 failed" in err
    failures = [line for line in err.splitlines() if line.startswith("failed: ")]
    assert len(failures) == 3 and all("Dask worker died" in line for line in failures)
    assert "Traceback" not in err


CLUSTER = """
import sys, time
from distributed import LocalCluster
if __name__ == "__main__":
    cluster = LocalCluster(n_workers=1, threads_per_worker=1, processes=True, host="127.0.0.1", dashboard_address=None)
    print(cluster.scheduler_address, flush=True)
    time.sleep(600)
"""


def test_a_scheduler_that_goes_away_ends_the_run_with_one_line_and_a_resume_finishes_it(tmp_path):
    import os
    import signal
    import subprocess
    import sys
    import time

    from tests.test_corpus_ingest import ROOT, stored

    total = 400
    write_articles(tmp_path / "texts", many_articles(total))
    (tmp_path / "cluster.py").write_text(CLUSTER)
    cluster = subprocess.Popen([sys.executable, str(tmp_path / "cluster.py")], stdout=subprocess.PIPE,
                               stderr=subprocess.DEVNULL, start_new_session=True, text=True)
    try:
        address = cluster.stdout.readline().strip()
        assert address.startswith("tcp://127.0.0.1:")
        db = tmp_path / "c.db"
        command = [sys.executable, "-m", "saywho.cli", "ingest", str(tmp_path / "texts"), "--db", str(db),
                   "--dask", address, "--batch", "1", "--quiet"]
        ingest = subprocess.Popen(command, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
                                  env={**os.environ, "PYTHONPATH": str(ROOT)})
        deadline = time.monotonic() + 120
        while stored(db) < 5:
            assert ingest.poll() is None and time.monotonic() < deadline, ingest.stderr.read()
            time.sleep(0.02)
    finally:
        os.killpg(cluster.pid, signal.SIGKILL)  # the scheduler and its worker, all at once
        cluster.wait()
    _, err = ingest.communicate(timeout=120)
    assert ingest.returncode == 1
    errors = [line for line in err.splitlines() if line.startswith("saywho: error")]
    assert errors == [f"saywho: error: lost the Dask scheduler at {address}; what was stored is kept: "
                      "run the same command to resume"]
    assert "Traceback" not in err
    assert main(["ingest", str(tmp_path / "texts"), "--db", str(db), "--quiet"]) == 0
    with open_store(db) as store:
        assert store.counts()["articles"] == total
