"""Ingesting many articles into a store: read and analyse on every core, write in one place.

Worker processes each load the pipeline once, then take batches of jobs and turn
each article into the rows the store keeps (saywho/corpus/ingest_batch.py: the
stored hashes are skipped, each failure is confined to its article). The batches
run on a local process pool, or on a Dask cluster (saywho/corpus/dask_runner.py),
through saywho/workers.py, which retries a batch whose worker died once and then
reports its articles as failed. The main process only inserts: each batch's
records in one transaction (`Store.add_many`, where the back end writes batches)
as they come back, in input order, so a run killed at any moment leaves whole
batches and resumes where it stopped: the hashes already stored are skipped. (A
larger --batch means fewer commits, each of which writes every index page it
touched: cheaper per article in a large store.) At the end the identity pass
re-resolves what the new articles touched.
"""

from __future__ import annotations

import os
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from itertools import islice
from typing import TYPE_CHECKING

from saywho.corpus.ingest_batch import DONE, DUPLICATE, FAILED, Outcome, init_worker, lost_batch, process_batch
from saywho.corpus.inputs import Discovery, Job
from saywho.corpus.store import Store, StoreFull
from saywho.workers import NextReady, ProcessWorkers, run_batches

if TYPE_CHECKING:
    from saywho.corpus.progress import Reporter

DEFAULT_BATCH = 8
# At most this many articles in one write: batches whose results are already in when one is written
# go in with it (one transaction, one commit, one pass of the counts for them all), up to this bound.
# A store's cost per article falls with larger writes (docs/corpus.md, "The writer's batches"). A write
# only reaches this bound when that many results wait, and at most BATCHES_PER_WORKER x workers batches
# of --batch do (32 articles with 2 workers and --batch 8): with the defaults each write is that window.
WRITE_BATCH = 1024
BATCHES_PER_WORKER = 2  # in flight at once: enough to keep a worker busy, few enough to bound memory


@dataclass
class Summary:
    done: int = 0
    duplicates: int = 0
    failures: list[tuple[str, str]] = field(default_factory=list)
    seconds: float = 0.0
    identities: dict[str, int] = field(default_factory=dict)
    warc_skipped: int = 0
    disk_full: bool = False  # the run stopped there; what was stored is whole, and a new run resumes

    @property
    def rate(self) -> float:
        return self.done / self.seconds if self.seconds else 0.0


# -- the main side ----------------------------------------------------------------------------


class Progress:
    """What the runner reports as it goes; the CLI draws it with rich, tests may ignore it."""

    def start(self, total: int | None) -> None: ...

    def advance(self, outcome: Outcome) -> None: ...

    def stop(self) -> None: ...


def ingest(store: Store, discovery: Discovery, *, workers: int | None = None, batch: int = DEFAULT_BATCH,
           progress: Reporter | None = None, dask: str | None = None) -> Summary:
    """Ingest every job of `discovery` into `store`; returns what was done, skipped and failed.

    With `dask` (a scheduler address, or "local" / "local:N" for a cluster of N
    processes on this machine) the analysis runs on Dask workers; see
    saywho/corpus/dask_runner.py. The store is still written here, in one place.
    """
    progress = progress or Progress()
    workers = max(1, workers or os.cpu_count() or 1)
    summary = Summary()
    started = time.monotonic()
    progress.start(discovery.count() + len(discovery.failures))
    try:
        jobs = _unstored(store, discovery.jobs(), summary, progress)
        batches = _batches(jobs, batch)
        next_ready = NextReady()
        if dask:
            from saywho.corpus.dask_runner import run_on_dask

            results = run_on_dask(store, batches, dask, next_ready)
        elif workers == 1:
            results = _run_here(store, batches)
        else:
            results = _run_pool(store, batches, workers, next_ready)
        _store_results(store, _writes(results, next_ready), discovery, summary, progress)
    finally:
        progress.stop()
    summary.failures = discovery.failures + summary.failures
    summary.warc_skipped = discovery.warc_skipped
    if not summary.disk_full:
        try:
            summary.identities = store.resolve_identities()
        except StoreFull:
            summary.disk_full = True
    summary.seconds = time.monotonic() - started
    return summary


