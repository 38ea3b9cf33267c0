"""Check that `POST /api/analyze` answers with the analysis `saywho analyze --format json` gives, byte for byte.

Run from the repository root:

    .venv/bin/python bench/web_identity.py              # the seed article and the first 8 PolNeAR dev articles

It starts `saywho serve --jobs 2` on 127.0.0.1, posts the articles 8 at a time (so
that the server analyses them in batches), runs `saywho analyze` over the same
files (first: it reads a date from a file's name, which the request then gives), and compares each answer with the command's JSON
encoded as the API encodes it. Only the article's `origin` may differ (the file's
name for the command, "pasted text" for the API). Exit status 1 if any differ.
"""

from __future__ import annotations

import argparse
import http.client
import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from load_web import HOST, ROOT, SEED, free_port, wait_until_ready

sys.path.insert(0, str(ROOT))  # this checkout's saywho, not an installed one

DEV = ROOT.parent / "shared" / "data" / "polnear" / "data" / "dev" / "text"
DATE = "2016-10-01"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--dev", type=int, default=8, help="how many PolNeAR dev articles besides the seed article")
    args = parser.parse_args()
    if not SEED.exists() or not DEV.exists():
        print(f"{SEED} or {DEV} is absent", file=sys.stderr)
        return 2
    files = [SEED, *sorted(DEV.glob("*.txt"))[:args.dev]]
    expected = command_answers(files)
    # The command reads a date from a file's name where it has one: the same date goes with the request.
    answers = served_answers([(path, line["article"]["date"]) for path, line in zip(files, expected)])
    differing = [path.name for path, answer, line in zip(files, answers, expected) if answer != encoded(line)]
    print(f"{len(files) - len(differing)}/{len(files)} identical (POST /api/analyze against saywho analyze --format "
          f"json, byte for byte apart from article.origin)")
    for path, answer, line in zip(files, answers, expected):
        if answer != encoded(line):
            served = json.loads(answer)
            fields = [key for key in served if served[key] != line.get(key)]
            print(f"  differs: {path.name} ({', '.join(fields)})")
    return 1 if differing else 0


def served_answers(files: list[tuple[Path, str]]) -> list[bytes]:
    port = free_port()
    server = subprocess.Popen([sys.executable, "-m", "saywho.cli", "serve", "--host", HOST, "--port", str(port),
                               "--jobs", "2"], cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                              start_new_session=True)
    try:
        wait_until_ready(port, server, timeout=240)
        with ThreadPoolExecutor(8) as pool:
            return list(pool.map(lambda item: post(port, item[0].read_text(encoding="utf-8"), item[1]), files))
    finally:
        os.killpg(server.pid, signal.SIGTERM)
        server.wait(20)


def post(port: int, text: str, date: str) -> bytes:
    connection = http.client.HTTPConnection(HOST, port, timeout=300)
    try:
        connection.request("POST", "/api/analyze", body=json.dumps({"text": text, "date": date}),
                           headers={"Content-Type": "application/json"})
        response = connection.getresponse()
        body = response.read()
        if response.status != 200:
            raise SystemExit(f"HTTP {response.status}: {body[:300]!r}")
        return encoded(json.loads(body))
    finally:
        connection.close()


def command_answers(files: list[Path]) -> list[dict]:
    """The command's analyses, of copies of the files in a folder of their own: PolNeAR's metadata.tsv beside
    them would give them a title, author and outlet that a request cannot."""
    with tempfile.TemporaryDirectory() as folder:
        copies = [Path(shutil.copy(path, folder)) for path in files]
        run = subprocess.run([sys.executable, "-m", "saywho", "analyze", *map(str, copies), "--format", "json",
                              "--date", DATE], cwd=ROOT, capture_output=True, text=True, check=True)
    return [json.loads(line) for line in run.stdout.splitlines() if line.strip()]


def encoded(document: dict) -> bytes:
    """As the API encodes it (saywho/web/analysis_process.py), with the origin left out."""
    from saywho.web.analysis_process import analysis_json

    document["article"]["origin"] = None
    return analysis_json(document)


if __name__ == "__main__":
    sys.exit(main())
