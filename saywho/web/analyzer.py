"""Running analyses for the web app off the event loop, with a deadline, in two lanes.

An analysis is CPU-bound (about 0.3 s for an 800-word article) and spaCy holds
the GIL for most of it, so threads would not add throughput. With `jobs` >= 1
analyses run in that many worker processes, each of which loads the pipeline
once; with `jobs` = 0 they run one at a time in a single background thread of
the server process (no start-up cost, which suits tests and tiny machines, but
no deadline: a thread cannot be stopped). Each worker is a one-process pool of
saywho/workers.py, the pool ingest uses too, and a thread of the server that
feeds it (`_serve`); a request whose process dies is not tried again (its user
is waiting), but the process is replaced.

Batches. Quick articles waiting together are analysed together: a worker that
comes free takes up to BATCH_MAX of them (its share when several workers are
free) and runs them through one `nlp.pipe`, as ingest does, which lets the
batched parser step them together; each request gets its own result or error
(an input refused, an analysis that failed). Large articles go one at a time.
The process sends back each analysis as the JSON bytes the API answers with
(saywho/web/analysis_process.py), so the server does not decode and encode it.

Deadlines. A job may run for `deadline_base` seconds plus `deadline_per_100kb`
seconds per 100 KB of article text (by default 5 s + 10 s per 100 KB: 5.5 s for
a 5 KB article, 95 s for 900 KB; the seed article takes 0.2 s). A pipeline stuck
in a slow loop cannot be interrupted from outside, so a job still running at its
deadline has its worker process killed and a fresh one started in its place; the
request gets `TooSlow` (422). Time spent waiting for a worker does not count. A
batch may run for the sum of its articles' deadlines. A batch whose process is
killed at that deadline, or dies, is not failed as a whole for one pathological
article: its articles go again one at a time on the fresh process, each with its
own deadline (and not tried again after that), so only the article at fault gets
`TooSlow` (or 503 for a lost process) and the others their analyses, later.

Lanes. Articles of up to `quick_bytes` (20 KB, about 3,000 words: nearly every
news article) are quick; longer ones are large. With two or more workers some
are kept for quick articles: a large article runs only on a large-lane worker
(jobs // 2 of them), a quick article on any idle worker, quick-lane ones first.
However many large or pathological-and-long articles arrive, they hold the
large lane only, so a quick article waits just for the quick articles ahead of
it, each bounded by its own deadline. (A short article that is slow to analyse
holds a quick worker for at most its deadline, 5–7 s by default; in a batch, for
the batch's deadline and then its own.) With one
worker there is one lane, and no such guarantee.

Queues. At most `max_pending` analyses wait or run at once, and at most an
eighth of that many large ones; past that the server answers 503 at once rather
than queueing without bound, and a flood of large articles cannot take the
queue places of quick ones.
"""

from __future__ import annotations

import asyncio
import itertools
import json
import math
import os
import threading
import time
from collections import Counter
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import asdict, dataclass, field

from saywho.document import Analysis, Article
from saywho.errors import InputError
from saywho.web.analysis_process import Outcome, load_pipeline, outcomes, start_process, started
from saywho.workers import ProcessWorkers, run_batches

DEFAULT_MAX_PENDING = 64
DEFAULT_DEADLINE_BASE = 5.0
DEFAULT_DEADLINE_PER_100KB = 10.0
QUICK_BYTES = 20_000
BATCH_MAX = 4  # quick articles in one nlp.pipe: the batched parser's gain is most of the way there by 4
START_TIMEOUT = 180.0  # a fresh process importing spaCy and loading the pipeline on a busy machine
GATHER_SECONDS = 0.02  # how long a free worker waits for a batch to fill while another worker is busy
IDLE_CHECK = 0.25  # seconds between an idle worker's looks at whether the other workers have loaded
QUICK, LARGE = "quick", "large"

LOST_PROCESS_MESSAGE = "an analysis process stopped unexpectedly; try again"


class Busy(Exception):
    """Too many analyses are already waiting, or a worker process died (the request may be retried)."""


class TooSlow(Exception):
    """An analysis ran past its deadline; its worker process was killed (422)."""


class Failed(Exception):
    """The analysis raised an error other than a refusal of its input (422)."""


def default_jobs() -> int:
    """One analysis process per core, at most two (the machines this runs on have two)."""
    return max(1, min(2, os.cpu_count() or 1))


def _died(batch: list[dict], reason: str) -> list[Outcome]:
    return [("died", reason)] * len(batch)


class _Died(Exception):
    pass


class _Overran(Exception):
    pass


