"""Learn saywho's cue table from PolNeAR's training split.

    python tools/train_cue_model.py [--data ../shared/data/polnear/data] [--out saywho/data/cue_model.json]

For every verb outside quotation marks and markup tags, count how often PolNeAR's first annotator
made it the head of an attribution cue, by lemma and by frame (see
saywho.analyse.cues.frame_of). Only counts are kept: no text of the articles.
Tune nothing here on dev or test; THRESHOLD in cues.py is chosen on dev.
"""

from __future__ import annotations

import argparse
import json
import re
from collections import Counter
from pathlib import Path

from saywho.analyse.cue_extent import cue_part_key
from saywho.analyse.cues import CLAUSE, MIN_FRAME_EVIDENCE, NONE, THRESHOLD, frame_of, place_of
from saywho.eval import polnear
from saywho.nlp import load_base_model

MIN_FRAME_COUNT = 2


def cue_heads(doc, attribution) -> set[int]:
    """The token heading each gold cue span: the one whose head lies outside the span."""
    tokens = [t for s, e in attribution.cue or [] for t in doc.char_span(s, e, alignment_mode="expand") or []]
    inside = {t.i for t in tokens}
    return {t.i for t in tokens if t.head.i not in inside or t.head.i == t.i}


def count_cue_parts(doc, attribution, parts_in: Counter, parts_all: Counter) -> None:
    """Whether the annotators put a verb's preposition or object inside the cue ("called for")."""
    cue = {t.i for s, e in attribution.cue or [] for t in doc.char_span(s, e, alignment_mode="expand") or []}
    content = {t.i for s, e in attribution.content or [] for t in doc.char_span(s, e, alignment_mode="expand") or []}
    for head in cue_heads(doc, attribution):
        verb = doc[head]
        if verb.pos_ != "VERB":
            continue
        for child in verb.children:
            if child.i > verb.i and child.dep_ in {"prep", "dobj"} and child.i not in content:
                key = cue_part_key(verb, child)
                parts_all[key] += 1
                parts_in[key] += child.i in cue


def count(split: str, data: Path) -> tuple[Counter, ...]:
    import saywho.analyse  # noqa: F401  registers saywho_quotes

    nlp = load_base_model()
    nlp.add_pipe("saywho_quotes", first=True)
    articles = polnear.load_split(split, data)
    lemma_cue, lemma_all, frame_cue, frame_all = Counter(), Counter(), Counter(), Counter()
    parts_in, parts_all = Counter(), Counter()
    placed = []  # (lemma|frame, place, was a cue) of each verb with an object, infinitive or preposition
    for doc, gold in zip(nlp.pipe((a.text for a in articles), batch_size=32), articles):
        for attribution in gold.attributions:
            count_cue_parts(doc, attribution, parts_in, parts_all)
        heads = set().union(*(cue_heads(doc, a) for a in gold.attributions)) if gold.attributions else set()
        quoted = {i for q in doc._.quotes for t in doc.char_span(*q.outer, alignment_mode="expand") or [] for i in [t.i]}
        markup = in_markup(doc)
        for token in doc:
            if token.pos_ != "VERB" or token.i in quoted or token.i in markup:
                continue
            lemma, frame = token.lemma_.lower(), frame_of(token)
            key = f"{lemma}|{frame}"
            lemma_all[lemma] += 1
            frame_all[key] += 1
            if token.i in heads:
                lemma_cue[lemma] += 1
                frame_cue[key] += 1
            if frame not in {CLAUSE, NONE}:
                placed.append((key, place_of(token), token.i in heads))
    place_cue, place_all = count_places(placed, frame_cue, frame_all)
    return lemma_cue, lemma_all, frame_cue, frame_all, parts_in, parts_all, place_cue, place_all


# An embedded post's markup in the text ('<tweet pic="" author="JebBush" …>'): its tag name is no use of the verb.
MARKUP = re.compile(r"<[^<>\n]{1,400}>")


def in_markup(doc) -> set[int]:
    """The tokens inside markup tags of the article's text."""
    spans = [doc.char_span(m.start(), m.end(), alignment_mode="expand") for m in MARKUP.finditer(doc.text)]
    return {token.i for span in spans if span is not None for token in span}


def count_places(placed, frame_cue: Counter, frame_all: Counter) -> tuple[Counter, Counter]:
    """How often a verb in each place was a cue, among the verbs whose frame the table lets through
    (saywho.analyse.cues.place_passes reads these)."""
    place_cue, place_all = Counter(), Counter()
    for key, place, was_cue in placed:
        if frame_all[key] >= MIN_FRAME_EVIDENCE and frame_cue[key] / frame_all[key] >= THRESHOLD:
            place_all[place] += 1
            place_cue[place] += was_cue
    return place_cue, place_all


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", type=Path, default=polnear.DEFAULT_DATA)
    parser.add_argument("--out", type=Path, default=Path("saywho/data/cue_model.json"))
    args = parser.parse_args()
    lemma_cue, lemma_all, frame_cue, frame_all, parts_in, parts_all, place_cue, place_all = count("train", args.data)
    model = {
        "about": "Counts of verbs heading PolNeAR attribution cues (train split, first annotator). See docs/model-card.md.",
        "lemmas": {k: [lemma_cue[k], lemma_all[k]] for k in sorted(lemma_cue)},
        "frames": {k: [frame_cue[k], frame_all[k]] for k in sorted(frame_cue) if frame_all[k] >= MIN_FRAME_COUNT},
        "cue_parts": {k: [parts_in[k], parts_all[k]] for k in sorted(parts_in) if parts_all[k] >= MIN_FRAME_COUNT},
        "places": {k: [place_cue[k], place_all[k]] for k in sorted(place_all) if place_all[k] >= MIN_FRAME_COUNT},
    }
    args.out.write_text(json.dumps(model, indent=0, sort_keys=False) + "\n", encoding="utf-8")
    print(f"{len(model['lemmas'])} lemmas, {len(model['frames'])} frames → {args.out}")


if __name__ == "__main__":
    main()
