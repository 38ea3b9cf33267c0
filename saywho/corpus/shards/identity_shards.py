"""Identity across the archive: the store's identity rules as one DuckDB job over the shards.

The rules are those of `saywho.corpus.identity` and the store's identity pass
(`identity_pass.py`), stated over whole tables instead of article by article:

* a full name or an organisation is its own key; an unnamed description ("a source")
  is its article's alone (its key already names the article);
* a bare word ("Clinton") goes to the one full name its article gives with that
  surname (or organisation with those initials); to itself when its article gives two;
  otherwise to the full name that dominates the archive: named in at least
  `DOMINANCE` of the articles that name a candidate, and in at least half as many
  articles as use the bare word for a speaker or source (`single_target`), ties to
  the first key in sort order; a place or an outlet is nobody's surname;
* an identity's display name is the form most articles use, preferring forms of its
  own key and plain "First Last" ones, then the shorter, then the first in order; an
  identity only bare words point at takes its name from the articles that name it in
  full; its type is PERSON for a person's key, else the most common type (PERSON wins
  ties); it is anonymous if any mention is.

Only one copy of each article is read (as `layout.CANONICAL_ARTICLES`: finished tasks,
the smallest task key per text hash). DuckDB runs the job with a memory limit and a
spill folder, so the archive need not fit in memory; it is given the shard files a
thousand at a time, as the tasks' `_done` markers list them, so that its list of files
and their metadata do not grow with the archive either (one glob over all ~127,000
files of 20,000 articles, with ``union_by_name``, held ~0.5 GB beyond its limit). It writes ``speakers.parquet``
(key, name, type, named, anonymous, mentions, articles) and ``mention_speakers.parquet``
(hash, mention, key) at the top of the shard folder, each atomically.
"""

from __future__ import annotations

import json
import os
import tempfile
import time
import uuid

from saywho.corpus.identity import DOMINANCE, NOT_PEOPLE
from saywho.corpus.shards.layout import MENTION_SPEAKERS_FILE, SCHEMAS, SPEAKERS_FILE, done_path
from saywho.errors import SaywhoError

# DuckDB's own limit; the process peaks ~190 MB above it (the interpreter, and DuckDB's working memory outside its
# buffer pool: 128MB gave 312 MB, 256MB 431 MB at 20,000 articles), so by default it stays under 1 GB at any size.
DEFAULT_MEMORY_LIMIT = "768MB"
# Shard files handed to DuckDB in one read: its list of files and their metadata stay this size however many
# files the archive has (read all at once, 20,000 articles' ~127,000 small files held ~0.5 GB outside its limit).
FILES_PER_READ = 1000
_NOT_PEOPLE = ", ".join(f"'{t}'" for t in sorted(NOT_PEOPLE))

