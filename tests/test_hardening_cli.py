"""Hardening: read-only stores, full disks, outputs written whole, one-line errors, workers that die with ingest.

Real SQLite files and real subprocesses throughout; the read-only cases run as the
unprivileged user `nobody`, since root may write anything but a read-only mount.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import signal
import socket
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request
from pathlib import Path

import pytest
from test_corpus_data import as_version_3
from test_corpus_ingest import many_articles, stored

from saywho.cli import main
from saywho.corpus.backends import open_store
from saywho.corpus.ingest import ingest
from saywho.corpus.inputs import Discovery
from saywho.corpus.sqlite import SCHEMA_VERSION as STORE_SCHEMA_VERSION
from saywho.corpus.store import StoreError
from saywho.errors import InputError

ROOT = Path(__file__).resolve().parent.parent

ARTICLES = {
    "wall": "Donald Trump said the wall would be built.\n\"We will win,\" Trump told reporters on Monday.",
    "ohio": "Hillary Clinton campaigned in Ohio on Monday.\n\"We are going to win this state,\" Clinton said.",
    "official": "A senior official said the talks had stalled. The official said no date had been set.",
}


def write_articles(folder: Path, articles: dict[str, str]) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for stem, text in articles.items():
        (folder / f"{stem}.txt").write_text(text + "\n", encoding="utf-8")
    return folder


def build_corpus(db: Path, texts: Path) -> None:
    with open_store(db, create=True) as store:
        summary = ingest(store, Discovery([str(texts)]), workers=1)
    assert summary.done == len(ARTICLES) and not summary.failures


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("corpus")
    db = folder / "corpus.db"
    build_corpus(db, write_articles(folder / "texts", ARTICLES))
    return db


def saywho(*args: str, stdin=subprocess.DEVNULL, env: dict[str, str] | None = None, cwd: Path = ROOT,
           user: list[str] = (), timeout: float = 300) -> subprocess.CompletedProcess:
    """`saywho ARGS` in a new process (its own stdin, stdout and exit code), optionally as another user."""
    return subprocess.run([*user, sys.executable, "-m", "saywho.cli", *args], cwd=cwd, stdin=stdin,
                          capture_output=True, text=True, timeout=timeout,
                          env={**os.environ, "PYTHONPATH": str(ROOT), **(env or {})})


def one_line_error(err: str) -> str:
    lines = [line for line in err.splitlines() if line.strip()]
    assert len(lines) == 1 and "Traceback" not in err, err
    return lines[0]


# -- read-only stores -----------------------------------------------------------------------------

NOBODY = ["setpriv", "--reuid=nobody", "--regid=nogroup", "--clear-groups"]


@pytest.fixture(scope="module")
def read_only_corpus(corpus, tmp_path_factory):
    """The corpus as a 444 file in a 555 folder, with the code, all readable by `nobody`: (folder, pythonpath)."""
    if os.geteuid() != 0 or shutil.which("setpriv") is None:
        pytest.skip("running commands as nobody needs root and setpriv")
    shared = Path(tempfile.mkdtemp(prefix="saywho-read-only-"))
    shared.chmod(0o755)
    pythonpath = ROOT
    if not _nobody_can_import(pythonpath, shared):  # the checkout sits under a folder nobody may enter
        shutil.copytree(ROOT / "saywho", shared / "code" / "saywho")
        pythonpath = shared / "code"
        subprocess.run(["chmod", "-R", "a+rX", str(shared / "code")], check=True)
        if not _nobody_can_import(pythonpath, shared):
            shutil.rmtree(shared)
            pytest.skip(f"nobody cannot run {sys.executable} (its folders are not readable by other users)")
    folder = shared / "media"
    folder.mkdir()
    shutil.copy(corpus, folder / "corpus.db")
    (folder / "corpus.db").chmod(0o444)
    folder.chmod(0o555)
    yield folder, pythonpath
    folder.chmod(0o755)
    shutil.rmtree(shared)


def _nobody_can_import(pythonpath: Path, home: Path) -> bool:
    probe = subprocess.run([*NOBODY, sys.executable, "-c", "import saywho.cli, saywho.web.app"], cwd=home,
                           capture_output=True, env={**os.environ, "PYTHONPATH": str(pythonpath), "HOME": str(home)})
    return probe.returncode == 0


def as_nobody(read_only_corpus, *args: str) -> subprocess.CompletedProcess:
    folder, pythonpath = read_only_corpus
    return saywho(*args, user=NOBODY, cwd=folder, env={"PYTHONPATH": str(pythonpath), "HOME": str(folder.parent)})


def test_quotes_and_export_as_nobody_from_a_read_only_folder(read_only_corpus):
    folder, _ = read_only_corpus
    quotes = as_nobody(read_only_corpus, "quotes", "--db", "corpus.db", "--speaker", "Trump", "--format", "json")
    assert quotes.returncode == 0, quotes.stderr
    assert [row["content"] for row in json.loads(quotes.stdout)["rows"]] == [
        "the wall would be built", "\"We will win,\""]
    exported = as_nobody(read_only_corpus, "export", "--db", "corpus.db", "--table", "articles")
    assert exported.returncode == 0, exported.stderr
    assert len(exported.stdout.splitlines()) == len(ARTICLES)
    assert sorted(p.name for p in folder.iterdir()) == ["corpus.db"]  # no -wal, no -shm


LEAVE_A_WAL = """
import os, sqlite3, sys
conn = sqlite3.connect(sys.argv[1], isolation_level=None)
conn.execute("PRAGMA wal_autocheckpoint=0")
conn.execute("UPDATE articles SET title = 'Only in the WAL' WHERE id = 1")
os._exit(0)  # as a killed ingest would: the -wal and -shm stay, not folded into the file
"""


def test_a_read_only_folder_with_a_wal_left_in_it_is_read_whole(read_only_corpus, corpus):
    folder, _ = read_only_corpus
    crashed = folder.parent / "crashed"
    crashed.mkdir()
    shutil.copy(corpus, crashed / "corpus.db")
    subprocess.run([sys.executable, "-c", LEAVE_A_WAL, str(crashed / "corpus.db")], check=True)
    assert (crashed / "corpus.db-wal").stat().st_size > 0
    crashed.chmod(0o555)
    result = saywho("export", "--db", str(crashed / "corpus.db"), "--table", "articles", user=NOBODY, cwd=crashed,
                    env={"PYTHONPATH": str(read_only_corpus[1]), "HOME": str(folder.parent)})
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout.splitlines()[0])["title"] == "Only in the WAL"


def test_ingest_as_nobody_into_a_read_only_folder_is_one_line(read_only_corpus):
    result = as_nobody(read_only_corpus, "ingest", str(ROOT / "saywho" / "data" / "sample-article.html"),
                       "--db", "corpus.db", "--quiet")
    assert result.returncode == 1
    assert "corpus.db: cannot be written here" in one_line_error(result.stderr)


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def get(url: str) -> tuple[int, str]:
    with urllib.request.urlopen(url, timeout=10) as response:
        return response.status, response.read().decode()


def test_serve_read_only_as_nobody_from_a_read_only_folder(read_only_corpus):
    folder, pythonpath = read_only_corpus
    port = free_port()
    server = subprocess.Popen(
        [*NOBODY, sys.executable, "-m", "saywho.cli", "serve", "--db", "corpus.db", "--read-only", "--jobs", "0",
         "--port", str(port)], cwd=folder, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
        env={**os.environ, "PYTHONPATH": str(pythonpath), "HOME": str(folder.parent)})
    try:
        deadline = time.monotonic() + 120
        while True:
            assert server.poll() is None, server.stderr.read().decode()
            try:
                status, page = get(f"http://127.0.0.1:{port}/speakers")
                break
            except OSError:
                assert time.monotonic() < deadline, "the server did not start"
                time.sleep(0.2)
        assert status == 200 and "Donald Trump" in page
        status, body = get(f"http://127.0.0.1:{port}/api/speakers")
        assert status == 200
        assert "Donald Trump" in [row["name"] for row in json.loads(body)["rows"]]
    finally:
        server.terminate()
        server.wait(timeout=30)


@pytest.fixture
def read_only_mount(corpus, tmp_path):
    """The corpus on a read-only tmpfs: what root cannot write either. Skipped where mounting is not allowed."""
    mount = tmp_path / "mount"
    mount.mkdir()
    if subprocess.run(["mount", "-t", "tmpfs", "-o", "size=8m", "tmpfs", str(mount)], capture_output=True).returncode:
        pytest.skip("mounting a tmpfs is not allowed here (needs CAP_SYS_ADMIN)")
    try:
        shutil.copy(corpus, mount / "corpus.db")
        subprocess.run(["mount", "-o", "remount,ro", str(mount)], check=True, capture_output=True)
        yield mount / "corpus.db"
    finally:
        subprocess.run(["umount", str(mount)], check=True)


def test_queries_and_export_on_a_read_only_mount(read_only_mount, capsys):
    assert main(["quotes", "--db", str(read_only_mount), "--about", "win", "--format", "json"]) == 0
    assert json.loads(capsys.readouterr().out)["total"] == 2
    assert main(["export", "--db", str(read_only_mount), "--table", "speakers"]) == 0
    assert "Donald Trump" in capsys.readouterr().out
    assert sorted(p.name for p in read_only_mount.parent.iterdir()) == ["corpus.db"]


def test_read_only_flag_reads_and_refuses_to_write(corpus, tmp_path):
    db = tmp_path / "copy.db"
    shutil.copy(corpus, db)
    with open_store(db, read_only=True) as store:
        assert store.read_only
        assert store.counts()["articles"] == len(ARTICLES)
        with pytest.raises(StoreError, match=r"copy.db: is opened read-only; it cannot be written"):
            store.add({"schema": "saywho.analysis", "article": {"text": "Anyone said so."}})
        with pytest.raises(StoreError, match="read-only"):
            store.resolve_identities()
    with open_store(db) as store:  # writable, so not read-only
        assert not store.read_only


def test_a_read_only_store_with_an_older_schema_is_not_migrated(corpus, tmp_path):
    db = tmp_path / "old.db"
    shutil.copy(corpus, db)
    with sqlite3.connect(db) as conn:  # back to schema 1: undo the later migrations
        as_version_3(conn)
        for column in ("naming", "source_kind", "role_kind", "gender"):
            conn.execute(f"ALTER TABLE quotations DROP COLUMN {column}")
        conn.execute("DROP TABLE speaker_moves")
        conn.execute("UPDATE schema_version SET version = 1")
    with pytest.raises(StoreError) as raised:
        open_store(db, read_only=True)
    assert str(raised.value) == (
        f"{db}: has an older schema (1; this saywho reads {STORE_SCHEMA_VERSION}) and is opened read-only; "
        f"open it once where it is writable, e.g. with `saywho quotes`, to upgrade it")
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT version FROM schema_version").fetchone() == (1,)
    with open_store(db) as store:  # writable: upgraded
        assert store.schema_version() == STORE_SCHEMA_VERSION


# -- a full disk ----------------------------------------------------------------------------------


def _empty_store_and_articles(tmp_path, count: int):
    """`count` articles to ingest, an empty store, and its size in pages (what a full disk is set just above)."""
    texts = write_articles(tmp_path / "texts", many_articles(count))
    db = tmp_path / "full.db"
    open_store(db, create=True).close()
    with sqlite3.connect(db) as conn:
        used = conn.execute("PRAGMA page_count").fetchone()[0] - conn.execute("PRAGMA freelist_count").fetchone()[0]
    # Counted from the pages in use, with the 8 free ones schema 12's migrations left: a later schema's tables take
    # some of those, which would leave less room above the file's size.
    return texts, db, used + 8


def test_a_full_disk_ends_ingest_with_its_summary_and_a_second_run_resumes(tmp_path):
    count = 30
    texts, db, empty_pages = _empty_store_and_articles(tmp_path, count)
    # SQLite stops the file growing past this many pages: some articles fit, not all (about 10 of the
    # 30, their analyses stored deflated). Each write committed: a full disk ends SQLite's open
    # transaction, so that what fits is kept write by write (the next test holds transactions).
    full = saywho("ingest", str(texts), "--db", str(db), "--workers", "1", "--quiet", "--commit-every", "0",
                  env={"SAYWHO_SQLITE_MAX_PAGES": str(empty_pages + 1)})
    assert full.returncode == 1 and "Traceback" not in full.stderr, full.stderr
    lines = full.stderr.splitlines()
    stored = int(re.search(r": (\d+) done", lines[0]).group(1))
    assert 0 < stored < count, full.stderr
    assert lines[0].startswith(f"saywho: ingested into {db} in ")
    assert lines[1].startswith(f"saywho: {db} holds {stored} articles")
    assert lines[-1] == f"saywho: disk full: {stored} stored, run again to resume"
    with open_store(db) as store:
        assert store.counts()["articles"] == stored
        for article in store.articles(limit=None):  # whole articles only
            assert store.quotes(article_id=article.id, limit=None).total == len(store.article(article.id).attributions)

    resumed = saywho("ingest", str(texts), "--db", str(db), "--workers", "1", "--quiet")
    assert resumed.returncode == 0, resumed.stderr
    assert f"{count - stored} done" in resumed.stderr and f"{stored} skipped as duplicates" in resumed.stderr


def test_a_full_disk_in_a_held_transaction_loses_only_that_transaction_and_says_what_is_stored(tmp_path):
    """Transactions of up to 8 writes of 1 (two workers): the disk fills inside one, which SQLite then ends whole."""
    count = 30
    texts, db, empty_pages = _empty_store_and_articles(tmp_path, count)
    full = saywho("ingest", str(texts), "--db", str(db), "--workers", "2", "--batch", "1", "--quiet",
                  "--commit-every", "8", env={"SAYWHO_SQLITE_MAX_PAGES": str(empty_pages + 1)})
    assert full.returncode == 1 and "Traceback" not in full.stderr, full.stderr
    stored = int(re.search(r": (\d+) done", full.stderr).group(1))
    assert 0 < stored < count, full.stderr
    assert full.stderr.splitlines()[-1] == f"saywho: disk full: {stored} stored, run again to resume"
    with open_store(db) as store:
        assert store.counts()["articles"] == stored
        for article in store.articles(limit=None):
            assert store.quotes(article_id=article.id, limit=None).total == len(store.article(article.id).attributions)
    resumed = saywho("ingest", str(texts), "--db", str(db), "--workers", "1", "--quiet")
    assert resumed.returncode == 0, resumed.stderr
    assert f"{count - stored} done" in resumed.stderr and f"{stored} skipped as duplicates" in resumed.stderr


# -- outputs: whole or not at all, replaced only with --force ----------------------------------------


def test_analyze_to_a_full_stdout_is_one_line():
    for fmt in ("json", "terminal"):
        with open("/dev/full", "w") as full:
            result = subprocess.run([sys.executable, "-m", "saywho.cli", "analyze", "--sample", "--format", fmt],
                                    cwd=ROOT, stdout=full, stderr=subprocess.PIPE, text=True,
                                    env={**os.environ, "PYTHONPATH": str(ROOT)})
        assert result.returncode == 1
        assert one_line_error(result.stderr) == "saywho: error: cannot write the output (No space left on device)"


def test_analyze_with_stdin_closed_is_one_line():
    result = subprocess.run(f"{sys.executable} -m saywho.cli analyze - <&-", shell=True, cwd=ROOT,
                            capture_output=True, text=True, env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert result.returncode == 1
    assert one_line_error(result.stderr) == "saywho: stdin: is closed; pipe an article in, or name a file"


def test_analyze_out_on_a_file_or_in_proc_is_one_line(tmp_path, capsys):
    in_the_way = tmp_path / "results"
    in_the_way.write_text("not a folder")
    assert main(["analyze", "--sample", "--out", str(in_the_way)]) == 1
    assert one_line_error(capsys.readouterr().err) == f"saywho: error: --out {in_the_way}: is a file, not a directory"
    assert main(["analyze", "--sample", "--out", "/proc/saywho-results"]) == 1
    assert one_line_error(capsys.readouterr().err).startswith(
        "saywho: error: --out /proc/saywho-results: cannot make this directory (")
    assert main(["analyze", "--sample", "--out", "/proc"]) == 1
    assert one_line_error(capsys.readouterr().err).startswith(
        "saywho: error: /proc/sample-article.json: cannot write it (")


def test_analyze_out_replaces_a_file_only_with_force(tmp_path, capsys):
    out = tmp_path / "results"
    assert main(["analyze", "--sample", "--out", str(out)]) == 0
    written = out / "sample-article.json"
    first = json.loads(written.read_text(encoding="utf-8"))
    written.write_text("keep me")
    capsys.readouterr()
    assert main(["analyze", "--sample", "--out", str(out)]) == 1
    assert one_line_error(capsys.readouterr().err) == (
        f"saywho: error: {written}: already exists; add --force to replace it")
    assert written.read_text() == "keep me"
    assert main(["analyze", "--sample", "--out", str(out), "--force"]) == 0
    assert json.loads(written.read_text(encoding="utf-8"))["attributions"] == first["attributions"]
    assert sorted(p.name for p in out.iterdir()) == ["sample-article.json"]  # no temporary file left


def test_export_errors_are_one_line_and_leave_nothing_behind(corpus, tmp_path, capsys):
    db = str(corpus)
    cases = {
        str(tmp_path / "missing" / "x.jsonl"): f"saywho: error: {tmp_path / 'missing'}: no such directory",
        str(tmp_path): f"saywho: error: {tmp_path}: is a directory; name a file to write",
        "/dev/full": "saywho: error: /dev/full: cannot write it (No space left on device)",
    }
    for out, message in cases.items():
        assert main(["export", "--db", db, "--out", out]) == 1
        assert one_line_error(capsys.readouterr().err) == message
    assert list(tmp_path.iterdir()) == []


def test_export_replaces_a_file_only_with_force(corpus, tmp_path, capsys):
    out = tmp_path / "articles.csv"
    out.write_text("keep me")
    assert main(["export", "--db", str(corpus), "--format", "csv", "--table", "articles", "--out", str(out)]) == 1
    assert one_line_error(capsys.readouterr().err) == f"saywho: error: {out}: already exists; add --force to replace it"
    assert out.read_text() == "keep me"
    assert main(["export", "--db", str(corpus), "--format", "csv", "--table", "articles", "--out", str(out),
                 "--force"]) == 0
    assert capsys.readouterr().err == f"saywho: wrote {len(ARTICLES)} articles rows to {out}\n"
    assert out.read_text().splitlines()[0] == "id,hash,url,outlet,date,title,author,origin,quotations"
    assert oct(out.stat().st_mode & 0o777) != oct(0o600)  # an ordinary file, not the temporary one's mode
    assert sorted(p.name for p in tmp_path.iterdir()) == ["articles.csv"]


def test_a_failed_write_leaves_the_target_as_it_was(tmp_path):
    from saywho.output import replacing

    target = tmp_path / "out.jsonl"
    target.write_text("the old export\n")
    with pytest.raises(RuntimeError), replacing(target, force=True) as temporary:
        temporary.write_text("half of the new")
        raise RuntimeError("the disk filled up")
    assert target.read_text() == "the old export\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.jsonl"]


def test_export_to_stdout_on_a_full_disk_is_one_line(corpus):
    with open("/dev/full", "w") as full:
        result = subprocess.run([sys.executable, "-m", "saywho.cli", "export", "--db", str(corpus)], cwd=ROOT,
                                stdout=full, stderr=subprocess.PIPE, text=True,
                                env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert result.returncode == 1
    assert one_line_error(result.stderr) == "saywho: error: cannot write the output (No space left on device)"


def test_quotes_about_with_a_column_filter_searches_the_words(corpus, capsys):
    assert main(["quotes", "--db", str(corpus), "--about", "x:foo", "--format", "json"]) == 0
    assert json.loads(capsys.readouterr().out)["total"] == 0
    assert main(["quotes", "--db", str(corpus), "--about", "content:win", "--format", "json"]) == 0
    assert [row["speaker"] for row in json.loads(capsys.readouterr().out)["rows"]] == ["Donald Trump", "Hillary Clinton"]


# -- bad dates ------------------------------------------------------------------------------------


def test_a_bad_date_is_an_input_error_in_the_library():
    import saywho

    for date in ("yesterday", "2024-13-01"):
        with pytest.raises(InputError) as raised:
            saywho.analyze(".", date=date)
        assert str(raised.value) == f"input: the publication date {date!r} is not a date of the form YYYY-MM-DD"
    assert saywho.analyze("Trump said the wall would be built.", date="2024-05-01T10:00:00Z").article.date
    articles = [saywho.Article(text="Trump said so.", date="2024-05-01"), saywho.Article(text="Clinton said so.",
                                                                                         date="May 1st")]
    with pytest.raises(InputError, match=r"^input: the publication date 'May 1st' is not a date of the form"):
        list(saywho.analyze_many(articles))


def test_ingest_reports_a_record_with_a_bad_date_as_failed(tmp_path):
    feed = tmp_path / "feed.jsonl"
    feed.write_text(json.dumps({"text": ARTICLES["wall"], "date": "2024-13-01"}) + "\n"
                    + json.dumps({"text": ARTICLES["ohio"], "date": "2024-05-01"}) + "\n")
    with open_store(tmp_path / "c.db", create=True) as store:
        summary = ingest(store, Discovery([str(feed)]), workers=1)
    assert summary.done == 1
    assert summary.failures == [(f"{feed}:1", "the publication date '2024-13-01' is not a date of the form YYYY-MM-DD")]


# -- workers die with their parent ----------------------------------------------------------------


def children(parent: int) -> list[int]:
    found = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()  # after "pid (name)": state, ppid, ...
            if int(fields[1]) == parent:
                found.append(int(stat.parent.name))
        except (OSError, IndexError, ValueError):
            continue
    return found


def alive(pid: int) -> bool:
    """Running, not a zombie (a container's first process may never reap an orphan)."""
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0] != "Z"
    except (OSError, IndexError):
        return False


