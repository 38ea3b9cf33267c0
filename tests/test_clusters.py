"""The cluster recipes (saywho/corpus/clusters.py): a SLURM job script rendered without SLURM, and a local
cluster started by the recipe that `saywho ingest --dask ADDRESS` runs on (real worker processes, 127.0.0.1)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys

import pytest

from saywho.cli import main
from saywho.corpus.backends import open_store
from saywho.corpus.clusters import main as clusters_main
from tests.test_corpus_ingest import ROOT, many_articles, run_ingest, write_articles

pytest.importorskip("distributed", reason="saywho[dask] is not installed")


def test_the_slurm_recipe_renders_a_job_script_that_starts_saywho_workers(capsys):
    pytest.importorskip("dask_jobqueue", reason="the SLURM recipe needs dask-jobqueue: pip install 'saywho[slurm]'")
    code = clusters_main(["slurm", "--cores", "4", "--queue", "normal", "--account", "news", "--walltime", "08:00:00",
                          "--python", "/opt/saywho/.venv/bin/python", "--directive=--constraint=skylake",
                          "--host", "127.0.0.1", "--port", "0", "--job-script"])
    assert code == 0
    lines = capsys.readouterr().out.splitlines()
    for directive in ("-J saywho-worker", "-p normal", "-A news", "--cpus-per-task=4", "--mem=8G", "-t 08:00:00",
                      "--constraint=skylake"):
        assert f"#SBATCH {directive}" in lines
    assert "export OMP_NUM_THREADS=1 OPENBLAS_NUM_THREADS=1 MKL_NUM_THREADS=1" in lines
    # saywho's quieter Dask defaults, unless the job's environment sets them (tests/test_dask_config.py)
    assert ('[ -n "${DASK_DISTRIBUTED__WORKER__PROFILE__ENABLED+set}" ] || '
            'export DASK_DISTRIBUTED__WORKER__PROFILE__ENABLED="False"') in lines
    (worker,) = [line for line in lines if "dask_worker" in line]
    words = worker.split()
    assert words[:4] == ["/opt/saywho/.venv/bin/python", "-m", "distributed.cli.dask_worker", words[3]]
    assert words[3].startswith("tcp://127.0.0.1:")
    # four single-threaded worker processes per job, each loading saywho's pipeline as it starts
    assert " --nthreads 1 " in worker and " --nworkers 4 " in worker
    assert worker.endswith("--preload saywho.corpus.dask_preload")
    assert "--memory-limit 1.86GiB" in worker  # the default 2 GB per worker


def test_bad_recipe_options_are_one_line_errors(capsys):
    assert clusters_main(["local", "--workers", "0"]) == 1
    assert clusters_main(["slurm", "--cores", "2", "--memory-per-worker", "lots", "--job-script"]) == 1
    errors = capsys.readouterr().err.splitlines()
    assert errors == ["saywho: error: --workers must be 1 or more",
                      "saywho: error: --memory-per-worker lots: write an amount such as 2GB or 1500MB"]


def test_ingest_runs_on_a_local_cluster_started_by_the_recipe(tmp_path, capsys):
    from distributed import Client

    texts = tmp_path / "texts"
    write_articles(texts, many_articles(3))
    _, local_counts = run_ingest(tmp_path / "local.db", texts)
    recipe = subprocess.Popen([sys.executable, "-m", "saywho.corpus.clusters", "local", "--workers", "1", "--port", "0"],
                              cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                              env={**os.environ, "PYTHONPATH": str(ROOT)}, start_new_session=True)
    try:
        first = recipe.stdout.readline().strip()
        assert first.startswith("scheduler: tcp://127.0.0.1:"), recipe.stderr.read()
        address = first.removeprefix("scheduler: ")
        assert recipe.stdout.readline().startswith(f"run: saywho ingest INPUTS --dask {address} ")
        with Client(address, timeout="20s") as client:
            client.wait_for_workers(1, timeout=60)
            loaded = client.run(lambda: __import__("saywho.nlp").nlp._load_pipeline.cache_info().currsize)
            profiling = client.run(lambda dask_worker: "profile" in dask_worker.periodic_callbacks)
        assert list(loaded.values()) == [1]  # the preload loaded the pipeline before any task
        assert list(profiling.values()) == [False]  # saywho's quieter defaults (tests/test_dask_config.py)
        assert main(["ingest", str(texts), "--db", str(tmp_path / "c.db"), "--dask", address, "--quiet"]) == 0
        recipe.send_signal(signal.SIGINT)
        _, err = recipe.communicate(timeout=60)
    finally:
        if recipe.poll() is None:
            os.killpg(recipe.pid, signal.SIGKILL)
            recipe.wait()
    assert recipe.returncode == 0
    # distributed itself may log a worker's last heartbeat failing against a scheduler already closed by the
    # SIGINT (a shutdown race under load); any other traceback is ours
    assert all("Stream is closed" in trace or "is closed" in trace.splitlines()[-1] for trace in err.split("Traceback")[1:]), err
    assert "3 done" in capsys.readouterr().err
    with open_store(tmp_path / "c.db") as store:
        assert store.counts() == local_counts

