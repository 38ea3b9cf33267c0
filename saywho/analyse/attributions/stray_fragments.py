"""A few quoted words before the cue that are no part of what it reports: "the "Second Amendment people" remark …
undermines citizens' confidence by suggesting the November election may be rigged", "a ''super PAC,'' … posited that
…". The parser hung the quoted name, title or scare quote on the cue, so the content opened with it and went on, past
the writer's words, to what the cue reports. PolNeAR's annotators leave such words out: on train, dropping a quoted
piece of four words or fewer that opens no sentence and stands before the cue, apart from the rest of the content,
put 13 contents right and none wrong. A fragment in the speaker's own clause, whose verb the cue hangs on, stays: "Mayor
Ann Ruiz went after the “reckless” budget, saying it would ruin the city" quotes her word (BASIL counts such words as
the speaker's).
"""

from __future__ import annotations

from spacy.tokens import Doc

from saywho.analyse.attributions.drafts import Draft
from saywho.analyse.quotes import Quote
from saywho.analyse.sentences import text_of
from saywho.text_spans import Spans

MAX_WORDS = 4
# What a quotation opening a sentence, or a direct quotation set off after a dash, follows.
SENTENCE_OPENERS = ".!?:\n\"”'-—–"


def without_stray_fragments(doc: Doc, kept: list[tuple[Draft, Spans]]) -> list[tuple[Draft, Spans]]:
    """Each content without a quoted fragment that opens it but stands apart from what its cue reports."""
    return [(draft, _without_fragment(doc, draft, content)) for draft, content in kept]


def _without_fragment(doc: Doc, draft: Draft, content: Spans) -> Spans:
    if len(content) < 2 or draft.head is None or draft.head.idx < content[0][1]:
        return content
    fragment = next((q for q in draft.quotes if q.outer == content[0]), None)
    if fragment is None or not _stray(text_of(doc), fragment, content[1][0]) or _in_speakers_clause(doc, draft, fragment):
        return content
    draft.quotes.remove(fragment)
    return content[1:]


def _in_speakers_clause(doc: Doc, draft: Draft, quote: Quote) -> bool:
    """Whether the quoted words hang on a verb of the source's own, other than the cue, that the cue hangs on."""
    span = doc.char_span(quote.start, quote.end, alignment_mode="expand")
    cue, speaker = draft.head, draft.source_head
    if span is None or cue is None or speaker is None:
        return False
    return any(verb.i != cue.i and verb.pos_ in {"VERB", "AUX"} and speaker.head.i == verb.i
               and speaker.dep_ in {"nsubj", "nsubjpass"} and cue in verb.subtree for verb in span.root.ancestors)


def _stray(text: str, quote: Quote, next_start: int) -> bool:
    """A few quoted words inside the writer's sentence, with the writer's words between them and what follows."""
    before = text[:quote.open_mark].rstrip()
    words = text[quote.start:quote.end].split()
    gap = text[quote.outer[1]:next_start]
    return len(words) <= MAX_WORDS and bool(before) and before[-1] not in SENTENCE_OPENERS \
        and any(c.isalnum() for c in gap)
