"""Scaling of `saywho ingest` on the synthetic CC-NEWS-like WARC set: the local pool and a Dask cluster.

    nice -n 10 python bench/scale_dask.py                              # 2,000 articles: pool:2, dask:1, dask:2
    nice -n 10 python bench/scale_dask.py --articles 200               # a quick check
    nice -n 10 python bench/scale_dask.py --articles 2000 20000 --runs dask:2   # the main process at two sizes
    nice -n 10 python bench/scale_dask.py --articles 2000 20000 --main-only     # its serial work alone, no analysis
    nice -n 10 python bench/scale_dask.py --output store               # the store path (the main process writes)
    nice -n 10 python bench/scale_dask.py --warc /tmp/synth-warc --runs dask:1 dask:2
    nice -n 10 python bench/scale_dask.py --runs dask:2 --stock-dask   # distributed's own config: what saywho's saves

Each size makes its set with bench/synthetic_warc.py (same seed: the 2,000 are the first
2,000 of the 20,000) in a temporary folder, unless --warc names one. Each run ingests it
as `saywho ingest` does, into new shards (`--shards DIR`: `ingest_shards`, the workers
write Parquet; the default) or a new SQLite store (`--db`: `ingest`, the main process
writes):

* `pool:N`: the local worker pool (`--workers N`; `pool:1` analyses in the main process);
* `dask:N`: a Dask LocalCluster of N worker processes, 1 thread each, on 127.0.0.1, with saywho's
  cluster defaults (saywho/corpus/dask_config.py; --stock-dask: distributed's own), started
  before the clock starts (a cluster is there before a run), reached by its address
  (`--dask tcp://...`), so the workers load the pipeline in their first task, as pool workers
  load it when they start: both runs include that (pool workers' start-up too).

What is measured, over the ingest (the identity pass or job is timed apart):

* articles/s, wall-clock;
* CPU seconds of the main process (split: its main thread, which reads the WARC files,
  submits, writes the store if there is one and counts progress; its other threads: the
  Dask scheduler and client, or the pool's result thread), of the worker processes, and of
  the other child processes (Dask's nannies); articles per CPU-second over all of them,
  which a busy machine moves far less than articles/s;
* for Dask, from the workers' own metrics: task CPU (thread-cpu), time waiting inside tasks
  (thread-noncpu: mostly other processes holding the core), executor overhead, and the
  worker processes' CPU outside tasks (comms, (de)serialisation, heartbeats); from the task
  stream, time to deserialise task inputs and to transfer them; the CPU an idle cluster
  burns per second; and a probe of no-op tasks sent as ingest sends its tasks;
* writing: the store's inserts in the main process, or the shards' Parquet files in the
  Dask workers (`write_records`, timed inside them; not on a pool, whose processes start
  inside the run); the identity pass, or the DuckDB identity job with its peak memory;
* the main process's peak RSS and the largest worker's;
* whether a serial step grows with the archive: the main process's CPU per article
  (main thread, and other threads, i.e. scheduler per task) in each fifth of the run,
  and, with two --articles sizes, at each size (--main-only: without analysing).

Process CPU is sampled with psutil every --interval seconds; a pool worker's last
interval before it exits is lost (≤ 0.25 s of CPU per worker by default).
Runs are under whatever else the machine is doing: label figures from a shared machine
"under contention"; articles per CPU-second is the figure to compare across machines.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from itertools import chain
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

import psutil
import synthetic_warc

from saywho.corpus.backends import open_store
from saywho.corpus.ingest import DEFAULT_BATCH, Progress, ingest
from saywho.corpus.inputs import Discovery

DEFAULT_RUNS = ("pool:2", "dask:1", "dask:2")
WINDOWS = 5
IDLE_SECONDS = 3.0


# -- measuring ---------------------------------------------------------------------------------


class Sampler(threading.Thread):
    """CPU and RSS of this process and every descendant, sampled; the last seen value of each process is kept."""

    def __init__(self, interval: float):
        super().__init__(daemon=True)
        self.interval, self.me = interval, psutil.Process()
        self.cpu: dict[int, float] = {}
        self.start_cpu: dict[int, float] = {}
        self.rss: dict[int, float] = {}
        self.own_cpu = 0.0  # this thread's CPU, taken out of the main process's
        self.stopping = threading.Event()

    def sample(self) -> None:
        for process in [self.me, *self._children()]:
            try:
                with process.oneshot():
                    times, rss = process.cpu_times(), process.memory_info().rss
            except psutil.Error:
                continue
            self.cpu[process.pid] = times.user + times.system
            self.rss[process.pid] = max(self.rss.get(process.pid, 0.0), rss / 2**20)

    def _children(self):
        try:
            return self.me.children(recursive=True)
        except psutil.Error:
            return []

    def baseline(self) -> None:
        self.sample()
        self.start_cpu = dict(self.cpu)
        self.rss = {pid: 0.0 for pid in self.rss}

    def run(self) -> None:
        started = time.thread_time()
        while not self.stopping.wait(self.interval):
            self.sample()
        self.own_cpu = time.thread_time() - started

    def finish(self) -> None:
        self.sample()
        self.stopping.set()
        self.join()

    def used(self, pid: int) -> float:
        return self.cpu.get(pid, 0.0) - self.start_cpu.get(pid, 0.0)


class Curve(Progress):
    """The main process's CPU (main thread, whole process) each time an article is done."""

    def __init__(self):
        self.points: list[tuple[int, float, float]] = []  # (articles done, main thread CPU, process CPU)
        self.done = 0

    def advance(self, outcome) -> None:
        self.done += 1
        if outcome.status == "done":
            self.points.append((self.done, time.thread_time(), time.process_time()))


