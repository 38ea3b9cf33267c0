"""The web app in a real headless Chromium (Debian's `chromium`), driven by Playwright.

One uvicorn server on 127.0.0.1 (a free port, in a thread) and one browser
serve the whole module. Chromium resolves no host name but 127.0.0.1 and
fetches nothing in the background. Skips, saying why, without chromium or
Playwright. With SAYWHO_SCREENSHOTS=1 the tests also save the screenshots
docs/web.md shows (docs/images/web-*.png).
"""

from __future__ import annotations

import json
import os
import shutil
import socket
import tempfile
import threading
import time
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from importlib.resources import files
from pathlib import Path

import pytest

CHROMIUM = shutil.which("chromium")
if CHROMIUM is None:
    pytest.skip("Debian's chromium is not installed (apt-get install -y chromium)", allow_module_level=True)
sync_api = pytest.importorskip("playwright.sync_api", reason="Playwright for Python is not installed (pip install playwright)")
uvicorn = pytest.importorskip("uvicorn")

from saywho.document import Analysis  # noqa: E402
from saywho.render import speaker_colours  # noqa: E402
from saywho.web.app import create_app  # noqa: E402
from saywho.web.service import WebConfig  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
SEED = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "seed-article.txt"
SEED_DATE = "2021-08-31"
SEED_SPEAKER = "Mousa Abu Marzouk"
SAMPLE = files("saywho").joinpath("data/sample-article.html")
IMAGES = ROOT / "docs" / "images"
SCREENSHOTS = os.environ.get("SAYWHO_SCREENSHOTS") == "1"
CHROMIUM_ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
    "--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1",
]
HOSTILE = (
    "The group posted <script>alert(1)</script> on its site, the mayor said on Monday.\n"
    "“<img src=x onerror=alert(1)> is what they wrote to us,” Jane Smith told reporters."
)


def has_store() -> bool:
    try:
        import saywho.corpus.store  # noqa: F401
    except ImportError:
        return False
    return True


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    """The app under uvicorn on 127.0.0.1, with a small corpus when the store exists."""
    db = None
    if has_store():
        from test_web_corpus import build_corpus

        db = tmp_path_factory.mktemp("browser-corpus") / "corpus.db"
        build_corpus(db)
    with serving(WebConfig(jobs=0, db=db)) as address:
        yield address


@contextmanager
def serving(config: WebConfig) -> Iterator[str]:
    """The app under uvicorn on a free port of 127.0.0.1, in a thread; its address."""
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    instance = uvicorn.Server(uvicorn.Config(create_app(config), log_level="warning", lifespan="on"))
    thread = threading.Thread(target=instance.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not instance.started:
        assert time.monotonic() < deadline, "uvicorn did not start"
        time.sleep(0.02)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        instance.should_exit = True
        thread.join(10)
        sock.close()


@pytest.fixture(scope="module")
def browser():
    profile = tempfile.mkdtemp(prefix="saywho-chromium-")
    with sync_api.sync_playwright() as playwright:
        context = playwright.chromium.launch_persistent_context(
            profile, executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS,
            viewport={"width": 1360, "height": 1000}, device_scale_factor=1,
        )
        yield context
        context.close()
    shutil.rmtree(profile, ignore_errors=True)


@pytest.fixture
def page(browser, server):
    page = browser.new_page()
    outside = []
    page.on("request", lambda request: outside.append(request.url)
            if not request.url.startswith((server, "data:", "about:")) else None)
    yield page
    page.close()
    assert outside == [], f"the page asked for something other than {server}: {outside}"


def seed_text() -> str:
    if not SEED.exists():
        pytest.skip(f"{SEED} is absent: the shared data sits beside the checkout on the project's machines")
    return SEED.read_text(encoding="utf-8")


def analyse(page, server, text: str, date: str | None = None) -> None:
    page.goto(server + "/")
    page.fill("#text", text)
    if date:
        page.fill("#date", date)
    page.click("form.sw-form button[type=submit]")
    page.wait_for_url("**/results/**")


def screenshot(page, name: str, **options) -> None:
    if SCREENSHOTS:
        IMAGES.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(IMAGES / name), **options)


@pytest.fixture(scope="module")
def seed_analysis(server):
    """The same analysis the page shows, from the API, to count against."""
    body = json.dumps({"text": seed_text(), "date": SEED_DATE}).encode()
    request = urllib.request.Request(server + "/api/analyze", data=body, headers={"Content-Type": "application/json"})
    with urllib.request.urlopen(request, timeout=60) as response:
        return Analysis.from_dict(json.load(response))


