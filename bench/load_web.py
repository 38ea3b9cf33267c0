"""Load test of `saywho serve` on loopback: POST /api/analyze of one article, N requests, C at a time.

Run from the repository root:

    .venv/bin/python bench/load_web.py                      # 200 requests of the seed article, 8 at a time
    .venv/bin/python bench/load_web.py --jobs 0             # analyses in one thread of the server process
    .venv/bin/python bench/load_web.py --requests 50 --concurrency 4 --text article.txt

It starts its own server (`python -m saywho.cli serve --host 127.0.0.1` on a free
port) and waits until it answers, so model loading is not timed; then it sends
the requests and reports latency percentiles, requests per second and errors.
Everything stays on 127.0.0.1; the run is bounded by --requests and by
--deadline seconds, after which it stops by itself, and it always stops the
server it started.
"""

from __future__ import annotations

import argparse
import http.client
import json
import os
import signal
import socket
import statistics
import subprocess
import sys
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT.parent / "shared" / "corpus" / "seed-article.txt"
HOST = "127.0.0.1"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--requests", type=int, default=200)
    parser.add_argument("--concurrency", type=int, default=8)
    parser.add_argument("--jobs", type=int, default=2, help="the server's analysis processes (saywho serve --jobs)")
    parser.add_argument("--text", type=Path, default=SEED, help="the article to send (default: the seed article)")
    parser.add_argument("--date", default="2021-08-31")
    parser.add_argument("--deadline", type=float, default=600.0, help="stop after this many seconds whatever happens")
    args = parser.parse_args()
    if not args.text.exists():
        print(f"{args.text} is absent: give an article with --text", file=sys.stderr)
        return 2
    body = json.dumps({"text": args.text.read_text(encoding="utf-8"), "date": args.date}).encode()

    port = free_port()
    server = subprocess.Popen(
        [sys.executable, "-m", "saywho.cli", "serve", "--host", HOST, "--port", str(port), "--jobs", str(args.jobs)],
        cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, start_new_session=True,
    )
    try:
        started = time.monotonic()
        wait_until_ready(port, server, timeout=120)
        ready = time.monotonic() - started
        results = run(port, body, args.requests, args.concurrency, args.deadline)
    finally:
        os.killpg(server.pid, signal.SIGTERM)
        try:
            server.wait(20)
        except subprocess.TimeoutExpired:
            os.killpg(server.pid, signal.SIGKILL)
    report(args, results, ready)
    return 0 if results["errors"] == 0 and results["done"] == args.requests else 1


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind((HOST, 0))
        return sock.getsockname()[1]


def wait_until_ready(port: int, server: subprocess.Popen, timeout: float) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise SystemExit(f"the server exited: {server.stderr.read().decode(errors='replace')[-2000:]}")
        try:
            connection = http.client.HTTPConnection(HOST, port, timeout=2)
            connection.request("GET", "/openapi.json")
            if connection.getresponse().status == 200:
                return
        except OSError:
            pass
        time.sleep(0.2)
    raise SystemExit("the server did not start in time")


def run(port: int, body: bytes, total: int, concurrency: int, deadline_seconds: float) -> dict:
    latencies: list[float] = []
    errors: list[str] = []
    lock = threading.Lock()
    counter = iter(range(total))
    deadline = time.monotonic() + deadline_seconds

    def worker() -> None:
        connection = http.client.HTTPConnection(HOST, port, timeout=120)
        while time.monotonic() < deadline:
            with lock:
                if next(counter, None) is None:
                    break
            started = time.monotonic()
            try:
                connection.request("POST", "/api/analyze", body=body, headers={"Content-Type": "application/json"})
                response = connection.getresponse()
                payload = response.read()
                ok = response.status == 200 and b'"attributions"' in payload
                problem = None if ok else f"HTTP {response.status}: {payload[:200]!r}"
            except (OSError, http.client.HTTPException) as error:
                problem = f"{type(error).__name__}: {error}"
                connection.close()
                connection = http.client.HTTPConnection(HOST, port, timeout=120)
            elapsed = time.monotonic() - started
            with lock:
                if problem:
                    errors.append(problem)
                else:
                    latencies.append(elapsed)
        connection.close()

    load = os.getloadavg()
    started = time.monotonic()
    threads = [threading.Thread(target=worker, daemon=True) for _ in range(concurrency)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(max(0.0, deadline - time.monotonic()) + 130)
    wall = time.monotonic() - started
    return {"load": load, "latencies": latencies, "errors": len(errors), "error_samples": errors[:3],
            "done": len(latencies) + len(errors), "wall": wall}


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    index = min(len(ordered) - 1, max(0, round(share * (len(ordered) - 1))))
    return ordered[index]


def report(args, results: dict, ready: float) -> None:
    latencies = results["latencies"]
    load = " / ".join(f"{value:.1f}" for value in results["load"])
    print(f"saywho serve --jobs {args.jobs} on {HOST}; {os.cpu_count()} cores; server ready in {ready:.1f} s; "
          f"load average before the run {load} (1/5/15 min: other work on the machine skews the figures)")
    print(f"{results['done']} of {args.requests} POST /api/analyze ({args.text.name}, "
          f"{len(args.text.read_text(encoding='utf-8'))} characters), {args.concurrency} at a time")
    if latencies:
        print(f"latency  p50 {percentile(latencies, .5):.2f} s   p95 {percentile(latencies, .95):.2f} s   "
              f"max {max(latencies):.2f} s   mean {statistics.fmean(latencies):.2f} s")
    print(f"throughput  {results['done'] / results['wall']:.2f} requests/s over {results['wall']:.1f} s")
    print(f"errors  {results['errors']}")
    for sample in results["error_samples"]:
        print(f"  {sample}")


if __name__ == "__main__":
    sys.exit(main())
