"""Batches of work on worker processes, over any `concurrent.futures.Executor`, with one policy for lost workers.

Ingest analyses its batches on a local `ProcessWorkers` pool or on a Dask cluster's
executor (`ExecutorWorkers`, saywho/corpus/dask_runner.py); the web app runs each
analysis on a one-process `ProcessWorkers` (saywho/web/analyzer.py). All of them
go through `run_batches`, and so share one policy:

- a worker that dies (killed, out of memory) is replaced: the pool recovers (a
  process pool starts afresh; a Dask cluster replaces its own workers);
- the batch it held is tried again `retries` times (once, by default), then its
  results are `failed(batch, reason)`: never lost, and never given twice;
- when a dead worker took the whole pool down (a broken process pool), nobody
  can tell which batch it held: every batch lost with it goes again, one at a
  time, so that a batch which kills its worker is found and failed alone, and
  the others (whose results were lost with the pool) are kept;
- results come back in input order, at most `in_flight` batches at once (memory
  stays bounded however many batches there are).

Any other error from a batch is a bug or the end of the run, and is raised.
"""

from __future__ import annotations

import enum
import multiprocessing
import threading
from abc import ABC, abstractmethod
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Executor, Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

Batch = TypeVar("Batch")
Result = TypeVar("Result")

RETRIES = 1
LOST_PROCESS = "a worker process died analysing it"


class Recovery(enum.Enum):
    """What a pool did after one of its workers was lost."""

    RETRY = "the lost batch may go again"
    RESTARTED = "a fresh pool took over: the lost batch and every batch in flight go again"
    GIVE_UP = "the pool cannot take the batch again: it is failed at once"


class Workers(ABC, Generic[Batch, Result]):
    """A pool of workers that `run_batches` can drive: a local process pool, a Dask cluster, ..."""

    @abstractmethod
    def submit(self, batch: Batch) -> Future:
        """Start `batch`; never raises for a broken pool (the future fails instead)."""

    @abstractmethod
    def lost(self, error: BaseException) -> str | None:
        """Why the worker of a batch that raised `error` was lost; None if `error` is something else."""

    @abstractmethod
    def recover(self, future: Future) -> Recovery:
        """Make the pool fit to take batches again after `future`'s worker was lost."""

    def result(self, future: Future) -> Result:
        return future.result()

    def close(self) -> None: ...


@dataclass
class _Attempt(Generic[Batch]):
    batch: Batch
    future: Future | None  # None: lost with a broken pool, and waiting to go again alone
    tries: int = 0


class NextReady:
    """Whether the next result `run_batches` will give is in already (so taking it would not wait).

    A consumer that writes results can then take several that are ready into one write."""

    def __init__(self) -> None:
        self._check: Callable[[], bool] = lambda: False

    def __call__(self) -> bool:
        return self._check()


def run_batches(workers: Workers[Batch, Result], batches: Iterable[Batch], *, in_flight: int,
                failed: Callable[[Batch, str], Result], retries: int = RETRIES,
                next_ready: NextReady | None = None) -> Iterator[Result]:
    """Each batch's result, in input order, each exactly once; see the module's docstring for lost workers."""
    window: deque[_Attempt[Batch]] = deque()
    if next_ready is not None:
        next_ready._check = lambda: bool(window) and _succeeded(window[0].future)
    source = iter(batches)
    while True:
        if all(waiting.future is not None for waiting in window):  # no lost batch is waiting to go alone
            while len(window) < max(1, in_flight) and (batch := next(source, None)) is not None:
                window.append(_Attempt(batch, workers.submit(batch)))
        if not window:
            return
        attempt = window.popleft()
        if attempt.future is None:
            attempt.future = workers.submit(attempt.batch)
        try:
            result = workers.result(attempt.future)
        except Exception as error:
            reason = workers.lost(error)
            if reason is None:
                raise
            if _try_again(workers, attempt, window, retries):
                window.appendleft(attempt)
                continue
            result = failed(attempt.batch, reason)
        yield result


