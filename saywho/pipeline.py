"""From an Article to an Analysis: run the spaCy pipeline and read the results off the Doc."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from spacy.tokens import Doc

from saywho.document import Analysis, Article


def to_article(text_or_html: str | Article, date: str | None = None) -> Article:
    if isinstance(text_or_html, Article):
        article = text_or_html
    else:
        from saywho.read import looks_like_html, read_html, read_text

        reader = read_html if looks_like_html(text_or_html) else read_text
        article = reader(text_or_html)
    if date and not article.date:
        article.date = date
    return article


def analyze(text_or_html: str | Article, date: str | None = None) -> Analysis:
    """Raises InputError for text that cannot be analysed (empty, over 5 MB, not English)."""
    from saywho.read import check_article

    article = to_article(text_or_html, date)
    warnings = check_article(article)
    analysis = next(analyze_many([article]))
    analysis.warnings[:0] = warnings
    return analysis


def analyze_many(articles: Iterable[Article], batch_size: int = 16) -> Iterator[Analysis]:
    from saywho.nlp import load_pipeline

    nlp = load_pipeline()
    pairs = ((_doc_for(nlp, article), article) for article in articles)
    for doc, article in nlp.pipe(pairs, as_tuples=True, batch_size=batch_size):
        yield analysis_of(doc, article, model=_model_name(nlp))


def _doc_for(nlp, article: Article) -> Doc:
    doc = nlp.make_doc(article.text)
    doc._.published = article.date
    return doc


def analysis_of(doc: Doc, article: Article, model: str | None = None) -> Analysis:
    return Analysis(
        article=article,
        paragraphs=list(doc._.paragraphs or []),
        attributions=list(doc._.attributions or []),
        entities=list(doc._.entities or []),
        voice=dict(doc._.voice or {}),
        dates=list(doc._.dates or []),
        warnings=list(doc._.quote_warnings or []),
        model=model,
    )


def _model_name(nlp) -> str:
    return f"{nlp.meta.get('lang', 'en')}_{nlp.meta.get('name', '?')}-{nlp.meta.get('version', '?')}"