# Each step is a table DuckDB can spill to disk; names follow the store's tables where it has them.
_STEPS = [
    # articles that name each full name (a person) or organisation with initials: what a bare word may stand for
    ("name_counts", """
        SELECT key, any_value(form) AS form, any_value(surname) AS surname, any_value(acronym) AS acronym,
               count(DISTINCT hash) AS articles
        FROM n WHERE form = 'full' OR (form = 'other' AND acronym IS NOT NULL) GROUP BY key"""),
    # articles that use each bare word alone for a speaker or a cited source
    ("bare_counts", """
        SELECT surname, count(DISTINCT hash) AS articles FROM m
        WHERE form = 'single' AND (speaks OR cited) GROUP BY surname"""),
    # the bare words no full name of their own article explains, by word, initials or not, place or not
    ("bare_groups", f"""
        SELECT DISTINCT surname, acronym IS NOT NULL AS has_acronym, type IN ({_NOT_PEOPLE}) AS not_people
        FROM m WHERE form = 'single' AND local = '[]'"""),
    ("candidates", """
        SELECT g.surname, g.has_acronym, g.not_people, c.key, c.articles FROM bare_groups g
        JOIN name_counts c ON NOT g.not_people AND c.form = 'full' AND c.surname = g.surname
        UNION ALL
        SELECT g.surname, g.has_acronym, g.not_people, c.key, c.articles FROM bare_groups g
        JOIN name_counts c ON g.has_acronym AND c.form = 'other' AND c.acronym = g.surname"""),
    ("best", """
        SELECT surname, has_acronym, not_people, key, articles, total FROM (
            SELECT *, sum(articles) OVER w AS total,
                   row_number() OVER (w ORDER BY articles DESC, key) AS rank
            FROM candidates WINDOW w AS (PARTITION BY surname, has_acronym, not_people))
        WHERE rank = 1"""),
    ("single_targets", f"""
        SELECT g.surname, g.has_acronym, g.not_people,
               CASE WHEN b.articles::DOUBLE / b.total >= {DOMINANCE}
                         AND 2 * b.articles >= coalesce(bare.articles, 0)
                    THEN b.key ELSE 's:' || g.surname END AS key
        FROM bare_groups g
        LEFT JOIN best b USING (surname, has_acronym, not_people)
        LEFT JOIN bare_counts bare USING (surname)"""),
    # every mention's identity
    ("mention_speakers", f"""
        SELECT m.hash, m.mention, CASE
            WHEN m.form <> 'single' THEN m.key
            WHEN json_array_length(m.local) = 1 THEN m.local::JSON->0->>0
            WHEN json_array_length(m.local) > 1 THEN m.key
            ELSE t.key END AS key
        FROM m LEFT JOIN single_targets t
          ON m.form = 'single' AND m.local = '[]' AND t.surname = m.surname
         AND t.has_acronym = (m.acronym IS NOT NULL) AND t.not_people = (m.type IN ({_NOT_PEOPLE}))"""),
    ("grouped", """
        SELECT s.key AS speaker, m.* FROM mention_speakers s JOIN m USING (hash, mention)"""),
    # display names: each form's articles, whether it is the identity's own key, and a plain one
    ("forms", """
        SELECT speaker, name, count(DISTINCT hash) AS articles, bool_or(key = speaker) AS own,
               bool_or(key = speaker AND exact) AS plain
        FROM grouped GROUP BY speaker, name"""),
    ("full_forms", """
        SELECT key AS speaker, name, count(DISTINCT hash) AS articles, true AS own, bool_or(exact) AS plain
        FROM n WHERE key IN (SELECT speaker FROM forms GROUP BY speaker HAVING NOT bool_or(own))
        GROUP BY key, name"""),
    ("local_forms", """
        SELECT speaker, min(pair->>1) AS name FROM (
            SELECT speaker, unnest(local::JSON[]) AS pair FROM grouped
            WHERE speaker IN (SELECT speaker FROM forms GROUP BY speaker HAVING NOT bool_or(own))
              AND speaker NOT IN (SELECT speaker FROM full_forms))
        WHERE pair->>0 = speaker GROUP BY speaker"""),
    ("names_chosen", """
        SELECT speaker, arg_min(name, (NOT own, NOT plain, -articles, length(name), name)) AS name FROM (
            SELECT * FROM forms WHERE speaker NOT IN (SELECT speaker FROM full_forms)
            UNION ALL SELECT * FROM full_forms)
        GROUP BY speaker"""),
    ("types", """
        SELECT speaker, arg_min(type, (-n, type <> 'PERSON', type)) AS type FROM (
            SELECT speaker, type, count(*) AS n FROM grouped WHERE type NOT IN ('UNKNOWN', '')
            GROUP BY speaker, type)
        GROUP BY speaker"""),
    ("speakers", """
        SELECT g.speaker AS key,
               coalesce(CASE WHEN NOT any_value(o.own) THEN any_value(l.name) END, any_value(c.name)) AS name,
               CASE WHEN g.speaker LIKE 'p:%' THEN 'PERSON' ELSE coalesce(any_value(t.type), 'UNKNOWN') END AS type,
               g.speaker NOT LIKE 'u:%' AS named, bool_or(g.anonymous) AS anonymous,
               count(*) AS mentions, count(DISTINCT g.hash) AS articles
        FROM grouped g
        JOIN names_chosen c USING (speaker)
        LEFT JOIN local_forms l USING (speaker)
        LEFT JOIN types t USING (speaker)
        LEFT JOIN (SELECT speaker, bool_or(own) AS own FROM forms GROUP BY speaker) o USING (speaker)
        GROUP BY g.speaker"""),
]