def test_workers_and_resource_tracker_end_when_ingest_is_killed(tmp_path):
    if not Path("/proc/self/stat").exists():
        pytest.skip("finds processes through /proc")
    texts = write_articles(tmp_path / "texts", many_articles(40))
    db = tmp_path / "c.db"
    process = subprocess.Popen(
        [sys.executable, "-m", "saywho.cli", "ingest", str(texts), "--db", str(db), "--workers", "2", "--batch", "1",
         "--quiet", "--commit-every", "0"], cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, start_new_session=True,
        env={**os.environ, "PYTHONPATH": str(ROOT)})
    try:
        deadline = time.monotonic() + 180
        while stored(db) < 2:  # the workers are up and analysing
            assert process.poll() is None, process.stderr.read().decode()
            assert time.monotonic() < deadline, "the ingest made no progress"
            time.sleep(0.05)
        started = children(process.pid)
        assert len(started) >= 3, started  # two workers and the resource tracker
        assert _alive_after_killing(process, started) == []
    finally:
        _end_group(process)


# -- soft problems: odd quotation marks, JSON inputs -----------------------------------------------


def test_a_stray_closing_mark_and_mixed_marks_are_warned_about():
    import saywho

    stray = saywho.analyze("The plan is dead,” the mayor said on Monday.\n“We will rebuild,\" she added.", date="2024-05-02")
    assert stray.warnings == [
        "text is very short (14 words)",
        "unbalanced quotation mark in paragraph 1: a closing ” with no opening mark",
        "mixed quotation marks in paragraph 2: a curly opening mark closed by a straight one",
    ]
    # The marks are only warned about: what is found is what was found before.
    assert [a.content.text for a in stray.attributions if a.content] == ["The plan is dead", "“We will rebuild,\""]


