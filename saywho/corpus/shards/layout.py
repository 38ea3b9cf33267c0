"""The shard layout: where `saywho ingest --shards DIR` puts its Parquet files, and what they hold.

A shard store is a folder (a local path or an fsspec URI such as ``s3://bucket/corpus``
or ``memory://corpus``) that workers write into directly, with no database and no
single writing process. Every task of an ingest is one input partition (a batch of
jobs); the worker that runs it writes, for each table, one Parquet file per month and
outlet its articles fall into::

    DIR/<table>/month=<YYYY-MM|unknown>/outlet=<outlet, percent-encoded>/<task_key>.parquet
    DIR/failures/<task_key>.parquet      articles of the task that could not be read or analysed
    DIR/_done/<task_key>                 written last: the task is finished (JSON: its counts and files)

Tables (`TABLES`): ``articles`` (one row per article, with its whole Analysis JSON),
``quotations``, ``sources``, ``mentions``, ``names``, ``labels`` and ``dates``; the
columns are the SQLite store's where it has the table (`saywho/corpus/sqlite_schema.py`),
and every row carries its article's ``hash`` and its ``task_key``. Rows refer to a
mention by its index within the article (``mention``); (hash, mention) is a mention's
identity across the archive. Identity over the shards (`identity_shards.py`) adds::

    DIR/speakers.parquet                 key, name, type, named, anonymous, mentions, articles
    DIR/mention_speakers.parquet         hash, mention, key

The folders follow Hive partitioning, so DuckDB reads them as they are::

    SELECT outlet, month, count(*) FROM read_parquet('DIR/quotations/**/*.parquet', hive_partitioning = true)

and gives each row the ``month`` and ``outlet`` of its folder. The outlet folder name is
the outlet itself, percent-encoded (`urllib.parse.quote`), which DuckDB decodes back,
so the ``outlet`` column it gives equals the article's (a lossy slug would shadow the
real name: DuckDB lets the folder's value win over a file's column of the same name);
an article without an outlet goes under ``__HIVE_DEFAULT_PARTITION__``, read as NULL.

**Names are deterministic.** ``task_key`` is a hash of the partition's identity: the
origins of its jobs (file paths, "file:line" for JSON Lines, "archive#url" for the
records of an uncompressed WARC archive, "archive#bytes=START-END" for a byte range of
a gzipped one, which the worker reads itself), in order. The same inputs cut the same way give the same names, so a re-run
or a retried task overwrites a file with the same rows rather than adding one.
**Writes are atomic**: each file is written under a hidden temporary name in its own
folder (``.<task_key>.<random>.tmp``, which ``*.parquet`` globs skip) and renamed into
place. **A finished task is never re-done**: its ``_done`` marker is written after all
its files, and a run skips every task that has one.

**Each article once.** A worker drops a second copy of an article (same text hash)
within its own task. It cannot see other tasks, so the same text in two partitions is
stored by both; readers keep one copy: for each hash, the copy of the smallest
``task_key`` among finished tasks (`CANONICAL_ARTICLES` below; the identity job and
the shard queries read through it). Rows of a task without a ``_done`` marker (a run
killed mid-task, not yet re-run) are ignored the same way.
"""

from __future__ import annotations

import hashlib
import re
from urllib.parse import quote

import pyarrow as pa

TABLES = ("articles", "quotations", "sources", "mentions", "names", "labels", "dates")
DONE_DIR = "_done"
FAILURES = "failures"
SPEAKERS_FILE = "speakers.parquet"
MENTION_SPEAKERS_FILE = "mention_speakers.parquet"
UNKNOWN_MONTH = "unknown"
NO_OUTLET = "__HIVE_DEFAULT_PARTITION__"  # DuckDB reads it as NULL
LAYOUT_VERSION = 1

_ROW = [("hash", pa.string()), ("task_key", pa.string())]
_MONTH = re.compile(r"^(\d{4})-(\d{2})")

