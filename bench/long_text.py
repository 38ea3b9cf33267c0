"""Time per character of saywho on long articles and on pathological inputs.

Run from the repository root in the main environment:

    .venv/bin/python bench/long_text.py            # 50 KB, 200 KB, 1 MB and the pathological inputs
    .venv/bin/python bench/long_text.py --full     # also 4.9 MB (a quarter of an hour on an idle core)
    .venv/bin/python bench/long_text.py --only quotes-25k html-tags-1e5

The long articles are PolNeAR paragraphs (dev, then train) one after another, cut
to the size; without PolNeAR those rows are skipped with a message. Each input
runs in a fresh process, from the string to the Analysis (reading, checks and
analysis; the time budget is off), so the peak memory is that input's. "cpu" is
the process's own CPU time, which other load on the machine does not inflate.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # run from a checkout without installing

POLNEAR = Path("../shared/data/polnear/data")
REAL_SIZES = {"real-50k": 50_000, "real-200k": 200_000, "real-1m": 1_000_000, "real-4.9m": 4_900_000}
PATHOLOGICAL = {
    "quotes-25k": lambda: '"' * 25_000,
    "curly-pairs-50k": lambda: "“”" * 50_000,
    "html-tags-1e5": lambda: "<html><body><article>" + "<p>x</p>" * 100_000 + "</article></body></html>",
    "amp-200k-text": lambda: "&amp;" * 200_000,
    "amp-200k-html": lambda: "<html><body><article><p>" + "&amp;" * 200_000 + "</p></article></body></html>",
}
DEFAULT = ["real-50k", "real-200k", "real-1m", *PATHOLOGICAL]


def real_text(size: int) -> str | None:
    """`size` characters of PolNeAR article paragraphs, one per line; None without PolNeAR."""
    files = [p for split in ("dev", "train") for p in sorted((POLNEAR / split / "text").glob("*.txt"))]
    paragraphs = [line.strip() for p in files for line in p.read_text(encoding="utf-8").split("\n") if line.strip()]
    if not paragraphs:
        return None
    lines, length = [], 0
    while length < size:
        lines.append(paragraphs[len(lines) % len(paragraphs)])
        length += len(lines[-1]) + 1
    return "\n".join(lines)[:size].rstrip()


def input_for(case: str) -> str | None:
    return real_text(REAL_SIZES[case]) if case in REAL_SIZES else PATHOLOGICAL[case]()


def run_case(case: str) -> dict:
    """Inside the child process: analyse one input, report figures as JSON."""
    os.environ["SAYWHO_SECONDS_PER_100KB"] = "0"
    import saywho
    from saywho.errors import SaywhoError

    text = input_for(case)
    if text is None:
        return {"case": case, "skipped": f"no PolNeAR text in {POLNEAR}"}
    saywho.analyze("Warm-up, she said.")  # the model loads outside the clock
    wall, cpu = time.perf_counter(), time.process_time()
    try:
        analysis = saywho.analyze(text, date="2016-10-01")
        outcome = f"{len(analysis.attributions)} attributions"
        bad = invalid_spans(analysis)
        if bad:
            outcome += f", {bad} INVALID spans"
    except SaywhoError as error:
        outcome = f"refused: {str(error)[:70]}"
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return {"case": case, "chars": len(text), "wall": wall, "cpu": cpu, "peak_mb": peak, "outcome": outcome}


def invalid_spans(analysis) -> int:
    """Spans outside the text, or whose text is not the text's slice."""
    text = analysis.article.text
    segments = [s for a in analysis.attributions for s in (a.source, a.cue, a.content) if s is not None]
    segments += [m for e in analysis.entities for m in e.mentions]
    bad = 0
    for segment in segments:
        bad += any(not 0 <= s < e <= len(text) for s, e in segment.spans)
        bad += " … ".join(text[s:e] for s, e in segment.spans) != segment.text
    return bad


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--full", action="store_true", help="also the 4.9 MB article")
    parser.add_argument("--only", nargs="+", choices=[*REAL_SIZES, *PATHOLOGICAL], help="just these inputs")
    parser.add_argument("--case", help=argparse.SUPPRESS)  # the child process's side
    args = parser.parse_args()
    if args.case:
        print(json.dumps(run_case(args.case)))
        return 0
    cases = args.only or DEFAULT + (["real-4.9m"] if args.full else [])
    print(f"{'input':<16} {'chars':>10} {'wall s':>8} {'cpu s':>8} {'cpu µs/char':>12} {'peak MB':>8}  outcome")
    for case in cases:
        child = subprocess.run([sys.executable, __file__, "--case", case], capture_output=True, text=True)
        if child.returncode != 0:
            last_line = child.stderr.strip().splitlines()[-1] if child.stderr.strip() else child.returncode
            print(f"{case:<16} failed: {last_line}")
            continue
        row = json.loads(child.stdout.strip().splitlines()[-1])
        if "skipped" in row:
            print(f"{case:<16} skipped: {row['skipped']}")
            continue
        per_char = row["cpu"] / row["chars"] * 1e6
        print(f"{case:<16} {row['chars']:>10,} {row['wall']:>8.2f} {row['cpu']:>8.2f} {per_char:>12.1f} "
              f"{row['peak_mb']:>8.0f}  {row['outcome']}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
