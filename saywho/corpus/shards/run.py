"""`saywho ingest --shards DIR`: schedule shard tasks on an Executor and count what comes back.

The inputs are cut into partitions of `--batch` jobs, in the stable order `Discovery`
walks them; each partition is one task, named by `layout.task_key`. Tasks go to a
`concurrent.futures.Executor`: a `ProcessPoolExecutor` of spawned worker processes
here, or a Dask client's executor (`client.get_executor()`) for `--dask ADDRESS`.
The worker writes the shards (`write.run_task`); this process never sees a row, only
each task's counts and failure reasons. Tasks whose `_done` marker exists are not
submitted at all.

A worker that dies takes its task with it: a local pool is replaced and the tasks
in flight are submitted again (a task is idempotent: same file names, same rows); a
task that breaks the pool twice is reported as failed, article by article, and gets
no marker, so the next run tries it again. On Dask the scheduler itself re-runs a
task whose worker died (up to `distributed.scheduler.allowed-failures` times).
"""

from __future__ import annotations

import copy
import os
import signal
import time
from collections.abc import Iterable, Iterator
from concurrent.futures import FIRST_COMPLETED, Executor, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from contextlib import contextmanager
from dataclasses import dataclass, field
from itertools import chain, islice

from saywho.corpus.inputs import Discovery, Job
from saywho.corpus.shards.layout import DONE_DIR, task_key
from saywho.corpus.shards.warc_ranges import RANGED, is_ranged, range_jobs
from saywho.corpus.shards.write import TaskResult, filesystem, run_task
from saywho.errors import SaywhoError

DEFAULT_SHARD_BATCH = 64  # articles per task: fewer, larger Parquet files than ingest's batch of 8
TASKS_PER_WORKER = 2  # in flight at once
POLL_SECONDS = 5  # how often a wait for tasks checks that the Dask scheduler is still there


@dataclass
class ShardSummary:
    tasks: int = 0
    skipped_tasks: int = 0  # finished by an earlier run
    done: int = 0
    duplicates: int = 0
    already: int = 0  # articles of the skipped tasks (those read here: a range's are not known)
    failures: list[tuple[str, str]] = field(default_factory=list)
    seconds: float = 0.0
    identities: dict[str, int] = field(default_factory=dict)
    warc_skipped: int = 0
    reported: int = 0  # of the inputs' own failures, how many the progress display has been told

    @property
    def rate(self) -> float:
        return self.done / self.seconds if self.seconds else 0.0


def ingest_shards(root: str, discovery: Discovery, *, workers: int | None = None, batch: int = DEFAULT_SHARD_BATCH,
                  progress=None, dask: str | None = None) -> ShardSummary:
    """Analyse every job of `discovery` into shards under `root` (a folder or fsspec URI)."""
    from saywho.corpus.ingest import Progress

    progress = progress or Progress()
    summary = ShardSummary()
    started = time.monotonic()
    fs, base = filesystem(root)
    try:
        fs.makedirs(base, exist_ok=True)
    except OSError as error:
        raise SaywhoError(f"cannot write shards in {root} ({error.strerror or error})") from None
    finished = finished_tasks(root)
    archives = [path for kind, path in discovery.entries if is_ranged(kind, path)]
    rest = copy.copy(discovery)  # the other inputs, read here job by job (failures go to the same list)
    rest.entries = [(kind, path) for kind, path in discovery.entries if not is_ranged(kind, path)]
    # A gzipped archive's articles are counted by the workers that read it: no total while any is left to read.
    progress.start(None if archives else rest.count() + len(discovery.failures))
    try:
        partitions = chain(_ranges(archives, discovery.date), _partitions(rest.jobs(), batch))
        tasks = _unfinished(partitions, finished, summary, progress)
        with _executor(workers, dask) as (executor, renew):
            for result in _run(executor, renew, root, tasks, _in_flight(workers, dask, executor)):
                _count(result, summary, progress)
                _report_discovery_failures(discovery, summary, progress)
        _report_discovery_failures(discovery, summary, progress)
    finally:
        progress.stop()
    summary.failures = discovery.failures + summary.failures
    summary.warc_skipped += rest.warc_skipped
    summary.seconds = time.monotonic() - started
    return summary


def finished_tasks(root: str) -> set[str]:
    """The keys of the tasks that have a `_done` marker (one listing of one folder)."""
    fs, base = filesystem(root)
    folder = f"{base.rstrip('/')}/{DONE_DIR}"
    if not fs.exists(folder):
        return set()
    return {name.rsplit("/", 1)[-1] for name in fs.ls(folder, detail=False)
            if not name.rsplit("/", 1)[-1].startswith(".")}


def _partitions(jobs: Iterable[Job], size: int) -> Iterator[tuple[str, list[Job]]]:
    iterator = iter(jobs)
    while chunk := list(islice(iterator, size)):
        yield task_key([job_identity(job) for job in chunk]), chunk


def _ranges(archives: list, date: str | None) -> Iterator[tuple[str, list[Job]]]:
    """A task for each byte range of each gzipped WARC archive, read by its worker (see warc_ranges.py)."""
    for path in archives:
        for job in range_jobs(str(path), date):
            yield task_key([job.origin]), [job]


def job_identity(job: Job) -> str:
    """What names a job in its partition's key: its origin, and for a WARC record its archive too."""
    if job.kind == "html" and isinstance(job.data, tuple | list) and len(job.data) > 2:
        return f"{job.data[2]}#{job.origin}"
    return job.origin


