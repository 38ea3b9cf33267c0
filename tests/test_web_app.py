"""The web app and REST API in process (httpx through Starlette's TestClient): pages, API, errors, safety."""

from __future__ import annotations

import re
import threading
import warnings
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from importlib.resources import files

import pytest

with warnings.catch_warnings():
    warnings.simplefilter("ignore")  # Starlette's notice that it prefers httpx2; httpx works the same here
    from fastapi.testclient import TestClient

from saywho.web.app import create_app
from saywho.web.service import WebConfig

SHORT = (
    "“We will rebuild the bridge by spring,” Mayor Jane Smith said on Monday.\n"
    "The council agreed, according to a city official who was not authorised to speak."
)
HOSTILE = (
    "<script>alert(1)</script> was posted by the group, the mayor said.\n"
    "“<img src=x onerror=alert(1)> is what they wrote,” Jane Smith told reporters on Monday."
)
SAMPLE_HTML = files("saywho").joinpath("data/sample-article.html").read_bytes()


@pytest.fixture(scope="module")
def client():
    with TestClient(create_app(WebConfig(jobs=0)), follow_redirects=False) as client:
        yield client


@pytest.fixture(scope="module")
def small(client):
    """A server that accepts articles of up to 2 KB."""
    with TestClient(create_app(WebConfig(jobs=0, max_bytes=2048))) as small:
        yield small


@pytest.fixture(scope="module")
def read_only():
    with TestClient(create_app(WebConfig(jobs=0, read_only=True))) as client:
        yield client


def analyse_form(client, **fields):
    files_ = {name: value if isinstance(value, tuple) else (None, value) for name, value in fields.items()}
    return client.post("/analyse", files=files_)


# -- the API -----------------------------------------------------------------------------


def test_api_analyze_returns_the_analysis_document(client):
    response = client.post("/api/analyze", json={"text": SHORT, "date": "2024-03-04"})
    assert response.status_code == 200, response.text
    data = response.json()
    assert (data["schema"], data["schema_version"]) == ("saywho.analysis", 5)
    assert data["article"]["text"] == SHORT and data["article"]["date"] == "2024-03-04"
    names = {a["speaker"]["name"] for a in data["attributions"] if a["speaker"]}
    assert "Jane Smith" in names
    for attribution in data["attributions"]:
        for start, end in attribution["content"]["spans"]:
            assert 0 <= start < end <= len(SHORT)


def test_api_analyze_reads_html(client):
    response = client.post("/api/analyze", json={"html": SAMPLE_HTML.decode("utf-8")})
    assert response.status_code == 200, response.text
    assert response.json()["article"]["title"]


@pytest.mark.parametrize(("body", "status", "words"), [
    ({}, 400, "nothing to analyse"),
    ({"text": "   "}, 400, "empty"),
    ({"text": SHORT, "url": "https://example.org/"}, 400, "give one input"),
    ({"text": "Der Bürgermeister sagte am Montag, dass die Brücke bis zum Frühjahr wieder aufgebaut werde, "
              "und die Stadt habe das Geld dafür schon lange bereitgestellt, sagte er den Reportern im Rathaus."},
     400, "does not look like English"),
    ({"text": 5}, 422, "text"),
    ({"text": SHORT, "colour": "red"}, 422, "colour"),
    ({"text": SHORT, "date": "last week"}, 422, "date"),
    ({"text": SHORT, "date": "2021-02-30"}, 422, "2021-02-30"),
])
def test_api_errors_are_json_with_a_clear_message(client, body, status, words):
    response = client.post("/api/analyze", json=body)
    assert response.status_code == status, response.text
    assert response.headers["content-type"].startswith("application/json")
    assert list(response.json()) == ["error"]
    assert words in response.json()["error"]


def test_malformed_json_is_422(client):
    response = client.post("/api/analyze", content=b"{not json", headers={"Content-Type": "application/json"})
    assert response.status_code == 422
    assert "error" in response.json()


def test_unknown_api_paths_and_methods(client):
    assert client.get("/api/nothing-here").status_code == 404
    assert client.get("/api/nothing-here").json() == {"error": "not found: /api/nothing-here"}
    response = client.get("/api/analyze")
    assert response.status_code == 405 and "not allowed" in response.json()["error"]


def test_articles_over_the_limit_are_413(small):
    big = SHORT + "\n" + "The council met again and the mayor spoke at length. " * 60
    response = small.post("/api/analyze", json={"text": big})
    assert response.status_code == 413
    assert response.json()["error"] == "the text is 3.3 KB; this server accepts articles of up to 2 KB"
    # A body far over the limit is refused before it is read, as JSON for the API ...
    huge = small.post("/api/analyze", json={"text": "x" * 200_000})
    assert huge.status_code == 413 and "too large" in huge.json()["error"]
    # ... and as a page for the form.
    page = small.post("/analyse", files={"text": (None, "x" * 200_000)})
    assert page.status_code == 413 and "text/html" in page.headers["content-type"]


