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

A batch whose worker dies more often than Dask allows (KilledWorker) is
reported as failed, article by article; the other batches go on.
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
BATCHES_PER_WORKER = 2  # in flight at once: enough to keep a worker busy, few enough to bound memory


def run_on_dask(
    store: Store, batches: Iterable[list[Job]], address: str, on_worker_lost: Callable[[list[Job], str], list]
) -> Iterator[list]:
    """Outcomes of each batch, in order, analysed on the Dask cluster at `address`."""
    from distributed import KilledWorker

    with _client(address) as client:
        # In a list, so that Dask sends the set as one object (it would scatter a bare set item by item).
        (known,) = client.scatter([frozenset(store.hashes())], broadcast=True)
        in_flight = BATCHES_PER_WORKER * max(1, len(client.scheduler_info()["workers"]))
        window: deque = deque()
        source = iter(batches)
        while True:
            while len(window) < in_flight and (jobs := next(source, None)) is not None:
                window.append((jobs, client.submit(analyse_batch, jobs, known, pure=False)))
            if not window:
                return
            jobs, future = window.popleft()
            try:
                outcomes = future.result()
            except KilledWorker:
                outcomes = on_worker_lost(jobs, "a Dask worker died analysing it")
            future.release()
            yield outcomes


def analyse_batch(jobs: list[Job], known: frozenset[str]) -> list:
    """What runs on a worker: ingest's own batch processing, against the hashes stored when the run began."""
    from saywho.corpus.ingest import process_batch

    return process_batch(jobs, known=known.__contains__)


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
        yield client
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


def _local_workers(address: str) -> int:
    count = address.partition(":")[2]
    if not count:
        return os.cpu_count() or 1
    if not count.isdigit() or int(count) < 1:
        raise SaywhoError(f"--dask {address}: write local:N with N a number of workers, 1 or more")
    return int(count)
