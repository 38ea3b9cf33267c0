"""saywho's defaults for the Dask clusters it starts (saywho/corpus/dask_config.py) reach the worker processes,
and a setting in the user's own Dask configuration wins over them."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

pytest.importorskip("distributed", reason="saywho[dask] is not installed")

import dask.config

from saywho.corpus.dask_config import QUIET, cluster_config, worker_environment
from saywho.corpus.dask_runner import dask_client

PROFILE = "distributed.worker.profile.enabled"
NUMPY_THREADS = "distributed.nanny.pre-spawn-environ.OMP_NUM_THREADS"


def _settings() -> dict:
    import dask.config

    return {key: dask.config.get(key) for key in QUIET}


def _profiling(dask_worker) -> bool:
    return "profile" in dask_worker.periodic_callbacks


def _trim() -> str | None:
    import os

    return os.environ.get("MALLOC_TRIM_THRESHOLD_")


def test_a_local_cluster_started_by_saywho_runs_quiet_workers(monkeypatch):
    # a stock LocalCluster started earlier in this process leaves its nanny's variable in os.environ
    monkeypatch.delenv("MALLOC_TRIM_THRESHOLD_", raising=False)
    assert cluster_config() == QUIET  # nothing set by the user here
    with dask_client("local:1") as client:
        (settings,) = client.run(_settings).values()
        (profiling,) = client.run(_profiling).values()
        (trim,) = client.run(_trim).values()
        assert client.run_on_scheduler(_settings) == QUIET
    assert settings == QUIET
    assert profiling is False  # the profiler's periodic callback was never made
    assert trim is None  # glibc's own memory trimming in the worker process
    assert dask.config.get(PROFILE) is True  # and this process's configuration is as it was


def test_the_users_own_dask_setting_wins(monkeypatch):
    monkeypatch.setenv("DASK_DISTRIBUTED__WORKER__PROFILE__ENABLED", "True")  # distributed's default, but set
    with dask.config.set({"distributed.admin.tick.interval": "50ms"}):
        assert cluster_config() == {key: value for key, value in QUIET.items()
                                    if key not in (PROFILE, "distributed.admin.tick.interval")}
        with dask_client("local:1") as client:
            (settings,) = client.run(_settings).values()
            (profiling,) = client.run(_profiling).values()
    assert settings == {**QUIET, PROFILE: True, "distributed.admin.tick.interval": "50ms"}
    assert profiling is True


def test_the_slurm_jobs_environment_sets_the_same_defaults_in_a_worker():
    program = ("import dask.config, distributed, json; "
               f"print(json.dumps({{k: dask.config.get(k) for k in {[*QUIET, NUMPY_THREADS]}}}))")
    script = "\n".join([*worker_environment(), 'exec "$0" -c "$1"'])
    shown = subprocess.run(["bash", "-c", script, sys.executable, program], capture_output=True, text=True,
                           check=True).stdout
    assert json.loads(shown) == {**QUIET, NUMPY_THREADS: 1}  # the nanny's other variables are kept