class Timer:
    """Seconds (wall and this thread's CPU) spent in the wrapped calls."""

    def __init__(self):
        self.wall = self.cpu = 0.0

    def wrap(self, function):
        def timed(*args, **kwargs):
            wall, cpu = time.perf_counter(), time.thread_time()
            try:
                return function(*args, **kwargs)
            finally:
                self.wall += time.perf_counter() - wall
                self.cpu += time.thread_time() - cpu
        return timed

    def wrap_iterator(self, function):
        def timed(*args, **kwargs) -> Iterator:
            iterator = function(*args, **kwargs)
            while True:
                wall, cpu = time.perf_counter(), time.thread_time()
                try:
                    item = next(iterator)
                except StopIteration:
                    return
                finally:
                    self.wall += time.perf_counter() - wall
                    self.cpu += time.thread_time() - cpu
                yield item
        return timed


def windows(points: list[tuple[int, float, float]], sampler_share: float) -> list[dict]:
    """The main process's CPU per article in WINDOWS equal slices of the run (from the first article done)."""
    if len(points) < 2 * WINDOWS:
        return []
    found = []
    edges = [round(k * (len(points) - 1) / WINDOWS) for k in range(WINDOWS + 1)]
    for a, b in zip(edges, edges[1:]):
        (n0, thread0, process0), (n1, thread1, process1) = points[a], points[b]
        articles = max(1, b - a)
        other = max(0.0, (process1 - process0) - (thread1 - thread0) - sampler_share * (n1 - n0))
        found.append({"from": a, "to": b, "main_thread_ms": round(1000 * (thread1 - thread0) / articles, 2),
                      "other_threads_ms": round(1000 * other / articles, 2)})
    return found


# -- one run -----------------------------------------------------------------------------------


def idle_cost(sampler: Sampler, seconds: float) -> dict:
    """CPU per second that an idle cluster costs: Dask's own ticks, heartbeats and monitors, by process."""
    sampler.baseline()
    wall, process = time.perf_counter(), time.process_time()
    time.sleep(seconds)
    sampler.sample()
    wall, process = time.perf_counter() - wall, time.process_time() - process
    me = os.getpid()
    children = sum(sampler.used(pid) for pid in sampler.cpu if pid != me)
    return {"main": round(process / wall, 4), "children": round(children / wall, 4)}


