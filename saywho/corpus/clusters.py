"""Dask clusters for `saywho ingest --dask ADDRESS`: start one, print its scheduler's address, keep it up.

saywho needs nothing from a cluster but its scheduler's address, so any Dask cluster
will do; these are the recipes docs/scale.md describes, for one machine and for SLURM:

    python -m saywho.corpus.clusters local --workers 4
    python -m saywho.corpus.clusters slurm --jobs 25 --cores 8 --queue normal --account news \\
        --walltime 08:00:00 --interface ib0
    python -m saywho.corpus.clusters slurm --cores 8 --queue normal --job-script   # print the batch script only

Each prints `scheduler: tcp://HOST:PORT` and the `saywho ingest` line to run, then waits
until Ctrl-C (or SIGTERM) and stops the cluster. Every worker is a process with one
thread (saywho's analysis holds the GIL: a second thread would only wait) that loads the
pipeline as it starts (saywho.corpus.dask_preload). On Kubernetes, the Dask Helm chart or
the dask-kubernetes operator start the same workers with WORKER_ARGS (docs/scale.md).
"""

from __future__ import annotations

import argparse
import signal
import sys
import threading
from typing import Any

from saywho.corpus.dask_config import quiet_cluster, worker_environment
from saywho.errors import SaywhoError

PRELOAD = "saywho.corpus.dask_preload"
WORKER_ARGS = ["--nthreads", "1", "--preload", PRELOAD]  # for `dask worker` started by hand or by Kubernetes
WORKER_MEMORY = "2GB"  # per worker process: the pipeline and a batch take about 0.5 GB, long articles more
SCHEDULER_PORT = 8786


def local_cluster(workers: int, *, host: str = "127.0.0.1", port: int = SCHEDULER_PORT):
    """A LocalCluster of `workers` single-threaded processes with the pipeline loaded."""
    from distributed import LocalCluster

    with quiet_cluster():  # the nannies keep the configuration they start with for every worker they start
        return LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, host=host, scheduler_port=port,
                            dashboard_address=None, preload=[PRELOAD])


def slurm_cluster(*, cores: int, queue: str | None = None, account: str | None = None, walltime: str = "04:00:00",
                  memory_per_worker: str = WORKER_MEMORY, python: str | None = None, interface: str | None = None,
                  host: str | None = None, port: int = SCHEDULER_PORT, directives: list[str] | None = None):
    """A dask-jobqueue SLURMCluster whose jobs each run `cores` single-threaded saywho workers.

    The scheduler runs here (on the login node, say); the workers reach it at `host`, or at
    this machine's address on `interface` (e.g. ib0). No job is submitted until `scale()`.
    """
    try:
        from dask_jobqueue import SLURMCluster
    except ImportError:
        raise SaywhoError("a SLURM cluster needs dask-jobqueue: pip install 'saywho[slurm]'") from None
    scheduler: dict[str, Any] = {"port": port, "dashboard_address": None}
    if host:
        scheduler["host"] = host
    environment = worker_environment()  # before quiet_cluster(), which would count as the user's own setting
    with quiet_cluster():  # the scheduler here; the workers get the same from their job's environment
        return SLURMCluster(
            cores=cores, processes=cores, memory=_times(memory_per_worker, cores), queue=queue, account=account,
            walltime=walltime, python=python or sys.executable, interface=interface, scheduler_options=scheduler,
            job_name="saywho-worker", job_extra_directives=directives or [],
            # numpy's BLAS would start a thread per core in each worker process: one each is what they get
            job_script_prologue=["export OMP_NUM_THREADS=1 OPENBLAS_NUM_THREADS=1 MKL_NUM_THREADS=1",
                                 *environment],
            worker_extra_args=["--preload", PRELOAD],
        )


def _times(memory: str, count: int) -> str:
    """'2GB' times 8, in bytes: SLURM is asked for the memory of all a job's workers."""
    from dask.utils import parse_bytes

    try:
        return str(parse_bytes(memory) * count)
    except ValueError:
        raise SaywhoError(f"--memory-per-worker {memory}: write an amount such as 2GB or 1500MB") from None


# -- the command ----------------------------------------------------------------------------------


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    try:
        cluster = _make(args)
    except SaywhoError as error:
        print(f"saywho: error: {error}", file=sys.stderr)
        return 1
    except OSError as error:  # the port is taken, the interface does not exist
        print(f"saywho: error: cannot start the scheduler ({error})", file=sys.stderr)
        return 1
    with cluster:
        if args.kind == "slurm" and args.job_script:
            print(cluster.job_script())
            return 0
        if args.kind == "slurm":
            cluster.scale(jobs=args.jobs)
        address = cluster.scheduler_address
        print(f"scheduler: {address}", flush=True)
        print(f"run: saywho ingest INPUTS --dask {address} (--db STORE or --shards DIR); Ctrl-C stops the cluster",
              flush=True)
        _wait_for_a_signal()
    return 0


def _make(args: argparse.Namespace):
    if args.kind == "local":
        if args.workers < 1:
            raise SaywhoError("--workers must be 1 or more")
        return local_cluster(args.workers, host=args.host or "127.0.0.1", port=args.port)
    if args.cores < 1 or args.jobs < 1:
        raise SaywhoError("--cores and --jobs must be 1 or more")
    return slurm_cluster(cores=args.cores, queue=args.queue, account=args.account, walltime=args.walltime,
                         memory_per_worker=args.memory_per_worker, python=args.python, interface=args.interface,
                         host=args.host, port=args.port, directives=args.directive)


def _wait_for_a_signal() -> None:
    stop = threading.Event()
    for name in ("SIGINT", "SIGTERM"):
        signal.signal(getattr(signal, name), lambda *_: stop.set())
    while not stop.wait(1.0):
        pass


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m saywho.corpus.clusters",
                                     description="start a Dask cluster for saywho ingest --dask and print its address")
    kinds = parser.add_subparsers(dest="kind", required=True)
    local = kinds.add_parser("local", help="worker processes on this machine")
    local.add_argument("--workers", type=int, default=2, help="worker processes (default 2)")
    slurm = kinds.add_parser("slurm", help="workers in SLURM jobs (dask-jobqueue)")
    slurm.add_argument("--jobs", type=int, default=1, help="SLURM jobs to submit (default 1)")
    slurm.add_argument("--cores", type=int, required=True, help="cores per job: one worker process each")
    slurm.add_argument("--memory-per-worker", default=WORKER_MEMORY, help=f"default {WORKER_MEMORY}")
    slurm.add_argument("--queue", help="the partition (sbatch -p)")
    slurm.add_argument("--account", help="the account to charge (sbatch -A)")
    slurm.add_argument("--walltime", default="04:00:00", help="per job (default 04:00:00)")
    slurm.add_argument("--python", help="the Python with saywho installed on the nodes (default: this one)")
    slurm.add_argument("--interface", help="the network interface the workers reach the scheduler on, e.g. ib0")
    slurm.add_argument("--directive", action="append", help="an extra #SBATCH line's option, e.g. --constraint=skylake")
    slurm.add_argument("--job-script", action="store_true", help="print the job script and exit: nothing is submitted")
    for kind in (local, slurm):
        kind.add_argument("--host", help="the address the scheduler listens on (local: 127.0.0.1)")
        kind.add_argument("--port", type=int, default=SCHEDULER_PORT, help=f"the scheduler's port (default "
                          f"{SCHEDULER_PORT}; 0: any free one)")
    return parser


if __name__ == "__main__":
    sys.exit(main())
