"""What the trail grouping needs of each attribution, made from its article alone.

`trail_entries` picks an article's attributions a trail can follow and gives each its
compared words and MinHash LSH band keys. It needs nothing from the store, so ingest's
workers run it with `derive` and the writer only looks up candidates and inserts
(saywho/corpus/trail_index.py); a rebuild runs it on the stored analyses.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from saywho.corpus.trail_rules import poll_wording
from saywho.corpus.trails import MIN_WORDS, PARAPHRASE_WORDS, QUOTED_KINDS, Words, band_keys, content_words, words_of


@dataclass(frozen=True)
class TrailEntry:
    """One attribution a trail may follow: its id in the article, kind, compared text, its words and band keys."""

    attribution: str
    kind: str
    text: str
    words: Words
    keys: frozenset[int]


def compared_text(attribution: dict[str, Any], text: str) -> str:
    """The words a trail compares: those inside quotation marks, or the content of a paraphrase.

    Quoted fragments are joined with an ellipsis, which marks the break between them."""
    quoted = attribution.get("quoted") or []
    if attribution["kind"] in QUOTED_KINDS and quoted:
        return " … ".join(text[s:e] for s, e in sorted(quoted))
    return (attribution.get("content") or {}).get("text") or ""


def followable(kind: str, text: str) -> bool:
    words = words_of(text)
    if kind in QUOTED_KINDS:
        return len(words) >= MIN_WORDS
    return len(set(content_words(words))) >= PARAPHRASE_WORDS


def trail_entries(analysis: dict[str, Any]) -> list[TrailEntry]:
    """The article's attributions long enough to follow and not a poll's wording, in the analysis's order."""
    text = analysis["article"]["text"]
    entries = []
    for attribution in analysis.get("attributions", []):
        compared = compared_text(attribution, text)
        if not followable(attribution["kind"], compared) or poll_wording(attribution, text):
            continue
        words = words_of(compared)
        entries.append(TrailEntry(attribution["id"], attribution["kind"], compared, words,
                                  frozenset(band_keys(content_words(words)))))
    return entries
