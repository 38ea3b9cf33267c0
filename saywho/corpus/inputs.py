"""What `saywho ingest` reads: files, folders, JSONL, WARC archives and lists of URLs, as jobs.

A `Job` is one article still to be read: a file path, a JSON record, an HTML
payload from a WARC record, or a URL. Jobs are small and picklable, so the
reading (trafilatura for HTML, fetching for URLs) happens in the worker that
analyses the article. `read_job` turns a job into an Article, or raises
InputError with a one-line reason. This module finds the inputs and says what
each is; reading an article from one is saywho.read's (files, pages, URLs, and
JSON records in saywho.read.records).

Metadata: a `metadata.tsv` (or .csv) in a text file's folder or any folder above
it gives the file's outlet, date, title, author and url, matched by the file's
stem in a `filename` column (PolNeAR's layout: `publisher`, `publication_date`,
`title`, `author`). `--metadata FILE` names such a table explicitly. Its values
take precedence over what the file itself says.
"""

from __future__ import annotations

import csv
import gzip
import json
import os
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from saywho.document import Analysis, Article
from saywho.errors import InputError
from saywho.read.records import ANALYSIS, JSON_SUFFIXES, JSONL_SUFFIXES, json_items, record_kind

TEXT_SUFFIXES = (".txt", ".text")
HTML_SUFFIXES = (".html", ".htm", ".xhtml")
WARC_SUFFIXES = (".warc", ".warc.gz")
METADATA_NAMES = ("metadata.tsv", "metadata.csv")
URL_LIST_MAX_BYTES = 50 * 1024 * 1024

# Metadata columns, by the names people give them.
_META_COLUMNS = {
    "outlet": ("outlet", "publisher", "source", "site", "sitename", "domain"),
    "date": ("date", "publication_date", "published", "pubdate"),
    "title": ("title", "headline"),
    "author": ("author", "authors", "byline"),
    "url": ("url", "link"),
}
_KEY_COLUMNS = ("filename", "file", "stem", "id", "name")


@dataclass
class Job:
    """One article to read. `kind`: file, record, analysis, html or url."""

    kind: str
    origin: str
    data: Any = None  # record: the JSON object; analysis: the document; html: (bytes, charset)
    meta: dict[str, str] = field(default_factory=dict)
    date: str | None = None  # --date, for articles that carry none


class Discovery:
    """The inputs, walked: `count()` items to ingest, `jobs()` to read them lazily, and `failures` on the way.

    Folders are walked in sorted order, so the order of jobs is stable. Nothing is
    held in memory but the list of files: JSONL lines and WARC records are read as
    `jobs()` is consumed.
    """

    def __init__(self, inputs: list[str], *, urls_file: str | None = None, metadata: str | None = None,
                 date: str | None = None):
        self.date = date
        self.failures: list[tuple[str, str]] = []  # (origin, reason)
        self.warc_skipped = 0  # WARC records that are not HTML responses
        self.entries: list[tuple[str, Path | str]] = []  # (kind, path or URL)
        tables = MetadataTables(metadata)
        self.meta: dict[Path, dict[str, str]] = {}
        for spec in inputs:
            if spec.lower().startswith(("http://", "https://")):
                self.entries.append(("url", spec))
                continue
            path = Path(spec)
            if path.is_dir():
                for file in self._walk(path):
                    self._add(file, tables)
            elif path.exists():
                self._add(path, tables)
            else:
                self.failures.append((spec, "no such file or folder"))
        if urls_file:
            path = Path(urls_file)
            if path.is_file():
                self.entries.append(("urls", path))
            else:
                self.failures.append((urls_file, "no such file"))

    def _walk(self, folder: Path) -> Iterator[Path]:
        def on_error(error: OSError) -> None:
            self.failures.append((error.filename or str(folder), f"cannot read this folder ({error.strerror or error})"))

        for root, dirs, files in os.walk(folder, onerror=on_error):
            dirs[:] = sorted(d for d in dirs if not d.startswith("."))
            for name in sorted(files):
                path = Path(root) / name
                if _suffix(path) and name not in METADATA_NAMES and not name.startswith("."):
                    yield path

    def _add(self, path: Path, tables: MetadataTables) -> None:
        suffix = _suffix(path)
        if suffix in WARC_SUFFIXES:
            kind = "warc"
        elif suffix in JSONL_SUFFIXES:
            kind = "jsonl"
        elif suffix in JSON_SUFFIXES:
            kind = "json"
        elif suffix in TEXT_SUFFIXES and _is_url_list_safe(path):
            kind = "urls"
        else:
            kind = "file"  # HTML, text, and any other file named on the command line
            self.meta[path] = tables.lookup(path)
        self.entries.append((kind, path))

    def count(self) -> int:
        """How many articles the inputs hold (a cheap pass: lines, records and files are counted)."""
        total = 0
        for kind, path in self.entries:
            try:
                if kind in ("file", "url"):
                    total += 1
                elif kind == "jsonl":
                    with Path(path).open("rb") as handle:
                        total += sum(1 for line in handle if line.strip())
                elif kind == "json":
                    data = json.loads(Path(path).read_bytes())
                    total += len(data) if isinstance(data, list) else 1
                elif kind == "urls":
                    total += sum(1 for line in _url_lines(Path(path)) if line[1])
                elif kind == "warc":
                    total += sum(1 for _ in warc_responses(Path(path), read=False))
            except (OSError, ValueError, InputError):
                total += 1  # reported as a failure when its jobs are read
        return total

    def jobs(self) -> Iterator[Job]:
        for kind, path in self.entries:
            origin = str(path)
            try:
                if kind == "url":
                    yield Job("url", origin, date=self.date)
                elif kind == "file":
                    yield Job("file", origin, meta=self.meta.get(Path(path), {}), date=self.date)
                elif kind in ("json", "jsonl"):
                    yield from self._json(Path(path))
                elif kind == "urls":
                    yield from self._urls(Path(path))
                elif kind == "warc":
                    yield from self._warc(Path(path))
            except InputError as error:
                self.failures.append((origin, str(error).removeprefix(f"{origin}: ")))
            except OSError as error:
                self.failures.append((origin, f"cannot read this file ({error.strerror or error})"))

    # -- JSON and JSONL -------------------------------------------------------------------

    def _json(self, path: Path) -> Iterator[Job]:
        """The records of a JSON or JSONL file (saywho.read.records); a bad one is a failure, the rest are read."""
        for origin, item in json_items(path):
            try:
                if isinstance(item, InputError):
                    raise item
                kind = record_kind(item)
            except InputError as error:
                self.failures.append((origin, str(error)))
                continue
            yield Job(kind, origin, data=item, date=None if kind == ANALYSIS else self.date)

    def _urls(self, path: Path) -> Iterator[Job]:
        for origin, url in _url_lines(path):
            if url:
                yield Job("url", url, date=self.date)
            else:
                self.failures.append((origin, "not an http(s) URL"))

    def _warc(self, path: Path) -> Iterator[Job]:
        for url, payload, charset in warc_responses(path, self):
            yield Job("html", url or str(path), data=(payload, charset, str(path)), date=self.date)