def _store_results(store: Store, results: Iterator[list[Outcome]], discovery: Discovery, summary: Summary,
                   progress: Reporter) -> None:
    """Write each batch as it comes, in one transaction; a full disk stops the run (and the workers)."""
    reported = 0
    try:
        for outcomes in results:
            _record_batch(store, outcomes, summary)
            for outcome in outcomes:
                progress.advance(outcome)
            # Inputs that failed while their jobs were read (a bad JSON line, a broken archive).
            for origin, reason in discovery.failures[reported:]:
                progress.advance(Outcome(origin, FAILED, reason=reason))
            reported = len(discovery.failures)
    except StoreFull:
        summary.disk_full = True
        getattr(results, "close", lambda: None)()
        return
    for origin, reason in discovery.failures[reported:]:
        progress.advance(Outcome(origin, FAILED, reason=reason))


def _writes(results: Iterator[list[Outcome]], next_ready: NextReady) -> Iterator[list[Outcome]]:
    """The batches' outcomes, those that come in while the writer is busy joined into one write (≤ WRITE_BATCH).

    A writer faster than its workers writes each batch as it comes; one that falls behind
    takes every batch that waits at once, so each commit carries more articles."""
    pending: list[Outcome] = []
    try:
        for outcomes in results:
            pending.extend(outcomes)
            if len(pending) >= WRITE_BATCH or not next_ready():
                yield pending
                pending = []
        if pending:
            yield pending
    finally:
        getattr(results, "close", lambda: None)()


def _unstored(store: Store, jobs: Iterable[Job], summary: Summary, progress: Reporter) -> Iterator[Job]:
    """URLs already stored are not fetched again (a resumed URL list)."""
    for job in jobs:
        if job.kind == "url" and store.has_url(job.origin):
            outcome = Outcome(job.origin, DUPLICATE)
            summary.duplicates += 1
            progress.advance(outcome)
            continue
        yield job


def _batches(jobs: Iterable[Job], size: int) -> Iterator[list[Job]]:
    iterator = iter(jobs)
    while chunk := list(islice(iterator, size)):
        yield chunk


def _record_batch(store: Store, outcomes: list[Outcome], summary: Summary) -> None:
    """Store the records together; if the store refuses them, each alone, so that one bad record fails alone."""
    for outcome in outcomes:
        if outcome.status == FAILED:
            summary.failures.append((outcome.origin, outcome.reason or "failed"))
        elif outcome.status == DUPLICATE:
            summary.duplicates += 1
    done = [o for o in outcomes if o.status == DONE]
    if not done:
        return
    if not store.writes_batches:
        for outcome in done:
            _record_one(store, outcome, summary)
        return
    try:
        results = store.add_many([o.record for o in done])
    except Exception:  # one at a time: a bad record fails alone, and a full disk takes what still fits
        for outcome in done:
            _record_one(store, outcome, summary)
        return
    for outcome, result in zip(done, results, strict=True):
        _count(outcome, result.added, summary)


def _record_one(store: Store, outcome: Outcome, summary: Summary) -> None:
    try:
        (result,) = store.add_many([outcome.record])
    except StoreFull:
        raise
    except Exception as error:  # a store that refuses one record must not stop the run
        outcome.status = FAILED
        summary.failures.append((outcome.origin, f"could not be stored ({type(error).__name__}: {error})"))
        return
    _count(outcome, result.added, summary)


def _count(outcome: Outcome, added: bool, summary: Summary) -> None:
    outcome.record = None  # stored: the rows need not be kept
    if added:
        summary.done += 1
    else:
        outcome.status = DUPLICATE
        summary.duplicates += 1


def _run_here(store: Store, batches: Iterable[list[Job]]) -> Iterator[list[Outcome]]:
    for jobs in batches:
        yield process_batch(jobs, known=store.has)


def _run_pool(store: Store, batches: Iterable[list[Job]], workers: int,
              next_ready: NextReady) -> Iterator[list[Outcome]]:
    """Batches on a pool of `workers` processes, results in input order (see saywho/workers.py for lost workers)."""
    pool = ProcessWorkers(process_batch, workers, initializer=init_worker, initargs=(store.location, os.getpid()))
    try:
        yield from run_batches(pool, batches, in_flight=BATCHES_PER_WORKER * workers, failed=lost_batch,
                               next_ready=next_ready)
    finally:
        pool.close()
