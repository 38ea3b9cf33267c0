"""Scale benchmark of the corpus store: write cost, identity pass and page latency at 10k–1M articles.

Builds a store from synthetic articles made from real analyses (PolNeAR's, exported once
with `saywho export`): each real analysis is made into a store record once (`derive`, what
ingest's workers do), and each synthetic article is such a record with another outlet (one
of 60), date (2012–2024), text hash and 60% of its people's surnames replaced (from 30,000
made-up surnames, a few common, most rare) in every name, key and alias, so that names,
outlets and dates vary as in a large corpus while no spaCy runs. (The stored analysis
document keeps the real names: it is stored, never read back here.) The main process
only writes the records, in batches of --batch in one transaction, and is what is measured:

* write cost: milliseconds per article spent in `Store.add_many`, over the first 1,000
  articles and the 1,000 before each size; articles per second the writer sustains;
* the identity pass after 1,000 new articles, run as a user's process would run it: by a
  process of its own that opens the store and runs `Store.resolve_identities()` (what `saywho
  ingest` runs after its writes), its time, CPU and peak memory (VmHWM: the interpreter, saywho
  and the pass; not the bench's template records); an identity pass also runs in the main
  process after every `--run` articles, as ingest runs would;
* store size, and the main process's peak memory over the whole build;
* at each size, p50 / p95 latency of /api/speakers, /api/quotes?speaker=, a speaker page,
  an outlet page and /search, from `saywho serve --read-only` on 127.0.0.1, one request at a time,
  and the CPU time the server spent on each (its threads' schedstat), which a busy machine does
  not inflate as it does the wall-clock time; on PostgreSQL also that of the database's backends,
  where the queries run (the PostgreSQL server must run on this machine).

    saywho export --db polnear.db --out /tmp/polnear.jsonl
    nice -n 10 python bench/store_scale.py --analyses /tmp/polnear.jsonl --sizes 1000 10000 100000
    nice -n 10 python bench/store_scale.py --analyses /tmp/polnear.jsonl --sizes 1000 100000 1000000  # the 1M run
    nice -n 10 python bench/store_scale.py --analyses /tmp/polnear.jsonl --postgres postgresql://USER:PW@127.0.0.1/scale

With --pages-only STORE the pages of a store a run kept are timed again (after a change to the code), and
nothing is built.

The SQLite store is written to --out (default: a temporary folder, removed at the end unless --keep);
--postgres names an empty PostgreSQL database instead (left as it is at the end). With --no-trails the
articles are stored without being put on quote trails (`Store.follows_trails`), which measures the
store's own write path: every synthetic article repeats the quotations of one of the 923 real ones,
so each would join a trail of ~size/923 copies, far more than a real corpus's.
"""

from __future__ import annotations

import argparse
import hashlib
import http.client
import json
import os
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
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from saywho.corpus.backends import open_store
from saywho.corpus.derive import derive
from saywho.corpus.ingest import WRITE_BATCH

OUTLETS = [f"{a}-{b}" for a in ("daily", "metro", "national", "valley", "coast", "capital") for b in
           ("post", "times", "herald", "tribune", "ledger", "courier", "gazette", "news", "star", "journal")]
_SYLLABLES = ["ba", "ko", "ren", "mi", "lo", "vak", "tor", "sen", "da", "ful", "gri", "wen", "hal", "pe", "zu",
              "mar", "kin", "os", "ley", "brun", "cha", "dor", "fi", "gan", "ish", "jo", "lum", "nev", "rot", "sy"]
WINDOW = 1000

_templates: list = []  # the real analyses, as store records (derive), made once


def _surnames(count: int = 30_000) -> list[str]:
    rng, found = random.Random(7), set()
    while len(found) < count:
        found.add("".join(rng.choice(_SYLLABLES) for _ in range(rng.choice((2, 3, 3, 4)))).capitalize())
    return sorted(found)


_SURNAMES = _surnames()


def load(path: str) -> None:
    with open(path, encoding="utf-8") as lines:
        _templates.extend(derive(json.loads(line)) for line in lines if line.strip())


