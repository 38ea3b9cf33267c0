"""`saywho ingest --shards DIR`: schedule shard tasks on an Executor and count what comes back.

The inputs are cut into partitions of `--batch` jobs, in the stable order `Discovery`
walks them; each partition is one task, named by `layout.task_key`. Tasks go to a
`concurrent.futures.Executor`: a `ProcessPoolExecutor` of spawned worker processes
here, or a Dask client's executor (`client.get_executor()`) for `--dask ADDRESS`.
The worker writes the shards (`write.run_task`); this process never sees a row, only
each task's counts and failure reasons. Tasks whose `_done` marker exists are not
submitted at all.

Tasks run through saywho/workers.py, under the policy ingest's batches follow: a
worker that dies takes its task with it, and the task goes again once (a task is
idempotent: same file names, same rows); a local pool is replaced, and the tasks
lost with it go again one at a time, so that only a task which kills its worker
is failed. A task that fails is reported as failed, article by article, and gets
no marker, so the next run tries it again. On Dask the scheduler itself re-runs a
task whose worker died (up to `distributed.scheduler.allowed-failures` times)
before it counts as lost here.
"""

from __future__ import annotations

import copy
import os
import signal
import time
from collections.abc import Iterable, Iterator
from concurrent.futures import Executor, Future
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import partial
from itertools import chain, islice

from saywho.corpus.inputs import Discovery, Job
from saywho.corpus.shards.layout import DONE_DIR, task_key
from saywho.corpus.shards.warc_ranges import RANGED, is_ranged, range_jobs
from saywho.corpus.shards.write import TaskResult, filesystem, run_task
from saywho.errors import SaywhoError
from saywho.workers import ExecutorWorkers, ProcessWorkers, Workers, run_batches

DEFAULT_SHARD_BATCH = 64  # articles per task: fewer, larger Parquet files than ingest's batch of 8
TASKS_PER_WORKER = 2  # in flight at once


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
        with _pool(root, workers, dask) as (pool, in_flight):
            for result in run_batches(pool, tasks, in_flight=in_flight, failed=_failed_task):
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


def _failed_task(task: tuple[str, list[Job]], reason: str) -> TaskResult:
    key, jobs = task
    return TaskResult(key, len(jobs), failures=[(job.origin, reason) for job in jobs])


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


def _workers(workers: int | None) -> int:
    return max(1, workers or os.cpu_count() or 1)


@contextmanager
def _pool(root: str, workers: int | None, dask: str | None) -> Iterator[tuple[Workers, int]]:
    """The workers that run the tasks (see saywho/workers.py), and how many tasks to keep in flight."""
    task = partial(_run_task, root)
    if dask:
        from saywho.corpus.dask_runner import DaskExecutorWorkers, dask_client

        with dask_client(dask) as client:
            pool: Workers = DaskExecutorWorkers(client, dask, task, kept="the finished tasks' shards are kept")
            try:
                yield pool, TASKS_PER_WORKER * max(1, len(client.scheduler_info()["workers"]))
            finally:
                pool.close()
        return
    if _workers(workers) == 1:
        yield ExecutorWorkers(_HereExecutor(), task, lost=lambda error: None), 1
        return
    pool = ProcessWorkers(task, _workers(workers), initializer=_init_worker, initargs=(os.getpid(),))
    try:
        yield pool, TASKS_PER_WORKER * _workers(workers)
    finally:
        pool.close()


def _run_task(root: str, task: tuple[str, list[Job]]) -> TaskResult:
    """What runs on a worker: one task; one that cannot write its shards fails its articles, not the run."""
    key, jobs = task
    try:
        return run_task(root, key, jobs)
    except Exception as error:
        return _failed_task(task, f"its task failed ({type(error).__name__}: {error})")


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
