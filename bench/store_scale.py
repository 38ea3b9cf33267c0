"""Scale benchmark of the corpus store: write cost, identity pass and page latency at 10k–1M articles.

Builds a store from synthetic analyses made from real ones (PolNeAR's, exported once with
`saywho export`): each synthetic article is a real analysis with its outlet (one of 60),
its date (2012–2024) and 60% of its people's surnames replaced (from 30,000 made-up
surnames, a few common, most rare), so that names, outlets and dates vary as in a large
corpus while no spaCy runs. Worker processes make the records (`derive`), as ingest's do;
the main process only writes them, in batches, and is what is measured:

* write cost: milliseconds per article spent in `Store.add_many`, over the first 1,000
  articles and the 1,000 before each size; articles per second the writer sustains;
* the identity pass after 1,000 new articles (time, and the main process's peak memory
  during it); an identity pass also runs after every `--run` articles, as ingest runs would;
* store size, and the main process's peak memory over the whole build;
* at each size, p50 / p95 latency of /api/speakers, /api/quotes?speaker=, a speaker page,
  an outlet page and /search, from `saywho serve --read-only` on 127.0.0.1, one request at a time.

    saywho export --db polnear.db --out /tmp/polnear.jsonl
    nice -n 10 python bench/store_scale.py --analyses /tmp/polnear.jsonl --sizes 1000 10000 100000
    nice -n 10 python bench/store_scale.py --analyses /tmp/polnear.jsonl --sizes 1000 100000 1000000  # the 1M run

The store is written to --out (default: a temporary folder, removed at the end unless --keep).
"""

from __future__ import annotations

import argparse
import hashlib
import http.client
import json
import multiprocessing
import random
import re
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.parse
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from saywho.corpus.derive import derive  # noqa: E402
from saywho.corpus.store import open_store  # noqa: E402

OUTLETS = [f"{a}-{b}" for a in ("daily", "metro", "national", "valley", "coast", "capital") for b in
           ("post", "times", "herald", "tribune", "ledger", "courier", "gazette", "news", "star", "journal")]
_SYLLABLES = ["ba", "ko", "ren", "mi", "lo", "vak", "tor", "sen", "da", "ful", "gri", "wen", "hal", "pe", "zu",
              "mar", "kin", "os", "ley", "brun", "cha", "dor", "fi", "gan", "ish", "jo", "lum", "nev", "rot", "sy"]
WINDOW = 1000

_templates: list[dict] = []


def _surnames(count: int = 30_000) -> list[str]:
    rng, found = random.Random(7), set()
    while len(found) < count:
        found.add("".join(rng.choice(_SYLLABLES) for _ in range(rng.choice((2, 3, 3, 4)))).capitalize())
    return sorted(found)


_SURNAMES = _surnames()


def _load(path: str) -> None:
    global _templates
    with open(path, encoding="utf-8") as lines:
        _templates = [json.loads(line) for line in lines if line.strip()]


def synthetic(n: int) -> dict:
    """The n-th synthetic analysis: a real one with another outlet, date and people."""
    rng = random.Random(n)
    template = _templates[n % len(_templates)]
    text = json.dumps(template, ensure_ascii=False)
    people = {e["name"].split()[-1] for e in template.get("entities", [])
              if e.get("type") == "PERSON" and len(e["name"].split()) > 1}
    for surname in sorted(people):
        if surname.isalpha() and len(surname) > 2 and rng.random() < 0.6:
            new = _SURNAMES[min(int(len(_SURNAMES) * rng.random() ** 3), len(_SURNAMES) - 1)]
            text = re.sub(rf"\b{re.escape(surname)}\b", new, text)
    data = json.loads(text)
    outlet = OUTLETS[int(len(OUTLETS) * rng.random() ** 2)]
    day = time.gmtime(time.mktime((2012, 1, 1, 12, 0, 0, 0, 0, 0)) + rng.randrange(13 * 365) * 86400)
    data["article"].update(outlet=outlet, date=time.strftime("%Y-%m-%d", day), url=f"https://{outlet}.example/{n}")
    return data