def record(n: int):
    """The n-th synthetic article: a real one's record with another outlet, date, hash and people."""
    rng = random.Random(n)
    template = _templates[n % len(_templates)]
    digest = hashlib.sha256(f"synthetic article {n}".encode()).hexdigest()
    people = sorted({name.split()[-1] for name, key in template.names if key.form == "full"})
    mapping = {}
    for surname in people:
        if surname.isalpha() and len(surname) > 2 and rng.random() < 0.6:
            new = _SURNAMES[min(int(len(_SURNAMES) * rng.random() ** 3), len(_SURNAMES) - 1)]
            if new not in mapping.values():  # two people of an article keep two surnames
                mapping[surname], mapping[surname.lower()] = new, new.lower()
    words = re.compile(r"\b(" + "|".join(map(re.escape, mapping)) + r")\b") if mapping else None
    swap = (lambda text: words.sub(lambda m: mapping[m.group(0)], text) if text and words else text)

    def key(k):
        if k.form == "unnamed":  # an unnamed speaker's key names its article
            return replace(k, key=f"u:{digest[:16]}:{k.key.split(':', 2)[2]}")
        return replace(k, key=swap(k.key), surname=swap(k.surname)) if words else k

    outlet = OUTLETS[int(len(OUTLETS) * rng.random() ** 2)]
    day = time.gmtime(time.mktime((2012, 1, 1, 12, 0, 0, 0, 0, 0)) + rng.randrange(13 * 365) * 86400)
    article = {**template.article, "outlet": outlet, "date": time.strftime("%Y-%m-%d", day),
               "url": f"https://{outlet}.example/{n}"}
    return replace(
        template, hash=digest, article=article,
        mentions=[replace(m, name=swap(m.name), key=key(m.key), forms=[swap(f) for f in m.forms],
                          local=tuple((swap(k), swap(v)) for k, v in m.local)) for m in template.mentions],
        quotations=[replace(q, speaker_name=swap(q.speaker_name), source=swap(q.source)) for q in template.quotations],
        sources=[replace(x, name=swap(x.name), description="") for x in template.sources],
        labels=[replace(label, target=swap(label.target)) for label in template.labels],
        names=list({k.key: (name, k) for name, k in ((swap(name), key(k)) for name, k in template.names)}.values()))


class Builder:
    def __init__(self, store, batch: int):
        self.store, self.batch = store, batch
        self.count = 0
        self.costs: list[tuple[int, float, float, int, float]] = []  # (articles before, wall s, CPU s, n, server s)

    def write(self, until: int) -> None:
        while self.count < until:
            self._add([record(n) for n in range(self.count, min(until, self.count + self.batch))])

    def _add(self, records) -> None:
        wall, cpu, server = time.perf_counter(), time.thread_time(), server_cpu(self.store)
        results = self.store.add_many(records)
        spent = server_cpu(self.store) - server
        self.costs.append((self.count, time.perf_counter() - wall, time.thread_time() - cpu + spent, len(records),
                           spent))
        assert all(r.added for r in results)
        self.count += len(records)

    def cost(self, start: int, end: int) -> dict:
        chosen = [c for c in self.costs if start <= c[0] < end]
        if not chosen:  # batches larger than the window: the one that holds its end, whole ("from"/"to" say so)
            chosen = [c for c in self.costs if c[0] < end <= c[0] + c[3]]
            start, end = chosen[0][0], chosen[0][0] + chosen[0][3]
        articles = sum(c[3] for c in chosen)
        wall, cpu, server = sum(c[1] for c in chosen), sum(c[2] for c in chosen), sum(c[4] for c in chosen)
        return {"from": start, "to": end, "ms_per_article": round(1000 * wall / articles, 3),
                "cpu_ms_per_article": round(1000 * cpu / articles, 3),
                "of_which_server_cpu_ms": round(1000 * server / articles, 3),
                "articles_per_s": round(articles / wall, 1), "articles_per_cpu_s": round(articles / cpu, 1)}


def server_cpu(store) -> float:
    """CPU seconds the PostgreSQL server process serving this store's connection has had (0 for SQLite).

    The writer's cost on PostgreSQL is split between this process and that one; both run on this
    machine here, so /proc tells it (schedstat, in ns)."""
    pid = getattr(store, "_bench_backend_pid", None)
    if pid is None:
        if not store.location.startswith("postgresql:"):
            return 0.0
        pid = store._bench_backend_pid = store.conn.execute("SELECT pg_backend_pid()").fetchone()[0]
    return int(Path(f"/proc/{pid}/schedstat").read_text().split()[0]) / 1e9


