"""Is the Analysis the same before and after a change? Analyse every PolNeAR train+dev article with a checkout,
write each Analysis JSON (without its version fields) to a folder, and compare two such folders.

    # the Analyses of a checkout (run under nice: the 924 articles take a few minutes on one core)
    nice -n 10 /work/main/.venv/bin/python tools/compare_analyses.py write OUT_DIR --checkout PATH
    # what differs between two runs
    /work/main/.venv/bin/python tools/compare_analyses.py compare BEFORE_DIR AFTER_DIR

`--checkout` (default: this checkout) is put first on sys.path, so the saywho analysed with is that checkout's
whatever this script's own checkout holds. Exit status of compare: 0 when every article is identical, 1 otherwise,
2 when a folder or the PolNeAR data is missing. Files hold no more than the Analysis (the article's text with it),
so the folders must stay out of the repository.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

VERSION_FIELDS = ("schema_version", "saywho_version")
SPLITS = ("train", "dev")
DEFAULT_DATA = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "polnear" / "data"


def write(out: Path, checkout: Path, data: Path, spans: str | None, limit: int | None) -> int:
    sys.path.insert(0, str(checkout.resolve()))
    import saywho
    from saywho.eval.polnear import saywho_article
    from saywho.eval.polnear_gold import PolnearMissing, load_split

    if not Path(saywho.__file__).resolve().is_relative_to(checkout.resolve()):
        print(f"error: saywho was imported from {saywho.__file__}, not from {checkout}", file=sys.stderr)
        return 2
    try:
        gold = [article for split in SPLITS for article in load_split(split, data)][:limit]
    except PolnearMissing as missing:
        print(f"error: {missing}", file=sys.stderr)
        return 2
    out.mkdir(parents=True, exist_ok=True)
    articles = [saywho_article(article) for article in gold]
    for article, analysis in zip(articles, saywho.analyze_many(articles, spans=spans), strict=True):
        (out / f"{article.origin}.json").write_text(canonical(analysis.to_dict()), encoding="utf-8")
    print(f"{len(articles)} analyses written to {out} (saywho from {checkout})")
    return 0


def canonical(analysis: dict) -> str:
    for name in VERSION_FIELDS:
        analysis.pop(name, None)
    return json.dumps(analysis, ensure_ascii=False, sort_keys=True, indent=1) + "\n"


def compare(before: Path, after: Path) -> int:
    for folder in (before, after):
        if not folder.is_dir():
            print(f"error: no folder {folder}", file=sys.stderr)
            return 2
    names = sorted({p.name for p in before.glob("*.json")} | {p.name for p in after.glob("*.json")})
    differing = []
    for name in names:
        old, new = before / name, after / name
        if not (old.exists() and new.exists()):
            differing.append(f"{name}: only in {before if old.exists() else after}")
        elif old.read_bytes() != new.read_bytes():
            differing.append(f"{name}: {first_difference(json.loads(old.read_text()), json.loads(new.read_text()))}")
    print(f"{len(names) - len(differing)}/{len(names)} identical")
    for line in differing:
        print("  " + line)
    return 1 if differing else 0


def first_difference(a, b, path: str = "") -> str:
    """Where two JSON values first differ, as a path like attributions[3].speaker.name."""
    if isinstance(a, dict) and isinstance(b, dict):
        for key in sorted(set(a) | set(b)):
            if a.get(key) != b.get(key):
                return first_difference(a.get(key), b.get(key), f"{path}.{key}" if path else key)
    if isinstance(a, list) and isinstance(b, list):
        for index, (x, y) in enumerate(zip(a, b)):
            if x != y:
                return first_difference(x, y, f"{path}[{index}]")
        if len(a) != len(b):
            return f"{path}: {len(a)} items, then {len(b)}"
    return f"{path}: {json.dumps(a, ensure_ascii=False)[:80]} -> {json.dumps(b, ensure_ascii=False)[:80]}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    commands = parser.add_subparsers(dest="command", required=True)
    writing = commands.add_parser("write", help="analyse PolNeAR train+dev with a checkout, into a folder")
    writing.add_argument("out", type=Path)
    writing.add_argument("--checkout", type=Path, default=Path(__file__).resolve().parents[1])
    writing.add_argument("--data", type=Path, default=DEFAULT_DATA)
    writing.add_argument("--spans", choices=("rules", "combined", "model"), default=None)
    writing.add_argument("--limit", type=int, default=None, help="the first N articles only")
    comparing = commands.add_parser("compare", help="what differs between two folders")
    comparing.add_argument("before", type=Path)
    comparing.add_argument("after", type=Path)
    args = parser.parse_args(argv)
    if args.command == "write":
        return write(args.out, args.checkout, args.data, args.spans, args.limit)
    return compare(args.before, args.after)


if __name__ == "__main__":
    sys.exit(main())