def test_upload_over_the_limit_is_413_with_the_form_kept(small):
    body = (SHORT + "\n") * 20
    response = small.post("/analyse", files={"file": ("long.txt", body.encode(), "text/plain")})
    assert response.status_code == 413
    assert "long.txt is" in response.text and "up to" in response.text
    assert '<form class="sw-form"' in response.text


def test_urls_to_this_machine_are_refused_and_never_fetched(client):
    hits = []

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self):
            hits.append(self.path)
            self.send_response(200)
            self.end_headers()

        def log_message(self, *args):
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True)
    thread.start()
    try:
        port = server.server_address[1]
        for url in (f"http://127.0.0.1:{port}/", f"http://localhost:{port}/"):
            response = client.post("/api/analyze", json={"url": url})
            assert response.status_code == 400
            assert "refused" in response.json()["error"]
        page = analyse_form(client, url=f"http://127.0.0.1:{port}/admin")
        assert page.status_code == 400 and "refused" in page.text
    finally:
        server.shutdown()
        server.server_close()
    assert hits == []


def test_read_only_server_has_no_analyse_endpoint_or_form(read_only):
    assert read_only.post("/api/analyze", json={"text": SHORT}).status_code in (404, 405)
    assert read_only.post("/analyse", files={"text": (None, SHORT)}).status_code in (404, 405)
    home = read_only.get("/")
    assert home.status_code == 200
    assert "<textarea" not in home.text and 'action="/analyse"' not in home.text
    assert "/api/analyze" not in read_only.get("/openapi.json").json()["paths"]


def test_corpus_endpoints_without_a_store_are_503(client):
    for path in ("/api/speakers", "/api/quotes?q=bridge", "/api/articles", "/api/speakers/1"):
        response = client.get(path)
        assert response.status_code == 503, path
        assert response.json() == {"error": "no corpus: start the server with --db FILE to browse a corpus"}
    page = client.get("/speakers")
    assert page.status_code == 503 and "no corpus" in page.text and "text/html" in page.headers["content-type"]


def test_a_missing_store_file_is_reported(tmp_path):
    with TestClient(create_app(WebConfig(jobs=0, db=tmp_path / "none.db"))) as client:
        response = client.get("/api/speakers")
    assert response.status_code == 503
    assert "none.db" in response.json()["error"]


# -- the pages ---------------------------------------------------------------------------------


def test_home_page_offers_paste_upload_and_url(client):
    page = client.get("/")
    assert page.status_code == 200
    for field in ('name="text"', 'name="file"', 'name="url"', 'name="date"', 'enctype="multipart/form-data"'):
        assert field in page.text


def test_form_analyses_and_redirects_to_the_result(client):
    response = analyse_form(client, text=SHORT, date="2024-03-04")
    assert response.status_code == 303
    location = response.headers["location"]
    assert re.fullmatch(r"/results/[\w-]+", location)
    page = client.get(location)
    assert page.status_code == 200
    html = page.text
    assert 'class="sw-filter sw-s0"' in html and "Jane Smith" in html
    assert 'class="sw-content sw-kind-direct sw-s0"' in html
    assert 'class="sw-cue sw-s0"' in html
    assert "Sources" in html
    # The JSON link and the report download.
    json_url = re.search(r'href="(/results/[^"]+/analysis\.json)"', html).group(1)
    data = client.get(json_url).json()
    assert data["article"]["text"] == SHORT
    report_url = re.search(r'href="(/results/[^"]+/report\.html)"', html).group(1)
    report = client.get(report_url)
    assert report.headers["content-disposition"].startswith("attachment;")
    assert report.text.startswith("<!DOCTYPE html>") and "sw-content" in report.text


def test_dates_show_their_value_on_hover(client):
    location = analyse_form(client, text=SHORT, date="2024-03-06").headers["location"]
    html = client.get(location).text
    assert re.search(r'<span class="sw-date" title="2024-03-04">Monday</span>', html)


def test_form_upload_of_an_html_file(client):
    response = analyse_form(client, file=("sample-article.html", SAMPLE_HTML, "text/html"))
    assert response.status_code == 303, response.text
    page = client.get(response.headers["location"])
    assert page.status_code == 200 and "sw-content" in page.text


def test_sample_button(client):
    response = analyse_form(client, sample="1")
    assert response.status_code == 303


@pytest.mark.parametrize(("fields", "words"), [
    ({"text": ""}, "nothing to analyse"),
    ({"file": ("report.pdf", b"%PDF-1.4 binary", "application/pdf")}, "upload a .txt or .html file"),
    ({"file": ("bad.txt", b"\x00\x01\x02binary", "text/plain")}, "binary"),
    ({"text": SHORT, "url": "https://example.org/"}, "give one input"),
])
def test_form_errors_come_back_on_the_form(client, fields, words):
    response = analyse_form(client, **fields)
    assert response.status_code == 400
    assert words in response.text and 'role="alert"' in response.text
    assert '<form class="sw-form"' in response.text


