"""CPU that `saywho serve` spends per POST /api/analyze: its own process and each analysis process, from /proc.

Run from the repository root (Linux):

    .venv/bin/python bench/serve_cpu.py                     # 40 requests of the seed article, 8 at a time
    .venv/bin/python bench/serve_cpu.py --requests 100 --concurrency 4 --text article.txt
    .venv/bin/python bench/serve_cpu.py --checkout ../wt-base     # the server of another checkout

On a machine shared with other work, requests per second move with the load, but
the CPU a request costs does not, so this compares two versions of the server where
bench/load_web.py cannot. It starts its own server on a free port of 127.0.0.1, sends
three requests to warm it up, then the timed ones, and always stops the server.
"""

from __future__ import annotations

import argparse
import http.client
import json
import os
import socket
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT.parent / "shared" / "corpus" / "seed-article.txt"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--requests", type=int, default=40)
    parser.add_argument("--concurrency", type=int, default=8)
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--text", type=Path, default=SEED)
    parser.add_argument("--checkout", type=Path, default=ROOT, help="run the server of this saywho checkout")
    args = parser.parse_args()
    if not args.text.exists():
        print(f"{args.text} is absent: give an article with --text", file=sys.stderr)
        return 2
    body = json.dumps({"text": args.text.read_text(encoding="utf-8"), "date": "2021-08-31"})
    port = free_port()
    server = subprocess.Popen([sys.executable, "-m", "saywho.cli", "serve", "--host", "127.0.0.1", "--port", str(port),
                               "--jobs", str(args.jobs)], cwd=args.checkout, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        wait_until_ready(port, body, server)
        for _ in range(3):
            post(port, body)
        pids = [server.pid, *children(server.pid)]
        before = {pid: cpu_seconds(pid) for pid in pids}
        started = time.perf_counter()
        with ThreadPoolExecutor(args.concurrency) as pool:
            statuses = list(pool.map(lambda _: post(port, body), range(args.requests)))
        wall = time.perf_counter() - started
        used = {pid: (cpu_seconds(pid) - before[pid]) * 1000 / args.requests for pid in pids}
    finally:
        server.terminate()
        server.wait(30)
    print(f"{args.requests} requests, {args.concurrency} at a time: {args.requests / wall:.2f} requests/s; "
          f"errors {sum(status != 200 for status in statuses)}")
    print(f"CPU per request: server {used[server.pid]:.0f} ms; analysis processes "
          + " + ".join(f"{used[pid]:.0f}" for pid in pids[1:] if used[pid] >= 1) + " ms")
    return 0


def post(port: int, body: str) -> int:
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=300)
    try:
        connection.request("POST", "/api/analyze", body=body, headers={"Content-Type": "application/json"})
        response = connection.getresponse()
        response.read()
        return response.status
    finally:
        connection.close()


def wait_until_ready(port: int, body: str, server: subprocess.Popen, timeout: float = 240) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline and server.poll() is None:
        try:
            if post(port, body) == 200:
                return
        except OSError:
            time.sleep(0.5)
    raise SystemExit("saywho serve did not start")


def cpu_seconds(pid: int) -> float:
    """User + system CPU of one process (/proc/PID/stat fields 14 and 15)."""
    with open(f"/proc/{pid}/stat") as stat:
        fields = stat.read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def children(pid: int) -> list[int]:
    listed = subprocess.run(["ps", "-o", "pid=", "--ppid", str(pid)], capture_output=True, text=True).stdout
    return [int(child) for child in listed.split()]


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


if __name__ == "__main__":
    sys.exit(main())
