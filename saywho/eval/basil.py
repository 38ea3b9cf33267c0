"""Scoring saywho's writer's-voice analysis against BASIL's bias spans.

BASIL (Fan et al., EMNLP 2019) annotates news articles, three outlets per
event, with lexical and informational bias spans. This module runs saywho
over the whole corpus, adds up and presents the scores, and cross-validates
the word-choice model by event. The data and how its spans are located are in
saywho.eval.basil_data; the two measures are defined in saywho.eval.basil_scoring.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from saywho.analyse.voice_model import Candidate, VoiceModel, candidates, word_choices
from saywho.document import Analysis, voice_lists
from saywho.eval.basil_data import DEFAULT_DATA, BasilArticle, Span, load
from saywho.eval.basil_scoring import (
    LIST_KEYS,
    PREDICTED_KEYS,
    ArticleScore,
    _overlaps,
    quotation_spans,
    score_article,
    writer_words,
)
from saywho.eval.voice_training import (
    DEFAULT_LEXICONS,
    ArticleExamples,
    Example,
    event_folds,
    load_lexicons,
    train,
)

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
    from saywho.pipeline import make_doc

    doc = make_doc(nlp, article.text)
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
    voice = voice_lists(analysis.voice)
    return [(s[0], s[1]) for key in LIST_KEYS for item in voice.get(key, []) for s in item["spans"]]


def score_with(item: Analysed, model: VoiceModel | None) -> ArticleScore:
    """The article scored with the curated lists as analysed and this model's word choices."""
    voice_lists(item.analysis.voice)["word_choices"] = word_choices(
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
