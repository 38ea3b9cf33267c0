"""Progress displays for long corpus runs (ingest, migrate): none, a rich bar on a terminal, or log lines."""

from __future__ import annotations

import sys
import time
from typing import TYPE_CHECKING, Any, Protocol

if TYPE_CHECKING:
    from saywho.corpus.ingest_batch import Outcome


class Reporter(Protocol):
    """What a corpus run reports as it goes: ingest.Progress (nothing) or one of the displays here."""

    def start(self, total: int | None) -> Any: ...

    def advance(self, outcome: Outcome) -> Any: ...

    def stop(self) -> Any: ...


class _NoProgress:
    def start(self, total): ...

    def advance(self, outcome): ...

    def stop(self): ...


class RichProgress:
    """A progress bar on stderr: articles done of all, articles/s, elapsed and ETA, and running counts."""

    def __init__(self, label: str = "ingest"):
        from rich.console import Console
        from rich.progress import (
            BarColumn,
            MofNCompleteColumn,
            Progress,
            ProgressColumn,
            TextColumn,
            TimeElapsedColumn,
            TimeRemainingColumn,
        )
        from rich.text import Text

        class Rate(ProgressColumn):
            def render(self, task):
                speed = task.finished_speed or task.speed
                return Text(f"{speed:.2f} articles/s" if speed else "– articles/s", style="progress.data.speed")

        self.counts = {"done": 0, "duplicate": 0, "failed": 0}
        self.progress = Progress(
            TextColumn(f"[bold]{label}"), BarColumn(), MofNCompleteColumn(), Rate(), TimeElapsedColumn(),
            TextColumn("ETA"), TimeRemainingColumn(), TextColumn("{task.description}"),
            console=Console(stderr=True), speed_estimate_period=120,
        )
        self.task = None

    def start(self, total):
        self.progress.start()
        self.task = self.progress.add_task(self._description(), total=total or None)

    def advance(self, outcome):
        self.counts[outcome.status] = self.counts.get(outcome.status, 0) + 1
        self.progress.update(self.task, advance=1, description=self._description())

    def _description(self) -> str:
        c = self.counts
        return f"{c['done']} new · {c['duplicate']} duplicates · {c['failed']} failed"

    def stop(self):
        self.progress.stop()


class LogProgress:
    """For logs (stderr is not a terminal): a plain line every tenth of the way or every 30 s, whichever first."""

    EVERY_SECONDS = 30.0

    def __init__(self, stream=None, label: str = "ingest"):
        self.stream = stream or sys.stderr
        self.label = label
        self.counts = {"done": 0, "duplicate": 0, "failed": 0}

    def start(self, total):
        self.total, self.seen, self.started = total, 0, time.monotonic()
        self.last_line = self.started
        self.step = max(1, total // 10) if total else None  # no total (archives read by workers): by time alone

    def advance(self, outcome):
        self.counts[outcome.status] = self.counts.get(outcome.status, 0) + 1
        self.seen += 1
        now = time.monotonic()
        if (self.step and self.seen % self.step == 0) or self.seen == self.total \
                or now - self.last_line >= self.EVERY_SECONDS:
            self.last_line = now
            rate = self.seen / (now - self.started) if now > self.started else 0.0
            of = f"/{self.total}" if self.total else ""
            c = self.counts
            print(f"{self.label}: {self.seen}{of} articles, {rate:.2f} articles/s: {c['done']} new, "
                  f"{c['duplicate']} duplicates, {c['failed']} failed", file=self.stream, flush=True)

    def stop(self): ...
