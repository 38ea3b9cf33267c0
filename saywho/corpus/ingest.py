"""Ingesting many articles into a store: read and analyse on every core, write in one place.

Worker processes each load the pipeline once, then take batches of jobs: read
each article, skip it if its text hash is already stored (an indexed lookup in
the store, which each worker opens read-only), check it, analyse the rest with
`analyze_many`, and turn each analysis into the rows the store keeps (`derive`).
A failure is confined to its article: when a batch raises, its articles are
analysed one by one to find the one that fails. The main process only inserts:
each batch's records in one transaction (`Store.add_many`, where the back end
writes batches) as they come back, in input order, so a run killed at any moment
leaves whole batches and resumes where it stopped: the hashes already stored are
skipped. (A larger --batch means fewer commits, each of which writes every index
page it touched: cheaper per article in a large store.) At the end the identity pass
re-resolves what the new articles touched.
"""

from __future__ import annotations

import os
import signal
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from itertools import islice
from typing import TYPE_CHECKING, Any

from saywho.corpus.derive import ArticleRecord, derive, text_hash
from saywho.corpus.inputs import Discovery, Job, read_job
from saywho.corpus.store import Store, StoreFull
from saywho.document import Analysis, Article
from saywho.errors import SaywhoError
from saywho.processes import die_with_parent

if TYPE_CHECKING:
    from saywho.corpus.progress import Reporter

DEFAULT_BATCH = 8
ANALYSIS_BATCH = 16

DONE, DUPLICATE, FAILED = "done", "duplicate", "failed"


@dataclass
class Outcome:
    origin: str
    status: str  # done, duplicate or failed
    hash: str | None = None
    record: ArticleRecord | None = None  # the rows to store, made where the article was analysed
    reason: str | None = None


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


# -- the worker side -----------------------------------------------------------------------

_known: Callable[[str], bool] = lambda digest: False


def _init_worker(store_path: str, parent: int) -> None:
    """Load the pipeline, and open the store read-only to look up the hashes of articles already stored."""
    global _known
    die_with_parent(parent)
    try:
        from saywho.corpus.store import open_store

        _known = open_store(store_path, read_only=True).has
    except Exception:  # the writer still refuses duplicates; the worker only analyses them for nothing
        pass
    # Ctrl-C is for the main process, which stops the pool; a worker finishes its batch quietly.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    from saywho.nlp import load_pipeline

    load_pipeline()


def process_batch(jobs: list[Job], known: Callable[[str], bool] | None = None) -> list[Outcome]:
    """Read, check and analyse a batch; one Outcome per job, in order. Never raises for one bad article."""
    from saywho.read import check_article

    is_known = known or _known
    outcomes: list[Outcome | None] = [None] * len(jobs)
    pending: list[tuple[int, Article, list[str], str]] = []
    for index, job in enumerate(jobs):
        try:
            item = read_job(job)
            if isinstance(item, Analysis):
                digest = text_hash(item.article.text)
                outcomes[index] = (Outcome(job.origin, DUPLICATE, digest) if is_known(digest)
                                   else _derived(job.origin, item.to_dict(), digest))
                continue
            digest = text_hash(item.text)
            if is_known(digest):
                outcomes[index] = Outcome(job.origin, DUPLICATE, digest)
                continue
            warnings = check_article(item)
        except SaywhoError as error:
            outcomes[index] = Outcome(job.origin, FAILED, reason=_reason(error, job.origin))
            continue
        except Exception as error:  # a reader's bug must not take the batch down
            outcomes[index] = Outcome(job.origin, FAILED, reason=f"cannot read ({type(error).__name__}: {error})")
            continue
        pending.append((index, item, warnings, digest))
    digests = {index: digest for index, _, _, digest in pending}
    for index, analysis, failure in _analyse(pending):
        job = jobs[index]
        if failure is not None or analysis is None:
            outcomes[index] = Outcome(job.origin, FAILED, reason=failure)
        else:
            outcomes[index] = _derived(job.origin, analysis, digests[index])
    return [o for o in outcomes if o is not None]


