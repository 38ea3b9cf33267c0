"""Speakers on articles written for saywho: who the writer says spoke, checked by a second reader, against saywho.

Each round (bench/speaker_rounds/ROUND/) holds fictional news articles that helpers wrote without seeing saywho
(`articles/ID.txt`), the writer's key (`keys/ID.key.jsonl`: a few words of each attribution's content and the
speaker's fullest name, or null with a description where the article names no one) and a second, independent
reading of the same items by a helper who saw neither the key nor saywho (`second/ID.ann.jsonl`). Only the items
on whose speaker the two agree are scored.

    python bench/speaker_rounds.py score bench/speaker_rounds/s60-a [--show wrong,noname] [--json FILE]
    python bench/speaker_rounds.py score ROUND --analyses DIR     # keep each analysis as DIR/ID.json
    python bench/speaker_rounds.py diff DIR_BEFORE DIR_AFTER ROUND  # lines whose verdict or name moved

Verdicts: `agree` (saywho names the keyed speaker), `wrong` (another name), `noname` (saywho names no one where the
article does), `unnamed-ok` (neither names anyone), `named-unnamed` (saywho names someone the article never names as
the speaker), `group` (the key names several people together; not judged), `miss` (no attribution of saywho's holds
the keyed words).
"""

from __future__ import annotations

import argparse
import json
import re
import unicodedata
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

# Words that are no part of whom a name names: "Dr Helen Aske" is "Helen Aske".
TITLES = frozenset({"mr", "mrs", "ms", "miss", "dr", "prof", "professor", "sir", "dame", "lord", "lady", "sen", "rep",
                    "gov", "president", "judge", "justice", "gen", "col", "capt", "sgt", "det", "cllr", "councillor",
                    "rev", "father", "sheikh", "chief", "minister", "mayor", "the"})
DATE = "2026-11-20"  # the rounds' articles are undated; relative dates are not what is scored


def folded(text: str | None) -> str:
    text = unicodedata.normalize("NFKC", text or "").lower()
    text = re.sub(r"[‘’`´]", "'", text)
    text = re.sub(r"[^\w' ]+", " ", text.replace("“", '"').replace("”", '"'))
    return re.sub(r"\s+", " ", text).strip()


def name_words(name: str) -> set[str]:
    return {word for word in folded(name).replace("'s", "").split() if word not in TITLES}


def same_name(wanted: str, given: str) -> bool:
    """One name's words all among the other's: "Murphy" is "Declan Murphy"; "Niamh Murphy" is not "Declan Murphy"."""
    a, b = name_words(wanted), name_words(given)
    return bool(a and b) and (a <= b or b <= a)


def items(round_dir: Path) -> Iterator[tuple[str, int, dict, dict | None]]:
    """(article id, item number, the writer's key line, the second reading of it)."""
    for key_file in sorted((round_dir / "keys").glob("*.key.jsonl")):
        article = key_file.name.removesuffix(".key.jsonl")
        second_file = round_dir / "second" / f"{article}.ann.jsonl"
        seconds = [json.loads(line) for line in second_file.read_text().splitlines() if line.strip()] \
            if second_file.exists() else []
        for n, line in enumerate(key_file.read_text().splitlines()):
            if line.strip():
                yield article, n, json.loads(line), seconds[n] if n < len(seconds) else None


def agreed(key: dict, second: dict | None) -> bool:
    """Whether the two readings give the item the same speaker (or both none)."""
    if second is None:
        return False
    wanted, other = key.get("speaker"), second.get("speaker")
    if not wanted or not other:
        return not wanted and not other
    return same_name(wanted, other) or (" and " in wanted and " and " in other)


def attribution_of(analysis: dict, words: str) -> dict | None:
    """saywho's attribution whose content holds the keyed words (the shortest such), else one held by them."""
    wanted = folded(words)
    holding = [a for a in analysis["attributions"] if wanted in folded((a.get("content") or {}).get("text"))]
    if holding:
        return min(holding, key=lambda a: len((a.get("content") or {}).get("text") or ""))
    held = [a for a in analysis["attributions"]
            if len(content := folded((a.get("content") or {}).get("text"))) > 12 and content in wanted]
    return max(held, key=lambda a: len((a.get("content") or {}).get("text") or ""), default=None)