def _suffix(path: Path) -> str | None:
    name = path.name.lower()
    for suffix in (*WARC_SUFFIXES, *JSONL_SUFFIXES, *JSON_SUFFIXES, *HTML_SUFFIXES, *TEXT_SUFFIXES):
        if name.endswith(suffix):
            return suffix
    return None


# -- WARC -----------------------------------------------------------------------------------


def warc_responses(path: Path, found: Discovery | None = None,
                   read: bool = True) -> Iterator[tuple[str | None, bytes, str | None]]:
    """(target URI, body, charset) of each HTML response record, as CC-NEWS archives hold them."""
    try:
        from warcio.archiveiterator import ArchiveIterator
        from warcio.exceptions import ArchiveLoadFailed
    except ImportError:
        raise InputError(f"{path}: reading WARC files needs warcio: pip install warcio") from None
    try:
        with path.open("rb") as handle:
            for record in ArchiveIterator(handle):
                if record.rec_type != "response" or record.http_headers is None:
                    continue
                html, charset = html_response(record)
                if not html:
                    if found is not None:
                        found.warc_skipped += 1
                    continue
                body = record.content_stream().read() if read else b""
                yield record.rec_headers.get_header("WARC-Target-URI"), body, charset
    except (ArchiveLoadFailed, gzip.BadGzipFile, EOFError, ValueError) as error:
        raise InputError(f"{path}: not a readable WARC archive ({error})") from None


def html_response(record) -> tuple[bool, str | None]:
    """Whether a WARC response record is an HTML page served with status 200, and its charset."""
    status = record.http_headers.get_statuscode()
    content_type = (record.http_headers.get_header("Content-Type") or "").lower()
    if status != "200" or ("html" not in content_type and content_type):
        return False, None
    charset = None
    if "charset=" in content_type:
        charset = content_type.split("charset=", 1)[1].split(";")[0].strip().strip('"') or None
    return True, charset


# -- URL lists ------------------------------------------------------------------------------


def _is_url_list_safe(path: Path) -> bool:
    """An unreadable file is no URL list: it is read as an article, and its reader says what is wrong."""
    try:
        return _is_url_list(path)
    except OSError:
        return False


def _is_url_list(path: Path) -> bool:
    """A .txt file whose every non-empty line is an http(s) URL."""
    with path.open("rb") as handle:
        head = handle.read(64 * 1024)
    try:
        lines = [line.strip() for line in head.decode("utf-8").splitlines() if line.strip()]
    except UnicodeDecodeError:
        return False
    if len(head) == 64 * 1024 and lines:
        lines = lines[:-1]  # the last line may be cut
    return bool(lines) and all(_is_url(line) for line in lines)


