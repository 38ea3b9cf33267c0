"""Scoring saywho's writer's-voice analysis against BASIL's bias spans.

BASIL (Fan et al., EMNLP 2019) annotates news articles, three outlets per
event, with *lexical* and *informational* bias spans. Every span says whether
it stands inside a quotation (``quote`` "yes") or in the writer's own words
("no"). Offsets are relative to the sentence: an annotation's ``id`` is
``p<N>``, N being the sentence's index counted over the whole body, and
``start``/``end`` count characters inside that sentence.

The article text is rebuilt one paragraph per line, the sentences of a
paragraph joined by one space, so a sentence-relative offset becomes an
article offset; the span's text is checked there and, failing that, searched
for inside its sentence. Spans on the title (``id`` "title") are skipped: the
title is not part of the analysed text.

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

import json
import re
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from saywho.analyse.quotes import find_quotes
from saywho.analyse.voice_model import Candidate, VoiceModel, candidates, word_choices
from saywho.document import Analysis, paragraph_spans
from saywho.errors import SaywhoError
from saywho.eval.voice_training import (
    DEFAULT_LEXICONS,
    ArticleExamples,
    Example,
    event_folds,
    load_lexicons,
    train,
)

# Relative on purpose, like polnear.DEFAULT_DATA: the repository root is the working directory.
DEFAULT_DATA = Path("../shared/data/basil")
PREDICTED_KEYS = ("labels", "loaded_cues", "hedges", "word_choices")
LIST_KEYS = PREDICTED_KEYS[:3]  # the curated lists; word_choices is the learned model
WORD = re.compile(r"\w+(?:[’'\-]\w+)*")

Span = tuple[int, int]


class BasilMissing(SaywhoError, FileNotFoundError):
    """The BASIL data is not where it was looked for."""


# -- loading -------------------------------------------------------------------


@dataclass
class BiasSpan:
    id: str
    bias: str  # "lex" or "inf"
    quote: bool
    text: str
    start: int = -1  # article offsets; -1 while not located
    end: int = -1
    located_by: str | None = None  # "offset", "search" or None when not found
    speaker: str = ""
    polarity: str = ""

    @property
    def located(self) -> bool:
        return self.located_by is not None


@dataclass
class BasilArticle:
    stem: str
    text: str
    date: str | None
    outlet: str | None
    title: str | None
    spans: list[BiasSpan] = field(default_factory=list)
    skipped: int = 0  # spans on the title


def data_root(data: str | Path = DEFAULT_DATA) -> Path:
    root = Path(data).resolve()
    if not (root / "articles").is_dir() or not (root / "annotations").is_dir():
        raise BasilMissing(f"BASIL data not found at {root} (expected articles/ and annotations/ there)")
    return root


def load(data: str | Path = DEFAULT_DATA) -> list[BasilArticle]:
    """Every annotated article, in path order, with its bias spans located in the rebuilt text."""
    root = data_root(data)
    articles = []
    for path in sorted((root / "articles").glob("*/*.json")):
        annotation = root / "annotations" / path.parent.name / f"{path.stem}_ann.json"
        if annotation.is_file():
            articles.append(load_article(path, annotation))
    return articles


def load_article(article_path: Path, annotation_path: Path) -> BasilArticle:
    raw = json.loads(article_path.read_text(encoding="utf-8"))
    annotations = json.loads(annotation_path.read_text(encoding="utf-8"))
    text, sentences = article_text(raw["body-paragraphs"])
    article = BasilArticle(
        stem=article_path.stem, text=text, date=raw.get("date"), outlet=raw.get("source"), title=raw.get("title")
    )
    for row in annotations.get("phrase-level-annotations", []):
        index = _sentence_index(row["id"])
        if index is None:
            article.skipped += 1
            continue
        span = BiasSpan(
            id=row["id"], bias=row["bias"], quote=row["quote"] == "yes", text=row["txt"],
            speaker=row.get("speaker", ""), polarity=row.get("polarity", ""),
        )
        if index < len(sentences):
            locate(span, text, sentences[index], row["start"], row["end"])
        article.spans.append(span)
    return article


def article_text(paragraphs: list[list[str]]) -> tuple[str, list[Span]]:
    """One paragraph per line, its sentences joined by a space; and each sentence's span."""
    lines, sentences, offset = [], [], 0
    for paragraph in paragraphs:
        for sentence in paragraph:
            sentences.append((offset, offset + len(sentence)))
            offset += len(sentence) + 1  # the space after it, or the newline after the paragraph
        lines.append(" ".join(paragraph))
    return "\n".join(lines), sentences


