"""The hand check of quote trails: draw trails, write an annotator packet, score two annotators' passes.

    python bench/trails_check.py packet --db polnear.db --out /work/gold-work/trails-check
    python bench/trails_check.py packet --db basil.db --out DIR --seed 30 --exclude-key OLD/key.json  # held out
    python bench/trails_check.py score --dir /work/gold-work/trails-check
    python bench/trails_check.py basil --out basil.jsonl    # BASIL's articles as `saywho ingest` input
    python bench/trails_check.py packet --db both.db --out DIR --across basil.jsonl  # trails joining two corpora

`packet` draws up to 50 trails spanning two or more outlets (fixed seed) and
writes, in OUT/packet/, one Markdown page per trail (each member's words, its
paragraph, outlet, date, the speaker as the text names them, the cue) and
questions.jsonl; OUT/key.json holds the ids behind every question (no text).
With --exclude-key, only trails that share no member attribution with an earlier
packet drawn from the same store are drawn (a held-out sample).
Annotators answer in OUT/passA/answers.jsonl and OUT/passB/answers.jsonl, one
{"id", "answer": "yes"|"no", "note"} per question (see OUT/GUIDELINES.md).

`score` keeps the questions both passes answer alike and prints the share of
trails that report one utterance (every "same" question yes) and the share of
altered-wording flags that are real; it writes a text-free summary to
bench/results/trails-check.json.

`basil` writes BASIL's articles (three outlets per event, a sample the trail code
was never tuned on) as JSON Lines with text, title, date, outlet and url, for
`saywho ingest`; the file holds article text, so keep it outside the repository.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from saywho.corpus.backends import open_store
from saywho.corpus.trail_view import CHANGED
from saywho.eval import basil_data

SEED = 18
SAMPLE = 50
BASIL_OUTLETS = {"fox": "Fox News", "nyt": "New York Times", "hpo": "HuffPost"}
RESULTS = ROOT / "bench" / "results" / "trails-check.json"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    commands = parser.add_subparsers(dest="command", required=True)
    packet = commands.add_parser("packet", help="draw trails and write the annotator packet")
    packet.add_argument("--db", required=True, help="a store whose trails are built")
    packet.add_argument("--out", type=Path, required=True)
    packet.add_argument("--seed", type=int, default=SEED)
    packet.add_argument("--sample", type=int, default=SAMPLE)
    packet.add_argument("--label", default="", help="what the store holds, kept in key.json (e.g. \"BASIL\")")
    packet.add_argument("--exclude-key", type=Path, action="append", default=[],
                        help="an earlier packet's key.json: draw only trails sharing no member attribution with it "
                             "(a held-out sample; may be given more than once)")
    packet.add_argument("--across", type=Path,
                        help="a JSON Lines input (e.g. from `basil`) whose articles make one corpus of a mixed store: "
                             "draw only trails with members both from its articles and from the others (by URL)")
    score = commands.add_parser("score", help="score passA and passB against each other")
    score.add_argument("--dir", type=Path, required=True)
    score.add_argument("--results", type=Path, default=RESULTS)
    basil = commands.add_parser("basil", help="write BASIL's articles as JSON Lines for saywho ingest")
    basil.add_argument("--data", type=Path, default=basil_data.DEFAULT_DATA)
    basil.add_argument("--out", type=Path, required=True)
    args = parser.parse_args(argv)
    commands = {"packet": write_packet, "score": score_passes, "basil": write_basil}
    return commands[args.command](args)


# -- the packet --------------------------------------------------------------------------------


def write_packet(args) -> int:
    seen = _checked_before(args.exclude_key)
    with open_store(args.db, read_only=True) as store:
        ids = [row.id for row in store.trails(min_outlets=2, limit=None).rows]
        ids = [trail_id for trail_id in ids if not _members(store.trail(trail_id)) & seen]
        if args.across:
            urls = _urls(args.across)
            ids = [trail_id for trail_id in ids if _spans_both(store.trail(trail_id), urls)]
        drawn = random.Random(args.seed).sample(sorted(ids), min(args.sample, len(ids)))
        trails = [store.trail(trail_id) for trail_id in drawn]
        texts = {m.article_id: store.article(m.article_id) for t in trails for m in t.members}
        quotes = {m.quotation_id: _spans(store, m) for t in trails for m in t.members}
    packet = args.out / "packet"
    packet.mkdir(parents=True, exist_ok=True)
    key = {"label": args.label, "db": str(args.db), "seed": args.seed, "available": len(ids), "drawn": len(drawn),
           "across": str(args.across) if args.across else None,
           "excluded_keys": [str(path) for path in args.exclude_key], "trails": []}
    questions = []
    for number, trail in enumerate(trails, 1):
        page, asked, entry = _trail_page(number, trail, texts, quotes)
        (packet / f"trail-{number:02d}.md").write_text(page, encoding="utf-8")
        questions.extend(asked)
        key["trails"].append(entry)
    with (packet / "questions.jsonl").open("w", encoding="utf-8") as out:
        for question in questions:
            out.write(json.dumps(question, ensure_ascii=False) + "\n")
    (args.out / "key.json").write_text(json.dumps(key, indent=1) + "\n", encoding="utf-8")
    held_out = " (sharing no member with an earlier packet)" if args.exclude_key else ""
    print(f"{len(drawn)} trails of {len(ids)} spanning two or more outlets{held_out}, {len(questions)} questions, "
          f"in {packet}")
    return 0


def _checked_before(keys: list[Path]) -> set[tuple[int, str]]:
    """The member attributions (article id, attribution id) of earlier packets, from their key.json files.

    Ids are a store's own: the earlier packet must have been drawn from the same stored articles."""
    seen = set()
    for path in keys:
        try:
            key = json.loads(path.read_text(encoding="utf-8"))
            seen |= {(m["article_id"], m["attribution"]) for t in key["trails"] for m in t["members"]}
        except (OSError, ValueError, KeyError, TypeError) as error:
            raise SystemExit(f"trails_check: cannot read the members of {path}: {error}") from None
    return seen