def test_apostrophes_nested_and_continued_quotes_give_no_warning():
    import saywho

    text = ("The mayor’s aides said the Americans’ plan was late. “It’s not over,” she said. “We said ‘no’ twice.\n"
            "“And we will say it again,” she added.")
    assert saywho.analyze(text).warnings == []


def test_sample_article_has_no_quotation_warnings(capsys):
    assert main(["analyze", "--sample", "--format", "json"]) == 0
    assert json.loads(capsys.readouterr().out)["warnings"] == []


def test_analyze_reads_a_json_article_as_ingest_does(tmp_path, capsys):
    record = {"text": ARTICLES["wall"], "outlet": "The Example Times", "date": "2024-05-01", "title": "The wall"}
    path = tmp_path / "wall.json"
    path.write_text(json.dumps(record))
    assert main(["analyze", str(path), "--format", "json"]) == 0
    analysis = json.loads(capsys.readouterr().out)
    assert {k: analysis["article"][k] for k in ("outlet", "date", "title")} == {
        "outlet": "The Example Times", "date": "2024-05-01", "title": "The wall"}
    assert analysis["article"]["text"] == ARTICLES["wall"]
    assert [a["speaker"]["name"] for a in analysis["attributions"]] == ["Donald Trump", "Donald Trump"]

    exported = tmp_path / "exported.jsonl"  # an analysis, as `saywho export` writes it: its article again
    exported.write_text(json.dumps(analysis) + "\n")
    assert main(["analyze", str(exported), "--format", "json"]) == 0
    assert json.loads(capsys.readouterr().out)["attributions"] == analysis["attributions"]


