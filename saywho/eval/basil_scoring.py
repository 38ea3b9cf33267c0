"""Scoring one BASIL article: saywho's writer's voice and quotes against its lexical bias spans.

Two measures:

* writer's voice: the lexical spans with ``quote`` "no" are the positives. The
  predicted items are the voice's ``labels``, ``loaded_cues`` and ``hedges``
  (the curated lists) and ``word_choices`` (the learned model), not ``sources``
  or ``unattributed_claims``, which are not word choices. A
  positive is recalled when any predicted span overlaps it by one character; a
  predicted item is correct when it overlaps any positive. Precision is low by
  nature: BASIL marks about one lexical span per article, the most salient one
  to its annotators, not every loaded word. Hence the flag rate too: words
  covered by a predicted span per 100 words of the writer's own text (the
  text outside quotation marks).
* quote accuracy: of the lexical spans with ``quote`` "yes", the share whose
  characters lie at least half inside an attribution's content, or inside the
  quotation marks of an attribution that has a speaker: words saywho gives to
  someone other than the writer. Reported beside it, the looser share kept out
  of the writer's voice at least: inside any quotation marks, attributed or not
  (the voice analysis never reads words inside quotation marks as the writer's).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from saywho.analyse.quotes import find_quotes
from saywho.document import Analysis, paragraph_spans, voice_lists
from saywho.eval.basil_data import BasilArticle, BiasSpan, Span

PREDICTED_KEYS = ("labels", "loaded_cues", "hedges", "word_choices")
LIST_KEYS = PREDICTED_KEYS[:3]  # the curated lists; word_choices is the learned model
WORD = re.compile(r"\w+(?:[’'\-]\w+)*")


# -- scoring one article ---------------------------------------------------------


@dataclass
class ArticleScore:
    positives: int = 0  # located lexical spans in the writer's voice
    recalled: int = 0
    positives_in_marks: int = 0  # writer's spans that stand inside quotation marks (scare quotes)
    predicted: dict[str, int] = field(default_factory=dict)  # per voice key
    correct: dict[str, int] = field(default_factory=dict)
    recalled_by: dict[str, int] = field(default_factory=dict)
    writer_words: int = 0
    flagged_words: int = 0
    quoted: int = 0  # located lexical spans inside quotations
    quoted_attributed: int = 0
    quoted_kept_out: int = 0  # inside attribution content or any quotation marks
    unlocated: int = 0
    hits: list[str] = field(default_factory=list)
    misses: list[str] = field(default_factory=list)
    quotes_left_to_writer: list[str] = field(default_factory=list)  # quoted spans given to no speaker


def score_article(article: BasilArticle, analysis: Analysis) -> ArticleScore:
    score = ArticleScore(unlocated=sum(not s.located for s in article.spans))
    lexical = [s for s in article.spans if s.bias == "lex" and s.located]
    _score_writer_voice(score, article.text, [s for s in lexical if not s.quote], analysis)
    _score_quotes(score, article.text, [s for s in lexical if s.quote], analysis)
    return score


def predicted_items(analysis: Analysis) -> dict[str, list[list[Span]]]:
    return {
        key: [[(s[0], s[1]) for s in item["spans"]] for item in voice_lists(analysis.voice).get(key, [])]
        for key in PREDICTED_KEYS
    }


def _score_writer_voice(score: ArticleScore, text: str, positives: list[BiasSpan], analysis: Analysis) -> None:
    marks = quotation_spans(text)
    items = predicted_items(analysis)
    score.positives = len(positives)
    score.positives_in_marks = sum(_overlaps((p.start, p.end), marks) for p in positives)
    for key, spans_list in items.items():
        score.predicted[key] = len(spans_list)
        score.correct[key] = sum(any(_overlaps((p.start, p.end), spans) for p in positives) for spans in spans_list)
        score.recalled_by[key] = sum(any(_overlaps((p.start, p.end), s) for s in spans_list) for p in positives)
    every_span = [span for spans_list in items.values() for spans in spans_list for span in spans]
    for positive in positives:
        hit = _overlaps((positive.start, positive.end), every_span)
        score.recalled += hit
        (score.hits if hit else score.misses).append(positive.text)
    words = writer_words(text, marks)
    score.writer_words = len(words)
    score.flagged_words = sum(_overlaps(word, every_span) for word in words)


def _score_quotes(score: ArticleScore, text: str, quoted: list[BiasSpan], analysis: Analysis) -> None:
    others = [span for a in analysis.attributions for span in a.content.spans]
    others += [span for a in analysis.attributions if a.speaker is not None for span in a.quoted]
    score.quoted = len(quoted)
    score.quoted_attributed = sum(_mostly_inside(s, others) for s in quoted)
    score.quotes_left_to_writer = [s.text for s in quoted if not _mostly_inside(s, others)]
    score.quoted_kept_out = sum(_mostly_inside(s, others + quotation_spans(text)) for s in quoted)


def _mostly_inside(span: BiasSpan, spans: list[Span]) -> bool:
    return 2 * _covered((span.start, span.end), spans) >= span.end - span.start


def quotation_spans(text: str) -> list[Span]:
    """The spans of the text's quotations, marks included."""
    quotes, _ = find_quotes(text, paragraph_spans(text))
    return [q.outer for q in quotes]


def writer_words(text: str, marks: list[Span]) -> list[Span]:
    """The words outside quotation marks."""
    return [m.span() for m in WORD.finditer(text) if not _overlaps(m.span(), marks)]


def _overlaps(span: Span, spans: list[Span]) -> bool:
    return any(max(span[0], s) < min(span[1], e) for s, e in spans)


def _covered(span: Span, spans: list[Span]) -> int:
    """Characters of span inside the union of spans."""
    inside: set[int] = set()
    for s, e in spans:
        inside.update(range(max(span[0], s), min(span[1], e)))
    return len(inside)
