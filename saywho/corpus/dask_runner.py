"""Ingest's analysis on a Dask cluster, for archives one machine cannot get through.

`saywho ingest ... --dask tcp://scheduler:8786` hands each batch of jobs to a
Dask worker, which reads, checks and analyses it exactly as a local worker
process does (`process_batch`), loading the pipeline once per worker process.
The results come back here in input order and are written to the store here,
one transaction per batch, as in a local run: resuming, duplicates and
failures behave the same, and the store needs no network access.

Workers must reach the inputs themselves: files by the same paths (a shared
disk), URLs over their own network. `--dask local` (or `local:N`) starts a
cluster of N single-threaded worker processes on 127.0.0.1 (default: one per
core) and stops it at the end.

The batches go through the cluster's `concurrent.futures` executor
(`client.get_executor()`) and saywho/workers.py, under the same policy as a
local run: a batch whose worker dies is submitted once more (with the stored
hashes sent again if their copies died too); if it fails again it is reported as
failed, article by article, and the other batches go on. A scheduler that goes
away ends the run with one line.
"""

from __future__ import annotations

import os
import time
from collections.abc import Iterable, Iterator
from concurrent.futures import CancelledError, Future
from contextlib import contextmanager

from saywho.corpus.ingest_batch import Outcome, lost_batch, process_batch
from saywho.corpus.inputs import Job
from saywho.corpus.store import Store
from saywho.errors import SaywhoError
from saywho.workers import ExecutorWorkers, NextReady, Recovery, run_batches

CONNECT_TIMEOUT = "10s"
RESULT_POLL_SECONDS = 5  # how often a wait for a batch checks that the scheduler is still there
SCHEDULER_POLL_SECONDS = 0.1  # how often to look whether a client reconnecting to its scheduler has given up
BATCHES_PER_WORKER = 2  # in flight at once: enough to keep a worker busy, few enough to bound memory


def run_on_dask(store: Store, batches: Iterable[list[Job]], address: str,
                next_ready: NextReady | None = None) -> Iterator[list[Outcome]]:
    """Outcomes of each batch, in order, analysed on the Dask cluster at `address`. Never raises for one batch."""
    with dask_client(address) as client:
        workers = DaskWorkers(client, store, address)
        in_flight = BATCHES_PER_WORKER * max(1, len(client.scheduler_info()["workers"]))
        try:
            yield from run_batches(workers, batches, in_flight=in_flight, failed=lost_batch, next_ready=next_ready)
        finally:
            workers.close()


class DaskExecutorWorkers(ExecutorWorkers):
    """`task(batch)` on the cluster's executor (`client.get_executor()`); Dask replaces its own dead workers.

    A scheduler that has gone for good ends the run with one line saying what is
    `kept` (a future would wait forever).
    """

    def __init__(self, client, address: str, task, kept: str = "what was stored is kept"):
        super().__init__(client.get_executor(pure=False), task, lost_reason)
        self.client = client
        self.address = address
        self.kept = kept

    def result(self, future: Future):
        while True:
            try:
                return future.result(timeout=RESULT_POLL_SECONDS)
            except TimeoutError:
                self._check_scheduler()
            except Exception:  # the client cancels every future when it loses the scheduler
                self._check_scheduler()
                raise

    def _check_scheduler(self) -> None:
        """Raise if the scheduler is gone for good; while the client tries to reconnect, wait to know."""
        while self.client.status == "connecting":
            time.sleep(SCHEDULER_POLL_SECONDS)
        if self.client.status in ("closing", "closed"):
            raise SaywhoError(f"lost the Dask scheduler at {self.address}; {self.kept}: run the same command to resume")

    def close(self) -> None:
        try:
            super().close()
        except Exception:  # the client is already gone with its scheduler: nothing is left to cancel
            pass


