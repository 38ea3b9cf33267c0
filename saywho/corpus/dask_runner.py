"""Ingest's analysis on a Dask cluster, for archives one machine cannot get through.

`saywho ingest ... --dask tcp://scheduler:8786` hands each batch of jobs to a
Dask worker, which reads, checks and analyses it exactly as a local worker
process does (`process_batch`), loading the pipeline once per worker process.
The results come back here in input order and are written to the store here,
one transaction per article, as in a local run: resuming, duplicates and
failures behave the same, and the store needs no network access.

Workers must reach the inputs themselves: files by the same paths (a shared
disk), URLs over their own network. `--dask local` (or `local:N`) starts a
cluster of N single-threaded worker processes on 127.0.0.1 (default: one per
core) and stops it at the end.

A batch whose worker dies is submitted once more (with the stored hashes sent
again if their copies died too); if it fails again it is reported as failed,
article by article, and the other batches go on.
"""

from __future__ import annotations

import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager

from saywho.corpus.inputs import Job
from saywho.corpus.store import Store
from saywho.errors import SaywhoError

CONNECT_TIMEOUT = "10s"
RESULT_POLL_SECONDS = 5  # how often a wait for a batch checks that the scheduler is still there
BATCHES_PER_WORKER = 2  # in flight at once: enough to keep a worker busy, few enough to bound memory


def run_on_dask(
    store: Store, batches: Iterable[list[Job]], address: str, on_worker_lost: Callable[[list[Job], str], list]
) -> Iterator[list]:
    """Outcomes of each batch, in order, analysed on the Dask cluster at `address`. Never raises for one batch."""
    from distributed import KilledWorker

    with _client(address) as client:
        known = _StoredHashes(client, store)
        in_flight = BATCHES_PER_WORKER * max(1, len(client.scheduler_info()["workers"]))
        window: deque = deque()  # (jobs, future, the hashes' future it was given, tries)
        source = iter(batches)
        while True:
            while len(window) < in_flight and (jobs := next(source, None)) is not None:
                window.append((jobs, *known.submit(jobs), 0))
            if not window:
                return
            jobs, future, given, tries = window.popleft()
            try:
                outcomes = _result(client, future, address)
            except SaywhoError:
                raise
            except KilledWorker:
                outcomes = on_worker_lost(jobs, "a Dask worker died analysing it")
            except Exception as error:  # cancelled, or its input lost with a worker that died: try once more
                if tries == 0 and known.replace(given):
                    window.appendleft((jobs, *known.submit(jobs), 1))
                    continue
                outcomes = on_worker_lost(jobs, _lost_reason(error))
            future.release()
            yield outcomes


def _result(client, future, address: str):
    """The future's result; a scheduler that has gone for good ends the run (a Future would wait forever)."""
    while True:
        try:
            return future.result(timeout=RESULT_POLL_SECONDS)
        except TimeoutError:
            if client.status in ("closing", "closed"):
                raise SaywhoError(
                    f"lost the Dask scheduler at {address}; what was stored is kept: run the same command to resume"
                ) from None


class _StoredHashes:
    """The store's text hashes, sent to the workers once (and again if the copies die with their workers)."""

    def __init__(self, client, store: Store):
        self.client = client
        self.hashes = frozenset(store.hashes())
        self.future = self._scatter()

    def _scatter(self):
        # In a list, so that Dask sends the set as one object (it would scatter a bare set item by item).
        (future,) = self.client.scatter([self.hashes], broadcast=True)
        return future

    def submit(self, jobs: list[Job]):
        return self.client.submit(analyse_batch, jobs, self.future, pure=False), self.future

    def replace(self, lost) -> bool:
        """Send the hashes again if `lost` is the current copy; False if the cluster cannot take them."""
        if lost is self.future:  # the first batch to notice re-sends them; the others reuse the new copy
            try:
                self.future = self._scatter()
            except Exception:  # the scheduler itself is gone: the batches will be reported as failed
                return False
        return True


def analyse_batch(jobs: list[Job], known: frozenset[str]) -> list:
    """What runs on a worker: ingest's own batch processing, against the hashes stored when the run began."""
    from saywho.corpus.ingest import process_batch

    return process_batch(jobs, known=known.__contains__)


def _lost_reason(error: Exception) -> str:
    from concurrent.futures import CancelledError

    if isinstance(error, CancelledError):  # Dask gives up on a task whose worker (or input) keeps vanishing
        return f"a Dask worker died or restarted while analysing it, twice ({type(error).__name__})"
    return f"Dask could not analyse it ({type(error).__name__}: {error})"


@contextmanager
def _client(address: str):
    try:
        from distributed import Client, LocalCluster
    except ImportError:
        raise SaywhoError("--dask needs the distributed package: pip install 'saywho[dask]'") from None
    cluster = None
    try:
        if address == "local" or address.startswith("local:"):
            cluster = LocalCluster(n_workers=_local_workers(address), threads_per_worker=1, processes=True,
                                   host="127.0.0.1", dashboard_address=None)
            client = Client(cluster)
        else:
            client = Client(address, timeout=CONNECT_TIMEOUT)
    except (OSError, TimeoutError) as error:
        if cluster is not None:
            cluster.close()
        raise SaywhoError(f"cannot reach the Dask scheduler at {address} ({error})") from None
    try:
        with _quiet_dask_logs():
            yield client
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


@contextmanager
def _quiet_dask_logs():
    """distributed logs a traceback when its scheduler goes away; saywho reports that in one line of its own."""
    import logging

    names = ["distributed", *(n for n in logging.root.manager.loggerDict if n.startswith("distributed."))]
    levels = {name: logging.getLogger(name).level for name in names}
    for name in names:
        logging.getLogger(name).setLevel(logging.CRITICAL)
    try:
        yield
    finally:
        for name, level in levels.items():
            logging.getLogger(name).setLevel(level)


def _local_workers(address: str) -> int:
    count = address.partition(":")[2]
    if not count:
        return os.cpu_count() or 1
    if not count.isdigit() or int(count) < 1:
        raise SaywhoError(f"--dask {address}: write local:N with N a number of workers, 1 or more")
    return int(count)
