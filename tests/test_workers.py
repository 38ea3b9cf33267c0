"""saywho/workers.py: batches on real spawned worker processes, some of which are killed with SIGKILL.

The tasks here are tiny (no pipeline is loaded), so each test takes a few
seconds at most; ingest's own kill tests (test_corpus_ingest.py,
test_corpus_dask.py) run the same policy with the real pipeline.
"""

from __future__ import annotations

import os
import signal
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from saywho.workers import LOST_PROCESS, ExecutorWorkers, ProcessWorkers, run_batches


def doubled(batch: tuple[int, str]) -> int:
    """Twice the batch's number; a batch whose marker file does not exist yet creates it and kills its process."""
    number, marker = batch
    if marker and not os.path.exists(marker):
        Path(marker).touch()
        os.kill(os.getpid(), signal.SIGKILL)
    return 2 * number


def killer(batch: tuple[int, str]) -> int:
    """Kills its process for every batch numbered 3."""
    number, _ = batch
    if number == 3:
        os.kill(os.getpid(), signal.SIGKILL)
    return 2 * number


def refuses(batch: tuple[int, str]) -> int:
    raise ValueError(f"no batch {batch[0]}")


def failed(batch: tuple[int, str], reason: str) -> str:
    return f"{batch[0]} failed: {reason}"


def run(task, batches, workers: int = 2) -> tuple[list, list[int], list[int]]:
    """The results, and the pool's process ids before and after."""
    pool = ProcessWorkers(task, workers)
    try:
        pool.call(os.getpid).result()
        before = pool.pids()
        results = list(run_batches(pool, batches, in_flight=2 * workers, failed=failed))
        return results, before, pool.pids()
    finally:
        pool.close()


def test_batches_come_back_in_input_order_each_once():
    results, _, _ = run(doubled, [(n, "") for n in range(10)])
    assert results == [2 * n for n in range(10)]


def test_a_batch_whose_worker_is_killed_goes_again_on_a_fresh_pool(tmp_path):
    batches = [(n, str(tmp_path / "killed-once") if n == 4 else "") for n in range(8)]
    results, before, after = run(doubled, batches)
    assert results == [2 * n for n in range(8)]  # nothing lost, nothing doubled
    assert (tmp_path / "killed-once").exists() and not set(before) & set(after)


def test_a_batch_that_kills_its_worker_twice_is_failed_and_the_others_go_on():
    results, _, _ = run(killer, [(n, "") for n in range(6)])
    assert results == [0, 2, 4, f"3 failed: {LOST_PROCESS}", 8, 10]


def test_an_error_that_is_not_a_lost_worker_is_raised():
    with pytest.raises(ValueError, match="no batch 0"):
        run(refuses, [(0, "")], workers=1)


def test_on_an_executor_that_replaces_its_own_workers_only_the_lost_batch_goes_again():
    """As on Dask (`client.get_executor()`): a lost worker fails its own task only; it goes again once."""
    tries: Counter[int] = Counter()

    def flaky(batch: tuple[int, str]) -> int:
        number, _ = batch
        tries[number] += 1
        if number == 2 or (number == 4 and tries[number] == 1):
            raise ConnectionResetError("worker gone")
        return 2 * number

    def lost(error: BaseException) -> str | None:
        return "its worker went away" if isinstance(error, ConnectionResetError) else None

    with ThreadPoolExecutor(2) as executor:
        results = list(run_batches(ExecutorWorkers(executor, flaky, lost), [(n, "") for n in range(6)],
                                   in_flight=3, failed=failed))
    assert results == [0, 2, "2 failed: its worker went away", 6, 8, 10]
    assert tries == {0: 1, 1: 1, 2: 2, 3: 1, 4: 2, 5: 1}  # tried again once, and only the lost ones