def test_article_text_is_escaped_never_markup(client):
    location = analyse_form(client, text=HOSTILE).headers["location"]
    html = client.get(location).text
    assert "<script>alert" not in html and "<img src=x" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "&lt;img src=x onerror=alert(1)&gt;" in html
    # The only scripts on the page are the app's own file.
    assert re.findall(r"<script[^>]*>", html) == ['<script src="/static/article/article.js" defer>']


def test_every_page_forbids_inline_and_foreign_scripts(client):
    for path in ("/", "/docs", "/static/saywho.css"):
        policy = client.get(path).headers["content-security-policy"]
        assert "script-src 'self'" in policy and "default-src 'self'" in policy


def test_expired_results_say_so(client):
    response = client.get("/results/abcdefghijklmnop")
    assert response.status_code == 404 and "no longer kept" in response.text


def test_nothing_is_fetched_from_elsewhere(client):
    location = analyse_form(client, text=SHORT).headers["location"]
    for path in ("/", "/docs", location):
        html = client.get(path).text
        external = re.findall(r'(?:src|href)="((?:https?:)?//[^"]+)"', html)
        assert [url for url in external if "127.0.0.1" not in url] == [], path


def test_api_docs_are_served_locally(client):
    page = client.get("/docs")
    assert page.status_code == 200
    assert 'src="/static/swagger/swagger-ui-bundle.js"' in page.text
    assert client.get("/static/swagger/swagger-ui-bundle.js").status_code == 200
    spec = client.get("/openapi.json").json()
    assert {"/api/analyze", "/api/articles", "/api/quotes", "/api/speakers", "/api/speakers/{speaker_id}"} <= set(spec["paths"])
    responses = spec["paths"]["/api/analyze"]["post"]["responses"]
    assert {"200", "400", "413", "422"} <= set(responses)


# -- saywho serve ------------------------------------------------------------------------------


def test_serve_options_are_parsed():
    from saywho.cli import build_parser

    args = build_parser().parse_args(["serve", "--max-bytes", "2M", "--port", "8123", "--read-only", "--jobs", "0"])
    assert (args.max_bytes, args.port, args.read_only, args.jobs, args.host) == (2 * 1024 * 1024, 8123, True, 0, "127.0.0.1")
    with pytest.raises(SystemExit):
        build_parser().parse_args(["serve", "--max-bytes", "lots"])


def test_saywho_serve_answers_with_analysis_processes(tmp_path):
    """The real command: uvicorn, and analyses in a worker process (--jobs 1)."""
    import json
    import socket
    import subprocess
    import sys
    import time
    import urllib.request

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    server = subprocess.Popen(
        [sys.executable, "-m", "saywho.cli", "serve", "--port", str(port), "--jobs", "1"],
        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            assert server.poll() is None, server.stderr.read().decode(errors="replace")
            try:
                with urllib.request.urlopen(base + "/openapi.json", timeout=2):
                    break
            except OSError:
                assert time.monotonic() < deadline, "saywho serve did not start"
                time.sleep(0.2)
        request = urllib.request.Request(base + "/api/analyze", data=json.dumps({"text": SHORT}).encode(),
                                         headers={"Content-Type": "application/json"})
        with urllib.request.urlopen(request, timeout=60) as response:
            data = json.load(response)
        assert any(a["speaker"] and a["speaker"]["name"] == "Jane Smith" for a in data["attributions"])
    finally:
        server.terminate()
        server.wait(20)


def test_a_dead_analysis_process_is_replaced():
    """A worker that dies fails its own request with 503; the next request gets a fresh process."""
    import asyncio
    import os
    import signal

    from saywho.document import Article
    from saywho.web.analyzer import Analyzer, Busy

    analyzer = Analyzer(jobs=1)
    analyzer.warm_up()
    try:
        for pid in analyzer.pids():
            os.kill(pid, signal.SIGKILL)
        with pytest.raises(Busy, match="stopped unexpectedly"):
            asyncio.run(analyzer.analyze(Article(SHORT)))
        analysis = asyncio.run(analyzer.analyze(Article(SHORT)))
        assert analysis.attributions
    finally:
        analyzer.close()


def test_the_result_page_says_how_each_pronoun_was_resolved(client):
    text = ("Marcus Obi, the lead engineer, said the bridge was not finished.\n"
            "He added that a new plan would be ready by April.")
    page = client.get(analyse_form(client, text=text).headers["location"])
    assert '<span class="sw-via">via “He” → Marcus Obi, last mentioned in ¶1</span>' in page.text
