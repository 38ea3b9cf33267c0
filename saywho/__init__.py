"""saywho: who said what, on whose authority, and in whose words.

    >>> import saywho
    >>> analysis = saywho.analyze('"We will win," she said.', date="2024-05-01")
    >>> analysis.attributions[0].speaker.name
    'she'
"""

from __future__ import annotations

from saywho.document import Analysis, Article, Attribution, Entity, Segment, Speaker
from saywho.errors import AnalysisTimeout, InputError, SaywhoError
from saywho.version import __version__

__all__ = [
    "Analysis", "AnalysisTimeout", "Article", "Attribution", "Entity", "InputError", "SaywhoError", "Segment",
    "Speaker",
    "analyze", "analyze_many", "__version__",
]


def analyze(text_or_html, date: str | None = None, seconds_per_100kb: float | None = None) -> Analysis:
    """Analyse one article given as plain text, HTML or an `Article`.

    `seconds_per_100kb` sets the time budget (default $SAYWHO_SECONDS_PER_100KB, else 10);
    past it the article fails with AnalysisTimeout."""
    from saywho.pipeline import analyze as _analyze

    return _analyze(text_or_html, date=date, seconds_per_100kb=seconds_per_100kb)


def analyze_many(articles, batch_size: int = 16, seconds_per_100kb: float | None = None, spans: str | None = None):
    """Analyse many `Article`s in one spaCy pipe; yields an Analysis for each, in order. It reads a few
    batches ahead (saywho.pipeline.BATCHES_AHEAD) and batches those articles by length, which parses them
    faster.

    `spans`: "rules", "combined" (the trained span tagger on top of the rules) or "model"
    (the tagger alone); by default $SAYWHO_SPANS, else saywho.nlp.DEFAULT_SPANS.

    Raises InputError when it comes to an article whose date is not YYYY-MM-DD."""
    from saywho.pipeline import analyze_many as _analyze_many

    return _analyze_many(
        _with_good_dates(articles), batch_size=batch_size, seconds_per_100kb=seconds_per_100kb, spans=spans
    )


def _with_good_dates(articles):
    from saywho.read.text import check_date

    for article in articles:
        check_date(article.date, article.origin or "input")
        yield article
