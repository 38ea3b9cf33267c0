"""What each of saywho's Dask cluster defaults (saywho/corpus/dask_config.py) saves: Dask's own CPU per second.

    nice -n 10 python bench/dask_idle_cost.py                 # 10 s idle and 10 s busy per setting
    nice -n 10 python bench/dask_idle_cost.py --seconds 20 --rounds 3

A LocalCluster of 2 single-threaded worker processes on 127.0.0.1 is started with distributed's
stock configuration, then with saywho's settings added one at a time (each row keeps the ones
above it). For each: the CPU every process of the cluster (this one, with the scheduler, the
nannies and the client; the workers) burns per second while idle, and while each worker runs a
task that keeps its core busy in a Python call stack 80 frames deep (the profiler walks the
running task's stack: its cost grows with the depth, and spaCy's are deep), less the tasks' own
CPU. The nanny's MALLOC_TRIM_THRESHOLD_ costs nothing here (no large buffers): bench/scale_dask.py
with --stock-dask measures it with the analysis.
"""

from __future__ import annotations

import argparse
import logging
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import dask.config
import psutil

from saywho.corpus.dask_config import QUIET

STEPS = ["distributed.worker.profile.enabled", "distributed.admin.tick.interval",
         "distributed.admin.system-monitor.interval", "distributed.worker.memory.monitor-interval"]
DEPTH = 80


def _deep(depth: int, until: float) -> int:
    if depth:
        return _deep(depth - 1, until)
    total = 0
    while time.perf_counter() < until:
        total += sum(i * i for i in range(1000))
    return total


def busy_task(seconds: float) -> float:
    """Keep this worker's thread busy for `seconds`, deep in a call stack; its own CPU seconds."""
    started = time.thread_time()
    _deep(DEPTH, time.perf_counter() + seconds)
    return time.thread_time() - started


def cluster_cpu() -> float:
    me = psutil.Process()
    total = 0.0
    for process in [me, *me.children(recursive=True)]:
        try:
            times = process.cpu_times()
        except psutil.Error:
            continue
        total += times.user + times.system
    return total


def measure(settings: dict, seconds: float) -> tuple[float, float]:
    """(idle, busy) CPU seconds per second outside the tasks, over the whole cluster."""
    from distributed import Client, LocalCluster

    with dask.config.set(settings), LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                                  host="127.0.0.1", dashboard_address=None) as cluster, \
            Client(cluster) as client:
        client.wait_for_workers(2)
        time.sleep(2)  # start-up done
        cpu, wall = cluster_cpu(), time.perf_counter()
        time.sleep(seconds)
        idle = (cluster_cpu() - cpu) / (time.perf_counter() - wall)
        cpu, wall = cluster_cpu(), time.perf_counter()
        futures = [client.submit(busy_task, seconds, pure=False, workers=[address])
                   for address in client.scheduler_info()["workers"]]
        tasks = sum(future.result() for future in futures)
        busy = (cluster_cpu() - cpu - tasks) / (time.perf_counter() - wall)
    return idle, busy


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=10.0, help="idle, then busy, per measurement (default 10)")
    parser.add_argument("--rounds", type=int, default=2, help="measurements per setting, alternating (default 2)")
    args = parser.parse_args(argv)
    logging.getLogger("distributed").setLevel(logging.CRITICAL)  # a closing cluster's heartbeats log tracebacks
    rows = [("distributed's stock configuration", {})]
    for key in STEPS:
        rows.append((f"+ `{key}: {QUIET[key]}`", {**rows[-1][1], key: QUIET[key]}))
    found: dict[str, list[tuple[float, float]]] = {name: [] for name, _ in rows}
    for _ in range(args.rounds):
        for name, settings in rows:
            found[name].append(measure(settings, args.seconds))
            print(name, found[name][-1], file=sys.stderr, flush=True)
    print("| settings | idle CPU s/s (spread) | busy CPU s/s outside the tasks (spread) |\n|---|---|---|")
    for name, _ in rows:
        idle, busy = zip(*found[name])
        print(f"| {name} | {statistics.median(idle):.3f} ({min(idle):.3f}–{max(idle):.3f}) | "
              f"{statistics.median(busy):.3f} ({min(busy):.3f}–{max(busy):.3f}) |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
