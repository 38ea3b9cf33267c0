"""What the web pages and the API share: the server's settings and state, and analysing one input."""

from __future__ import annotations

import asyncio
import datetime as dt
import re
import threading
from collections.abc import Awaitable, Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

from saywho.document import Analysis, Article
from saywho.errors import FetchError, InputError
from saywho.read.url import RefusedURL, fetch_article
from saywho.web.analyzer import DEFAULT_DEADLINE_BASE, DEFAULT_DEADLINE_PER_100KB, Analyzer, Busy, Failed, TooSlow
from saywho.web.corpus import NO_CORPUS, NoCorpus, open_corpus
from saywho.web.limits import TooLarge, megabytes
from saywho.web.results import Results

DEFAULT_MAX_BYTES = 5 * 1024 * 1024
UPLOAD_SUFFIXES = (".txt", ".text", ".html", ".htm", ".xhtml")
T = TypeVar("T")


@dataclass
class WebConfig:
    db: Path | str | None = None
    results: Path | str | None = None  # the file that keeps analyses under permanent links; None: memory only
    read_only: bool = False
    editable: bool = False  # stored articles take corrections (POST /api/corrections); off unless asked for
    allow_private_urls: bool = False
    max_bytes: int = DEFAULT_MAX_BYTES
    jobs: int = 0  # analysis worker processes; 0 analyses in a background thread
    warm_up: bool = False  # load the pipeline in every worker before serving
    fetch_timeout: float = 15.0  # for the whole fetch of a URL: connection, redirects and every read
    fetch_jobs: int = 4  # URLs fetched at once, in threads of their own (at most 4 times as many wait)
    analysis_timeout: float = DEFAULT_DEADLINE_BASE  # seconds an analysis may run (jobs >= 1), plus:
    analysis_timeout_per_100kb: float = DEFAULT_DEADLINE_PER_100KB  # seconds per 100 KB of article text
    search_ranks: int | None = None  # a search ranks its newest so many matches (None: 1,000, the store default)


class WebError(Exception):
    """An error with the HTTP status it should be answered with."""

    def __init__(self, status: int, message: str):
        super().__init__(message)
        self.status = status
        self.message = message


class State:
    def __init__(self, config: WebConfig):
        self.config = config
        self.analyzer = Analyzer(jobs=config.jobs, deadline_base=config.analysis_timeout,
                                 deadline_per_100kb=config.analysis_timeout_per_100kb)
        self.results = Results(config.results, read_only=config.read_only)
        self.fetches = Pool("fetches", config.fetch_jobs, 4 * config.fetch_jobs)
        # Reading is mostly Python: the threads share the GIL, but a short paste is not queued behind a long one.
        self.readers = Pool("inputs being read", 8, 64)
        self.corpus_error: str | None = None
        try:
            self.corpus = open_corpus(config.db, read_only=config.read_only, rank_among=config.search_ranks)
        except NoCorpus as error:
            self.corpus, self.corpus_error = None, str(error)

    def require_corpus(self):
        if self.corpus is None:
            raise NoCorpus(self.corpus_error or NO_CORPUS)
        return self.corpus


# -- analysing one input, shared by the form and the API ---------------------------------


async def analyse_input(state: State, **inputs) -> Analysis:
    """Read whichever one input is given (see `_analysed`), check it and analyse it; raises WebError."""
    return await _analysed(state, state.analyzer.analyze, **inputs)


async def analyse_input_json(state: State, **inputs) -> bytes:
    """The same, as the JSON bytes of the analysis document, as the API answers with them."""
    return await _analysed(state, state.analyzer.analyze_json, **inputs)


async def _analysed(
    state: State,
    analyse: Callable[[Article], Awaitable[T]],
    *,
    text: str | None = None,
    html: str | None = None,
    url: str | None = None,
    upload: tuple[str, bytes] | None = None,
    date: str | None = None,
) -> T:
    given = [name for name, value in (("text", text), ("html", html), ("url", url), ("file", upload)) if value]
    if not given:
        raise WebError(400, "nothing to analyse: paste the article's text, upload a file, or give a URL")
    if len(given) > 1:
        raise WebError(400, f"give one input, not {' and '.join(given)}: paste text, upload a file, or give a URL")
    date = _iso_date(date)
    kind = given[0]
    source = {"text": text, "html": html, "url": url, "file": upload}[kind]
    if kind != "file":
        _check_unicode({"text": text, "html": html, "url": url}[kind], kind)
    # Reading and checking a long page takes a while (language detection on 1 MB: half a second), so it
    # happens in a thread, never on the event loop; a fetch in the fetch pool, where a slow site waits alone.
    pool = state.fetches if kind == "url" else state.readers
    article = await pool.run(_read_input, state.config, kind, source, date)
    try:
        return await analyse(article)
    except Busy as error:
        raise WebError(503, str(error)) from None
    except (TooSlow, Failed) as error:
        raise WebError(422, str(error)) from None
    except InputError as error:
        raise WebError(400, str(error)) from None