def _try_again(workers: Workers, attempt: _Attempt, window: deque[_Attempt], retries: int) -> bool:
    """After `attempt`'s worker was lost: whether it goes again, and which batches go again with it.

    A pool that broke with other batches in flight cannot say whose worker died:
    each of them goes again, one at a time, and a batch is failed only when its
    worker dies while it runs alone, after its retries.
    """
    assert attempt.future is not None  # it has just run, and lost its worker
    recovery = workers.recover(attempt.future)
    attempt.tries += 1
    if recovery is Recovery.GIVE_UP:
        return False
    running = [waiting for waiting in window if waiting.future is not None]
    lost_with = [waiting for waiting in running if recovery is Recovery.RESTARTED and not _succeeded(waiting.future)]
    if not lost_with:
        if attempt.tries > retries:
            return False
        attempt.future = workers.submit(attempt.batch)
        return True
    for waiting in lost_with:
        waiting.future = None
        waiting.tries += 1
    attempt.future = None
    return True


def _succeeded(future: Future | None) -> bool:
    return future is not None and future.done() and not future.cancelled() and future.exception() is None


class ProcessWorkers(Workers[Batch, Result]):
    """`task(batch)` on a ProcessPoolExecutor of `count` spawned processes; one that dies brings a fresh pool.

    Spawned, not forked: the process that starts them may have threads (a web
    server, a progress display), and a forked child would inherit their locks in
    whatever state they were. `initializer(*initargs)` runs in each process as it
    starts (to load the pipeline once).
    """

    def __init__(self, task: Callable[[Batch], Result], count: int, *,
                 initializer: Callable[..., None] | None = None, initargs: tuple = ()):
        self.task = task
        self.count = count
        self.initializer = initializer
        self.initargs = initargs
        self.closed = False
        self._lock = threading.Lock()  # a restart and a kill from two threads (the web app's) do not interleave
        self.executor = self._start()

    def _start(self) -> ProcessPoolExecutor:
        return ProcessPoolExecutor(self.count, mp_context=multiprocessing.get_context("spawn"),
                                   initializer=self.initializer, initargs=self.initargs)

    def submit(self, batch: Batch) -> Future:
        return self.call(self.task, batch)

    def call(self, function: Callable[..., Any], *args: Any) -> Future:
        """`function(*args)` in one of the processes (the web app's warm-up, say)."""
        try:
            return self.executor.submit(function, *args)
        except BrokenProcessPool as broken:  # a worker died since the last result was read
            future: Future = Future()
            future.set_exception(broken)
            return future

    def lost(self, error: BaseException) -> str | None:
        return LOST_PROCESS if isinstance(error, BrokenProcessPool) else None

    def recover(self, future: Future) -> Recovery:
        self.restart()
        return Recovery.RESTARTED

    def restart(self) -> None:
        """Kill the processes, whatever they are doing, and start a fresh pool (unless this one was closed)."""
        with self._lock:
            self._kill()
            if not self.closed:
                self.executor = self._start()

    def pids(self) -> list[int]:
        # ProcessPoolExecutor keeps its processes in `_processes` (3.11-3.13 have no public way to reach them).
        return sorted(self.executor._processes or {})

    def kill(self) -> None:
        """Close the pool at once: its processes are killed, not waited for."""
        with self._lock:
            self.closed = True
            self._kill()

    def close(self) -> None:
        """Close the pool once the batches in flight are done; those not started are cancelled."""
        with self._lock:
            self.closed = True
        self.executor.shutdown(wait=True, cancel_futures=True)

    def _kill(self) -> None:
        processes = list((self.executor._processes or {}).values())
        for process in processes:
            process.kill()
        self.executor.shutdown(wait=False, cancel_futures=True)
        for process in processes:
            process.join(10)


class ExecutorWorkers(Workers[Batch, Result]):
    """`task(batch)` on an executor that replaces its own dead workers and fails only their tasks.

    Dask's `client.get_executor()` is one: a lost batch simply goes again.
    `lost(error)` says which errors mean a lost worker (and why); any other is raised.
    """

    def __init__(self, executor: Executor, task: Callable[[Batch], Result],
                 lost: Callable[[BaseException], str | None]):
        self.executor = executor
        self.task = task
        self._lost = lost

    def submit(self, batch: Batch) -> Future:
        return self.executor.submit(self.task, batch)

    def lost(self, error: BaseException) -> str | None:
        return self._lost(error)

    def recover(self, future: Future) -> Recovery:
        return Recovery.RETRY

    def close(self) -> None:
        self.executor.shutdown(wait=False)  # cancels what is left in flight (a run stopped early)
