"""Running analyses for the web app off the event loop, with a deadline, in two lanes.

An analysis is CPU-bound (about 0.3 s for an 800-word article) and spaCy holds
the GIL for most of it, so threads would not add throughput. With `jobs` >= 1
analyses run in that many worker processes, each of which loads the pipeline
once; with `jobs` = 0 they run one at a time in a single background thread of
the server process (no start-up cost, which suits tests and tiny machines, but
no deadline: a thread cannot be stopped). Each worker is a one-process pool of
saywho/workers.py, the pool ingest uses too; a request whose process dies is not
tried again (its user is waiting), but the process is replaced.

Deadlines. A job may run for `deadline_base` seconds plus `deadline_per_100kb`
seconds per 100 KB of article text (by default 5 s + 10 s per 100 KB: 5.5 s for
a 5 KB article, 95 s for 900 KB; the seed article takes 0.2 s). A pipeline stuck
in a slow loop cannot be interrupted from outside, so a job still running at its
deadline has its worker process killed and a fresh one started in its place; the
request gets `TooSlow` (422). Time spent waiting for a worker does not count.

Lanes. Articles of up to `quick_bytes` (20 KB, about 3,000 words: nearly every
news article) are quick; longer ones are large. With two or more workers some
are kept for quick articles: a large article runs only on a large-lane worker
(jobs // 2 of them), a quick article on any idle worker, quick-lane ones first.
However many large or pathological-and-long articles arrive, they hold the
large lane only, so a quick article waits just for the quick articles ahead of
it, each bounded by its own deadline. (A short article that is slow to analyse
holds a quick worker for at most its deadline, 5–7 s by default.) With one
worker there is one lane, and no such guarantee.

Queues. At most `max_pending` analyses wait or run at once, and at most an
eighth of that many large ones; past that the server answers 503 at once rather
than queueing without bound, and a flood of large articles cannot take the
queue places of quick ones.
"""

from __future__ import annotations

import asyncio
import os
import threading
from concurrent.futures import ThreadPoolExecutor
from dataclasses import asdict
from typing import Any

from saywho.document import Analysis, Article
from saywho.errors import InputError
from saywho.workers import ProcessWorkers, run_batches

DEFAULT_MAX_PENDING = 64
DEFAULT_DEADLINE_BASE = 5.0
DEFAULT_DEADLINE_PER_100KB = 10.0
QUICK_BYTES = 20_000
START_TIMEOUT = 180.0  # a fresh process importing spaCy and loading the pipeline on a busy machine
QUICK, LARGE = "quick", "large"
WARM_UP_TEXT = "“We will rebuild the bridge by spring,” Mayor Jane Smith said on Monday."

LOST_PROCESS_MESSAGE = "an analysis process stopped unexpectedly; try again"

# ("ok", analysis dict), ("input", message), ("failed", message) or, from saywho/workers.py, ("died", reason)
Outcome = tuple[str, Any]


class Busy(Exception):
    """Too many analyses are already waiting, or a worker process died (the request may be retried)."""


class TooSlow(Exception):
    """An analysis ran past its deadline; its worker process was killed (422)."""


class Failed(Exception):
    """The analysis raised an error other than a refusal of its input (422)."""


def default_jobs() -> int:
    """One analysis process per core, at most two (the machines this runs on have two)."""
    return max(1, min(2, os.cpu_count() or 1))


def _load_pipeline() -> None:
    from saywho.nlp import load_pipeline

    load_pipeline()


def _outcome(article: dict[str, Any]) -> Outcome:
    """Analyse one article, with any error as a message: only plain data crosses the pipe."""
    from saywho.pipeline import analyze

    try:
        return "ok", analyze(Article(**article)).to_dict()
    except InputError as error:
        return "input", str(error)
    except Exception as error:
        return "failed", f"{type(error).__name__}: {error}"


def _start_process(parent: int) -> None:
    """A worker process as it starts: end with the server, load the pipeline, and analyse once."""
    from saywho.processes import die_with_parent

    die_with_parent(parent)  # a killed server must not leave its analyses running
    _load_pipeline()
    # The first analysis sets up more than loading does; a user's first request should not pay for it.
    _outcome(asdict(Article(WARM_UP_TEXT)))