def _is_url(line: str) -> bool:
    if " " in line:
        return False
    parts = urlsplit(line)
    return parts.scheme.lower() in ("http", "https") and bool(parts.netloc)


def _url_lines(path: Path) -> Iterator[tuple[str, str | None]]:
    """(origin, URL) for each non-empty line that is not a # comment; URL is None when the line is not one."""
    with path.open("rb") as handle:
        data = handle.read(URL_LIST_MAX_BYTES + 1)
    if len(data) > URL_LIST_MAX_BYTES:
        raise InputError(f"{path}: a URL list may be up to {URL_LIST_MAX_BYTES // 2**20} MB")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise InputError(f"{path}: is not UTF-8 text") from None
    for number, line in enumerate(text.splitlines(), 1):
        line = line.strip()
        if line and not line.startswith("#"):
            yield f"{path}:{number}", line if _is_url(line) else None


# -- metadata tables ----------------------------------------------------------------------


class MetadataTables:
    """metadata.tsv files found beside or above the inputs, read once each."""

    def __init__(self, explicit: str | None):
        self.cache: dict[Path, dict[str, dict[str, str]] | None] = {}
        self.explicit = read_metadata_table(Path(explicit)) if explicit else None

    def lookup(self, path: Path) -> dict[str, str]:
        stem = _stem(path)
        if self.explicit is not None and stem in self.explicit:
            return self.explicit[stem]
        for folder in list(path.resolve().parents)[:6]:
            table = self._table(folder)
            if table is not None and stem in table:
                return table[stem]
        return {}

    def _table(self, folder: Path):
        if folder not in self.cache:
            self.cache[folder] = None
            for name in METADATA_NAMES:
                candidate = folder / name
                if candidate.is_file():
                    try:
                        self.cache[folder] = read_metadata_table(candidate)
                    except InputError:
                        pass
                    break
        return self.cache[folder]


def _stem(path: Path) -> str:
    name = path.name
    for suffix in (*HTML_SUFFIXES, *TEXT_SUFFIXES):
        if name.lower().endswith(suffix):
            return name[: -len(suffix)]
    return path.stem


def read_metadata_table(path: Path) -> dict[str, dict[str, str]]:
    """{file stem: {outlet, date, title, author, url}} from a TSV or CSV with a filename column."""
    try:
        with path.open(encoding="utf-8-sig", newline="") as handle:
            dialect = "excel-tab" if path.suffix.lower() == ".tsv" else "excel"
            reader = csv.DictReader(handle, dialect=dialect)
            columns = {c.lower().strip(): c for c in reader.fieldnames or []}
            key = next((columns[c] for c in _KEY_COLUMNS if c in columns), None)
            if key is None:
                raise InputError(f"{path}: a metadata table needs a filename column")
            wanted = {field: next((columns[c] for c in names if c in columns), None)
                      for field, names in _META_COLUMNS.items()}
            table = {}
            for row in reader:
                stem = _stem(Path((row.get(key) or "").strip()))
                values = {f: row[c].strip() for f, c in wanted.items()
                          if c and row.get(c) and row[c].strip() not in ("", "None", "NA", "null")}
                if stem:
                    table[stem] = values
            return table
    except OSError as error:
        raise InputError(f"{path}: cannot read this metadata table ({error.strerror or error})") from None
    except (csv.Error, UnicodeDecodeError) as error:
        raise InputError(f"{path}: not a readable metadata table ({error})") from None


# -- reading a job (in a worker) -------------------------------------------------------------


def read_job(job: Job) -> Article | Analysis:
    """The job's Article (or, for an analysis document, its Analysis); InputError with a reason otherwise."""
    from saywho.read import fetch_url, read_html, read_input, records
    from saywho.read.html import decode_html
    from saywho.read.url import outlet_of

    if job.kind == records.ANALYSIS:
        return records.analysis_document(job.data, job.origin)
    if job.kind == "file":
        article = read_input(job.origin)
    elif job.kind == "url":
        article = fetch_url(job.origin)
    elif job.kind == "html":
        payload, charset, archive = job.data
        article = read_html(decode_html(payload, charset),
                            origin=f"{archive}#{job.origin}" if job.origin != archive else archive,
                            url=job.origin if job.origin != archive else None)
    elif job.kind == records.RECORD:
        article = records.record_article(job.data, job.origin)
    else:
        raise InputError(f"{job.origin}: unknown kind of input {job.kind!r}")
    for name, value in job.meta.items():
        setattr(article, name, value)
    if not article.date and job.date:
        article.date = job.date
    if not article.outlet and article.url:
        article.outlet = outlet_of(article.url)
    return article