def test_analyze_refuses_json_that_holds_no_single_article(tmp_path, capsys):
    cases = {
        "settings.json": ('{"theme": "dark"}', "has neither a text nor an html field"),
        "list.json": ('[1, 2]', "not a JSON object with a text or html field"),
        "broken.json": ('{"text": ', "not valid JSON (Expecting value: line 1 column 10 (char 9))"),
        "two.jsonl": ('{"text": "One said so."}\n{"text": "Two said so."}\n',
                      "holds 2 articles; `saywho analyze` reads one per file, `saywho ingest` reads them all"),
    }
    for name, (content, reason) in cases.items():
        path = tmp_path / name
        path.write_text(content)
        assert main(["analyze", str(path)]) == 1
        origin = f"{path}[1]" if name == "list.json" else str(path)
        assert one_line_error(capsys.readouterr().err) == f"saywho: {origin}: {reason}"


def test_analysis_workers_end_when_the_server_is_killed(tmp_path):
    """Even a worker in the middle of a long analysis ends with the server."""
    if not Path("/proc/self/stat").exists():
        pytest.skip("finds processes through /proc")
    port = free_port()
    process = subprocess.Popen(
        [sys.executable, "-m", "saywho.cli", "serve", "--port", str(port), "--jobs", "2"], cwd=ROOT,
        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, start_new_session=True,
        env={**os.environ, "PYTHONPATH": str(ROOT)})
    long_article = "\n".join(["The mayor said on Monday that the bridge would close in June for repairs."] * 6000)
    try:
        _wait_for_server(port, process)
        threading.Thread(target=_post_quietly, args=(port, {"text": long_article}), daemon=True).start()
        time.sleep(3)  # a worker is now analysing it (about 30 s of work)
        started = children(process.pid)
        assert len(started) >= 2, started
        assert _alive_after_killing(process, started) == []
    finally:
        _end_group(process)


def _alive_after_killing(process: subprocess.Popen, started: list[int]) -> list[int]:
    """SIGKILL the parent only, as the OOM killer or `kill -9 PID` would; which of `started` live 5 s on."""
    os.kill(process.pid, signal.SIGKILL)
    process.wait()
    time.sleep(5)
    return [pid for pid in started if alive(pid)]


def _end_group(process: subprocess.Popen) -> None:
    try:
        os.killpg(process.pid, signal.SIGKILL)
    except ProcessLookupError:
        pass


def _wait_for_server(port: int, process: subprocess.Popen) -> None:
    deadline = time.monotonic() + 180
    while True:
        assert process.poll() is None, process.stderr.read().decode()
        assert time.monotonic() < deadline, "the server did not start"
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{port}/", timeout=5):
                return
        except OSError:
            time.sleep(0.2)


def _post_quietly(port: int, body: dict) -> None:
    request = urllib.request.Request(f"http://127.0.0.1:{port}/api/analyze", data=json.dumps(body).encode(),
                                     headers={"Content-Type": "application/json"})
    try:
        urllib.request.urlopen(request, timeout=120).read()
    except OSError:
        pass  # the server is killed under it