def _sentence_index(ident: str) -> int | None:
    match = re.fullmatch(r"p(\d+)", ident)
    return int(match.group(1)) if match else None


def locate(span: BiasSpan, text: str, sentence: Span, start: int, end: int) -> None:
    """Sentence-relative offsets to article offsets, checked against the span's text."""
    begin = sentence[0] + start
    if text[begin : sentence[0] + end] == span.text:
        span.start, span.end, span.located_by = begin, begin + len(span.text), "offset"
        return
    found = text.find(span.text, sentence[0], sentence[1])
    if found >= 0:
        span.start, span.end, span.located_by = found, found + len(span.text), "search"


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
        key: [[tuple(s) for s in item["spans"]] for item in analysis.voice.get(key, [])]
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
    inside = set()
    for s, e in spans:
        inside.update(range(max(span[0], s), min(span[1], e)))
    return len(inside)


# -- the whole corpus ----------------------------------------------------------------


def evaluate(
    data: str | Path = DEFAULT_DATA, progress: Callable[[int, int], None] | None = None
) -> dict[str, Any]:
    """Run saywho over every BASIL article and score its writer's voice and its quotes."""
    import saywho

    articles = load(data)
    started = time.perf_counter()
    scores = []
    analyses = saywho.analyze_many(
        saywho.Article(text=a.text, date=a.date, outlet=a.outlet, title=a.title, origin=a.stem) for a in articles
    )
    for count, (article, analysis) in enumerate(zip(articles, analyses, strict=True), 1):
        scores.append(score_article(article, analysis))
        if progress:
            progress(count, len(articles))
    report = build_report(articles, scores)
    report["seconds"] = round(time.perf_counter() - started, 2)
    return report


def build_report(articles: list[BasilArticle], scores: list[ArticleScore]) -> dict[str, Any]:
    total = _add_up(scores)
    return {
        "articles": len(articles),
        "spans": sum(len(a.spans) for a in articles),
        "spans_located": sum(s.located for a in articles for s in a.spans),
        "spans_searched": sum(s.located_by == "search" for a in articles for s in a.spans),
        "spans_skipped": sum(a.skipped for a in articles),
        "writer_voice": _writer_voice(total),
        "quote_accuracy": {
            "spans": total.quoted,
            "attributed": total.quoted_attributed,
            "accuracy": _ratio(total.quoted_attributed, total.quoted),
            "kept_out_of_writer_voice": total.quoted_kept_out,
            "kept_out_share": _ratio(total.quoted_kept_out, total.quoted),
        },
        "hits": sorted(total.hits),
        "misses": sorted(total.misses),
        "quotes_left_to_writer": sorted(total.quotes_left_to_writer),
        "criteria": {
            "predicted": list(PREDICTED_KEYS),
            "match": "a predicted span overlaps a positive by at least one character",
            "quote": "at least half of the span inside attribution content or attributed quotation marks",
        },
    }


def _add_up(scores: list[ArticleScore]) -> ArticleScore:
    total = ArticleScore()
    for score in scores:
        for name in ("positives", "recalled", "positives_in_marks", "writer_words", "flagged_words",
                     "quoted", "quoted_attributed", "quoted_kept_out", "unlocated"):
            setattr(total, name, getattr(total, name) + getattr(score, name))
        for name in ("predicted", "correct", "recalled_by"):
            tally = getattr(total, name)
            for key, value in getattr(score, name).items():
                tally[key] = tally.get(key, 0) + value
        total.hits += score.hits
        total.misses += score.misses
        total.quotes_left_to_writer += score.quotes_left_to_writer
    return total


def _writer_voice(total: ArticleScore) -> dict[str, Any]:
    predicted, correct = sum(total.predicted.values()), sum(total.correct.values())
    precision, recall = _ratio(correct, predicted), _ratio(total.recalled, total.positives)
    return {
        "positives": total.positives,
        "positives_in_quotation_marks": total.positives_in_marks,
        "recalled": total.recalled,
        "predicted": predicted,
        "correct": correct,
        "precision": precision,
        "recall": recall,
        "f1": _ratio(2 * precision * recall, precision + recall),
        "writer_words": total.writer_words,
        "flagged_words": total.flagged_words,
        "flagged_per_100_words": _ratio(100 * total.flagged_words, total.writer_words),
        "by_key": {
            key: {"predicted": total.predicted.get(key, 0), "correct": total.correct.get(key, 0),
                  "recalled": total.recalled_by.get(key, 0)}
            for key in PREDICTED_KEYS
        },
    }