def resolve_shards(root: str, *, memory_limit: str = DEFAULT_MEMORY_LIMIT, threads: int | None = None) -> dict:
    """Write speakers.parquet and mention_speakers.parquet for the shards under `root`; returns counts and time."""
    import duckdb

    from saywho.corpus.shards.run import finished_tasks
    from saywho.corpus.shards.write import filesystem

    started = time.monotonic()
    fs, base = filesystem(root)
    done = sorted(finished_tasks(root))
    if not done:
        raise SaywhoError(f"no finished shards in {root}: write some with `saywho ingest INPUTS --shards {root}`")
    with tempfile.TemporaryDirectory(prefix="saywho-identity-") as spill:
        try:
            con = duckdb.connect(config={"memory_limit": memory_limit, "temp_directory": spill,
                                         "preserve_insertion_order": False, "threads": threads or os.cpu_count() or 1})
        except duckdb.Error as error:
            raise SaywhoError(f"identity over {root}: {str(error).splitlines()[0]}") from None
        try:
            location = _location(con, fs, base)
            chunks = lambda table: _file_chunks(fs, base, done, table)
            _load(con, location, chunks("articles"), "copies", "articles", "hash, task_key")
            con.execute("CREATE TEMP TABLE canon AS SELECT hash, min(task_key) AS task_key FROM copies GROUP BY hash")
            for name, table in (("m", "mentions"), ("n", "names")):
                _load(con, location, chunks(table), name, table, "x.*", "JOIN canon USING (hash, task_key)")
            for name, sql in _STEPS:
                con.execute(f"CREATE TEMP TABLE {name} AS {sql}")
            _copy(con, fs, base, location, "SELECT * FROM speakers ORDER BY key", SPEAKERS_FILE)
            _copy(con, fs, base, location, "SELECT * FROM mention_speakers ORDER BY hash, mention",
                  MENTION_SPEAKERS_FILE)
            named, unnamed, mentions = con.execute(
                "SELECT count(*) FILTER (WHERE named), count(*) FILTER (WHERE NOT named), sum(mentions) "
                "FROM speakers").fetchone() or (0, 0, 0)  # an aggregate always gives its one row
        except duckdb.Error as error:  # out of memory and spill space, a shard that is not Parquet, ...
            raise SaywhoError(f"identity over {root}: {str(error).splitlines()[0]}") from None
        finally:
            con.close()
    return {"speakers": named, "unnamed": unnamed, "mentions": int(mentions or 0),
            "seconds": time.monotonic() - started}


def _file_chunks(fs, base: str, done: list[str], table: str):
    """The table's files that the finished tasks wrote, as their `_done` markers list them, FILES_PER_READ at a time."""
    chunk: list[str] = []
    for key in done:
        with fs.open(done_path(base, key), "rb") as handle:
            chunk.extend(path for path in json.loads(handle.read())["files"] if path.startswith(f"{table}/"))
        if len(chunk) >= FILES_PER_READ:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def _load(con, location: str, chunks, name: str, table: str, columns: str, join: str = "") -> None:
    """A temp table of the table's rows read chunk by chunk; empty when no task wrote any (no names at all)."""
    import pyarrow as pa

    con.register(f"{name}_none", pa.Table.from_pylist([], schema=SCHEMAS[table]))
    con.execute(f"CREATE TEMP TABLE {name} AS SELECT {columns} FROM {name}_none x {join}")
    con.unregister(f"{name}_none")
    for chunk in chunks:
        paths = ", ".join(_quoted(f"{location.rstrip('/')}/{path}") for path in chunk)
        con.execute(f"INSERT INTO {name} BY NAME SELECT {columns} FROM read_parquet([{paths}], hive_partitioning = false) x {join}")


def _quoted(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def _location(con, fs, base: str) -> str:
    """How DuckDB names the shard folder: a path here, or the fsspec URI it is given the filesystem for."""
    from saywho.corpus.shards.write import _is_local

    if _is_local(fs):
        return base
    con.register_filesystem(fs)
    protocol = fs.protocol if isinstance(fs.protocol, str) else fs.protocol[0]
    return f"{protocol}://{base.lstrip('/')}" if protocol != "memory" else f"memory://{base}"


def _copy(con, fs, base: str, location: str, query: str, name: str) -> None:
    """COPY the query to a hidden name beside its place, then rename it there: readers never see half a file."""
    temporary = f".{name}.{uuid.uuid4().hex}.tmp"
    con.execute(f"COPY ({query}) TO '{location.rstrip('/')}/{temporary}' (FORMAT parquet, COMPRESSION zstd)")
    source, target = f"{base.rstrip('/')}/{temporary}", f"{base.rstrip('/')}/{name}"
    if os.path.isabs(source) and os.path.exists(source):
        os.replace(source, target)
    else:
        fs.mv(source, target)
