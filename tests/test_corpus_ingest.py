"""`saywho ingest` end to end: the real pipeline, real SQLite files, local files, WARC, JSONL and URLs."""

from __future__ import annotations

import csv
import http.server
import io
import json
import os
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from concurrent.futures import Future, ThreadPoolExecutor, wait
from pathlib import Path

import pytest

from saywho.cli import main
from saywho.corpus import ingest as ingest_module
from saywho.corpus.backends import open_store
from saywho.corpus.ingest import ingest
from saywho.corpus.inputs import Discovery
from saywho.workers import ExecutorWorkers, NextReady, run_batches

ROOT = Path(__file__).resolve().parent.parent

ARTICLES = {
    "trump-wall": "Donald Trump said the wall would be built.\n\"We will win,\" Trump told reporters on Monday.",
    "trump-taxes": "Donald J. Trump said taxes were far too high.",
    "trump-rigged": "Trump said the election was rigged.",
    "hillary-ohio": "Hillary Clinton campaigned in Ohio on Monday.\n\"We are going to win this state,\" Clinton said.",
    "hillary-families": "Hillary Rodham Clinton said on Friday that the plan would help families.",
    "bill-economy": "Former President Bill Clinton spoke in Little Rock on Tuesday.\n"
                    "Clinton said the economy had never been stronger. \"We built this together,\" Clinton told the crowd.",
    "official": "A senior official said the talks had stalled. The official said no date had been set.",
}

PAGE = """<!doctype html><html><head><title>{title}</title>
<meta property="og:site_name" content="{site}"></head>
<body><article><h1>{title}</h1>{body}</article></body></html>"""


def page(title: str, text: str, site: str = "The Example Times") -> bytes:
    body = "".join(f"<p>{line}</p>" for line in text.split("\n"))
    return PAGE.format(title=title, site=site, body=body).encode("utf-8")


def write_articles(folder: Path, articles: dict[str, str] = ARTICLES) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for stem, text in articles.items():
        (folder / f"{stem}.txt").write_text(text + "\n", encoding="utf-8")


def run_ingest(db: Path, *inputs, **options):
    with open_store(db, create=True) as store:
        summary = ingest(store, Discovery([str(i) for i in inputs], **options), workers=1)
        return summary, store.counts()


# -- files and folders --------------------------------------------------------------------


def test_folder_with_metadata_table_and_bad_files(tmp_path):
    data = tmp_path / "data"
    write_articles(data / "train" / "text", {k: ARTICLES[k] for k in ("trump-wall", "hillary-ohio")})
    (data / "metadata.tsv").write_text(
        "filename\tpublisher\tpublication_date\tauthor\ttitle\n"
        "trump-wall\tplanet\t2016-09-01\tNone\tThe wall\n"
        "hillary-ohio\tgazette\t2016-09-02\tJo Reporter\tOhio\n", encoding="utf-8")
    (data / "train" / "text" / "binary.txt").write_bytes(b"\x00\x01\x02" * 100)
    (data / "train" / "text" / "gone.txt").symlink_to(tmp_path / "nowhere.txt")
    (data / "train" / "page.html").write_bytes(page("Harbour vote delayed",
                                                    "The harbour vote was delayed again on Monday evening.\n"
                                                    "\"We need more time to study the plans,\" Mayor Ana Ruiz said."))
    (data / "train" / "notes.md").write_text("ignored: not an article format")

    summary, counts = run_ingest(tmp_path / "c.db", data, date="2020-01-01")
    assert summary.done == 3 and summary.duplicates == 0
    assert sorted((Path(o).name, r) for o, r in summary.failures) == [
        ("binary.txt", "looks like a binary file, not text"), ("gone.txt", "no such file")]
    with open_store(tmp_path / "c.db") as store:
        rows = {a.title: (a.outlet, a.date, a.author) for a in store.articles()}
    assert rows == {
        "The wall": ("planet", "2016-09-01", None),
        "Ohio": ("gazette", "2016-09-02", "Jo Reporter"),
        "Harbour vote delayed": ("The Example Times", "2020-01-01", None),  # --date fills what the page lacks
    }
    assert counts["articles"] == 3


