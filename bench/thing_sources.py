"""Count, on PolNeAR train, the attributions whose source is a thing (issue 13, s19-things) in saved Analyses.

    nice -n 10 python tools/compare_analyses.py write DIR --checkout PATH   # Analyses of train+dev
    python bench/thing_sources.py DIR [--show CUE --n 30]      # families by cue lemma and source head
    python bench/thing_sources.py DIR --headings               # sources that are a heading line
    python bench/thing_sources.py DIR --parsed show,reveal,call  # by the parse: cue lemma / subject, pictures apart
    python bench/thing_sources.py AFTER --before BEFORE        # what a change did (bench/not_said_families.py)

Reads only the train split's gold (never dev). A source is a "thing" when its head word (by words, no parse: the
last word before "of", "from", "that", …) is a lower-case common noun that is no pronoun, no role noun and no
anonymous source or document in saywho's lexicons; documents are counted apart ("document" kind), so that "the
video shows" and "the report says" can be told apart. Scored as `saywho eval polnear` scores (source + content,
Jaccard >= 0.5, greedy pairs).
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.not_said_families import compare, load_analysis, score_of
from saywho.eval.polnear_gold import DEFAULT_DATA, load_split
from saywho.lexicons import classified

PRONOUNS = {"i", "you", "he", "she", "it", "we", "they", "this", "that", "these", "those", "who", "which", "what",
            "one", "me", "him", "her", "us", "them", "'s", "’s", "everyone", "anyone", "nobody", "somebody"}
CUT_AT = re.compile(r"\s(?:of|from|in|on|at|by|for|with|that|which|who|about|released|published)\s", re.I)


def head_word(source: str) -> str:
    first = CUT_AT.split(" " + source + " ")[0].strip()
    words = re.findall(r"[A-Za-z'’-]+", first)
    return words[-1] if words else ""


def kind_of(word: str) -> str:
    lower = word.lower()
    if not word or lower in PRONOUNS or word[0].isupper():
        return "other"
    singular = re.sub(r"(ie)s$", "y", lower) if lower.endswith("ies") else re.sub(r"s$", "", lower)
    for form in (lower, singular):
        if form in classified("role_nouns.txt"):
            return "other"
        if classified("sources.txt").get(form) == "anonymous":
            return "other"
        if classified("sources.txt").get(form) == "document":
            return "document"
    return "thing"


def cue_lemma(cue: str) -> str:
    word = (re.findall(r"[A-Za-z]+", cue) or [""])[-1].lower()
    for end, to in (("ies", "y"), ("ied", "y"), ("ed", ""), ("es", ""), ("s", ""), ("ing", "")):
        if word.endswith(end) and len(word) > len(end) + 2:
            return word[: -len(end)] + to
    return word


def line_of(text: str, start: int) -> str:
    return text[text.rfind("\n", 0, start) + 1: (text.find("\n", start) + 1 or len(text) + 1) - 1]


def is_heading(text: str, a) -> bool:
    """The source lies on a short line of its own without a final stop, or before a colon ending that line."""
    if a.source is None:
        return False
    line = line_of(text, a.source.spans[0][0]).strip()
    words = line.split()
    return 0 < len(words) <= 8 and line[-1] not in ".?!\"”’'" and a.source.spans[0][0] >= text.find(line) >= 0


def survey(args: argparse.Namespace) -> None:
    counts: dict[tuple, list[int]] = defaultdict(lambda: [0, 0])
    shown = 0
    for gold in load_split("train", args.data):
        analysis = load_analysis(args.folder, gold.stem)
        assert analysis is not None
        matched = {j for _, j in score_of(gold, analysis).pairs}
        for j, a in enumerate(analysis.attributions):
            if a.source is None:
                continue
            if args.headings:
                if not is_heading(gold.text, a):
                    continue
                key: tuple = ("heading", cue_lemma(a.cue.text) if a.cue else "-")
            else:
                head = head_word(a.source.text)
                kind = kind_of(head)
                if kind == "other":
                    continue
                key = (kind, cue_lemma(a.cue.text) if a.cue else "-", head.lower())
            counts[key][j in matched] += 1
            if (args.show and args.show in key) and shown < args.n:
                shown += 1
                start = max(gold.text.rfind("\n", 0, a.source.spans[0][0]), a.source.spans[0][0] - 120)
                end = max(s[1] for role in (a.source, a.cue, a.content) if role for s in role.spans)
                print(f"[{'gold' if j in matched else 'none'}] src={a.source.text!r} cue={a.cue.text if a.cue else None!r}"
                      f" content={a.content.text[:60]!r}\n   {gold.text[start:end + 10]!r}")
    by_cue: dict[tuple, list[int]] = defaultdict(lambda: [0, 0])
    for key, (wrong, right) in counts.items():
        by_cue[key[:2]][0] += wrong
        by_cue[key[:2]][1] += right
    print(f"{'kind / cue':30} {'unmatched':>9} {'matched':>8}")
    for key, (wrong, right) in sorted(by_cue.items(), key=lambda kv: -sum(kv[1])):
        if wrong + right >= args.min:
            heads = sorted(((k[2], sum(v)) for k, v in counts.items() if k[:2] == key and len(k) > 2),
                           key=lambda kv: -kv[1])[:8]
            print(f"{' / '.join(key):30} {wrong:9} {right:8}  {', '.join(f'{h} {n}' for h, n in heads)}")


def parsed(args: argparse.Namespace) -> None:
    """Re-parse each train article and count, for the attributions whose cue starts with one of the given stems, the
    cue's subject (saywho's own things.subject_of) as a picture (things.PICTURES) or a thing (acts.is_thing)."""
    from saywho.analyse.attributions import acts, things
    from saywho.nlp import load_pipeline

    nlp, stems = load_pipeline(), args.parsed.split(",")
    counts: dict[tuple, list[int]] = defaultdict(lambda: [0, 0])
    for gold in load_split("train", args.data):
        analysis = load_analysis(args.folder, gold.stem)
        assert analysis is not None
        matched, doc = {j for _, j in score_of(gold, analysis).pairs}, None
        for j, a in enumerate(analysis.attributions):
            if a.cue is None or not any(w.startswith(tuple(stems)) for w in re.findall(r"[a-z]+", a.cue.text.lower())):
                continue
            doc = doc or nlp(gold.text)
            span = doc.char_span(a.cue.spans[0][0], a.cue.spans[-1][1], alignment_mode="expand")
            verb = next((t for t in reversed(span) if t.pos_ == "VERB"), span.root) if span is not None else None
            subject = things.subject_of(verb) if verb is not None else None
            if subject is None or not (subject.lemma_.lower() in things.PICTURES or acts.is_thing(subject)):
                continue
            kind = "picture" if subject.lemma_.lower() in things.PICTURES else "thing"
            key = (kind, verb.lemma_.lower(), subject.lemma_.lower())
            counts[key][j in matched] += 1
            if args.show in key:
                print(f"[{'gold' if j in matched else 'none'}] {a.source.text if a.source else None!r} {a.cue.text!r}"
                      f"\n    {verb.sent.text[:300]!r}")
    for key, (wrong, right) in sorted(counts.items()):
        print(f"{' / '.join(key):40} unmatched {wrong:3} matched {right:3}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("--data", default=str(DEFAULT_DATA))
    parser.add_argument("--show", default=None)
    parser.add_argument("--n", type=int, default=30)
    parser.add_argument("--min", type=int, default=3)
    parser.add_argument("--headings", action="store_true")
    parser.add_argument("--before", type=Path, default=None)
    parser.add_argument("--parsed", default=None, help="cue stems, comma-separated: count by the parse")
    args = parser.parse_args()
    if args.parsed:
        return parsed(args)
    if args.before is not None:
        args.show = "changes" if args.show == "changes" else None
        return compare(args)
    survey(args)


if __name__ == "__main__":
    main()