def _started() -> bool:
    """Runs once a process has finished starting (a pool runs nothing before its initializer is done)."""
    return True


def _died(article: dict[str, Any], reason: str) -> Outcome:
    return "died", reason


class _Died(Exception):
    pass


class _Overran(Exception):
    pass


class _Worker(ProcessWorkers[dict[str, Any], Outcome]):
    """One analysis process in its lane: a one-process pool (saywho/workers.py), used by one job at a time.

    A request is not tried again when its process dies (retries=0): its user is
    waiting, and an article that kills its process would kill a second one. The
    pool is restarted all the same, so the next request gets a fresh process.
    """

    def __init__(self, lane: str):
        self.lane = lane
        self.seconds: float | None = None  # the running job's deadline
        super().__init__(_outcome, 1, initializer=_start_process, initargs=(os.getpid(),))

    def _start(self):
        executor = super()._start()
        # Submitted at once, so that the process starts now, and done once the pipeline is loaded.
        self.started = executor.submit(_started)
        return executor

    def poll_ready(self) -> bool:
        """Whether the pipeline is loaded, without waiting (a process that died starting is found out by `run`)."""
        started = self.started
        return started.done() and not started.cancelled() and started.exception() is None

    def wait_ready(self, timeout: float = START_TIMEOUT) -> None:
        try:
            self.started.result(timeout)
        except TimeoutError:
            raise _Died("the analysis process did not start") from None
        except Exception:
            raise _Died("the analysis process stopped while starting") from None

    def run(self, article: dict[str, Any], seconds: float) -> Outcome:
        """The outcome of analysing `article`, which may run for `seconds` once the process has started."""
        self.wait_ready()
        self.seconds = seconds
        return next(run_batches(self, [article], in_flight=1, failed=_died, retries=0))

    def result(self, future) -> Outcome:
        try:
            return future.result(timeout=self.seconds)
        except TimeoutError:
            # A pipeline stuck in a slow loop cannot be interrupted from outside: its process is killed.
            self.restart()
            raise _Overran() from None