def test_ingesting_again_adds_nothing(tmp_path):
    write_articles(tmp_path / "texts")
    first, counts = run_ingest(tmp_path / "c.db", tmp_path / "texts")
    again, counts_again = run_ingest(tmp_path / "c.db", tmp_path / "texts")
    assert first.done == len(ARTICLES) and not first.failures
    assert (again.done, again.duplicates, again.failures) == (0, len(ARTICLES), [])
    assert counts_again == counts


def test_a_missing_input_is_a_failure_not_a_crash(tmp_path):
    write_articles(tmp_path / "texts", {"official": ARTICLES["official"]})
    summary, counts = run_ingest(tmp_path / "c.db", tmp_path / "texts", tmp_path / "nope")
    assert summary.done == 1 and summary.failures == [(str(tmp_path / "nope"), "no such file or folder")]


# -- identities with the real pipeline -------------------------------------------------------


def test_speakers_across_articles(tmp_path):
    write_articles(tmp_path / "texts")
    run_ingest(tmp_path / "c.db", tmp_path / "texts")
    with open_store(tmp_path / "c.db") as store:
        [trump] = store.find_speakers("Donald Trump")
        assert store.find_speakers("Donald J. Trump") == [trump]
        trump_says = {q.content for q in store.quotes(speaker_id=trump)}
        assert {"the wall would be built", "taxes were far too high", "the election was rigged"} <= trump_says
        [hillary] = store.find_speakers("Hillary Clinton")
        [bill] = store.find_speakers("Bill Clinton")
        assert hillary != bill
        hillary_says = {q.content for q in store.quotes(speaker="Hillary Clinton")}
        bill_says = {q.content for q in store.quotes(speaker_id=bill)}
        assert "that the plan would help families" in hillary_says
        # The bare "Clinton" of Bill's article is his, and none of his words are hers.
        assert bill_says and not bill_says & hillary_says
        assert {q.article_id for q in store.quotes(speaker_id=bill)} == {
            a.id for a in store.articles() if a.origin.endswith("bill-economy.txt")}
        officials = [s for s in store.speakers(named=None, limit=None) if not s.named]
        assert officials and all(s.anonymous for s in officials)


# -- JSONL, analysis documents -----------------------------------------------------------------


def test_jsonl_records_with_metadata(tmp_path):
    lines = [
        {"text": ARTICLES["trump-taxes"], "url": "https://planet.example/taxes", "outlet": "Planet",
         "date": "2016-10-01", "title": "Taxes", "author": "A. Writer"},
        {"html": page("Ohio rally", ARTICLES["hillary-ohio"]).decode(), "url": "https://gazette.example/ohio"},
        {"title": "no text here"},
    ]
    feed = tmp_path / "feed.jsonl"
    feed.write_text("\n".join(json.dumps(line) for line in lines) + "\n{not json\n\n", encoding="utf-8")
    summary, counts = run_ingest(tmp_path / "c.db", feed)
    assert summary.done == 2
    assert [(Path(o).name, r.split(" (")[0]) for o, r in summary.failures] == [
        ("feed.jsonl:3", "has neither a text nor an html field"), ("feed.jsonl:4", "not valid JSON")]
    with open_store(tmp_path / "c.db") as store:
        rows = sorted((a.title, a.outlet, a.date, a.author, a.url) for a in store.articles())
    assert rows == [
        ("Ohio rally", "The Example Times", None, None, "https://gazette.example/ohio"),
        ("Taxes", "Planet", "2016-10-01", "A. Writer", "https://planet.example/taxes"),
    ]


def test_exported_analyses_ingest_without_reanalysis(tmp_path, capsys):
    write_articles(tmp_path / "texts")
    run_ingest(tmp_path / "a.db", tmp_path / "texts")
    assert main(["export", "--db", str(tmp_path / "a.db"), "--out", str(tmp_path / "all.jsonl")]) == 0
    summary, counts = run_ingest(tmp_path / "b.db", tmp_path / "all.jsonl")
    assert summary.done == len(ARTICLES)
    with open_store(tmp_path / "a.db") as a:
        assert counts == a.counts()