def record(n: int):
    return derive(synthetic(n), hashlib.sha256(f"synthetic article {n}".encode()).hexdigest())


class Builder:
    def __init__(self, store, pool, batch: int):
        self.store, self.pool, self.batch = store, pool, batch
        self.count = 0
        self.costs: list[tuple[int, float, float]] = []  # (articles before the batch, wall s, thread CPU s, n)

    def write(self, until: int) -> None:
        records = self.pool.imap(record, range(self.count, until), chunksize=16)
        pending = []
        for item in records:
            pending.append(item)
            if len(pending) == self.batch:
                self._add(pending)
                pending = []
        if pending:
            self._add(pending)

    def _add(self, records) -> None:
        wall, cpu = time.perf_counter(), time.thread_time()
        results = self.store.add_many(records)
        self.costs.append((self.count, time.perf_counter() - wall, time.thread_time() - cpu, len(records)))
        assert all(r.added for r in results)
        self.count += len(records)

    def cost(self, start: int, end: int) -> dict:
        chosen = [c for c in self.costs if start <= c[0] < end]
        articles = sum(c[3] for c in chosen)
        wall, cpu = sum(c[1] for c in chosen), sum(c[2] for c in chosen)
        return {"from": start, "to": end, "ms_per_article": round(1000 * wall / articles, 3),
                "cpu_ms_per_article": round(1000 * cpu / articles, 3), "articles_per_s": round(articles / wall, 1)}


def memory() -> dict[str, float]:
    status = Path("/proc/self/status").read_text()
    value = lambda name: int(re.search(rf"{name}:\s+(\d+) kB", status).group(1)) / 1024  # noqa: E731
    return {"rss_mb": round(value("VmRSS"), 1), "peak_mb": round(value("VmHWM"), 1)}


def reset_peak() -> None:
    try:
        Path("/proc/self/clear_refs").write_text("5")  # Linux: the peak RSS starts again from now
    except OSError:
        pass


def timed_pass(store) -> dict:
    reset_peak()
    started, cpu = time.perf_counter(), time.process_time()
    result = store.resolve_identities()
    return {"seconds": round(time.perf_counter() - started, 3), "cpu_seconds": round(time.process_time() - cpu, 3),
            **result, "peak_mb": memory()["peak_mb"]}


def size_mb(path: Path) -> float:
    return round(sum(p.stat().st_size for p in path.parent.glob(path.name + "*")) / 1e6, 1)


