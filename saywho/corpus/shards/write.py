"""One shard task, run by a worker: read, analyse and write a partition's Parquet files itself.

`run_task` is what a worker process (local or on Dask) runs for one partition: it
reads and analyses the partition's jobs with ingest's own batch code
(`process_batch`: one bad article fails alone), turns each analysis into the shard
tables' rows, and writes them under the task's key (see `layout`), each file
atomically, the `_done` marker last. Nothing but counts and failure reasons goes
back to the process that scheduled it.
"""

from __future__ import annotations

import json
import os
import uuid
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

from saywho.corpus.shards.layout import FAILURES, SCHEMAS, done_path, failures_path, shard_path


@dataclass
class TaskResult:
    key: str
    jobs: int
    done: int = 0  # articles written
    duplicates: int = 0  # a second copy of an article within this task
    failures: list[tuple[str, str]] = field(default_factory=list)  # (origin, reason)
    warc_skipped: int = 0  # records of a WARC range that are not HTML responses
    skipped: bool = False  # an earlier attempt finished it: nothing was read or written, the counts are its


def run_task(root: str, key: str, jobs: list) -> TaskResult:
    """Analyse one partition and write its shards under `root`; skipped if its `_done` marker exists."""
    from saywho.corpus.ingest import DONE, FAILED, process_batch

    fs, base = filesystem(root)
    if fs.exists(done_path(base, key)):
        return _finished(fs, done_path(base, key), key)
    result = TaskResult(key, len(jobs))
    jobs = _read_ranges(jobs, result)
    result.jobs = len(jobs) + len(result.failures)
    seen: set[str] = set()
    records = []
    for outcome in process_batch(jobs, known=lambda digest: False):
        if outcome.status == FAILED:
            result.failures.append((outcome.origin, outcome.reason or "failed"))
        elif outcome.status == DONE and outcome.hash is not None and outcome.hash not in seen:
            seen.add(outcome.hash)
            records.append(outcome.record)
        else:  # a second copy of an article in this task (analysed for nothing: rare, and never stored twice)
            result.duplicates += 1
    files = write_records(fs, base, key, records)
    if result.failures:
        rows = [{"task_key": key, "origin": origin, "reason": reason} for origin, reason in result.failures]
        write_atomically(fs, failures_path(base, key), _table(FAILURES, rows))
        files.append(failures_path(base, key))
    result.done = len(records)
    marker = {"task_key": key, "jobs": result.jobs, "articles": result.done, "duplicates": result.duplicates,
              "failures": result.failures, "warc_skipped": result.warc_skipped, "files": [f.removeprefix(base.rstrip("/") + "/") for f in files]}
    _write_bytes_atomically(fs, done_path(base, key), json.dumps(marker).encode())
    return result


def _finished(fs, marker: str, key: str) -> TaskResult:
    """A task an earlier attempt finished (a retry whose first worker died after its marker): its counts."""
    with fs.open(marker, "rb") as handle:
        done = json.loads(handle.read())
    return TaskResult(key, done["jobs"], done["articles"], done["duplicates"], [tuple(f) for f in done["failures"]],
                      done.get("warc_skipped", 0), skipped=True)


def _read_ranges(jobs: list, result: TaskResult) -> list:
    """The task's jobs, each range of a WARC archive replaced by the articles it holds (read here, in the worker)."""
    from saywho.corpus.shards.warc_ranges import RANGED, read_range
    from saywho.errors import InputError

    read = []
    for job in jobs:
        if job.kind != RANGED:
            read.append(job)
            continue
        try:
            found, skipped = read_range(job)
        except InputError as error:
            result.failures.append((job.origin, str(error).removeprefix(f"{job.origin}: ")))
            continue
        read.extend(found)
        result.warc_skipped += skipped
    return read


def write_records(fs, base: str, key: str, records: list) -> list[str]:
    """Each table's rows, one file per (month, outlet) they fall into; the paths written."""
    from saywho.corpus.shards.rows import article_rows, partition_of

    grouped: dict[tuple[str, str, str | None], list[dict[str, Any]]] = defaultdict(list)
    for record in records:
        month, outlet = partition_of(record)
        for table, rows in article_rows(record, key).items():
            grouped[(table, month, outlet)].extend(rows)
    files = []
    for (table, month, outlet), rows in sorted(grouped.items(), key=lambda item: (item[0][0], item[0][1],
                                                                                 item[0][2] or "")):
        if rows:
            path = shard_path(base, table, month, outlet, key)
            write_atomically(fs, path, _table(table, rows))
            files.append(path)
    return files


def write_atomically(fs, path: str, table) -> None:
    """Write a Parquet file under a hidden name in its folder, then rename it into place."""
    import pyarrow.parquet as pq

    folder, name = path.rsplit("/", 1)
    fs.makedirs(folder, exist_ok=True)
    temporary = f"{folder}/.{name}.{uuid.uuid4().hex}.tmp"
    with fs.open(temporary, "wb") as handle:
        pq.write_table(table, handle, compression="zstd")
    _rename(fs, temporary, path)


def _write_bytes_atomically(fs, path: str, data: bytes) -> None:
    folder, name = path.rsplit("/", 1)
    fs.makedirs(folder, exist_ok=True)
    temporary = f"{folder}/.{name}.{uuid.uuid4().hex}.tmp"
    with fs.open(temporary, "wb") as handle:
        handle.write(data)
    _rename(fs, temporary, path)


def _rename(fs, source: str, target: str) -> None:
    if _is_local(fs):
        os.replace(source, target)  # atomic within a folder: a reader sees the old file or the new, never half
    else:
        fs.mv(source, target)  # object stores: the upload itself is atomic; elsewhere, the store's own rename


def _table(name: str, rows: list[dict[str, Any]]):
    import pyarrow as pa

    return pa.Table.from_pylist(rows, schema=SCHEMAS[name])


def filesystem(root: str):
    """(fsspec filesystem, path within it) for a folder or URI: "shards/", "file:///x", "memory://x", "s3://b/x"."""
    import fsspec

    from saywho.errors import SaywhoError

    try:
        fs, path = fsspec.core.url_to_fs(root)
    except (ValueError, ImportError) as error:  # an unknown protocol, or one whose package is not installed
        raise SaywhoError(f"--shards {root}: not a folder or a URI fsspec can open ({error})") from None
    if _is_local(fs):
        path = os.path.abspath(path)
    return fs, path


def _is_local(fs) -> bool:
    return "file" in (fs.protocol if isinstance(fs.protocol, tuple) else (fs.protocol,))