# -- WARC ---------------------------------------------------------------------------------------


def write_warc(path: Path, records: list[tuple[str, str, bytes]]) -> None:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with path.open("wb") as out:
        writer = WARCWriter(out, gzip=path.suffix == ".gz")
        writer.write_record(writer.create_warcinfo_record(path.name, {"software": "saywho tests"}))
        for url, content_type, body in records:
            headers = StatusAndHeaders("200 OK", [("Content-Type", content_type)], protocol="HTTP/1.1")
            request = writer.create_warc_record(url, "request", payload=io.BytesIO(b"GET / HTTP/1.1\r\n\r\n"))
            writer.write_record(request)
            writer.write_record(writer.create_warc_record(url, "response", payload=io.BytesIO(body),
                                                          http_headers=headers))


def test_warc_of_html_responses(tmp_path):
    archive = tmp_path / "news.warc.gz"
    write_warc(archive, [
        ("https://www.planet.example/2016/wall", "text/html; charset=utf-8",
         page("The wall", ARTICLES["trump-wall"], site="")),
        ("https://gazette.example/logo.png", "image/png", b"\x89PNG\r\n\x1a\n" + b"\x00" * 64),
        ("https://gazette.example/ohio", "text/html", page("Ohio", ARTICLES["hillary-ohio"], site="The Gazette")),
    ])
    summary, counts = run_ingest(tmp_path / "c.db", archive)
    assert (summary.done, summary.failures, summary.warc_skipped) == (2, [], 1)
    with open_store(tmp_path / "c.db") as store:
        rows = sorted((a.url, a.outlet, a.title) for a in store.articles())
        assert rows == [("https://gazette.example/ohio", "The Gazette", "Ohio"),
                        ("https://www.planet.example/2016/wall", "planet.example", "The wall")]
        assert store.quotes(about="wall").total == 1 and store.quotes(about='"will win"').total == 1


def test_a_broken_warc_is_a_failure(tmp_path):
    archive = tmp_path / "broken.warc.gz"
    archive.write_bytes(b"\x1f\x8b\x08\x00" + b"garbage" * 20)
    summary, counts = run_ingest(tmp_path / "c.db", archive)
    assert summary.done == 0 and len(summary.failures) == 1 and "WARC" in summary.failures[0][1]


# -- URL lists ------------------------------------------------------------------------------------


@pytest.fixture
def site():
    pages = {"/wall": page("The wall", ARTICLES["trump-wall"]), "/ohio": page("Ohio", ARTICLES["hillary-ohio"])}
    hits: list[str] = []

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self):
            hits.append(self.path)
            body = pages.get(self.path)
            self.send_response(200 if body else 404)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.end_headers()
            self.wfile.write(body or b"<html><body>not here</body></html>")

        def log_message(self, *args):
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}", hits
    server.shutdown()
    server.server_close()


def test_url_list_from_a_local_server(tmp_path, site):
    base, hits = site
    urls = tmp_path / "urls.txt"
    urls.write_text(f"{base}/wall\n\n{base}/ohio\n{base}/missing\n", encoding="utf-8")
    summary, counts = run_ingest(tmp_path / "c.db", urls)
    assert summary.done == 2
    assert summary.failures == [(f"{base}/missing", "could not fetch (HTTP 404)")]
    with open_store(tmp_path / "c.db") as store:
        assert sorted(a.url for a in store.articles()) == [f"{base}/ohio", f"{base}/wall"]
        assert {a.outlet for a in store.articles()} == {"The Example Times"}
    # Again, with --urls: stored URLs are not fetched a second time.
    hits.clear()
    with open_store(tmp_path / "c.db") as store:
        again = ingest(store, Discovery([], urls_file=str(urls)), workers=1)
    assert (again.done, again.duplicates) == (0, 2) and hits == ["/missing"]


# -- the command line ---------------------------------------------------------------------------