class _Worker(ProcessWorkers[list[dict], list[Outcome]]):
    """One analysis process in its lane: a one-process pool (saywho/workers.py), used by one batch at a time.

    A batch is not tried again by the pool when its process dies (retries=0):
    the analyzer decides (see the module's docstring). The pool is restarted all
    the same, so the next batch gets a fresh process.
    """

    def __init__(self, lane: str):
        self.lane = lane
        self.seconds: float | None = None  # the running batch's deadline
        super().__init__(outcomes, 1, initializer=start_process, initargs=(os.getpid(),))

    def _start(self):
        executor = super()._start()
        # Submitted at once, so that the process starts now, and done once the pipeline is loaded.
        self.started = executor.submit(started)
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

    def run(self, articles: list[dict], seconds: float) -> list[Outcome]:
        """The outcomes of analysing `articles` together, which may run for `seconds` once the process has started."""
        self.wait_ready()
        self.seconds = seconds
        return next(run_batches(self, [articles], in_flight=1, failed=_died, retries=0))

    def result(self, future) -> list[Outcome]:
        try:
            return future.result(timeout=self.seconds)
        except TimeoutError:
            # A pipeline stuck in a slow loop cannot be interrupted from outside: its process is killed.
            self.restart()
            raise _Overran() from None


@dataclass
class _Job:
    """One article waiting for a worker; `answer` gets its JSON bytes or the exception to raise."""

    article: Article
    lane: str
    order: int
    answer: Future = field(default_factory=Future)