@contextmanager
def dask_cluster(workers: int, stock: bool = False):
    """saywho's cluster defaults (saywho/corpus/dask_config.py), or distributed's own with `stock`."""
    from distributed import Client, LocalCluster

    from saywho.corpus.dask_config import quiet_cluster

    with (_no_change() if stock else quiet_cluster()), LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, host="127.0.0.1",
                      dashboard_address=None) as cluster, Client(cluster) as client:
        client.wait_for_workers(workers)
        yield cluster, client


def worker_metrics(client) -> dict:
    metrics = client.run_on_scheduler(lambda dask_scheduler: dict(dask_scheduler.cumulative_worker_metrics))
    return {key: value for key, value in metrics.items() if isinstance(key, tuple) and key[0] == "execute"}


def dask_breakdown(before: dict, after: dict, stream: list[dict]) -> dict:
    """Seconds by activity inside the workers' tasks, and the task stream's transfers and deserialisation."""
    spent: dict[str, float] = {}
    for key, value in after.items():
        if key[-1] != "seconds":  # counts and bytes read from worker memory
            continue
        activity = key[2]
        spent[activity] = spent.get(activity, 0.0) + value - before.get(key, 0.0)
    actions: dict[str, float] = {}
    for task in stream:
        for step in task.get("startstops", ()):
            actions[step["action"]] = actions.get(step["action"], 0.0) + step["stop"] - step["start"]
    return {"tasks": len(stream), "task_cpu_s": spent.get("thread-cpu", 0.0),
            "task_wall_s": sum(spent.values()),
            "task_waiting_s": spent.get("thread-noncpu", 0.0),
            "executor_s": spent.get("executor", 0.0) + spent.get("other", 0.0),
            "deserialise_s": actions.get("deserialize", 0.0), "transfer_s": actions.get("transfer", 0.0)}


def scheduler_probe(client, sizes: list[int], in_flight: int) -> list[dict]:
    """CPU per no-op task in this process (submitting; the scheduler and client threads), at each number of tasks.

    Tasks go through as ingest sends its batches: a few in flight, each result read before the next is sent.
    """
    from collections import deque

    found = []
    for size in sizes:
        window: deque = deque()
        wall, thread, process = time.perf_counter(), time.thread_time(), time.process_time()
        for n in range(size):
            window.append(client.submit(_no_op, n, pure=False))
            if len(window) >= in_flight:
                window.popleft().result()
        for future in window:
            future.result()
        thread, process = time.thread_time() - thread, time.process_time() - process
        found.append({"tasks": size, "tasks_per_s": round(size / (time.perf_counter() - wall)),
                      "submit_us": round(1e6 * thread / size), "scheduler_client_us": round(1e6 * (process - thread) / size)})
    return found


def _no_op(n: int) -> int:
    return n


class TimedDiscovery(Discovery):
    """Discovery whose counting and reading are timed; a subclass, so that a copy (ingest_shards makes
    one for the inputs it reads itself) times its own work, not the original's."""

    counting: Timer
    reading: Timer

    def count(self) -> int:
        return self.counting.wrap(super().count)()

    def jobs(self) -> Iterator:
        return self.reading.wrap_iterator(super().jobs)()


class StoreOutput:
    """Rows written by the main process into a new SQLite store (`saywho ingest --db`); identity at its end."""

    name = "store"

    def __init__(self, folder: Path):
        self.path = folder / f"store-{time.monotonic_ns()}.db"
        self.store = open_store(self.path, create=True)
        self.writing, self.identity = Timer(), Timer()
        self.store.add_many = self.writing.wrap(self.store.add_many)
        # ingest commits its writes' shared transaction apart from them (Store.held_transaction)
        self.store._commit_held = self.writing.wrap(self.store._commit_held)
        self.store.resolve_identities = self.identity.wrap(self.store.resolve_identities)
        self.identity_peak_mb = 0.0

    def ingest(self, discovery, workers: int, batch: int | None, progress, dask: str | None):
        return ingest(self.store, discovery, workers=workers, batch=batch or DEFAULT_BATCH, progress=progress,
                      dask=dask)

    def resolve(self) -> None:  # ingest ran the identity pass at its end
        pass

    def quotations(self) -> int:
        return self.store.counts()["quotations"]

    def megabytes(self) -> float:
        return sum(Path(f"{self.path}{suffix}").stat().st_size for suffix in ("", "-wal")
                   if Path(f"{self.path}{suffix}").exists()) / 1e6

    def close(self) -> None:
        self.store.close()
        for suffix in ("", "-wal", "-shm"):
            Path(f"{self.path}{suffix}").unlink(missing_ok=True)