def test_cli_ingest_on_two_workers_then_query(tmp_path, capsys):
    write_articles(tmp_path / "texts")
    db = str(tmp_path / "c.db")
    assert main(["ingest", str(tmp_path / "texts"), "--db", db, "--workers", "2", "--batch", "2"]) == 0
    err = capsys.readouterr().err
    assert f"{len(ARTICLES)} done" in err and "0 skipped as duplicates, 0 failed" in err
    # stderr is not a terminal here: progress comes as plain lines a log can keep, the last one complete
    progress = [line for line in err.splitlines() if line.startswith("ingest: ")]
    assert progress and progress[-1].startswith(f"ingest: {len(ARTICLES)}/{len(ARTICLES)} articles, ")
    assert progress[-1].endswith(f"{len(ARTICLES)} new, 0 duplicates, 0 failed") and "\r" not in err

    assert main(["quotes", "--db", db, "--speaker", "Donald Trump", "--format", "json"]) == 0
    quotes = json.loads(capsys.readouterr().out)
    assert quotes["total"] >= 4 and {q["speaker"] for q in quotes["rows"]} == {"Donald Trump"}

    assert main(["quotes", "--db", db, "--about", "economy", "--format", "csv"]) == 0
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert [r["speaker"] for r in rows] == ["Bill Clinton"]

    assert main(["speakers", "--db", db, "--top", "3"]) == 0
    out = capsys.readouterr().out
    assert "Donald Trump" in out and "quotes" in out

    assert main(["sources", "--db", db, "--anonymous", "--format", "json"]) == 0
    assert all(r["anonymous"] for r in json.loads(capsys.readouterr().out)["rows"])
    assert main(["sources", "--db", db, "--by", "outlet"]) == 0
    assert main(["labels", "--db", db, "--by", "outlet", "--format", "csv"]) == 0
    capsys.readouterr()

    assert main(["export", "--db", db, "--format", "csv", "--table", "speakers"]) == 0
    assert "Donald Trump" in capsys.readouterr().out


def one_line_error(err: str) -> str:
    lines = [line for line in err.splitlines() if line.strip()]
    assert len(lines) == 1 and "Traceback" not in err, err
    return lines[0]


def test_cli_errors_are_one_line(tmp_path, capsys):
    missing = str(tmp_path / "missing.db")
    for command in ("quotes", "speakers", "sources", "labels", "export"):
        assert main([command, "--db", missing]) == 1
        assert one_line_error(capsys.readouterr().err) == (
            f"saywho: error: no corpus at {missing}: build one with `saywho ingest`, or name it with --db FILE")
    assert not Path(missing).exists()
    assert main(["ingest", "--db", missing]) == 1
    assert "nothing to ingest" in one_line_error(capsys.readouterr().err)
    (tmp_path / "empty.db").write_bytes(b"")
    open_store(tmp_path / "empty.db", create=True).close()
    assert main(["export", "--db", str(tmp_path / "empty.db"), "--format", "parquet"]) == 1
    assert "--out" in one_line_error(capsys.readouterr().err)
    assert main(["export", "--db", str(tmp_path / "empty.db"), "--format", "csv", "--table", "analyses"]) == 1
    assert "jsonl" in one_line_error(capsys.readouterr().err)


# -- batches that wait for the writer go in together ---------------------------------------------


def test_batches_that_came_in_while_the_writer_was_busy_go_into_one_write(monkeypatch):
    monkeypatch.setattr(ingest_module, "WRITE_BATCH", 4)
    released = threading.Event()

    def analyse(batch: list[int]) -> list[int]:
        if batch[0] > 0:  # the first batch comes in alone; the others once the writer is busy with it
            released.wait(10)
        return batch

    batches = [[n, n + 1] for n in range(0, 10, 2)]
    with ThreadPoolExecutor(len(batches)) as executor:
        workers, next_ready = _KeptFutures(executor, analyse, lambda error: None), NextReady()
        results = run_batches(workers, batches, in_flight=len(batches), failed=lambda batch, reason: [],
                              next_ready=next_ready)
        writes = ingest_module._writes(results, next_ready)
        first = next(writes)
        released.set()  # while the first write is going on, every other batch comes in
        wait(workers.futures, timeout=10)
        rest = list(writes)
    assert [first, *rest] == [[0, 1], [2, 3, 4, 5], [6, 7, 8, 9]]  # at most WRITE_BATCH at once, in order, once each


