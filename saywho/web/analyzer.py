"""Running analyses for the web app off the event loop.

An analysis is CPU-bound (about 0.3 s for an 800-word article) and spaCy holds
the GIL for most of it, so threads would not add throughput. With `jobs` >= 1
analyses run in that many worker processes, each of which loads the pipeline
once; with `jobs` = 0 they run one at a time in a single background thread of
the server process (no start-up cost, which suits tests and tiny machines).

Either way at most `max_pending` analyses wait or run at once; past that the
server answers 503 at once rather than queueing without bound.
"""

from __future__ import annotations

import asyncio
import multiprocessing
import os
import threading
from concurrent.futures import Executor, ProcessPoolExecutor, ThreadPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import Any

from saywho.document import Analysis, Article

DEFAULT_MAX_PENDING = 64


class Busy(Exception):
    """Too many analyses are already waiting, or a worker process died (the request may be retried)."""


def default_jobs() -> int:
    """One analysis process per core, at most two (the machines this runs on have two)."""
    return max(1, min(2, os.cpu_count() or 1))


def _load_pipeline() -> None:
    from saywho.nlp import load_pipeline

    load_pipeline()


def _analyse(article: dict[str, Any]) -> dict[str, Any]:
    from saywho.pipeline import analyze

    return analyze(Article(**article)).to_dict()


class Analyzer:
    """analyze(article) -> Analysis, in worker processes or a background thread."""

    def __init__(self, jobs: int = 0, max_pending: int = DEFAULT_MAX_PENDING):
        self.jobs = jobs
        self.max_pending = max_pending
        self._pending = 0
        self._lock = threading.Lock()
        self._executor: Executor | None = None

    def start(self) -> None:
        if self._executor is not None:
            return
        if self.jobs >= 1:
            # spawn, not fork: the server process has threads (uvicorn, asyncio), and a forked
            # child would inherit their locks in whatever state they were.
            context = multiprocessing.get_context("spawn")
            self._executor = ProcessPoolExecutor(self.jobs, mp_context=context, initializer=_load_pipeline)
        else:
            self._executor = ThreadPoolExecutor(1, thread_name_prefix="saywho-analysis")

    def warm_up(self) -> None:
        """Load the pipeline in every worker now rather than on the first requests."""
        self.start()
        assert self._executor is not None
        futures = [self._executor.submit(_load_pipeline) for _ in range(max(1, self.jobs))]
        for future in futures:
            future.result()

    async def analyze(self, article: Article) -> Analysis:
        self.start()
        with self._lock:
            if self._pending >= self.max_pending:
                raise Busy(f"the server is busy with {self._pending} analyses; try again in a moment")
            self._pending += 1
        try:
            loop = asyncio.get_running_loop()
            data = await loop.run_in_executor(self._executor, _analyse, _article_dict(article))
        except BrokenProcessPool:
            # A worker died (killed, out of memory): start a fresh pool for the next requests.
            self._restart()
            raise Busy("an analysis process stopped unexpectedly; try again") from None
        finally:
            with self._lock:
                self._pending -= 1
        return Analysis.from_dict(data)

    def _restart(self) -> None:
        with self._lock:
            broken, self._executor = self._executor, None
        if broken is not None:
            broken.shutdown(wait=False, cancel_futures=True)
        self.start()

    def close(self) -> None:
        if self._executor is not None:
            self._executor.shutdown(wait=True, cancel_futures=True)
            self._executor = None


def _article_dict(article: Article) -> dict[str, Any]:
    from dataclasses import asdict

    return asdict(article)