class ShardOutput:
    """Parquet shards written by the workers (`saywho ingest --shards DIR`); identity as a DuckDB job after."""

    name = "shards"

    def __init__(self, folder: Path):
        self.root = folder / f"shards-{time.monotonic_ns()}"
        self.writing, self.identity = Timer(), Timer()  # writing: in the workers, not here
        self.identity_peak_mb = 0.0

    def ingest(self, discovery, workers: int, batch: int | None, progress, dask: str | None):
        from saywho.corpus.shards.run import DEFAULT_SHARD_BATCH, ingest_shards

        return ingest_shards(str(self.root), discovery, workers=workers, batch=batch or DEFAULT_SHARD_BATCH,
                             progress=progress, dask=dask)

    def resolve(self) -> None:
        from saywho.corpus.shards.identity_shards import resolve_shards

        sampler = Sampler(0.05)
        sampler.baseline()
        sampler.start()
        self.identity.wrap(resolve_shards)(str(self.root), memory_limit="1GB")
        sampler.finish()
        self.identity_peak_mb = sampler.rss.get(os.getpid(), 0.0)

    def quotations(self) -> int:
        import duckdb

        return duckdb.sql(f"SELECT count(*) FROM read_parquet('{self.root}/quotations/**/*.parquet')").fetchall()[0][0]

    def megabytes(self) -> float:
        return sum(p.stat().st_size for p in self.root.rglob("*.parquet")) / 1e6

    def close(self) -> None:
        shutil.rmtree(self.root, ignore_errors=True)


def install_write_timer() -> None:
    """In a Dask worker: time the shard files' writing (saywho.corpus.shards.write.write_records)."""
    from saywho.corpus.shards import write

    if getattr(write, "bench_timer", None) is None:
        write.bench_timer = Timer()
        write.write_records = write.bench_timer.wrap(write.write_records)
    write.bench_timer.wall = write.bench_timer.cpu = 0.0


def read_write_timer() -> tuple[float, float]:
    from saywho.corpus.shards import write

    timer = getattr(write, "bench_timer", None)
    return (timer.wall, timer.cpu) if timer else (0.0, 0.0)


