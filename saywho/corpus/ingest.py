"""Ingesting many articles into a store: read and analyse on every core, write in one place.

Worker processes each load the pipeline once, then take batches of jobs and turn
each article into the rows the store keeps (saywho/corpus/ingest_batch.py: the
stored hashes are skipped, each failure is confined to its article). The batches
run on a local process pool, or on a Dask cluster (saywho/corpus/dask_runner.py),
through saywho/workers.py, which retries a batch whose worker died once and then
reports its articles as failed. The main process only inserts: each batch's
records in one write (`Store.add_many`, all or nothing) as they come back, in
input order, and the writes share one transaction (`Store.held_transaction`)
committed every COMMIT_ARTICLES articles or COMMIT_SECONDS seconds and at the
end, since each commit writes every index page its transaction touched (fewer,
larger transactions cost less per article in a large store). A run killed at any
moment leaves whole transactions and resumes where it stopped: the hashes already
stored are skipped. Articles are counted and reported only once committed. At the
end the identity pass re-resolves what the new articles touched.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable, Iterable, Iterator
from contextlib import suppress
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
# go in with it (one savepoint, one pass of the counts for them all), up to this bound.
# A store's cost per article falls with larger writes (docs/corpus.md, "The writer's batches"). A write
# only reaches this bound when that many results wait, and at most BATCHES_PER_WORKER x workers batches
# of --batch do (32 articles with 2 workers and --batch 8): with the defaults each write is that window.
WRITE_BATCH = 1024
# A transaction spans several writes: ingest commits every COMMIT_ARTICLES articles, or COMMIT_SECONDS after its
# last commit, whichever comes first (and at the end). Writes of 32 at 100,000-190,000 articles cost 4.51 ms of
# CPU per article committed one by one, 4.38 in transactions of 1,024, 3.96 of 4,096 and 3.89 of 8,192
# (bench/writer_settings.py, docs/corpus.md): 4,096 takes nearly all the gain for half of what a kill loses.
# (A short ingest into a large store is mostly its cold page cache: 923 articles, the same writer CPU either
# way, 46% fewer bytes written.)
# The seconds bound how late readers see new articles and how long the write lock is held: under the 60 s
# another writer (saywho correct, a second ingest) waits for it. Only a writer that falls behind its workers holds
# its writes this long: one that would wait for them commits first.
COMMIT_ARTICLES = 4096
COMMIT_SECONDS = 30.0
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
           progress: Reporter | None = None, dask: str | None = None, commit_every: CommitEvery | None = None
           ) -> Summary:
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
        _store_results(store, _writes(results, next_ready), discovery, summary, progress,
                       commit_every or CommitEvery(COMMIT_ARTICLES, COMMIT_SECONDS), next_ready)
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
                   progress: Reporter, every: CommitEvery, next_ready: Callable[[], bool] = lambda: True) -> None:
    """Write each batch as it comes, held in one transaction until `every` says commit or the writer would wait.

    A writer that would wait for its workers commits first: it then holds no lock while idle, and
    the progress moves as the workers finish; only a writer that falls behind (a large run on many
    workers, where it pays) holds its writes for `every`. Outcomes are counted and reported only
    once their transaction is committed, so that the progress and the summary never claim an
    article stored that a kill would lose."""
    written = _Written(summary, progress, discovery)
    try:
        with store.held_transaction() as commit:
            for outcomes in _kept_on_error(results, commit, written):
                try:
                    _record_batch(store, outcomes, written.pending)
                except StoreFull:
                    commit()  # what fitted before the disk filled
                    written.settle()
                    raise
                if every.due(len(written.pending)) or not next_ready():
                    commit()
                    written.settle()
                    every.committed()
        written.settle()
    except StoreFull:
        summary.disk_full = True
        getattr(results, "close", lambda: None)()
        return
    written.report_failed_inputs()


def _kept_on_error(results: Iterator[list[Outcome]], commit: Callable[[], None],
                   written: _Written) -> Iterator[list[Outcome]]:
    """The results; if taking one fails (a lost Dask scheduler, Ctrl-C), what was written is committed first.

    The writes are whole, so they are kept, as they were when each write committed; only an error
    of the store itself rolls back the open transaction."""
    try:
        yield from results
    except GeneratorExit:
        raise
    except BaseException:
        with suppress(StoreFull):  # then the open transaction is lost, and the first error is the one to tell
            commit()
            written.settle()
        raise


@dataclass
class CommitEvery:
    """When ingest commits the transaction its writes share: every `articles` written, or `seconds` after the last.

    Both are checked as each write ends; a writer about to wait for its workers commits anyway
    (`_store_results`), so the store's write lock is never held while nothing is written."""

    articles: int = 0  # outcomes written (new, duplicate or failed); 0: commit after every write
    seconds: float = 0.0
    since: float = field(default_factory=time.monotonic)

    def due(self, pending: int) -> bool:
        return pending >= self.articles or time.monotonic() - self.since >= self.seconds

    def committed(self) -> None:
        self.since = time.monotonic()


class _Written:
    """Outcomes written in the open transaction, counted into the summary and the progress when it commits."""

    def __init__(self, summary: Summary, progress: Reporter, discovery: Discovery):
        self.summary, self.progress, self.discovery = summary, progress, discovery
        self.pending: list[Outcome] = []
        self.reported = 0

    def settle(self) -> None:
        for outcome in self.pending:
            _count(outcome, self.summary)
            self.progress.advance(outcome)
        self.pending = []
        self.report_failed_inputs()

    def report_failed_inputs(self) -> None:
        """Inputs that failed while their jobs were read (a bad JSON line, a broken archive)."""
        for origin, reason in self.discovery.failures[self.reported:]:
            self.progress.advance(Outcome(origin, FAILED, reason=reason))
        self.reported = len(self.discovery.failures)


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


def _record_batch(store: Store, outcomes: list[Outcome], written: list[Outcome]) -> None:
    """Store the records together; if the store refuses them, each alone, so that one bad record fails alone.

    Each outcome goes into `written` once dealt with (its status says stored, duplicate or failed)."""
    written.extend(o for o in outcomes if o.status != DONE)
    done = [o for o in outcomes if o.status == DONE]
    if not done:
        return
    if not store.writes_batches:
        for outcome in done:
            _record_one(store, outcome, written)
        return
    try:
        results = store.add_many([o.record for o in done])
    except Exception:  # one at a time: a bad record fails alone, and a full disk takes what still fits
        for outcome in done:
            _record_one(store, outcome, written)
        return
    for outcome, result in zip(done, results, strict=True):
        _stored(outcome, result.added, written)


def _record_one(store: Store, outcome: Outcome, written: list[Outcome]) -> None:
    try:
        (result,) = store.add_many([outcome.record])
    except StoreFull:
        raise
    except Exception as error:  # a store that refuses one record must not stop the run
        outcome.status, outcome.reason = FAILED, f"could not be stored ({type(error).__name__}: {error})"
        written.append(outcome)
        return
    _stored(outcome, result.added, written)


def _stored(outcome: Outcome, added: bool, written: list[Outcome]) -> None:
    outcome.record = None  # written: the rows need not be kept
    if not added:
        outcome.status = DUPLICATE
    written.append(outcome)


def _count(outcome: Outcome, summary: Summary) -> None:
    if outcome.status == DONE:
        summary.done += 1
    elif outcome.status == DUPLICATE:
        summary.duplicates += 1
    else:
        summary.failures.append((outcome.origin, outcome.reason or "failed"))


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