class _KeptFutures(ExecutorWorkers):
    """Keeps the futures it starts, so that a test can wait for them all."""

    futures: list[Future]

    def submit(self, batch):
        self.futures = getattr(self, "futures", [])
        self.futures.append(super().submit(batch))
        return self.futures[-1]


# -- a run killed with SIGKILL resumes ------------------------------------------------------------


def many_articles(count: int) -> dict[str, str]:
    return {
        f"bridge-{n:02d}": f"Mayor Jane Doe said on Monday that bridge number {n} would reopen in May.\n"
                           f"\"We are ready for bridge {n},\" Doe told reporters.\n"
                           f"A city engineer said the repairs on bridge {n} had cost more than planned."
        for n in range(count)
    }


def stored(db: Path) -> int:
    try:
        with sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=5) as conn:
            return conn.execute("SELECT COUNT(*) FROM articles").fetchone()[0]
    except sqlite3.Error:
        return 0


def ingest_process(texts: Path, db: Path, *options: str) -> subprocess.Popen:
    """An ingest of one article per write; by default each write committed, so that a kill lands between writes."""
    command = [sys.executable, "-m", "saywho.cli", "ingest", str(texts), "--db", str(db),
               "--workers", "1", "--batch", "1", "--quiet", *(options or ("--commit-every", "0"))]
    return subprocess.Popen(command, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                            start_new_session=True, env={**os.environ, "PYTHONPATH": str(ROOT)})


def kill_after(process: subprocess.Popen, db: Path | str, at_least: int, timeout: float = 120, count=None) -> int:
    """Kill the ingest once `count(db)` (stored articles, by default in a SQLite file) reaches `at_least`."""
    count = count or stored
    deadline = time.monotonic() + timeout
    while count(db) < at_least:
        assert process.poll() is None, process.stderr.read().decode()
        assert time.monotonic() < deadline, "the ingest made no progress"
        time.sleep(0.02)
    os.killpg(process.pid, signal.SIGKILL)
    process.wait()
    return count(db)


def test_killed_ingest_resumes_with_nothing_lost_or_doubled(tmp_path):
    total = 40
    texts = tmp_path / "texts"
    write_articles(texts, many_articles(total))
    clean, clean_counts = run_ingest(tmp_path / "clean.db", texts)
    assert clean.done == total

    db = tmp_path / "killed.db"
    first = kill_after(ingest_process(texts, db), db, at_least=1)
    second = kill_after(ingest_process(texts, db), db, at_least=first + 5)
    assert 0 < first < second < total, "each kill should land while the run is going"
    resumed = ingest_process(texts, db)
    _, err = resumed.communicate(timeout=300)
    assert resumed.returncode == 0, err.decode()
    assert f"{total - second} done" in err.decode() and f"{second} skipped as duplicates" in err.decode()

    with open_store(db) as store, open_store(tmp_path / "clean.db") as clean_store:
        assert store.counts() == clean_counts
        assert store.hashes() == clean_store.hashes()
        assert store.conn.execute("SELECT COUNT(*) FROM quotations_newest_fts").fetchone() == (clean_counts["quotations"],)
        # Every stored article has all its rows: quotations as many as its analysis has attributions.
        for article in store.articles(limit=None):
            assert store.quotes(article_id=article.id, limit=None).total == len(store.article(article.id).attributions)