def run_one(kind: str, workers: int, warc: Path, folder: Path, output: str, batch: int | None, interval: float,
            probe_sizes: list[int] = (), stock_dask: bool = False) -> dict:
    target = ShardOutput(folder) if output == "shards" else StoreOutput(folder)
    counting, reading = Timer(), Timer()
    discovery = TimedDiscovery([str(warc)])
    discovery.counting, discovery.reading = counting, reading
    curve, sampler = Curve(), Sampler(interval)
    with (dask_cluster(workers, stock_dask) if kind == "dask" else _no_cluster()) as (cluster, client):
        worker_pids = set(client.run(os.getpid).values()) if client else set()
        if client:
            from distributed import get_task_stream

            if output == "shards":
                client.run(install_write_timer)
            before, stream = worker_metrics(client), get_task_stream(client)
            stream.__enter__()
        idle = idle_cost(sampler, IDLE_SECONDS) if client else None
        sampler.baseline()
        sampler.start()
        wall, main_thread, process = time.perf_counter(), time.thread_time(), time.process_time()
        summary = target.ingest(discovery, workers, batch, curve, cluster.scheduler_address if cluster else None)
        wall, main_thread = time.perf_counter() - wall, time.thread_time() - main_thread
        process = time.process_time() - process
        sampler.finish()
        if client:
            stream.__exit__(None, None, None)
            dask = dask_breakdown(before, worker_metrics(client), stream.data)
            if output == "shards":
                worker_writing = [sum(t) for t in zip(*client.run(read_write_timer).values())]
                target.writing.wall, target.writing.cpu = worker_writing
            probe = scheduler_probe(client, probe_sizes, 2 * workers) if probe_sizes else None
    target.resolve()
    me = os.getpid()
    children = [pid for pid in sampler.cpu if pid != me]
    if not worker_pids:  # the pool's workers: the children that did most of the work
        worker_pids = set(sorted(children, key=sampler.used, reverse=True)[:workers]) if workers > 1 else set()
    worker_cpu = sum(sampler.used(pid) for pid in worker_pids)
    other_children = sum(sampler.used(pid) for pid in children if pid not in worker_pids)
    identity = target.identity if output == "store" else Timer()  # the store's pass ran inside ingest()
    main_cpu = process - sampler.own_cpu - identity.cpu
    analysed_wall = wall - identity.wall
    total_cpu = main_cpu + worker_cpu + other_children
    result = {
        "run": f"{kind}:{workers}", "output": output, "articles": summary.done, "failed": len(summary.failures),
        "duplicates": summary.duplicates, "quotations": target.quotations(),
        "seconds": round(analysed_wall, 2), "articles_per_s": round(summary.done / analysed_wall, 3),
        "cpu_s": {"main_thread": round(main_thread - identity.cpu, 2),
                  "main_other_threads": round(main_cpu - (main_thread - identity.cpu), 2),
                  "workers": round(worker_cpu, 2), "other_children": round(other_children, 2),
                  "total": round(total_cpu, 2)},
        "articles_per_cpu_s": round(summary.done / total_cpu, 3) if total_cpu else None,
        "main_ms_per_article": round(1000 * main_cpu / max(1, summary.done), 2),
        "main_thread_s": {"counting": round(counting.cpu, 2), "reading_warc": round(reading.cpu, 2)},
        # store: the main process's inserts; shards: the Dask workers' Parquet writing (not measured on a pool)
        "writing_s": {"where": "main process" if output == "store" else "workers",
                      "wall": round(target.writing.wall, 2), "cpu": round(target.writing.cpu, 2)},
        "identity_s": round(target.identity.wall, 2),
        "output_mb": round(target.megabytes(), 1),
        "identity_peak_mb": round(target.identity_peak_mb) if output == "shards" else None,
        "main_peak_mb": round(sampler.rss.get(me, 0.0)),
        "worker_peak_mb": round(max((sampler.rss.get(pid, 0.0) for pid in worker_pids), default=0.0)),
        "windows": windows(curve.points, sampler.own_cpu / max(1, curve.done)),
    }
    if kind == "dask":
        idle_share = 1 - dask["task_wall_s"] / (workers * analysed_wall)
        result["dask"] = {**{k: round(v, 2) if isinstance(v, float) else v for k, v in dask.items()},
                          "worker_cpu_outside_tasks_s": round(worker_cpu - dask["task_cpu_s"], 2),
                          "worker_idle_percent": round(100 * idle_share, 1), "idle_cpu_per_s": idle,
                          "config": "distributed's stock" if stock_dask else "saywho's defaults"}
        if probe:
            result["scheduler_probe"] = probe
    target.close()
    return result


@contextmanager
def _no_change():
    yield


@contextmanager
def _no_cluster():
    yield None, None


def main_process_cost(warc: Path, batch: int) -> dict:
    """The main process's own work per article, which no worker can take: the serial steps of an ingest --shards.

    As `ingest_shards` splits the inputs: gzipped WARC archives are cut into byte ranges without being
    opened (their workers read them); other inputs are counted, read and cut into tasks here.
    """
    import pickle

    from saywho.corpus.shards.run import _partitions, _ranges
    from saywho.corpus.shards.warc_ranges import is_ranged

    discovery = Discovery([str(warc)])
    archives = [path for kind, path in discovery.entries if is_ranged(kind, path)]
    discovery.entries = [(kind, path) for kind, path in discovery.entries if not is_ranged(kind, path)]
    articles = sum(1 for path in archives for _ in warc_records(path))  # not timed: ingest does not count them
    cpu = time.process_time()
    articles += discovery.count()
    counting = time.process_time() - cpu
    cpu, payload, tasks = time.process_time(), 0, 0
    for _key, jobs in chain(_ranges(archives, None), _partitions(discovery.jobs(), batch)):
        payload += len(pickle.dumps(jobs, protocol=5))  # what is sent with the task
        tasks += 1
    reading = time.process_time() - cpu
    return {"articles": articles, "tasks": tasks, "count_us": round(1e6 * counting / articles, 1),
            "read_and_cut_us": round(1e6 * reading / articles, 1), "payload_bytes": round(payload / articles)}