class DaskWorkers(DaskExecutorWorkers):
    """Ingest's batches on the cluster, each with the hashes stored when the run began.

    The hashes are sent to the workers once (`scatter`), and again if their copies
    died with the workers that held them.
    """

    def __init__(self, client, store: Store, address: str):
        super().__init__(client, address, analyse_batch)
        self.hashes = frozenset(store.hashes())
        self.known = self._scatter()
        self.given: dict[Future, object] = {}  # each batch's future -> the copy of the hashes it was given

    def _scatter(self):
        # In a list, so that Dask sends the set as one object (it would scatter a bare set item by item).
        (future,) = self.client.scatter([self.hashes], broadcast=True)
        return future

    def submit(self, batch: list[Job]) -> Future:
        future = self.executor.submit(analyse_batch, batch, self.known)
        self.given[future] = self.known
        return future

    def result(self, future: Future) -> list[Outcome]:
        outcomes = super().result(future)
        self.given.pop(future, None)
        return outcomes

    def recover(self, future: Future) -> Recovery:
        """The batch may go again once the hashes it was given are there again."""
        given = self.given.pop(future, None)
        if given is self.known:  # the first batch to notice re-sends them; the others reuse the new copy
            try:
                self.known = self._scatter()
            except Exception:  # the scheduler itself is gone: the batches will be reported as failed
                return Recovery.GIVE_UP
        return Recovery.RETRY


def analyse_batch(jobs: list[Job], known: frozenset[str]) -> list[Outcome]:
    """What runs on a worker: ingest's own batch processing, against the hashes stored when the run began."""
    return process_batch(jobs, known=known.__contains__)


def lost_reason(error: BaseException) -> str | None:
    """Why a Dask task failed, as a lost worker: any error but the end of the run (the scheduler gone), since
    Dask reports a dead worker, or an input lost with one, in several ways."""
    from distributed import KilledWorker

    if isinstance(error, SaywhoError):
        return None

    if isinstance(error, KilledWorker):  # Dask itself gave up after its worker died (allowed-failures times)
        return "a Dask worker died analysing it"
    if isinstance(error, CancelledError):  # Dask gives up on a task whose worker (or input) keeps vanishing
        return f"a Dask worker died or restarted while analysing it ({type(error).__name__})"
    return f"Dask could not analyse it ({type(error).__name__}: {error})"


@contextmanager
def dask_client(address: str):
    """A client of the scheduler at `address`, or of a local cluster ("local", "local:N") started and stopped here;
    a scheduler that cannot be reached is a one-line SaywhoError, and distributed's own logs stay quiet."""
    try:
        from distributed import Client, LocalCluster
    except ImportError:
        raise SaywhoError("--dask needs the distributed package: pip install 'saywho[dask]'") from None
    from saywho.corpus.dask_config import quiet_cluster

    with quiet_cluster(), _client(address, Client, LocalCluster) as client:
        yield client


@contextmanager
def _client(address: str, Client, LocalCluster):
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
    with _quiet_dask_logs():  # closing a client whose scheduler went away logs tracebacks too
        try:
            yield client
        finally:
            client.close()
            if cluster is not None:
                cluster.close()


@contextmanager
def _quiet_dask_logs():
    """distributed logs a traceback when its scheduler goes away; saywho reports that in one line of its own."""
    import gc
    import logging

    # asyncio reports the comm tasks that died with the scheduler ("Task exception was never retrieved")
    names = ["distributed", "asyncio", "tornado",
             *(n for n in logging.root.manager.loggerDict if n.startswith(("distributed.", "tornado.")))]
    levels = {name: logging.getLogger(name).level for name in names}
    for name in names:
        logging.getLogger(name).setLevel(logging.CRITICAL)
    try:
        yield
    finally:
        gc.collect()  # comm tasks that died with the scheduler report themselves when collected: while still quiet
        for name, level in levels.items():
            logging.getLogger(name).setLevel(level)


def _local_workers(address: str) -> int:
    count = address.partition(":")[2]
    if not count:
        return os.cpu_count() or 1
    if not count.isdigit() or int(count) < 1:
        raise SaywhoError(f"--dask {address}: write local:N with N a number of workers, 1 or more")
    return int(count)