def memory() -> dict[str, float]:
    status = Path("/proc/self/status").read_text()
    value = lambda name: int(re.search(rf"{name}:\s+(\d+) kB", status).group(1)) / 1024
    return {"rss_mb": round(value("VmRSS"), 1), "peak_mb": round(value("VmHWM"), 1)}


def reset_peak() -> None:
    try:
        Path("/proc/self/clear_refs").write_text("5")  # Linux: the peak RSS starts again from now
    except OSError:
        pass


def timed_pass(store) -> dict:
    reset_peak()
    started, cpu, server = time.perf_counter(), time.process_time(), server_cpu(store)
    result = store.resolve_identities()
    return {"seconds": round(time.perf_counter() - started, 3), "cpu_seconds": round(time.process_time() - cpu, 3),
            "server_cpu_seconds": round(server_cpu(store) - server, 3),
            **result, "peak_mb": memory()["peak_mb"]}


def pass_in_own_process(location: str) -> dict:
    """The identity pass run by a new process on the store the bench has just written to (see --pass-only)."""
    started = time.perf_counter()
    done = subprocess.run([sys.executable, __file__, "--pass-only", location], cwd=ROOT, capture_output=True,
                          text=True, check=True)
    return {**json.loads(done.stdout.splitlines()[-1]), "process_seconds": round(time.perf_counter() - started, 3)}


def pass_only(location: str) -> int:
    """--pass-only: open the store, run the identity pass, print its figures and this process's peak memory."""
    with open_store(location) as store:
        figures = timed_pass(store)
    print(json.dumps({**figures, "peak_mb": memory()["peak_mb"], "process": "own"}))
    return 0


def size_mb(store) -> float:
    if store.location.startswith("postgresql:"):
        return round(store.conn.execute("SELECT pg_database_size(current_database())").fetchone()[0] / 1e6, 1)
    path = Path(store.location)
    return round(sum(p.stat().st_size for p in path.parent.glob(path.name + "*")) / 1e6, 1)


