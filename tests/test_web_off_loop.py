"""A store query that cannot finish does not hold up the server's other requests.

The app runs under a real uvicorn on 127.0.0.1, over the small corpus of
test_web_corpus on each back end. The test itself makes one query slow in a
real way: it takes a lock that the query must wait for, as a writer would, and
holds it while other requests are sent. Only when they have all been answered
is the lock released and the slow query allowed to finish. A handler that ran
the store on the event loop would make the others wait for the lock too, and
this test would fail; none of it depends on how fast the machine is.

- PostgreSQL: the lock is on the quotations table only, so requests that read
  other tables of the same store answer while a search waits.
- SQLite (a read-only server over a store in rollback-journal mode, so that a
  writer's lock keeps readers out): every store read waits, and the requests
  that do not read the store answer.
"""

from __future__ import annotations

import http.client
import shutil
import socket
import sqlite3
import threading
import time
import urllib.parse
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager

import pytest
from test_web_corpus import sqlite_db  # noqa: F401  (the small corpus, built once; skips without a store)

from saywho.web.app import create_app
from saywho.web.service import WebConfig

uvicorn = pytest.importorskip("uvicorn")

SEARCH = "/api/quotes?" + urllib.parse.urlencode({"q": "bridge", "limit": 5})
NOT_THE_STORE = ("/openapi.json", "/docs", "/")
QUICK_TIMEOUT = 30  # seconds: a request the lock held up would wait for it far longer, until the test gave up


@contextmanager
def serving(config: WebConfig) -> Iterator[int]:
    """The app under uvicorn on a free port of 127.0.0.1, in a thread; its port."""
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    server = uvicorn.Server(uvicorn.Config(create_app(config), log_level="warning", lifespan="on"))
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not server.started:
        assert thread.is_alive() and time.monotonic() < deadline, "uvicorn did not start"
        time.sleep(0.02)
    try:
        yield sock.getsockname()[1]
    finally:
        server.should_exit = True
        thread.join(30)
        sock.close()


def get(port: int, path: str, timeout: float = 120) -> int:
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=timeout)
    try:
        connection.request("GET", path)
        response = connection.getresponse()
        response.read()
        return response.status
    finally:
        connection.close()


def answers_while_held(port: int, slow: str, quick: tuple[str, ...], *, hold, waiting, release) -> list[bool]:
    """Take the lock (`hold`), send `slow`, which waits for it, then each of `quick`; release the lock; whether
    `slow` was still running when each quick answer came. Every request must answer 200."""
    for path in (*quick, slow):  # a page's first request compiles its template: not a delay the lock causes
        assert get(port, path) == 200, path
    with ThreadPoolExecutor(1) as pool:
        hold()
        try:
            search = pool.submit(get, port, slow)
            waiting()
            still_running = []
            for path in quick:
                try:
                    assert get(port, path, timeout=QUICK_TIMEOUT) == 200, path
                except TimeoutError:
                    pytest.fail(f"{path} did not answer while a store query waited: is a store call on the event "
                                f"loop (an async def handler)?")
                still_running.append(not search.done())
        finally:
            release()
        assert search.result() == 200
    return still_running


def test_sqlite_requests_that_do_not_read_the_store_answer_while_a_query_waits_for_a_lock(sqlite_db, tmp_path):  # noqa: F811
    path = tmp_path / "corpus.db"
    shutil.copy(sqlite_db, path)
    writer = sqlite3.connect(path, isolation_level=None)
    try:
        writer.execute("PRAGMA journal_mode=DELETE")  # readers of a WAL store never wait for a writer
        with serving(WebConfig(jobs=0, db=path, read_only=True)) as port:
            still_running = answers_while_held(
                port, SEARCH, NOT_THE_STORE, hold=lambda: writer.execute("BEGIN EXCLUSIVE"),
                waiting=lambda: time.sleep(0.5),  # SQLite does not say who waits; the lock keeps it waiting anyway
                release=lambda: writer.in_transaction and writer.execute("ROLLBACK"))
    finally:
        writer.close()
    assert still_running == [True] * len(NOT_THE_STORE)


def test_postgresql_other_tables_answer_while_a_search_waits_for_a_lock(sqlite_db, postgres_server):  # noqa: F811
    psycopg = pytest.importorskip("psycopg")
    from saywho.corpus.backends import open_store
    from saywho.corpus.migrate import copy_store

    url = postgres_server.new_schema()
    with open_store(sqlite_db) as source, open_store(url, create=True) as target:
        copy_store(source, target)
    quick = ("/api/articles/1", "/articles/1", *NOT_THE_STORE)
    with psycopg.connect(url) as writer, serving(WebConfig(jobs=0, db=url, read_only=True)) as port:
        def waiting():
            # The search has reached the database and waits for the lock (not merely queued in the server).
            deadline = time.monotonic() + 60
            with psycopg.connect(url, autocommit=True) as watcher:
                while not watcher.execute("SELECT COUNT(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock' "
                                          "AND query ILIKE '%quotations%'").fetchone()[0]:
                    assert time.monotonic() < deadline, "the search never reached the lock"
                    time.sleep(0.05)

        still_running = answers_while_held(
            port, SEARCH, quick, waiting=waiting, release=writer.rollback,
            hold=lambda: writer.execute("LOCK TABLE quotations IN ACCESS EXCLUSIVE MODE"))  # until rolled back
    assert still_running == [True] * len(quick)