def latencies(path: Path, requests: int) -> dict[str, dict[str, float]]:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    server = subprocess.Popen([sys.executable, "-m", "saywho.cli", "serve", "--read-only", "--db", str(path),
                               "--host", "127.0.0.1", "--port", str(port)], cwd=ROOT,
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        connection = _connect(port, server)
        rng = random.Random(3)
        get = lambda url: _get(connection, url)  # noqa: E731
        top = [row["id"] for row in get("/api/speakers?limit=100")[1]["rows"]]
        some = [row["id"] for row in get(f"/api/speakers?limit=100&offset={rng.randrange(100, 5000)}")[1]["rows"]]
        ids = top[:20] + some
        outlets = [row["outlet"] for row in get("/api/outlets?limit=100")[1]["rows"]]
        words = ["wall", "taxes", "economy", "immigration", "debate", "emails", "\"health care\"", "refugees",
                 "pipeline", "supreme court", "veterans", "tariffs", "climate", "jobs", "border", "russia"]
        routes = {
            "/api/speakers": lambda: f"/api/speakers?limit=50&offset={50 * rng.randrange(20)}",
            "/api/quotes?speaker=": lambda: f"/api/quotes?speaker={rng.choice(ids)}&limit=50",
            "speaker page": lambda: f"/speakers/{rng.choice(ids)}",
            "outlet page": lambda: f"/outlets/{urllib.parse.quote(rng.choice(outlets))}",
            "/search": lambda: f"/search?q={urllib.parse.quote(rng.choice(words))}",
        }
        found = {}
        for name, url in routes.items():
            for _ in range(3):
                get(url())  # warm
            times = []
            for _ in range(requests):
                status, _body, seconds = get(url())
                assert status == 200, (name, status)
                times.append(seconds * 1000)
            times.sort()
            found[name] = {"p50_ms": round(statistics.median(times), 1),
                           "p95_ms": round(times[int(0.95 * (len(times) - 1))], 1), "max_ms": round(times[-1], 1)}
        return found
    finally:
        server.terminate()
        server.wait(30)


def _connect(port: int, server) -> http.client.HTTPConnection:
    deadline = time.monotonic() + 120
    while True:
        if server.poll() is not None:
            raise SystemExit("store_scale: saywho serve stopped")
        try:
            connection = http.client.HTTPConnection("127.0.0.1", port, timeout=120)
            connection.request("GET", "/openapi.json")
            connection.getresponse().read()
            return connection
        except OSError:
            if time.monotonic() > deadline:
                raise SystemExit("store_scale: saywho serve did not start") from None
            time.sleep(0.25)


def _get(connection, url: str):
    started = time.perf_counter()
    connection.request("GET", url)
    response = connection.getresponse()
    body = response.read()
    seconds = time.perf_counter() - started
    parsed = json.loads(body) if response.getheader("content-type", "").startswith("application/json") else None
    return response.status, parsed, seconds


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--analyses", required=True, help="analysis documents, one a line (saywho export)")
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10_000, 100_000])
    parser.add_argument("--extra", type=int, default=1000, help="articles added at each size before the timed pass")
    parser.add_argument("--run", type=int, default=10_000, help="an identity pass after every RUN articles")
    parser.add_argument("--workers", type=int, default=2, help="processes making the records")
    parser.add_argument("--batch", type=int, default=8, help="articles per transaction, as ingest's --batch")
    parser.add_argument("--requests", type=int, default=100, help="timed requests per route")
    parser.add_argument("--out", type=Path, help="folder for the store (default: a temporary one)")
    parser.add_argument("--keep", action="store_true", help="keep the store")
    args = parser.parse_args()
    folder = args.out or Path(tempfile.mkdtemp(prefix="store-scale-"))
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "scale.db"
    if path.exists():
        raise SystemExit(f"store_scale: {path} exists; remove it or choose another --out")
    report: dict = {"sizes": {}, "write": []}
    started = time.perf_counter()
    context = multiprocessing.get_context("spawn")
    try:
        with context.Pool(args.workers, initializer=_load, initargs=(args.analyses,)) as pool, \
                open_store(path, create=True) as store:
            builder = Builder(store, pool, args.batch)
            passes = []
            for size in sorted(args.sizes):
                while builder.count < size:
                    builder.write(min(size, (builder.count // args.run + 1) * args.run))
                    if builder.count % args.run == 0 or builder.count == size:
                        passes.append({"at": builder.count, **timed_pass(store)})
                write = builder.cost(max(0, size - WINDOW), size)
                builder.write(size + args.extra)
                identity = timed_pass(store)
                figures = {"write_last_1000": write, "identity_pass_after_extra": identity,
                           "store_mb": size_mb(path), "main_process": memory(),
                           "elapsed_s": round(time.perf_counter() - started, 1)}
                figures["latency"] = latencies(path, args.requests)
                report["sizes"][builder.count] = figures
                print(json.dumps({builder.count: figures}), flush=True)
            report["write_first_1000"] = builder.cost(0, WINDOW)
            report["passes"] = passes
            total = sum(c[1] for c in builder.costs)
            report["writer_articles_per_s"] = round(builder.count / total, 1)
    finally:
        if not args.keep and args.out is None:
            shutil.rmtree(folder, ignore_errors=True)
    print(json.dumps(report, indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