def _urls(path: Path) -> set[str]:
    try:
        with path.open(encoding="utf-8") as lines:
            return {url for line in lines if line.strip() and (url := json.loads(line).get("url"))}
    except (OSError, ValueError, AttributeError) as error:
        raise SystemExit(f"trails_check: cannot read the URLs of {path}: {error}") from None


def _spans_both(trail, urls: set[str]) -> bool:
    """Whether the trail has members from articles with one of the URLs and from articles without."""
    inside = {member.url in urls for member in trail.members}
    return inside == {True, False}


def _members(trail) -> set[tuple[int, str]]:
    return {(m.article_id, m.attribution) for m in trail.members}


def _spans(store, member) -> dict:
    page = store.quotes(article_id=member.article_id, limit=None)
    return next(r.spans for r in page.rows if r.id == member.quotation_id)


def _trail_page(number: int, trail, texts, quotes) -> tuple[str, list[dict], dict]:
    reference = next((i for i, m in enumerate(trail.members, 1) if m.quotation_id == trail.reference_id), 1)
    lines = [f"# Trail {number:02d}", "",
             (f"{len(trail.members)} members, in date order. Member {reference} is the **reference**: "
              f"the earliest full version in quotation marks, which the tool compares the others with."), ""]
    asked, members = [], []
    for index, member in enumerate(trail.members, 1):
        analysis = texts[member.article_id]
        spans = quotes[member.quotation_id]
        lines += _member_lines(index, index == reference, member, analysis, spans)
        flags = [f.kind for f in member.flags]
        members.append({"member": index, "quotation_id": member.quotation_id, "article_id": member.article_id,
                        "attribution": member.attribution, "kind": member.kind, "flags": flags,
                        "reference": index == reference})
        if index > 1:
            asked.append(_question(number, index, "same",
                                   f"Is member {index} the same utterance as member 1? yes/no"))
            lines.append(f"- **Q {number:02d}-{index}-same**: Is member {index} the same utterance as member 1? "
                         f"yes/no")
        for flag in member.flags:
            if flag.kind != CHANGED:
                continue
            text = (f"The tool says the words inside quotation marks in member {index} differ from member "
                    f"{reference}'s ({'; '.join(flag.words)}). Are the words inside quotation marks really "
                    f"different from member {reference}'s version (not just punctuation, case, or where the "
                    f"tool's span starts or ends)? yes/no")
            asked.append(_question(number, index, "changed", text))
            lines.append(f"- **Q {number:02d}-{index}-changed**: {text}")
        lines.append("")
    entry = {"trail": number, "trail_id": trail.id, "reference": reference, "members": members}
    return "\n".join(lines) + "\n", asked, entry


def _member_lines(index: int, is_reference: bool, member, analysis, spans) -> list[str]:
    text = analysis.article.text
    paragraphs = sorted({analysis.paragraph_of(s) for s, _ in spans.get("content", [])} or {member.paragraph or 0})
    context = "\n\n".join("> " + text[s:e] for s, e in (analysis.paragraphs[p] for p in paragraphs))
    source = ", ".join(text[s:e] for s, e in spans.get("source", [])) or "(no speaker named in this sentence)"
    kind = {"direct": "direct quotation", "partial": "partial quotation (a quoted fragment)",
            "indirect": "paraphrase (no quotation marks)", "according-to": "\"according to\" report",
            "reported": "reported"}.get(member.kind, member.kind)
    return [f"## Member {index}{' (reference)' if is_reference else ''}", "",
            (f"- outlet: {member.outlet or '(none)'}; date: {member.date or '(none)'}; "
             f"title: {member.title or '(none)'}"),
            f"- kind: {kind}; cue: {member.cue or '(none)'}",
            f"- speaker as the text names them: {source}",
            f"- words the tool compared: “{member.text}”", "", "Context:", "", context, ""]