def warc_records(path):
    from saywho.corpus.inputs import warc_responses

    return warc_responses(Path(path), read=False)


def format_main_only(results: list[dict], note: str) -> str:
    lines = [note, "", "| articles | tasks | counting µs/article | reading, cutting, pickling tasks µs/article | "
                       "sent with the tasks, bytes/article |", "|---|---|---|---|---|"]
    lines += [f"| {r['articles']:,} | {r['tasks']:,} | {r['count_us']} | {r['read_and_cut_us']} | {r['payload_bytes']} |"
              for r in results]
    return "\n".join(lines)


# -- the table -----------------------------------------------------------------------------------


def format_table(results: list[dict], note: str) -> str:
    head = ("| run | output | articles | s | art/s | CPU s main (thread + other) | CPU s workers | CPU s other | "
            "art/CPU-s | main ms/art | write CPU s (where) | identity s | main MB | worker MB |")
    lines = [note, "", head, "|" + "---|" * 14]
    for r in results:
        cpu = r["cpu_s"]
        lines.append(
            f"| {r['run']} | {r['output']} | {r['articles']:,} | {r['seconds']} | {r['articles_per_s']} | "
            f"{round(cpu['main_thread'] + cpu['main_other_threads'], 1)} ({cpu['main_thread']} + "
            f"{cpu['main_other_threads']}) | {cpu['workers']} | {cpu['other_children']} | "
            f"{r['articles_per_cpu_s']} | {r['main_ms_per_article']} | {_writing(r)} | {_identity(r)} | "
            f"{r['main_peak_mb']} | {r['worker_peak_mb']} |")
    dask_runs = [r for r in results if "dask" in r]
    if dask_runs:
        lines += ["", "| run | tasks | task CPU s | waiting in tasks s | executor s | worker CPU outside tasks s | "
                      "deserialise s | transfer s | worker idle % | main other threads ms/task | idle cluster CPU s/s (main + children) |",
                  "|" + "---|" * 11]
        for r in dask_runs:
            d = r["dask"]
            per_task = 1000 * r["cpu_s"]["main_other_threads"] / max(1, d["tasks"])
            lines.append(f"| {r['run']} ({r['articles']:,}) | {d['tasks']} | {d['task_cpu_s']} | {d['task_waiting_s']} | "
                         f"{d['executor_s']} | {d['worker_cpu_outside_tasks_s']} | {d['deserialise_s']} | "
                         f"{d['transfer_s']} | {d['worker_idle_percent']} | {per_task:.2f} | "
                         f"{d['idle_cpu_per_s']['main']} + {d['idle_cpu_per_s']['children']} |")
        probes = [(r["run"], p) for r in dask_runs for p in r.get("scheduler_probe", ())]
        if probes:
            lines += ["", "| cluster | no-op tasks | tasks/s | submitting µs/task | scheduler+client µs/task |",
                      "|---|---|---|---|---|"]
            lines += [f"| {run} | {p['tasks']:,} | {p['tasks_per_s']} | {p['submit_us']} | {p['scheduler_client_us']} |"
                      for run, p in probes]
    lines += ["", "| run | main thread ms/article, fifths of the run | other threads ms/article |", "|---|---|---|"]
    for r in results:
        fifths = r["windows"]
        lines.append(f"| {r['run']} ({r['articles']:,}) | {' / '.join(str(w['main_thread_ms']) for w in fifths)} | "
                     f"{' / '.join(str(w['other_threads_ms']) for w in fifths)} |")
    lines += ["", *must_shows(results)]
    return "\n".join(lines)