def _derived(origin: str, analysis: dict[str, Any], digest: str) -> Outcome:
    """The rows to store, made here so that the process that writes them only inserts."""
    try:
        return Outcome(origin, DONE, digest, derive(analysis, digest))
    except Exception as error:  # a malformed analysis document fails alone
        return Outcome(origin, FAILED, reason=f"could not be stored ({type(error).__name__}: {error})")


def _analyse(pending: list[tuple[int, Article, list[str], str]]) -> Iterator[tuple[int, dict | None, str | None]]:
    """Analyse in one spaCy pipe; if that raises, one article at a time, so only the bad one fails."""
    if not pending:  # analyses read back (saywho export) need no model: spaCy is not even imported
        return
    from saywho.pipeline import analyze_many

    try:
        results = list(analyze_many([article for _, article, _, _ in pending], batch_size=ANALYSIS_BATCH))
    except Exception:
        results = None
    if results is not None and len(results) == len(pending):
        for (index, _, warnings, _), analysis in zip(pending, results, strict=True):
            analysis.warnings[:0] = warnings
            yield index, analysis.to_dict(), None
        return
    for index, article, warnings, _ in pending:
        try:
            analysis = next(analyze_many([article]))
        except Exception as error:
            yield index, None, f"analysis failed ({type(error).__name__}: {error})"
            continue
        analysis.warnings[:0] = warnings
        yield index, analysis.to_dict(), None


def _reason(error: Exception, origin: str) -> str:
    return str(error).removeprefix(f"{origin}: ")


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
        if dask:
            from saywho.corpus.dask_runner import run_on_dask

            results = run_on_dask(store, batches, dask, on_worker_lost=_lost_batch)
        elif workers == 1:
            results = _run_here(store, batches)
        else:
            results = _run_pool(store, batches, workers)
        _store_results(store, results, discovery, summary, progress)
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


def _run_pool(store: Store, batches: Iterable[list[Job]], workers: int) -> Iterator[list[Outcome]]:
    """Batches on a pool of processes, at most two per worker in flight, results in input order.

    A worker that dies (killed, out of memory) breaks the pool: a new pool takes
    over, the batches in flight are tried again, and a batch that breaks a pool
    twice is reported as failed, article by article.
    """
    import multiprocessing

    context = multiprocessing.get_context("spawn")
    where = (store.location, os.getpid())
    pool = ProcessPoolExecutor(workers, mp_context=context, initializer=_init_worker, initargs=where)
    window: deque[tuple[list[Job], Future, int]] = deque()
    source = iter(batches)
    try:
        while True:
            while len(window) < 2 * workers:
                jobs = next(source, None)
                if jobs is None:
                    break
                window.append((jobs, _submit(pool, jobs), 0))
            if not window:
                return
            jobs, future, tries = window.popleft()
            try:
                yield future.result()
            except BrokenProcessPool:
                pool.shutdown(wait=False, cancel_futures=True)
                pool = ProcessPoolExecutor(workers, mp_context=context, initializer=_init_worker, initargs=where)
                retry = [(jobs, tries + 1), *((j, t) for j, _, t in window)]
                window.clear()
                for jobs, tries in retry:
                    if tries >= 2:
                        window.append((jobs, _failed_future(jobs, "a worker process died analysing it"), tries))
                    else:
                        window.append((jobs, _submit(pool, jobs), tries))
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


def _submit(pool: ProcessPoolExecutor, jobs: list[Job]) -> Future:
    """The batch's future; if the pool broke before it could take the batch, a future that says so."""
    try:
        return pool.submit(process_batch, jobs)
    except BrokenProcessPool as broken:  # a worker died since the last result was read
        future: Future = Future()
        future.set_exception(broken)
        return future


def _failed_future(jobs: list[Job], reason: str) -> Future:
    future: Future = Future()
    future.set_result(_lost_batch(jobs, reason))
    return future


def _lost_batch(jobs: list[Job], reason: str) -> list[Outcome]:
    return [Outcome(job.origin, FAILED, reason=reason) for job in jobs]
