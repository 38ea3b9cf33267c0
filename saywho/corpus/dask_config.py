"""saywho's defaults for the Dask clusters it starts: quieter periodic work in every scheduler, nanny and worker.

Each Dask server runs periodic callbacks on its event loop whatever its tasks do: an
event-loop health check every 20 ms (`admin.tick.interval`), a system monitor every
500 ms, a memory monitor every 100 ms in each worker and nanny, and in each worker a
statistical profiler that walks the running task's stack every 10 ms
(`worker.profile`); and each nanny starts its worker with glibc's memory trimmed
eagerly (MALLOC_TRIM_THRESHOLD_), which costs an analysis a system call for every
large buffer. With saywho's tasks (one per 64 articles, ~10 s each) that work
is a measurable share of the CPU (docs/scale.md, Dask's overhead): nothing saywho
does needs samples that often.

Only the settings the user has left at distributed's own defaults are changed: a value
set in the user's Dask configuration (YAML or DASK_* environment variables) wins.
`cluster_config()` is applied around the clusters saywho starts (`--dask local:N`,
`python -m saywho.corpus.clusters`); a LocalCluster's nannies hand it to their worker
processes, a SLURM job gets it as environment variables (`worker_environment()`).
"""

from __future__ import annotations

from contextlib import contextmanager

TRIM = "distributed.nanny.pre-spawn-environ.MALLOC_TRIM_THRESHOLD_"
QUIET = {
    # the dashboard's profile pages stay empty; the largest cost while a task runs
    "distributed.worker.profile.enabled": False,
    # still warns of a loop blocked for admin.tick.limit (3 s): a 20 ms check only measures the lag finer
    "distributed.admin.tick.interval": "500ms",
    # host CPU/memory/network for the dashboard and the heartbeats
    "distributed.admin.system-monitor.interval": "2s",
    # the spill/pause/terminate checks: a worker's memory grows article by article, not in 100 ms
    "distributed.worker.memory.monitor-interval": "500ms",
    # A nanny starts its worker with MALLOC_TRIM_THRESHOLD_=65536, which fixes glibc's mmap threshold at 128 KB:
    # every larger buffer of the analysis is then an mmap and a munmap, and the worker's system time doubles.
    TRIM: None,
}


def cluster_config() -> dict[str, object]:
    """The QUIET settings the user has not set: in no Dask YAML file or DASK_* variable, and not changed in this
    process (dask.config.set) from distributed's default."""
    import dask.config
    import distributed  # noqa: F401  (loads distributed's defaults into dask.config.defaults)

    shipped = dask.config.merge(*dask.config.defaults)
    users = dask.config.collect()  # the YAML files and the environment, without the packages' defaults
    return {key: value for key, value in QUIET.items()
            if dask.config.get(key, None, config=users) is None
            and dask.config.get(key, None) == dask.config.get(key, None, config=shipped)}


@contextmanager
def quiet_cluster():
    """Start servers, clients and nannies inside this: they read their intervals as they are made."""
    import dask.config

    with dask.config.set(cluster_config()):
        yield


def worker_environment() -> list[str]:
    """`export` lines giving a worker started by a shell (a SLURM job) the same defaults, unless its
    environment already sets them."""
    lines = []
    for key, value in cluster_config().items():
        if key == TRIM:  # a DASK_ variable's name is lower-cased: the nanny's variables go as one dict
            key, value = key.rpartition(".")[0], {TRIM.rpartition(".")[2]: None}
        name = "DASK_" + "__".join(part.upper().replace("-", "_") for part in key.split("."))
        lines.append(f'[ -n "${{{name}+set}}" ] || export {name}="{value}"')
    return lines