def _read_input(config: WebConfig, kind: str, source, date: str | None) -> Article:
    """The article in one input, read, dated and checked; raises WebError or TooLarge."""
    limit = config.max_bytes
    try:
        if kind == "file":
            filename, data = source
            article = _read_upload(filename, data, limit=limit)
        elif kind == "url":
            article = fetch_article(source.strip(), allow_private=config.allow_private_urls,
                                    timeout=config.fetch_timeout, max_bytes=2 * limit)
        else:
            _check_size(source.encode("utf-8"), "the text", limit)
            from saywho.pipeline import to_article
            from saywho.read import read_html

            article = read_html(source, origin="pasted HTML") if kind == "html" else to_article(source)
            article.origin = article.origin or "pasted text"
        if date and not article.date:
            article.date = date
        _check_size(article.text.encode("utf-8"), "the article", limit)
        from saywho.read import check_article

        check_article(article)
    except RefusedURL as error:
        raise WebError(400, str(error)) from None
    except FetchError as error:
        raise WebError(502, str(error)) from None
    except InputError as error:
        raise WebError(400, str(error)) from None
    return article


class Pool:
    """A few threads for one kind of blocking work, and a bound on the jobs that may wait for them (503 past it)."""

    def __init__(self, what: str, threads: int, max_pending: int):
        self.what = what
        self.threads = threads
        self.max_pending = max_pending
        self._pending = 0
        self._lock = threading.Lock()
        self._executor: ThreadPoolExecutor | None = None  # started by the first job (again after close)

    async def run(self, function, *args):
        with self._lock:
            if self._pending >= self.max_pending:
                raise WebError(503, f"the server is busy with {self._pending} {self.what}; try again in a moment")
            self._pending += 1
            if self._executor is None:
                self._executor = ThreadPoolExecutor(self.threads, thread_name_prefix=f"saywho-{self.what}")
            executor = self._executor
        try:
            return await asyncio.get_running_loop().run_in_executor(executor, function, *args)
        finally:
            with self._lock:
                self._pending -= 1

    def close(self) -> None:
        with self._lock:
            executor, self._executor = self._executor, None
        if executor is not None:
            executor.shutdown(wait=False, cancel_futures=True)


def _read_upload(filename: str, data: bytes, limit: int) -> Article:
    from saywho.read import read_bytes

    name = _safe_name(filename)
    if not name.lower().endswith(UPLOAD_SUFFIXES):
        raise WebError(400, f"{name}: upload a .txt or .html file")
    _check_size(data, name, limit)
    return read_bytes(data, origin=name)


def _check_size(data: bytes, what: str, limit: int) -> None:
    if len(data) > limit:
        raise TooLarge(f"{what} is {megabytes(len(data))}; this server accepts articles of up to {megabytes(limit)}")


def _check_unicode(value: str | None, what: str) -> None:
    """Refuse a lone surrogate (JSON's "\\ud800"), which no UTF-8 text can hold and no step after this could read."""
    if value is None:
        return
    try:
        value.encode("utf-8")
    except UnicodeEncodeError as error:
        raise WebError(400, f"the {what} is not valid Unicode: a lone surrogate {value[error.start]!a} at character "
                            f"{error.start}; send UTF-8 text") from None


def _safe_name(filename: str) -> str:
    name = re.split(r"[\\/]", filename or "")[-1]
    return re.sub(r"[\x00-\x1f\x7f]", "", name)[:200] or "upload"


def _iso_date(value: str | None) -> str | None:
    if value is None or not value.strip():
        return None
    try:
        return dt.date.fromisoformat(value.strip()).isoformat()
    except ValueError:
        raise WebError(422, f"date {value.strip()!r} is not a date of the form YYYY-MM-DD") from None