class Analyzer:
    """analyze(article) -> Analysis, in worker processes (with deadlines, lanes and batches) or a background thread."""

    def __init__(self, jobs: int = 0, max_pending: int = DEFAULT_MAX_PENDING, *,
                 deadline_base: float = DEFAULT_DEADLINE_BASE,
                 deadline_per_100kb: float = DEFAULT_DEADLINE_PER_100KB, quick_bytes: int = QUICK_BYTES,
                 batch_max: int = BATCH_MAX, gather_seconds: float = GATHER_SECONDS):
        self.jobs = jobs
        self.max_pending = max_pending
        self.deadline_base = deadline_base
        self.deadline_per_100kb = deadline_per_100kb
        self.quick_bytes = quick_bytes
        self.batch_max = batch_max
        self.gather_seconds = gather_seconds
        self._limits = {QUICK: max_pending, LARGE: max(1, max_pending // 8)}
        self._pending = {QUICK: 0, LARGE: 0}
        self._lock = threading.Lock()
        self._free = threading.Condition()  # guards the fields below; notified when a job or an idle worker comes
        self._waiting: dict[str, list[_Job]] = {QUICK: [], LARGE: []}
        self._idle: list[_Worker] = []
        self._workers: list[_Worker] = []
        self._closed = False
        self._started = False
        self._order = itertools.count()
        self._threads: ThreadPoolExecutor | None = None  # jobs=0: the one thread that analyses
        self.batch_sizes: Counter[int] = Counter()  # batches sent to a process, by size (for tests and benchmarks)

    # -- workers -----------------------------------------------------------------------------

    def start(self) -> None:
        with self._free:
            if self._started:
                return
            self._started, self._closed = True, False
            if self.jobs < 1:
                self._threads = ThreadPoolExecutor(1, thread_name_prefix="saywho-analysis")
                return
            self._workers = [_Worker(lane) for lane in self.lanes()]
            for worker in self._workers:
                threading.Thread(target=self._serve, args=(worker,), name=f"saywho-analysis-{worker.lane}",
                                 daemon=True).start()

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
            self._threads.submit(load_pipeline).result()
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
            workers, self._workers = self._workers, []
            waiting = [job for lane in (QUICK, LARGE) for job in self._waiting[lane]]
            self._waiting = {QUICK: [], LARGE: []}
            self._closed, self._started = True, False
            self._free.notify_all()
        for job in waiting:
            _answer(job, Busy("the server is shutting down"))
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
        body = await self.analyze_json(article)
        # Decoded in a thread: for a long article it takes a while.
        return await asyncio.get_running_loop().run_in_executor(None, _decoded, body)

    async def analyze_json(self, article: Article) -> bytes:
        """The analysis of `article` as the JSON bytes of its document, as the API answers with them."""
        self.start()
        lane = self.lane_for(article)
        with self._lock:
            if self._pending[lane] >= self._limits[lane]:
                what = "analyses" if lane == QUICK else "long articles"
                raise Busy(f"the server is busy with {self._pending[lane]} {what}; try again in a moment")
            self._pending[lane] += 1
        try:
            if self.jobs < 1:
                return await asyncio.get_running_loop().run_in_executor(self._threads, _encoded_here, article)
            return await asyncio.wrap_future(self._submit(article, lane))
        finally:
            with self._lock:
                self._pending[lane] -= 1

    def _submit(self, article: Article, lane: str) -> Future:
        with self._free:
            if self._closed:
                raise Busy("the server is shutting down")
            job = _Job(article, lane, next(self._order))
            self._waiting[lane].append(job)
            self._free.notify_all()
        return job.answer

    def _serve(self, worker: _Worker) -> None:
        """A worker's thread: take a batch of waiting jobs, analyse it, answer each job; until closed."""
        while (jobs := self._take(worker)) is not None:
            try:
                answers = self._answers(worker, jobs)
            except BaseException as error:  # a bug, or a close: every job of the batch is told
                worker.restart()  # (none once closed)
                answers = [Busy("the server is shutting down") if self._closed else error] * len(jobs)
            for job, answer in zip(jobs, answers):
                _answer(job, answer)

    def _take(self, worker: _Worker) -> list[_Job] | None:
        """The next batch for `worker`, once it is the idle worker each of them should go to; None once closed."""
        with self._free:
            self._idle.append(worker)
            gathering_until: float | None = None
            try:
                while not self._closed and worker in self._workers:  # not a worker of a closed start
                    lane = self._lane_for(worker)
                    if lane == QUICK and self._may_gather(worker):
                        gathering_until = gathering_until or time.monotonic() + self.gather_seconds
                        if time.monotonic() < gathering_until:
                            self._free.wait(gathering_until - time.monotonic())
                            continue
                    jobs = self._claim(lane) if lane else []
                    if jobs:
                        self._free.notify_all()  # the others may be next in line for what is left
                        return jobs
                    gathering_until = None
                    self._free.wait(IDLE_CHECK)  # a worker that finishes loading notifies no one
                return None
            finally:
                self._idle.remove(worker)

    def _lane_for(self, worker: _Worker) -> str | None:
        """Oldest first, each lane's next job goes to the idle worker `_best` picks: the lane `worker` is to serve."""
        heads = sorted((jobs[0] for jobs in self._waiting.values() if jobs), key=lambda job: job.order)
        return next((head.lane for head in heads if self._best(head.lane) is worker), None)

    def _may_gather(self, worker: _Worker) -> bool:
        """Whether to wait a moment for more quick jobs: fewer than a batch wait, and another worker is busy.

        Under load requests come in bursts (the clients of a batch are answered
        together, and send their next requests together), a few milliseconds
        apart; on an idle server a lone request is never held back.
        """
        return len(self._waiting[QUICK]) < self.batch_max and any(
            other not in self._idle for other in self._workers if other is not worker)

    def _claim(self, lane: str) -> list[_Job]:
        """A batch from `lane`'s queue, oldest first: one large job, or this worker's share of the quick ones."""
        while queue := self._waiting[lane]:
            count = 1 if lane == LARGE else min(self.batch_max, self._share(len(queue)))
            taken, self._waiting[lane] = queue[:count], queue[count:]
            live = [job for job in taken if job.answer.set_running_or_notify_cancel()]  # a request gone away: dropped
            if live:
                return live
        return []

    def _best(self, lane: str) -> _Worker | None:
        # A quick job takes any worker, a large one a LARGE worker only; loaded workers first, then own lane first.
        usable = [worker for worker in self._idle if lane == QUICK or worker.lane == LARGE]
        return min(usable, key=lambda worker: (not worker.poll_ready(), worker.lane != lane), default=None)

    def _share(self, waiting: int) -> int:
        """One worker's share of `waiting` quick jobs when every loaded idle worker takes some."""
        loaded = sum(worker.poll_ready() for worker in self._idle)
        return math.ceil(waiting / max(1, loaded))

    def _answers(self, worker: _Worker, jobs: list[_Job]) -> list[bytes | BaseException]:
        """Each job's JSON bytes or exception; a batch whose process was killed or died goes again one at a time."""
        try:
            worker.wait_ready()
        except _Died:
            worker.restart()
            return [Busy(LOST_PROCESS_MESSAGE)] * len(jobs)
        seconds = sum(self.deadline(job.article) for job in jobs)
        self.batch_sizes[len(jobs)] += 1
        try:
            results = worker.run([asdict(job.article) for job in jobs], seconds)
        except _Overran:  # the worker has killed the process and started a fresh one
            if len(jobs) > 1:
                return [answer for job in jobs for answer in self._answers(worker, [job])]
            return [self._too_slow(jobs[0].article)]
        if len(jobs) > 1 and all(kind == "died" for kind, _ in results):  # the pool has started a fresh process
            return [answer for job in jobs for answer in self._answers(worker, [job])]
        return [_settled(outcome) for outcome in results]

    def _too_slow(self, article: Article) -> TooSlow:
        return TooSlow(f"the analysis took longer than {self.deadline(article):.1f} s, this server's limit for an "
                       f"article of {_size(article):,} bytes, and was stopped")


def _answer(job: _Job, answer: bytes | BaseException) -> None:
    if job.answer.done():
        return
    if isinstance(answer, BaseException):
        job.answer.set_exception(answer)
    else:
        job.answer.set_result(answer)


def _size(article: Article) -> int:
    return len(article.text.encode("utf-8"))


def _encoded_here(article: Article) -> bytes:
    (outcome,) = outcomes([asdict(article)])
    return _raised(_settled(outcome))


def _raised(answer: bytes | Exception) -> bytes:
    if isinstance(answer, Exception):
        raise answer
    return answer


def _settled(outcome: Outcome) -> bytes | Exception:
    """An outcome from a process as the JSON bytes of its analysis, or the exception its request is to raise."""
    kind, value = outcome
    if kind == "input":
        return InputError(value)
    if kind == "failed":
        return Failed(f"saywho could not analyse this article ({value})")
    if kind == "died":  # killed from outside or out of memory: the next request gets a fresh process
        return Busy(LOST_PROCESS_MESSAGE)
    return value


def _decoded(body: bytes) -> Analysis:
    return Analysis.from_dict(json.loads(body))