def verdict(key: dict, attribution: dict | None) -> str:
    if attribution is None:
        return "miss"
    speaker = attribution.get("speaker") or {}
    wanted = key.get("speaker")
    if not wanted:
        return "named-unnamed" if speaker.get("named") else "unnamed-ok"
    if " and " in wanted:
        return "group"
    if not speaker.get("named"):
        return "noname"
    return "agree" if same_name(wanted, speaker.get("name") or "") else "wrong"


def analyse(round_dir: Path, out: Path | None) -> dict[str, dict]:
    """saywho's analysis of each article of the round, by id (kept in `out` when given)."""
    import saywho
    from saywho.pipeline import to_article

    files = sorted((round_dir / "articles").glob("*.txt"))
    articles = [to_article(path.read_text(), date=DATE) for path in files]
    analyses = {path.stem: analysis.to_dict() for path, analysis in zip(files, saywho.analyze_many(articles))}
    if out is not None:
        out.mkdir(parents=True, exist_ok=True)
        for article, analysis in analyses.items():
            (out / f"{article}.json").write_text(json.dumps(analysis))
    return analyses


def score(round_dir: Path, analyses: dict[str, dict], show: set[str]) -> Counter:
    verdicts: Counter = Counter()
    for article, n, key, second in items(round_dir):
        if not agreed(key, second):
            continue
        attribution = attribution_of(analyses[article], key["quote"])
        found = verdict(key, attribution)
        verdicts[found] += 1
        if found in show:
            speaker = ((attribution or {}).get("speaker") or {}).get("name")
            source = ((attribution or {}).get("source") or {}).get("text")
            print(f"{found:13} {article}-{n:02d} key={key.get('speaker') or key.get('description')!r} "
                  f"saywho={speaker!r} source={source!r} | {key['quote'][:60]}")
    return verdicts


def diff(before: Path, after: Path, round_dir: Path) -> None:
    for article, n, key, second in items(round_dir):
        if not agreed(key, second):
            continue
        old, new = (attribution_of(json.loads((d / f"{article}.json").read_text()), key["quote"]) for d in (before, after))
        names = [((a or {}).get("speaker") or {}).get("name") for a in (old, new)]
        if verdict(key, old) != verdict(key, new) or names[0] != names[1]:
            print(f"{article}-{n:02d} {verdict(key, old)} -> {verdict(key, new)} {names[0]!r} -> {names[1]!r} "
                  f"key={key.get('speaker')!r} | {key['quote'][:50]}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    commands = parser.add_subparsers(dest="command", required=True)
    scoring = commands.add_parser("score", help="analyse a round with this checkout and score it")
    scoring.add_argument("round", type=Path)
    scoring.add_argument("--analyses", type=Path, help="keep each analysis as DIR/ID.json")
    scoring.add_argument("--show", default="", help="list the items of these verdicts (comma-separated)")
    scoring.add_argument("--json", type=Path, help="also write the counts as JSON")
    diffing = commands.add_parser("diff", help="items whose verdict or speaker moved between two --analyses folders")
    diffing.add_argument("before", type=Path)
    diffing.add_argument("after", type=Path)
    diffing.add_argument("round", type=Path)
    args = parser.parse_args()
    if args.command == "diff":
        diff(args.before, args.after, args.round)
        return 0
    verdicts = score(args.round, analyse(args.round, args.analyses), set(filter(None, args.show.split(","))))
    total = sum(verdicts.values())
    print(f"{args.round.name}: {total} items both readers agree on; "
          + ", ".join(f"{name} {verdicts[name]}" for name in
                      ("agree", "wrong", "noname", "unnamed-ok", "named-unnamed", "group", "miss")))
    if args.json is not None:
        args.json.write_text(json.dumps({"round": args.round.name, "items": total, **verdicts}, indent=1) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