def _writing(run: dict) -> str:
    if run["output"] == "shards" and run["run"].startswith("pool"):
        return "in the workers, not timed"
    return f"{run['writing_s']['cpu']} ({run['writing_s']['where']})"


def _identity(run: dict) -> str:
    if run["identity_peak_mb"] is None:
        return str(run["identity_s"])
    return f"{run['identity_s']} (DuckDB, main peak {run['identity_peak_mb']} MB)"


def must_shows(results: list[dict]) -> list[str]:
    found = []
    by_size: dict[int, dict[str, dict]] = {}
    for r in results:
        by_size.setdefault(r["articles"], {})[r["run"]] = r
    for size, runs in sorted(by_size.items()):
        one, two, pool = runs.get("dask:1"), runs.get("dask:2"), runs.get("pool:2")
        if one and two:
            ratio = two["articles_per_s"] / one["articles_per_s"]
            found.append(f"{size:,} articles: dask:2 / dask:1 throughput = {ratio:.2f} (must be >= 1.8: "
                         f"{'holds' if ratio >= 1.8 else 'does not hold'})")
            busy = [(r["articles_per_cpu_s"], 1 - r["dask"]["worker_idle_percent"] / 100) for r in (one, two)]
            estimate = 2 * busy[1][0] * busy[1][1] / (busy[0][0] * busy[0][1])
            found.append(f"{size:,} articles: the same ratio if each worker had a core to itself (from articles per "
                         f"CPU-second and the workers' idle time between tasks): {estimate:.2f}")
        if pool and two:
            overhead = 1 - two["articles_per_cpu_s"] / pool["articles_per_cpu_s"]
            found.append(f"{size:,} articles: Dask costs {100 * overhead:.1f}% of the pool's articles per CPU-second "
                         f"(must be <= 10%: {'holds' if overhead <= 0.10 else 'does not hold'})")
            quiet = 1 - quiet_articles_per_cpu_s(two) / pool["articles_per_cpu_s"]
            found.append(f"{size:,} articles: the same with Dask's CPU outside the tasks scaled to the time the work "
                         f"would take without contention (an estimate): {100 * quiet:.1f}%")
    for run in sorted({r["run"] for r in results}):
        sizes = sorted((r["articles"], r["main_ms_per_article"]) for r in results if r["run"] == run)
        if len(sizes) > 1:
            found.append(f"{run}: main-process CPU per article " +
                         ", ".join(f"{ms} ms at {n:,}" for n, ms in sizes))
    return found


def quiet_articles_per_cpu_s(run: dict) -> float:
    """Articles per CPU-second had the run not waited for other processes (an estimate).

    Dask's own CPU outside the tasks (scheduler and client threads here, the workers' event loops, the
    nannies) is mostly paid per second of wall-clock time: heartbeats, ticks, monitors, at about the rate an
    idle cluster burns (`idle_cpu_per_s`). A run slowed by contention pays more of it per article. Scaled to
    the time the tasks' own CPU would take with a core per worker, plus the no-op probe's cost per task.
    """
    dask, cpu = run["dask"], run["cpu_s"]
    workers = int(run["run"].partition(":")[2])
    outside = cpu["main_other_threads"] + dask["worker_cpu_outside_tasks_s"] + cpu["other_children"]
    quiet_wall = dask["task_cpu_s"] / workers
    per_task = run.get("scheduler_probe", [{}])[0].get("scheduler_client_us", 0) / 1e6
    quiet_total = cpu["total"] - outside + outside * min(1.0, quiet_wall / run["seconds"]) + per_task * dask["tasks"]
    return run["articles"] / quiet_total