def test_seed_article_shows_each_speaker_in_one_colour(page, server, seed_analysis):
    analyse(page, server, seed_text(), SEED_DATE)
    names = list(speaker_colours(seed_analysis))
    number = names.index(SEED_SPEAKER)
    expected = len(seed_analysis.speakers()[SEED_SPEAKER])
    assert expected >= 10
    selector = f'.sw-article .sw-content[data-speaker="{number}"]'
    colours = page.eval_on_selector_all(selector, "els => els.map(e => getComputedStyle(e).backgroundColor)")
    attributions = page.eval_on_selector_all(selector, "els => els.map(e => e.dataset.attribution)")
    assert len(set(attributions)) == expected
    assert len(set(colours)) == 1 and colours[0] not in ("rgba(0, 0, 0, 0)", "transparent")
    legend = page.locator(f'.sw-filter[data-filter="{number}"]')
    assert legend.locator(".sw-filter-name").inner_text() == SEED_SPEAKER
    assert legend.locator(".sw-count").inner_text() == str(expected)
    # Other speakers have other colours.
    other = page.eval_on_selector(f'.sw-article .sw-content:not([data-speaker="{number}"])',
                                  "e => getComputedStyle(e).backgroundColor")
    assert other != colours[0]
    # A date shows what it resolves to on hover.
    assert page.get_attribute('.sw-date >> text="Friday"', "title") == "2021-08-27"
    screenshot(page, "web-analyse-seed.png")


def test_clicking_a_speaker_shows_only_their_words(page, server, seed_analysis):
    analyse(page, server, seed_text(), SEED_DATE)
    number = str(list(speaker_colours(seed_analysis)).index(SEED_SPEAKER))
    page.click(f'.sw-filter[data-filter="{number}"]')
    assert page.get_attribute(f'.sw-filter[data-filter="{number}"]', "aria-pressed") == "true"
    shown = page.eval_on_selector_all(
        ".sw-article .sw-content",
        "els => els.map(e => [e.dataset.speaker, getComputedStyle(e).backgroundColor])")
    for speaker, colour in shown:
        if speaker == number:
            assert colour != "rgba(0, 0, 0, 0)"
        else:
            assert colour == "rgba(0, 0, 0, 0)", f"speaker {speaker} still highlighted"
    visible = page.eval_on_selector_all("[data-speaker-section]", "els => els.filter(e => !e.hidden).map(e => e.dataset.speakerSection)")
    assert visible == [number]
    assert SEED_SPEAKER in page.inner_text(".sw-filter-status")
    # Clicking again shows everyone.
    page.click(f'.sw-filter[data-filter="{number}"]')
    assert page.eval_on_selector_all(".sw-article .sw-dim", "els => els.length") == 0
    assert page.eval_on_selector_all("[data-speaker-section]", "els => els.filter(e => e.hidden).length") == 0


def test_upload_an_html_file(page, server):
    page.goto(server + "/")
    page.set_input_files("#file", str(SAMPLE))
    page.click("form.sw-form button[type=submit]")
    page.wait_for_url("**/results/**")
    assert page.locator(".sw-result-head h1").inner_text().strip()
    assert page.locator(".sw-article .sw-content").count() > 0
    assert page.locator(".sw-filter").count() > 0


def test_article_markup_is_shown_as_text_never_run(page, server):
    dialogs = []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    analyse(page, server, HOSTILE)
    page.wait_for_timeout(300)
    assert dialogs == []
    assert page.locator(".sw-article script").count() == 0
    assert page.locator(".sw-article img").count() == 0
    assert page.locator("img").count() == 0
    text = page.inner_text(".sw-article")
    assert "<script>alert(1)</script>" in text and "<img src=x onerror=alert(1)>" in text
    scripts = page.eval_on_selector_all("script", "els => els.map(e => e.getAttribute('src'))")
    assert scripts == ["/static/article/article.js"]


def test_api_docs_load_from_this_server_only(page, server):
    page.goto(server + "/docs")
    page.wait_for_selector(".opblock", timeout=15000)
    assert page.locator(".opblock-summary-path", has_text="/api/analyze").count() == 1


@pytest.mark.skipif(not has_store(), reason="the corpus store (saywho/corpus/store.py) is not in this tree")
def test_search_a_corpus_and_open_a_speaker(page, server):
    page.goto(server + "/search")
    page.fill("#q", "bridge")
    page.click("form.sw-search button[type=submit]")
    page.wait_for_url("**/search?q=bridge*")
    results = page.locator(".sw-quote-list li")
    assert results.count() >= 2
    assert page.locator(".sw-quote-list mark").first.inner_text().lower() == "bridge"
    page.click(".sw-quote-list a[href^='/speakers/']")
    page.wait_for_url("**/speakers/*")
    assert page.locator("h1").inner_text() == "Jane Smith"
    assert page.locator(".sw-chart svg rect").count() == 3
    screenshot(page, "web-speaker.png", full_page=True)