def latencies(location: str, requests: int) -> dict[str, dict[str, float]]:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    server = subprocess.Popen([sys.executable, "-m", "saywho.cli", "serve", "--read-only", "--db", location,
                               "--host", "127.0.0.1", "--port", str(port)], cwd=ROOT,
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        connection = _connect(port, server)
        rng = random.Random(3)
        get = lambda url: _get(connection, url)
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
            times, cpu, database = [], [], []
            for _ in range(requests):
                before, before_database = _cpu_ms(server.pid), _database_cpu_ms(location)
                status, _body, seconds = get(url())
                assert status == 200, (name, status)
                times.append(seconds * 1000)
                cpu.append(_cpu_ms(server.pid) - before)
                database.append(_database_cpu_ms(location) - before_database)
            found[name] = {**_percentiles(times, "ms"), **_percentiles(cpu, "server_cpu_ms")}
            if location.startswith("postgresql:"):
                found[name].update(_percentiles(database, "database_cpu_ms"))
        return found
    finally:
        server.terminate()
        server.wait(30)


def _percentiles(values: list[float], unit: str) -> dict[str, float]:
    values = sorted(values)
    return {f"p50_{unit}": round(statistics.median(values), 1),
            f"p95_{unit}": round(values[int(0.95 * (len(values) - 1))], 1), f"max_{unit}": round(values[-1], 1)}


def _cpu_ms(pid: int) -> float:
    """CPU time the server's threads have had (Linux schedstat, in ns): what a request costs, contention aside."""
    total = 0
    for task in Path(f"/proc/{pid}/task").iterdir():
        try:
            total += int((task / "schedstat").read_text().split()[0])
        except (OSError, ValueError, IndexError):
            pass
    return total / 1e6


def _database_cpu_ms(location: str) -> float:
    """CPU time the PostgreSQL processes serving clients of this database have had (0 for SQLite).

    On PostgreSQL the pages' queries run in the server's backends, not in the web server: a backend's
    command line reads "postgres: USER DATABASE HOST(PORT) STATE", so the database's own are summed."""
    if not location.startswith("postgresql:"):
        return 0.0
    database = urllib.parse.urlsplit(location).path.lstrip("/")
    total = 0
    for process in Path("/proc").iterdir():
        if not process.name.isdigit():
            continue
        try:
            words = (process / "cmdline").read_bytes().decode(errors="replace").replace("\0", " ").split()
            if len(words) > 3 and words[0] == "postgres:" and words[2] == database and "(" in words[3]:
                total += int((process / "schedstat").read_text().split()[0])
        except (OSError, ValueError, IndexError):
            pass
    return total / 1e6


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
    parser.add_argument("--analyses", help="analysis documents, one a line (saywho export); required")
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10_000, 100_000])
    parser.add_argument("--extra", type=int, default=1000, help="articles added at each size before the timed pass")
    parser.add_argument("--run", type=int, default=10_000, help="an identity pass after every RUN articles")
    parser.add_argument("--batch", type=int, default=WRITE_BATCH,
                        help="articles per transaction (ingest's WRITE_BATCH: what it writes at once when behind)")
    parser.add_argument("--requests", type=int, default=100, help="timed requests per route")
    parser.add_argument("--out", type=Path, help="folder for the store (default: a temporary one)")
    parser.add_argument("--keep", action="store_true", help="keep the store")
    parser.add_argument("--resume", action="store_true", help="add to the store a run left in --out")
    parser.add_argument("--postgres", metavar="URL", help="build the store in this empty PostgreSQL database")
    parser.add_argument("--no-trails", action="store_true", help="store articles without following quote trails")
    parser.add_argument("--pass-only", metavar="STORE", help=argparse.SUPPRESS)  # pass_in_own_process's child
    parser.add_argument("--pages-only", metavar="STORE", help="only time the pages of a store built before (--keep)")
    args = parser.parse_args()
    if args.pass_only:
        return pass_only(args.pass_only)
    if args.pages_only:
        print(json.dumps({"load_average": list(os.getloadavg()), "latency": latencies(args.pages_only, args.requests)}))
        return 0
    if not args.analyses:
        parser.error("the following arguments are required: --analyses")
    folder = args.out or Path(tempfile.mkdtemp(prefix="store-scale-"))
    folder.mkdir(parents=True, exist_ok=True)
    location = args.postgres or str(folder / "scale.db")
    if not args.postgres and Path(location).exists() and not args.resume:
        raise SystemExit(f"store_scale: {location} exists; remove it, choose another --out, or --resume")
    report: dict = {"backend": "postgresql" if args.postgres else "sqlite", "trails": not args.no_trails,
                    "batch": args.batch, "sizes": {}}
    started = time.perf_counter()
    load(args.analyses)
    try:
        with open_store(location, create=True) as store:
            store.follows_trails = not args.no_trails
            builder = Builder(store, args.batch)
            builder.count = store.counts()["articles"]  # 0, or where a run left off (--resume)
            if builder.count and not args.resume:
                raise SystemExit("store_scale: the PostgreSQL database holds articles; give an empty one, "
                                 "or --resume")
            passes = []
            for size in sorted(s for s in args.sizes if s > builder.count):
                while builder.count < size:
                    builder.write(min(size, (builder.count // args.run + 1) * args.run))
                    if builder.count % args.run == 0 or builder.count == size:
                        passes.append({"at": builder.count, **timed_pass(store)})
                write = builder.cost(max(0, size - WINDOW), size)
                builder.write(size + args.extra)
                identity = pass_in_own_process(location)
                figures = {"write_last_1000": write, "identity_pass_after_extra": identity,
                           "store_mb": size_mb(store), "main_process": memory(),
                           "elapsed_s": round(time.perf_counter() - started, 1)}
                figures["load_average"] = list(os.getloadavg())
                figures["latency"] = latencies(location, args.requests)
                report["sizes"][builder.count] = figures
                print(json.dumps({builder.count: figures}), flush=True)
            report["write_first_1000"] = builder.cost(0, WINDOW) if builder.costs and builder.costs[0][0] == 0 else None
            report["passes"] = passes
            written = sum(c[3] for c in builder.costs)
            report["writer_articles_per_s"] = round(written / sum(c[1] for c in builder.costs), 1)
            report["writer_articles_per_cpu_s"] = round(written / sum(c[2] for c in builder.costs), 1)
    finally:
        if not args.keep and args.out is None:
            shutil.rmtree(folder, ignore_errors=True)
    print(json.dumps(report, indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