def _unfinished(partitions, finished: set[str], summary: ShardSummary, progress) -> Iterator[tuple[str, list[Job]]]:
    from saywho.corpus.ingest import DUPLICATE, Outcome

    for key, jobs in partitions:
        summary.tasks += 1
        if key in finished:
            summary.skipped_tasks += 1
            for job in jobs:
                if job.kind != RANGED:  # a range's articles are not known here
                    summary.already += 1
                    progress.advance(Outcome(job.origin, DUPLICATE))
            continue
        yield key, jobs


def _run(executor: Executor, renew, root: str, tasks, in_flight: int) -> Iterator[TaskResult]:
    """Each task's result as it completes; a task whose worker died is tried once more, then reported failed."""
    window: dict[Future, tuple[str, list[Job], int]] = {}
    source = iter(tasks)
    while True:
        while len(window) < in_flight and (task := next(source, None)) is not None:
            key, jobs = task
            window[_submit(executor, root, key, jobs)] = (key, jobs, 0)
        if not window:
            return
        done, _ = wait(window, timeout=POLL_SECONDS, return_when=FIRST_COMPLETED)
        if not done:
            _check_alive(executor)
            continue
        broken = []
        for future in done:
            key, jobs, tries = window.pop(future)
            try:
                yield future.result()
            except BrokenProcessPool:  # every task in flight fails with the pool: each counts one try
                broken.append((key, jobs, tries + 1))
            except Exception as error:  # Dask: KilledWorker after its retries, or the task raised
                yield _failed(key, jobs, _lost_reason(error))
        if broken:
            executor = renew()
            retry = [*broken, *window.values()]
            window.clear()
            for key, jobs, tries in retry:
                if tries >= 2:
                    yield _failed(key, jobs, "a worker process died analysing it, twice")
                else:
                    window[_submit(executor, root, key, jobs)] = (key, jobs, tries)


def _submit(executor: Executor, root: str, key: str, jobs: list[Job]) -> Future:
    try:
        return executor.submit(run_task, root, key, jobs)
    except BrokenProcessPool as broken:  # a worker died since the last result was read
        future: Future = Future()
        future.set_exception(broken)
        return future


def _failed(key: str, jobs: list[Job], reason: str) -> TaskResult:
    return TaskResult(key, len(jobs), failures=[(job.origin, reason) for job in jobs])


def _lost_reason(error: Exception) -> str:
    if type(error).__name__ == "KilledWorker":
        return "a Dask worker died analysing it, as often as the scheduler allows (KilledWorker)"
    return f"its task failed ({type(error).__name__}: {error})"


def _check_alive(executor: Executor) -> None:
    client = getattr(executor, "_client", None)
    if client is not None and client.status in ("closing", "closed"):
        raise SaywhoError("lost the Dask scheduler; the finished tasks' shards are kept: run the same command to resume")


def _count(result: TaskResult, summary: ShardSummary, progress) -> None:
    from saywho.corpus.ingest import DONE, DUPLICATE, FAILED, Outcome

    summary.done += result.done
    summary.duplicates += result.duplicates
    summary.warc_skipped += result.warc_skipped
    summary.failures.extend(result.failures)
    for status, count in ((DONE, result.done), (DUPLICATE, result.duplicates),
                          (FAILED, len(result.failures))):
        for _ in range(count):
            progress.advance(Outcome("", status))


def _report_discovery_failures(discovery: Discovery, summary: ShardSummary, progress) -> None:
    from saywho.corpus.ingest import FAILED, Outcome

    for origin, reason in discovery.failures[summary.reported:]:
        progress.advance(Outcome(origin, FAILED, reason=reason))
    summary.reported = len(discovery.failures)


def _in_flight(workers: int | None, dask: str | None, executor: Executor) -> int:
    client = getattr(executor, "_client", None)
    if client is not None:
        return TASKS_PER_WORKER * max(1, len(client.scheduler_info()["workers"]))
    return TASKS_PER_WORKER * _workers(workers)


def _workers(workers: int | None) -> int:
    return max(1, workers or os.cpu_count() or 1)


@contextmanager
def _executor(workers: int | None, dask: str | None):
    """(executor, renew): renew() replaces a broken local pool and returns the new one."""
    if dask:
        from saywho.corpus.dask_runner import dask_client

        with dask_client(dask) as client:
            executor = client.get_executor(pure=False)
            yield executor, lambda: executor
        return
    if _workers(workers) == 1:
        executor = _HereExecutor()
        yield executor, lambda: executor
        return
    pool = [_pool(_workers(workers))]

    def renew() -> Executor:
        pool[0].shutdown(wait=False, cancel_futures=True)
        pool[0] = _pool(_workers(workers))
        return pool[0]

    try:
        yield pool[0], renew
    finally:
        pool[0].shutdown(wait=True, cancel_futures=True)


def _pool(workers: int) -> ProcessPoolExecutor:
    import multiprocessing

    return ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("spawn"),
                               initializer=_init_worker, initargs=(os.getpid(),))


def _init_worker(parent: int) -> None:
    """Load the pipeline once; end with the parent; leave Ctrl-C to the parent, which stops the pool."""
    from saywho.nlp import load_pipeline
    from saywho.processes import die_with_parent

    die_with_parent(parent)
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    load_pipeline()


class _HereExecutor(Executor):
    """Runs each task in this process as it is submitted: one worker, and `memory://` shards work."""

    def submit(self, fn, /, *args, **kwargs) -> Future:
        future: Future = Future()
        try:
            future.set_result(fn(*args, **kwargs))
        except Exception as error:  # the caller reads it from the future
            future.set_exception(error)
        return future