SCHEMAS: dict[str, pa.Schema] = {
    "articles": pa.schema([
        *_ROW, ("origin", pa.string()), ("url", pa.string()), ("outlet", pa.string()), ("date", pa.string()),
        ("title", pa.string()), ("author", pa.string()), ("quotations", pa.int32()), ("words", pa.int32()),
        ("analysis", pa.string()),  # the whole Analysis document, as JSON
    ]),
    "quotations": pa.schema([
        *_ROW, ("attribution", pa.string()), ("kind", pa.string()), ("mention", pa.int32()),
        ("speaker_name", pa.string()), ("named", pa.bool_()), ("anonymous", pa.bool_()), ("source", pa.string()),
        ("cue", pa.string()), ("content", pa.string()), ("paragraph", pa.int32()), ("start", pa.int32()),
        ("spans", pa.string()), ("role", pa.string()), ("affiliation", pa.string()), ("resolved_by", pa.string()),
        ("naming", pa.string()), ("source_kind", pa.string()), ("role_kind", pa.string()), ("gender", pa.string()),
        ("date", pa.string()), ("negated", pa.bool_()),
    ]),
    "sources": pa.schema([
        *_ROW, ("mention", pa.int32()), ("name", pa.string()), ("description", pa.string()), ("type", pa.string()),
        ("named", pa.bool_()), ("anonymous", pa.bool_()), ("how", pa.string()), ("count", pa.int32()),
        ("spans", pa.string()), ("attributions", pa.string()),
    ]),
    "mentions": pa.schema([
        *_ROW, ("mention", pa.int32()), ("name", pa.string()), ("type", pa.string()), ("named", pa.bool_()),
        ("anonymous", pa.bool_()), ("speaks", pa.bool_()), ("cited", pa.bool_()), ("form", pa.string()),
        ("key", pa.string()), ("surname", pa.string()), ("acronym", pa.string()), ("exact", pa.bool_()),
        ("local", pa.string()),  # JSON list of [key, name]: the article's full names a bare word could stand for
        ("forms", pa.string()),  # JSON list: the entity's name and aliases in this article
    ]),
    "names": pa.schema([
        *_ROW, ("form", pa.string()), ("key", pa.string()), ("surname", pa.string()), ("acronym", pa.string()),
        ("exact", pa.bool_()), ("name", pa.string()),
    ]),
    "labels": pa.schema([
        *_ROW, ("text", pa.string()), ("word", pa.string()), ("category", pa.string()), ("target", pa.string()),
        ("mention", pa.int32()), ("paragraph", pa.int32()), ("start", pa.int32()), ("spans", pa.string()),
    ]),
    "dates": pa.schema([
        *_ROW, ("text", pa.string()), ("start", pa.int32()), ("value", pa.string()), ("range_start", pa.string()),
        ("range_end", pa.string()), ("granularity", pa.string()), ("resolved", pa.bool_()),
        ("relative", pa.bool_()), ("spans", pa.string()),
    ]),
    FAILURES: pa.schema([("task_key", pa.string()), ("origin", pa.string()), ("reason", pa.string())]),
}


def task_key(origins: list[str]) -> str:
    """The name of a partition's files: a hash of its jobs' origins, in order (24 hex digits)."""
    digest = hashlib.sha256()
    digest.update(f"saywho-shards/{LAYOUT_VERSION}\n".encode())
    for origin in origins:
        digest.update(origin.encode("utf-8", "surrogatepass") + b"\n")
    return digest.hexdigest()[:24]


def month_of(date: str | None) -> str:
    """"2016-10-03" -> "2016-10"; "unknown" for an article without a usable date."""
    found = _MONTH.match(date or "")
    return f"{found[1]}-{found[2]}" if found and 1 <= int(found[2]) <= 12 else UNKNOWN_MONTH


def outlet_folder(outlet: str | None) -> str:
    """The outlet as a folder name that DuckDB's Hive partitioning decodes back to the same value."""
    return quote(outlet, safe="") if outlet else NO_OUTLET


def partition_path(root: str, table: str, month: str, outlet: str | None) -> str:
    return f"{root.rstrip('/')}/{table}/month={month}/outlet={outlet_folder(outlet)}"


def shard_path(root: str, table: str, month: str, outlet: str | None, key: str) -> str:
    return f"{partition_path(root, table, month, outlet)}/{key}.parquet"


def failures_path(root: str, key: str) -> str:
    return f"{root.rstrip('/')}/{FAILURES}/{key}.parquet"


def done_path(root: str, key: str) -> str:
    return f"{root.rstrip('/')}/{DONE_DIR}/{key}"


def table_glob(root: str, table: str) -> str:
    """What DuckDB reads for a table: ``read_parquet(glob, hive_partitioning = true)``."""
    return f"{root.rstrip('/')}/{table}/**/*.parquet"


# The one copy of each article that readers keep, given `articles` (all copies) and `done` (the finished
# tasks' keys, one column `task_key`): the smallest finished task_key that holds the hash.
CANONICAL_ARTICLES = """
    SELECT hash, min(task_key) AS task_key FROM articles
    WHERE task_key IN (SELECT task_key FROM done)
    GROUP BY hash
"""