def _question(trail: int, member: int, kind: str, text: str) -> dict:
    return {"id": f"{trail:02d}-{member}-{kind}", "trail": trail, "member": member, "kind": kind, "question": text}


# -- BASIL as saywho input ----------------------------------------------------------------------


def write_basil(args) -> int:
    """Every BASIL article (annotated or not), one paragraph per line, as basil_data rebuilds the text."""
    try:
        paths = sorted((basil_data.data_root(args.data) / "articles").glob("*/*.json"))
    except basil_data.BasilMissing as error:
        raise SystemExit(f"trails_check: {error}") from None
    with args.out.open("w", encoding="utf-8") as out:
        for path in paths:
            raw = json.loads(path.read_text(encoding="utf-8"))
            text, _ = basil_data.article_text(raw["body-paragraphs"])
            row = {"text": text, "title": raw.get("title"), "date": raw.get("date"),
                   "outlet": BASIL_OUTLETS[raw["source"].lower()], "url": raw.get("url")}
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"{len(paths)} BASIL articles in {args.out}")
    return 0


# -- scoring -----------------------------------------------------------------------------------


def score_passes(args) -> int:
    key = json.loads((args.dir / "key.json").read_text(encoding="utf-8"))
    questions = [json.loads(line) for line in (args.dir / "packet" / "questions.jsonl").open(encoding="utf-8")]
    passes = [_answers(args.dir / name) for name in ("passA", "passB")]
    agreed = {q["id"]: passes[0][q["id"]] for q in questions
              if q["id"] in passes[0] and passes[0][q["id"]] == passes[1].get(q["id"])}
    same = [q for q in questions if q["kind"] == "same"]
    changed = [q for q in questions if q["kind"] == "changed"]
    trails = _trail_verdicts(key, same, passes)
    kept = {t: v for t, v in trails.items() if v is not None}
    real = [agreed[q["id"]] for q in changed if q["id"] in agreed]
    summary = {
        "label": key.get("label", ""), "seed": key["seed"], "trails_available": key["available"], "trails_drawn": key["drawn"],
        "questions": len(questions), "answered_alike": len(agreed),
        "trails_kept": len(kept), "trails_one_utterance": sum(kept.values()),
        "one_utterance_share": _share(sum(kept.values()), len(kept)),
        "same_questions_kept": sum(1 for q in same if q["id"] in agreed),
        "same_yes": sum(1 for q in same if agreed.get(q["id"]) == "yes"),
        "changed_flags": len(changed), "changed_flags_kept": len(real),
        "changed_flags_real": real.count("yes"), "changed_real_share": _share(real.count("yes"), len(real)),
        "answers": {qid: answer for qid, answer in sorted(agreed.items())},
    }
    args.results.parent.mkdir(parents=True, exist_ok=True)
    args.results.write_text(json.dumps(summary, indent=1) + "\n", encoding="utf-8")
    print(f"trails that report one utterance: {summary['trails_one_utterance']} of {len(kept)} kept "
          f"({_percent(summary['one_utterance_share'])}; {key['drawn']} drawn, kept where both passes agree)")
    print(f"altered-wording flags that are real: {real.count('yes')} of {len(real)} kept "
          f"({_percent(summary['changed_real_share'])}; {len(changed)} flags asked about)")
    print(f"questions answered alike: {len(agreed)} of {len(questions)}; summary in {args.results}")
    return 0


def _answers(folder: Path) -> dict[str, str]:
    found = {}
    for path in sorted(folder.glob("*.jsonl")):
        for line in path.open(encoding="utf-8"):
            if line.strip():
                row = json.loads(line)
                answer = str(row.get("answer", "")).strip().lower()
                if answer in ("yes", "no"):
                    found[row["id"]] = answer
    if not found:
        raise SystemExit(f"no answers in {folder}/*.jsonl")
    return found


def _trail_verdicts(key, same, passes) -> dict[int, bool | None]:
    """Per trail: True if both passes say every member is the same utterance, False if both say one is not."""
    verdicts = {}
    for entry in key["trails"]:
        asked = [q["id"] for q in same if q["trail"] == entry["trail"]]
        views = []
        for answers in passes:
            if not all(q in answers for q in asked):
                views.append(None)
            else:
                views.append(all(answers[q] == "yes" for q in asked))
        verdicts[entry["trail"]] = views[0] if views[0] is not None and views[0] == views[1] else None
    return verdicts


def _share(part: int, whole: int) -> float | None:
    return round(part / whole, 4) if whole else None


def _percent(share: float | None) -> str:
    return "n/a" if share is None else f"{share:.0%}"


if __name__ == "__main__":
    sys.exit(main())
