"""The screenshots of corrections in docs/web.md: a stored article page, corrected through its own control.

    .venv/bin/python bench/corrections_screenshot.py [--out docs/images]

Analyses a short article written for the docs (no corpus data), stores it in a new SQLite file,
serves it with `--editable` on 127.0.0.1, and in Debian's headless chromium (launched as
tests/test_web_browser.py launches it) corrects one speaker through the page's "correct" control.
Saves web-corrections.png (the article page with who said what and the corrections trail, after the
reload: from its title to the end of the trail) and web-correct-form.png (the control open, before
saving, in the viewport), each well under 300 KB.
"""

from __future__ import annotations

import argparse
import shutil
import socket
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))  # run from a checkout without installing
sys.path.insert(0, str(ROOT / "tests"))

import uvicorn
from playwright.sync_api import sync_playwright

from saywho import analyze
from saywho.corpus.backends import open_store
from saywho.document import Article
from saywho.web.app import create_app
from saywho.web.service import WebConfig

ARTICLE = (
    "The council approved a new bridge over the river on Tuesday.\n"
    "“This bridge will carry ten thousand people a day,” said Maria Lopez, the mayor.\n"
    "Tom Baker, who leads the opposition, said the cost was far too high.\n"
    "“We cannot pay for it without raising taxes,” the opposition leader's office said.\n"
    "According to the engineers, the work will take three years.\n"
    "Lopez told reporters that the design had won over its critics."
)


def main() -> int:
    from test_web_browser import CHROMIUM_ARGS

    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "images")
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="saywho-corrections-"))
    db = work / "corpus.db"
    analysis = analyze(Article(text=ARTICLE, outlet="Riverside Courier", date="2024-05-07",
                               title="Council backs the river bridge"))
    with open_store(db, create=True) as store:
        store.add(analysis)
        store.resolve_identities()
    target = next(a for a in analysis.attributions if "raising taxes" in a.content.text)
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    server = uvicorn.Server(uvicorn.Config(create_app(WebConfig(jobs=0, db=db, results=None, editable=True)),
                                           log_level="warning"))
    threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True).start()
    while not server.started:
        time.sleep(0.05)
    profile = work / "chromium"
    try:
        with sync_playwright() as playwright:
            context = playwright.chromium.launch_persistent_context(
                str(profile), executable_path=shutil.which("chromium"), headless=True, args=CHROMIUM_ARGS,
                viewport={"width": 1360, "height": 900}, device_scale_factor=1)
            page = context.new_page()
            page.goto(f"http://127.0.0.1:{sock.getsockname()[1]}/articles/1")
            item = page.locator(f'li[data-item="{target.id}"]')
            item.locator("summary").click()
            form = item.locator("form[data-correct]")
            form.locator('input[name="speaker"]').fill("Tom Baker")
            form.locator('input[name="note"]').fill("his office speaks for him: the quotation is his")
            form.locator('input[name="by"]').fill("R. Checker")
            item.scroll_into_view_if_needed()
            page.screenshot(path=str(args.out / "web-correct-form.png"))
            with page.expect_navigation():
                form.locator("button[type=submit]").click()
            # The side panel scrolls within the window: a window tall enough shows it down to the trail.
            page.set_viewport_size({"width": 1360, "height": 2400})
            page.evaluate("window.scrollTo(0, 0)")
            top, bottom = page.evaluate("""() => [
                document.querySelector('.sw-result-head').getBoundingClientRect().top,
                document.querySelector('.sw-trail-corrections').getBoundingClientRect().bottom]""")
            page.screenshot(path=str(args.out / "web-corrections.png"),
                            clip={"x": 0, "y": top, "width": 1360, "height": bottom + 16 - top})
            context.close()
    finally:
        server.should_exit = True
        shutil.rmtree(work, ignore_errors=True)
    for name in ("web-correct-form.png", "web-corrections.png"):
        path = args.out / name
        print(f"{path}: {path.stat().st_size // 1024} KB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