def machine_note(started_load: tuple[float, float, float]) -> str:
    load = os.getloadavg()
    return (f"{os.cpu_count()} cores, load average {started_load[0]:.1f} at the start and {load[0]:.1f} at the end "
            f"(above {os.cpu_count()}: other work shared the cores)")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="saywho ingest on the local pool and on a Dask LocalCluster")
    parser.add_argument("--articles", type=int, nargs="+", default=[2000],
                        help="size(s) of the synthetic set (default 2,000); each size runs every --runs")
    parser.add_argument("--warc", help="ingest this folder of WARC files instead of making a set")
    parser.add_argument("--runs", nargs="+", default=list(DEFAULT_RUNS), help="pool:N and dask:N (default: %(default)s)")
    parser.add_argument("--output", choices=("shards", "store"), default=_default_output(),
                        help="--shards DIR (workers write Parquet) or --db STORE (the main process writes); "
                             "default: shards when saywho has them")
    parser.add_argument("--batch", type=int, help="articles per task (ingest --batch; default: 64 for shards, 8 for a store)")
    parser.add_argument("--seed", type=int, default=synthetic_warc.SEED)
    parser.add_argument("--data", default=str(synthetic_warc.DEFAULT_DATA))
    parser.add_argument("--interval", type=float, default=0.25, help="seconds between CPU samples")
    parser.add_argument("--probe", type=int, nargs="*", default=[1000, 8000],
                        help="after each Dask run, time this many no-op tasks (default 1,000 and 8,000; none: off)")
    parser.add_argument("--main-only", action="store_true",
                        help="analyse nothing: time what the main process does per article (count the records, read "
                             "them, cut and pickle the tasks) at each --articles size")
    parser.add_argument("--stock-dask", action="store_true",
                        help="run the Dask clusters with distributed's own configuration, not saywho's quieter "
                             "defaults (saywho/corpus/dask_config.py): what they save")
    parser.add_argument("--json", help="also write the results here")
    args = parser.parse_args(argv)
    runs = [_parse_run(text) for text in args.runs]
    if None in runs:
        print("scale_dask: --runs takes pool:N and dask:N, N >= 1", file=sys.stderr)
        return 2
    load = os.getloadavg()
    results = []
    with tempfile.TemporaryDirectory(prefix="saywho-scale-") as temporary:
        folder = Path(temporary)
        sets = [(Path(args.warc), None)] if args.warc else [(folder / f"warc-{n}", n) for n in args.articles]
        for warc, size in sets:
            if size is not None and _make_set(warc, size, args) != 0:
                return 2
            if args.main_only:
                results.append(main_process_cost(warc, args.batch or 64))
                print(json.dumps(results[-1]), file=sys.stderr, flush=True)
                continue
            for kind, workers in runs:
                print(f"scale_dask: {kind}:{workers} on {warc.name} ...", file=sys.stderr, flush=True)
                probe = args.probe if kind == "dask" else []
                results.append(run_one(kind, workers, warc, folder, args.output, args.batch, args.interval, probe,
                                       args.stock_dask))
                print(json.dumps(results[-1]), file=sys.stderr, flush=True)
    note = machine_note(load) + ("; Dask with distributed's stock configuration (--stock-dask)" if args.stock_dask
                                 else "; Dask with saywho's cluster defaults (saywho/corpus/dask_config.py)")
    if args.json:
        Path(args.json).write_text(json.dumps({"note": note, "runs": results}, indent=1))
    print(format_main_only(results, note) if args.main_only else format_table(results, note))
    return 0


def _default_output() -> str:
    import importlib.util

    return "shards" if importlib.util.find_spec("saywho.corpus.shards.run") else "store"


def _make_set(out: Path, size: int, args) -> int:
    from contextlib import redirect_stdout

    with redirect_stdout(sys.stderr):  # its summary line is not part of the table
            # saywho cuts a gzipped archive into ranges of 16 MB, each one task: files of one task's worth of
        # articles give the runs tasks of --batch articles, as other inputs get
        return synthetic_warc.main(["--out", str(out), "--articles", str(size), "--seed", str(args.seed),
                                    "--per-file", str(args.batch or 64), "--data", args.data])


def _parse_run(text: str) -> tuple[str, int] | None:
    kind, _, count = text.partition(":")
    if kind not in ("pool", "dask") or not count.isdigit() or int(count) < 1:
        return None
    return kind, int(count)


if __name__ == "__main__":
    sys.exit(main())