def test_a_run_killed_inside_a_transaction_of_several_writes_resumes_with_nothing_lost_or_doubled(tmp_path):
    """Transactions of up to 4 writes (one article each; a writer that would wait for its two workers commits
    sooner): a kill loses the open one, and the next run redoes it.

    tests/test_corpus_held.py kills a writer at a known point inside its transaction. Enough articles that a quiet
    machine (two workers analyse these short ones at ~100 a second) is still writing when the kill lands."""
    total = 120
    texts = tmp_path / "texts"
    write_articles(texts, many_articles(total))
    _, clean_counts = run_ingest(tmp_path / "clean.db", texts)
    options = ("--commit-every", "4", "--commit-seconds", "3600", "--workers", "2")
    # A run that races through the other 22 articles before the kill lands proves nothing: try again, anew.
    for attempt in range(3):
        db = tmp_path / f"killed-{attempt}.db"
        killed = kill_inside_a_transaction(ingest_process(texts, db, *options), db)
        if killed < total:
            break
    assert 8 <= killed < total, killed
    resumed = ingest_process(texts, db, *options)
    _, err = resumed.communicate(timeout=300)
    assert resumed.returncode == 0, err.decode()
    assert f"{total - killed} done" in err.decode() and f"{killed} skipped as duplicates" in err.decode()
    with open_store(db) as store, open_store(tmp_path / "clean.db") as clean_store:
        assert store.counts() == clean_counts and store.hashes() == clean_store.hashes()
        for article in store.articles(limit=None):
            assert store.quotes(article_id=article.id, limit=None).total == len(store.article(article.id).attributions)


def kill_inside_a_transaction(process: subprocess.Popen, db: Path) -> int:
    """Kill the run once 8 articles are stored and the next transaction has begun; the articles stored then."""
    deadline = time.monotonic() + 120
    while stored(db) < 8:
        assert process.poll() is None and time.monotonic() < deadline, process.stderr.read().decode()
        time.sleep(0.02)
    time.sleep(0.1)  # the next transaction's first writes go in, uncommitted
    os.killpg(process.pid, signal.SIGKILL)
    process.wait()
    return stored(db)


def worker_pids(parent: int) -> list[int]:
    """The ingest's pool workers: its children started by multiprocessing's spawn (not its resource tracker).

    Found through every process's parent id, since any of the ingest's threads may have started them."""
    found = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()  # after "pid (name)": state, ppid, ...
            if int(fields[1]) == parent and "spawn_main" in (stat.parent / "cmdline").read_text(errors="replace"):
                found.append(int(stat.parent.name))
        except (OSError, IndexError, ValueError):  # the process ended while we looked
            continue
    return sorted(found)


def test_a_killed_worker_process_is_replaced_and_its_batch_tried_again(tmp_path):
    total = 60  # enough work left after the kill for a new pool to be needed
    texts = tmp_path / "texts"
    write_articles(texts, many_articles(total))
    _, clean_counts = run_ingest(tmp_path / "clean.db", texts)

    db = tmp_path / "c.db"
    command = [sys.executable, "-m", "saywho.cli", "ingest", str(texts), "--db", str(db),
               "--workers", "2", "--batch", "1", "--quiet", "--commit-every", "0"]
    process = subprocess.Popen(command, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                               start_new_session=True, env={**os.environ, "PYTHONPATH": str(ROOT)})
    deadline = time.monotonic() + 120
    while stored(db) < 2:  # the workers are up and analysing
        assert process.poll() is None, process.stderr.read().decode()
        assert time.monotonic() < deadline, "the ingest made no progress"
        time.sleep(0.02)
    workers = worker_pids(process.pid)
    assert workers, "no pool worker found"
    os.kill(workers[-1], signal.SIGKILL)  # as the kernel's out-of-memory killer would
    replaced = False
    while not replaced and process.poll() is None:
        replaced = bool(set(worker_pids(process.pid)) - set(workers))  # a new pool took over
        time.sleep(0.01)
    _, err = process.communicate(timeout=300)
    assert replaced, f"no new pool seen; stored {stored(db)} of {total}; {err.decode()[-500:]}"
    assert process.returncode == 0, err.decode()
    assert f"{total} done" in err.decode() and "0 failed" in err.decode()
    with open_store(db) as store, open_store(tmp_path / "clean.db") as clean_store:
        assert store.counts() == clean_counts and store.hashes() == clean_store.hashes()
