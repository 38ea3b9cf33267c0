"""Count, on a PolNeAR split, how often each family of "not an attribution" is right or wrong.

    python bench/not_attribution_families.py --split train

Runs saywho over the split with the cut in saywho/analyse/attributions/not_attributions.py
turned off, puts every draft that stands into the families below (the issue 13 audits' kinds:
headlines, hypotheticals and open questions, acts, the writer's own opinion), and scores each
prediction as `saywho eval polnear` does (source + content, Jaccard >= 0.5, greedy pairs). A
family may be cut only where it is mostly wrong on train (>= 80%); dev is for confirming.
Prints counts only (no article text), overall and per fold of every 5th article.
"""

from __future__ import annotations

import argparse
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from spacy.tokens import Doc, Token

import saywho
from saywho.analyse import cues
from saywho.analyse.attributions import not_attributions
from saywho.analyse.attributions.drafts import Draft
from saywho.analyse.sentences import text_of
from saywho.eval.polnear import saywho_article, spans_of
from saywho.eval.polnear_gold import DEFAULT_DATA, load_split
from saywho.eval.polnear_scoring import score_article

CONDITIONAL_MARKS = {"if", "unless"}
HYPOTHETICAL_MODALS = {"would", "could", "might", "may"}
DEONTIC_MODALS = {"should", "must", "ought", "need"}
CAUSING_LEMMAS = {"require", "force", "compel", "oblige", "obligate", "mandate", "allow", "permit", "enable",
                  "make", "help", "cause"}
GENERIC_SUBJECTS = {"everyone", "everybody", "anyone", "anybody", "not everyone", "not everybody"}
WITHHOLDING_LEMMAS = {"decline", "refuse", "fail", "avoid"}


def families(doc: Doc, draft: Draft) -> set[str]:
    """Every candidate family a draft falls in; the shipped cut is the first three."""
    cue = draft.head
    if cue is None or draft.according_to or draft.labelled:
        return set()
    found = {name for name, hit in (("open question", not_attributions.in_open_question(cue)),
                                    ("evidential it/this/that", not_attributions.evidential_it(cue)),
                                    ("belief inside another's words", not_attributions.thought_inside_words(cue)))
             if hit}
    if _in_headline_line(doc, cue):
        found.add("title-case line in the body")
    if cue.is_upper and len(cue.text) > 1 and all(t.is_upper for t in [t for t in cue.sent if t.is_alpha][:3]):
        found.add("capitals run-in headline")
    if _conditional(cue):
        found.add("conditional (if / unless)")
    auxes = {c.lower_ for c in cue.children if c.dep_ == "aux"}
    found |= {"hypothetical modal"} if auxes & HYPOTHETICAL_MODALS else set()
    found |= {"deontic modal (should / must)"} if auxes & DEONTIC_MODALS else set()
    governor = cue.head
    if cue.dep_ in {"xcomp", "ccomp"} and governor.i != cue.i:
        if governor.lemma_.lower() == "let":
            found.add("let (let them know)")
        elif governor.lemma_.lower() in CAUSING_LEMMAS:
            found.add("caused (requires police to report)")
    done = next((c for c in cue.children if c.dep_ == "xcomp" and c.pos_ == "VERB"), None)
    if cue.lemma_.lower() in WITHHOLDING_LEMMAS and done is not None and not cues.is_listed(done):
        found.add("withheld act (refused to release)")
    subject = next((c for c in cue.children if c.dep_ == "nsubj"), None)
    if subject is not None and " ".join(t.lower_ for t in subject.subtree) in GENERIC_SUBJECTS:
        found.add("generic subject (everyone)")
    return found


def _in_headline_line(doc: Doc, cue: Token) -> bool:
    text = text_of(doc)
    start, end = text.rfind("\n", 0, cue.idx) + 1, text.find("\n", cue.idx)
    line = text[start : end if end >= 0 else len(text)].strip()
    words = [w for w in line.split() if w[:1].isalpha() and len(w) > 3]
    if start == 0 or len(words) < 3 or line[-1:] in ".?!”\"’'" or not cue.text[:1].isupper():
        return False
    return sum(w[0].isupper() for w in words) >= 0.8 * len(words)


def _conditional(cue: Token) -> bool:
    node = cue
    for _ in range(not_attributions.GOVERNOR_STEPS):
        if any(c.dep_ == "mark" and c.lower_ in CONDITIONAL_MARKS for c in node.children):
            return True
        if node.dep_ not in not_attributions.GOVERNOR_RELATIONS or node.head.i == node.i or cues.is_cue(node.head):
            return False
        node = node.head
    return False


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", default="train", choices=["train", "dev"])
    parser.add_argument("--data", default=str(DEFAULT_DATA), help="PolNeAR's data folder")
    args = parser.parse_args()
    if not Path(args.data).is_dir():
        sys.exit(print(f"no PolNeAR data at {args.data} (--data to point elsewhere)", file=sys.stderr) or 2)
    drafts: dict[str, dict[int, set[str]]] = defaultdict(dict)  # article text -> cue head's offset -> families

    def recording_cut(doc: Doc, draft: Draft) -> bool:
        if draft.head is not None:
            drafts[text_of(doc)][draft.head.idx] = families(doc, draft)
        return False

    not_attributions.cut = recording_cut  # count everything: nothing is cut while counting
    articles = load_split(args.split, args.data)
    counts: dict[str, list[int]] = defaultdict(lambda: [0, 0])  # family -> [wrong, right]
    folds: dict[str, dict[int, list[int]]] = defaultdict(lambda: defaultdict(lambda: [0, 0]))
    articles_of: dict[str, set[str]] = defaultdict(set)
    for number, (gold, analysis) in enumerate(zip(articles, saywho.analyze_many(map(saywho_article, articles)))):
        matched = {j for _, j in score_article(gold.text, gold.attributions, [spans_of(a) for a in analysis.attributions]).pairs}
        by_cue = drafts.pop(gold.text, {})
        for j, attribution in enumerate(analysis.attributions):
            # a quotation carried on from a draft shows that draft's cue, so it counts in its families
            spans = attribution.cue.spans if attribution.cue else []
            for family in next((found for head, found in by_cue.items() if any(s <= head < e for s, e in spans)), set()):
                counts[family][j in matched] += 1
                folds[family][number % 5][j in matched] += 1
                articles_of[family].add(gold.stem)
    print(f"PolNeAR {args.split}: {len(articles)} articles")
    print(f"{'family':40} {'wrong':>6} {'right':>6} {'wrong %':>8} {'articles':>9}  wrong share per fold")
    for family, (wrong, right) in sorted(counts.items(), key=lambda item: -sum(item[1])):
        per_fold = " ".join(f"{w / (w + r):.2f}" if w + r else "-" for w, r in (folds[family][f] for f in range(5)))
        print(f"{family:40} {wrong:6} {right:6} {wrong / (wrong + right):8.0%} {len(articles_of[family]):9}  {per_fold}")


if __name__ == "__main__":
    main()
