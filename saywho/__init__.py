"""saywho: who said what, on whose authority, and in whose words.

    >>> import saywho
    >>> analysis = saywho.analyze('"We will win," she said.', date="2024-05-01")
    >>> analysis.attributions[0].speaker.name
    'she'
"""

from __future__ import annotations

__version__ = "0.1.0"

from saywho.document import Analysis, Article, Attribution, Entity, Segment, Speaker  # noqa: E402
from saywho.errors import InputError, SaywhoError  # noqa: E402

__all__ = [
    "Analysis", "Article", "Attribution", "Entity", "InputError", "SaywhoError", "Segment", "Speaker",
    "analyze", "analyze_many", "__version__",
]


def analyze(text_or_html, date: str | None = None) -> Analysis:
    """Analyse one article given as plain text, HTML or an `Article`."""
    from saywho.pipeline import analyze as _analyze

    return _analyze(text_or_html, date=date)


def analyze_many(articles, batch_size: int = 16):
    """Analyse many `Article`s in one spaCy pipe; yields an Analysis for each, in order.

    Raises InputError when it comes to an article whose date is not YYYY-MM-DD."""
    from saywho.pipeline import analyze_many as _analyze_many

    return _analyze_many(_with_good_dates(articles), batch_size=batch_size)


def _with_good_dates(articles):
    from saywho.read.text import check_date

    for article in articles:
        check_date(article.date, article.origin or "input")
        yield article