def _ratio(numerator: float, denominator: float) -> float:
    return round(numerator / denominator, 4) if denominator else 0.0


# -- presenting ------------------------------------------------------------------------


def format_report(report: dict[str, Any]) -> str:
    voice, quotes = report["writer_voice"], report["quote_accuracy"]
    lines = [
        (
            f"BASIL: {report['articles']} articles, {report['spans']} bias spans "
            f"({report['spans_located']} located, {report['spans_searched']} of them by search; "
            f"{report['spans_skipped']} on titles skipped)"
        ),
        f"writer's voice (lexical spans outside quotes; predicted = {', '.join(report['criteria']['predicted'])}):",
        (
            f"  recall    {voice['recall']:.3f}  ({voice['recalled']}/{voice['positives']}; "
            f"{voice['positives_in_quotation_marks']} of the positives stand inside quotation marks)"
        ),
        f"  precision {voice['precision']:.3f}  ({voice['correct']}/{voice['predicted']} predicted items)",
        f"  F1        {voice['f1']:.3f}",
        (
            f"  flagged   {voice['flagged_per_100_words']:.2f} words per 100 writer words "
            f"({voice['flagged_words']}/{voice['writer_words']})"
        ),
    ]
    for key, row in voice["by_key"].items():
        lines.append(f"    {key:<12} {row['correct']:>4}/{row['predicted']:<5} correct, recalls {row['recalled']}")
    lines.append(
        f"quote accuracy (lexical spans inside quotes given to a speaker): {quotes['accuracy']:.3f} "
        f"({quotes['attributed']}/{quotes['spans']}); kept out of the writer's voice at least: "
        f"{quotes['kept_out_share']:.3f} ({quotes['kept_out_of_writer_voice']}/{quotes['spans']})"
    )
    if report.get("seconds") is not None:
        lines.append(f"{report['seconds']} s")
    return "\n".join(lines)


# -- cross-validation by event -----------------------------------------------------------


@dataclass
class Analysed:
    """One article analysed once, with the word-choice model's candidates, for scoring under any model."""

    article: BasilArticle
    analysis: Analysis
    candidates: list[Candidate]


def analyse_all(articles: list[BasilArticle], progress: Callable[[int, int], None] | None = None) -> list[Analysed]:
    import saywho
    from saywho.analyse.voice import Reading
    from saywho.nlp import load_pipeline
    from saywho.pipeline import analysis_of

    nlp = load_pipeline()
    pairs = ((_doc_for(nlp, a), a) for a in articles)
    analysed = []
    for count, (doc, article) in enumerate(nlp.pipe(pairs, as_tuples=True, batch_size=16), 1):
        record = saywho.Article(text=article.text, date=article.date, outlet=article.outlet, title=article.title,
                                origin=article.stem)
        analysed.append(Analysed(article, analysis_of(doc, record), candidates(Reading(doc))))
        if progress:
            progress(count, len(articles))
    return analysed


def _doc_for(nlp, article: BasilArticle):
    doc = nlp.make_doc(article.text)
    doc._.published = article.date
    return doc


def examples_of(item: Analysed) -> ArticleExamples:
    """The candidates no list flagged, each a positive when it overlaps a writer's lexical span."""
    positives = [(s.start, s.end) for s in item.article.spans if s.bias == "lex" and not s.quote and s.located]
    taken = list_spans(item.analysis)
    examples = [
        Example(c, _overlaps((c.start, c.end), positives))
        for c in item.candidates if not _overlaps((c.start, c.end), taken)
    ]
    words = len(writer_words(item.article.text, quotation_spans(item.article.text)))
    return ArticleExamples(examples, words)


def list_spans(analysis: Analysis) -> list[Span]:
    return [tuple(s) for key in LIST_KEYS for item in analysis.voice.get(key, []) for s in item["spans"]]


def score_with(item: Analysed, model: VoiceModel | None) -> ArticleScore:
    """The article scored with the curated lists as analysed and this model's word choices."""
    item.analysis.voice["word_choices"] = word_choices(
        item.article.text, item.candidates, list_spans(item.analysis), model
    )
    return score_article(item.article, item.analysis)


