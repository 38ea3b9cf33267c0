"""The screenshot of /voices in docs/web.md: the app on a store, in Debian's headless chromium.

    .venv/bin/python bench/voices_screenshot.py --db /tmp/polnear.db [--out docs/images/web-voices.png]

Chromium is launched as tests/test_web_browser.py launches it (a fresh profile,
no background networking, a resolver that knows 127.0.0.1 only).
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

from saywho.web.app import create_app
from saywho.web.service import WebConfig


def main() -> int:
    from test_web_browser import CHROMIUM_ARGS

    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--db", type=Path, required=True)
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "images" / "web-voices.png")
    parser.add_argument("--path", default="/voices", help="the page to take (default /voices)")
    args = parser.parse_args()
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    server = uvicorn.Server(uvicorn.Config(create_app(WebConfig(jobs=0, db=args.db)), log_level="warning"))
    threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True).start()
    while not server.started:
        time.sleep(0.05)
    profile = tempfile.mkdtemp(prefix="saywho-chromium-")
    try:
        with sync_playwright() as playwright:
            context = playwright.chromium.launch_persistent_context(
                profile, executable_path=shutil.which("chromium"), headless=True, args=CHROMIUM_ARGS,
                viewport={"width": 1360, "height": 1000}, device_scale_factor=1)
            page = context.new_page()
            page.goto(f"http://127.0.0.1:{sock.getsockname()[1]}{args.path}")
            page.screenshot(path=str(args.out), full_page=True)
            context.close()
    finally:
        shutil.rmtree(profile, ignore_errors=True)
        server.should_exit = True
    print(f"{args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