class Analyzer:
    """analyze(article) -> Analysis, in worker processes (with deadlines and lanes) or a background thread."""

    def __init__(self, jobs: int = 0, max_pending: int = DEFAULT_MAX_PENDING, *,
                 deadline_base: float = DEFAULT_DEADLINE_BASE,
                 deadline_per_100kb: float = DEFAULT_DEADLINE_PER_100KB, quick_bytes: int = QUICK_BYTES):
        self.jobs = jobs
        self.max_pending = max_pending
        self.deadline_base = deadline_base
        self.deadline_per_100kb = deadline_per_100kb
        self.quick_bytes = quick_bytes
        self._limits = {QUICK: max_pending, LARGE: max(1, max_pending // 8)}
        self._pending = {QUICK: 0, LARGE: 0}
        self._lock = threading.Lock()
        self._free = threading.Condition()  # guards _idle, _workers and _closed; notified when a worker is idle
        self._idle: list[_Worker] = []
        self._workers: list[_Worker] = []
        self._closed = False
        self._threads: ThreadPoolExecutor | None = None

    # -- workers -----------------------------------------------------------------------------

    def start(self) -> None:
        with self._free:
            if self._threads is not None:
                return
            self._closed = False
            if self.jobs < 1:
                self._threads = ThreadPoolExecutor(1, thread_name_prefix="saywho-analysis")
                return
            self._workers = [_Worker(lane) for lane in self.lanes()]
            self._idle = list(self._workers)
            # A thread per waiting job: each blocks on its worker, or for a free worker, never on the event loop.
            self._threads = ThreadPoolExecutor(sum(self._limits.values()), thread_name_prefix="saywho-analysis")

    def lanes(self) -> list[str]:
        """Each worker's lane: with one worker one lane (LARGE takes all articles); otherwise jobs // 2 are LARGE."""
        large = 1 if self.jobs == 1 else self.jobs // 2
        return [QUICK] * (self.jobs - large) + [LARGE] * large

    def pids(self) -> list[int]:
        with self._free:
            return [pid for worker in self._workers for pid in worker.pids()]

    def warm_up(self) -> None:
        """Load the pipeline in every worker now rather than on the first requests."""
        self.start()
        if self.jobs < 1:
            assert self._threads is not None
            self._threads.submit(_load_pipeline).result()
            return
        with self._free:
            workers = list(self._workers)
        try:
            for worker in workers:
                worker.wait_ready()
        except _Died as error:
            raise Busy(str(error)) from None

    def close(self) -> None:
        with self._free:
            threads, self._threads = self._threads, None
            workers, self._workers, self._idle = self._workers, [], []
            self._closed = True
            self._free.notify_all()
        for worker in workers:
            worker.kill()
        if threads is not None:
            threads.shutdown(wait=False, cancel_futures=True)

    # -- jobs ----------------------------------------------------------------------------------

    def lane_for(self, article: Article) -> str:
        return QUICK if _size(article) <= self.quick_bytes else LARGE

    def deadline(self, article: Article) -> float:
        """Seconds the analysis of `article` may run before its worker is killed."""
        return self.deadline_base + self.deadline_per_100kb * _size(article) / 100_000

    async def analyze(self, article: Article) -> Analysis:
        self.start()
        lane = self.lane_for(article)
        with self._lock:
            if self._pending[lane] >= self._limits[lane]:
                what = "analyses" if lane == QUICK else "long articles"
                raise Busy(f"the server is busy with {self._pending[lane]} {what}; try again in a moment")
            self._pending[lane] += 1
        try:
            # Even turning the result into an Analysis is done in the thread: for a long article it takes a while.
            run = _analyse_here if self.jobs < 1 else self._run
            return await asyncio.get_running_loop().run_in_executor(self._threads, run, article)
        finally:
            with self._lock:
                self._pending[lane] -= 1

    def _run(self, article: Article) -> Analysis:
        worker = self._acquire(self.lane_for(article))
        seconds = self.deadline(article)
        try:
            outcome = worker.run(asdict(article), seconds)
        except _Overran:  # the worker has killed the process and started a fresh one
            raise TooSlow(f"the analysis took longer than {seconds:.1f} s, this server's limit for an article of "
                          f"{_size(article):,} bytes, and was stopped") from None
        except _Died:
            worker.restart()
            raise Busy(LOST_PROCESS_MESSAGE) from None
        except BaseException:
            worker.restart()  # in an unknown state: never hand it to the next job
            raise
        finally:
            self._release(worker)
        return _analysis(outcome)

    def _acquire(self, lane: str) -> _Worker:
        with self._free:
            while True:
                if self._closed:
                    raise Busy("the server is shutting down")
                worker = self._pick(lane)
                if worker is not None:
                    self._idle.remove(worker)
                    return worker
                self._free.wait()

    def _pick(self, lane: str) -> _Worker | None:
        # A quick job takes any worker, a large one a LARGE worker only; loaded workers first, then own lane first.
        usable = [worker for worker in self._idle if lane == QUICK or worker.lane == LARGE]
        return min(usable, key=lambda worker: (not worker.poll_ready(), worker.lane != lane), default=None)

    def _release(self, worker: _Worker) -> None:
        with self._free:
            if self._closed:
                return
            self._idle.append(worker)
            self._free.notify_all()


def _size(article: Article) -> int:
    return len(article.text.encode("utf-8"))


def _analyse_here(article: Article) -> Analysis:
    return _analysis(_outcome(asdict(article)))


def _analysis(outcome: Outcome) -> Analysis:
    kind, value = outcome
    if kind == "input":
        raise InputError(value)
    if kind == "failed":
        raise Failed(f"saywho could not analyse this article ({value})")
    if kind == "died":  # killed from outside or out of memory: the next request gets a fresh process
        raise Busy(LOST_PROCESS_MESSAGE)
    return Analysis.from_dict(value)