def evaluate_folds(
    data: str | Path = DEFAULT_DATA, folds: int = 5, lexicons: str | Path = DEFAULT_LEXICONS,
    progress: Callable[[int, int], None] | None = None, analysed: list[Analysed] | None = None,
) -> dict[str, Any]:
    """Cross-validation by event: train the word-choice model on the other folds, score each held-out fold.

    The curated lists are fixed (they were written looking at all these articles);
    the model and its threshold see only the training folds. Each article is
    analysed once. Beside it, the shipped set-up trained on everything and
    scored on the same articles: the figure on data used for tuning.
    """
    started = time.perf_counter()
    analysed = analysed if analysed is not None else analyse_all(load(data), progress)
    tables = load_lexicons(lexicons)
    examples = [examples_of(item) for item in analysed]
    fold_of = event_folds([item.article.stem for item in analysed], folds)
    reports = []
    for fold in range(folds):
        model = train([e for e, f in zip(examples, fold_of) if f != fold], tables)
        held_out = [item for item, f in zip(analysed, fold_of) if f == fold]
        reports.append(build_report([i.article for i in held_out], [score_with(i, model) for i in held_out]))
    everything = train(examples, tables)
    tuned = build_report([i.article for i in analysed], [score_with(i, everything) for i in analysed])
    lists_only = build_report([i.article for i in analysed], [score_with(i, None) for i in analysed])
    return {
        "folds": reports,
        "summary": fold_summary(reports),
        "tuned_on_all": tuned,
        "lists_only": lists_only,
        "seconds": round(time.perf_counter() - started, 2),
    }


FOLD_MEASURES = {
    "recall": lambda r: r["writer_voice"]["recall"],
    "precision": lambda r: r["writer_voice"]["precision"],
    "flagged_per_100_words": lambda r: r["writer_voice"]["flagged_per_100_words"],
    "quote_accuracy": lambda r: r["quote_accuracy"]["accuracy"],
}


def fold_summary(reports: list[dict[str, Any]]) -> dict[str, dict[str, float]]:
    """Mean, standard deviation, minimum and maximum over folds of each measure."""
    summary = {}
    for name, measure in FOLD_MEASURES.items():
        values = [measure(r) for r in reports]
        mean = sum(values) / len(values)
        spread = (sum((v - mean) ** 2 for v in values) / max(len(values) - 1, 1)) ** 0.5
        summary[name] = {"mean": round(mean, 4), "sd": round(spread, 4), "min": min(values), "max": max(values)}
    return summary


def format_folds(report: dict[str, Any]) -> str:
    rows = report["folds"]
    lines = [
        f"BASIL, {len(rows)}-fold cross-validation by event (the word-choice model trained on the other folds; "
        "the curated lists are fixed and were written looking at all these articles)",
        f"{'fold':<6}{'articles':>9}{'recall':>9}{'precision':>11}{'flag/100':>10}{'quote acc':>11}",
    ]
    for number, row in enumerate(rows, 1):
        lines.append(_fold_line(str(number), row))
    summary = report["summary"]
    lines.append(
        f"{'mean':<6}{'':>9}" + "".join(
            f"{summary[name]['mean']:>{width}.3f}"
            for name, width in zip(FOLD_MEASURES, (9, 11, 10, 11))
        )
    )
    lines.append(
        f"{'± sd':<6}{'':>9}" + "".join(
            f"{summary[name]['sd']:>{width}.3f}" for name, width in zip(FOLD_MEASURES, (9, 11, 10, 11))
        )
    )
    lines.append(f"quote accuracy in the worst fold: {summary['quote_accuracy']['min']:.3f}")
    lines.append("on data used for tuning (not a measure of generalisation):")
    lines.append(_fold_line("lists", report["lists_only"]) + "   curated lists alone")
    lines.append(_fold_line("all", report["tuned_on_all"]) + "   lists + model trained on all folds")
    if report.get("seconds") is not None:
        lines.append(f"{report['seconds']} s")
    return "\n".join(lines)


def _fold_line(name: str, report: dict[str, Any]) -> str:
    voice, quotes = report["writer_voice"], report["quote_accuracy"]
    return (
        f"{name:<6}{report['articles']:>9}{voice['recall']:>9.3f}{voice['precision']:>11.3f}"
        f"{voice['flagged_per_100_words']:>10.2f}{quotes['accuracy']:>11.3f}"
    )
