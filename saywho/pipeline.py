"""From an Article to an Analysis: run the spaCy pipeline and read the results off the Doc.

Analysis takes time in proportion to the text's length: a text over
BATCH_CHARS is analysed in paragraph batches (saywho/batches.py), and each
article has a time budget (`time_budget`), checked after every component of the
pipeline; past it the article fails with AnalysisTimeout.
"""

from __future__ import annotations

import os
import re
import time
from collections.abc import Iterable, Iterator
from dataclasses import replace
from itertools import islice

from spacy.language import Language
from spacy.tokens import Doc

from saywho.analyse.sentences import TEXT_KEY
from saywho.batches import BATCH_CHARS, batch_bounds, join_analyses
from saywho.document import Analysis, Article, DateMention, Voice
from saywho.errors import AnalysisTimeout
from saywho.text_spans import with_plain_spaces

# CPU seconds an article may take per 100 KB of text (every article gets at least the 100 KB allowance).
# Real articles need about 5 s per 100 KB; 25,000 quotation marks in a row, 4 s.
SECONDS_PER_100KB = 10.0
BUDGET_ENV = "SAYWHO_SECONDS_PER_100KB"  # overrides the default; 0 turns the limit off

BATCHES_AHEAD = 4  # analyze_many reads this many batches of articles ahead and batches them by length

# spaCy's tokenizer takes time in the square of the length of a run without spaces
# (20,000 " took 33 s): such runs are cut into pieces of RUN_PIECE characters,
# tokenized one by one. No article has a run of 64 punctuation marks, or a
# 1,000-character word; offsets do not move, as the pieces are the text's own.
LONG_RUN = re.compile(r"[^\w\s]{64,}|\S{1000,}")
RUN_PIECE = 32


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


def analyze(
    text_or_html: str | Article, date: str | None = None, seconds_per_100kb: float | None = None,
) -> Analysis:
    """Raises InputError for text that cannot be analysed (empty, over 5 MB, not English),
    AnalysisTimeout for one that takes longer than its time budget."""
    from saywho.read import check_article

    article = to_article(text_or_html, date)
    warnings = check_article(article)
    analysis = next(analyze_many([article], seconds_per_100kb=seconds_per_100kb))
    analysis.warnings[:0] = warnings
    return analysis


def analyze_many(
    articles: Iterable[Article], batch_size: int = 16, seconds_per_100kb: float | None = None,
    spans: str | None = None, nlp: Language | None = None,
) -> Iterator[Analysis]:
    """An Analysis for each article, in order; `seconds_per_100kb` sets the time budget (see time_budget),
    `spans` who draws the attributions' spans (saywho.nlp.span_mode). `nlp`: a pipeline with saywho's
    components of your own (one saved with nlp.to_disk() and loaded with spacy.load(), say) in place of
    saywho.nlp.load_pipeline(spans)."""
    from saywho.nlp import load_pipeline

    nlp = nlp or load_pipeline(spans)
    model = _model_name(nlp)
    articles = (_read_with_plain_spaces(article) for article in articles)
    while window := list(islice(articles, batch_size * BATCHES_AHEAD)):
        yield from _analyse_window(nlp, window, batch_size, model, seconds_per_100kb)


def _analyse_window(nlp, window: list[Article], batch_size: int, model: str,
                    rate: float | None) -> Iterator[Analysis]:
    """The window's analyses in order. Its short articles go through the pipeline in batches of like length:
    the parser steps a batch until its longest document is parsed, and a step costs about as much for one
    document as for sixteen (PolNeAR dev: 1.07 s of parsing against 1.36 s in the articles' own order).
    An article that fails (its time limit) stops the window before any of its analyses is given: the
    callers that go on past a failure analyse the rest one at a time (saywho.cli, saywho.corpus)."""
    short = sorted((i for i, a in enumerate(window) if len(a.text) <= BATCH_CHARS), key=lambda i: len(window[i].text))
    analysed: dict[int, Analysis] = {}
    for start in range(0, len(short), batch_size):
        batch = short[start : start + batch_size]
        analyses = _analyse_together(nlp, [window[i] for i in batch], batch_size, model, rate)
        analysed.update(zip(batch, analyses, strict=True))
    for index, article in enumerate(window):
        long = len(article.text) > BATCH_CHARS
        analysis = _analyse_in_batches(nlp, article, model, rate) if long else analysed[index]
        analysis.warnings += _undated_warning(article, analysis.dates)
        yield analysis


def _read_with_plain_spaces(article: Article) -> Article:
    """The article with its no-break spaces read as spaces (make_doc), in its text as in its analysis, so that
    every role's text is the article's own (and a name or a quotation is the same with either space)."""
    spaced = with_plain_spaces(article.text)
    return article if spaced == article.text else replace(article, text=spaced)


def time_budget(length: int, seconds_per_100kb: float | None = None) -> float:
    """Seconds allowed for a text of `length` characters: the rate (argument, else $SAYWHO_SECONDS_PER_100KB,
    else SECONDS_PER_100KB) per 100 KB, and never less than for 100 KB. A rate of 0 means no limit."""
    rate = seconds_per_100kb
    if rate is None:
        rate = float(os.environ.get(BUDGET_ENV) or SECONDS_PER_100KB)
    if rate <= 0:
        return float("inf")
    return rate * max(length, 100_000) / 100_000


class Deadline:
    """The time budget of what is being analysed, checked between components (cooperatively: spaCy cannot be stopped).

    Counted in the analysing thread's CPU time, not on the wall clock: on a busy
    machine (or beside other threads) an article that would finish is not failed
    for time others took. A wall-clock limit is the caller's (the web app's workers).
    """

    def __init__(self, article: Article, seconds: float):
        self.article, self.seconds = article, seconds
        self.ends = time.thread_time() + seconds

    def check(self) -> None:
        if time.thread_time() > self.ends:
            origin = self.article.origin or "input"
            size = len(self.article.text.encode("utf-8")) / 1024
            raise AnalysisTimeout(
                f"{origin}: took too long to analyse, stopped after {self.seconds:.0f} s of processing "
                f"(the limit for {size:,.0f} KB of text; set {BUDGET_ENV} to change it)"
            )


def _analyse_together(nlp, articles: list[Article], batch_size: int, model: str, rate) -> list[Analysis]:
    """Articles short enough for one Doc each, through the pipeline together, as nlp.pipe would.

    They share one deadline, the sum of their budgets; it is reported for the longest of them."""
    if not articles:
        return []
    longest = max(articles, key=lambda a: len(a.text))
    deadline = Deadline(longest, sum(time_budget(len(a.text), rate) for a in articles))
    docs = _run(nlp, [_doc_for(nlp, a.text, a.date) for a in articles], batch_size, deadline)
    return [analysis_of(doc, article, model=model) for doc, article in zip(docs, articles)]


def _analyse_in_batches(nlp, article: Article, model: str, rate) -> Analysis:
    """A long article, one paragraph batch at a time (only one batch's Doc is in memory at once)."""
    deadline = Deadline(article, time_budget(len(article.text), rate))
    parts = []
    for start, end in batch_bounds(article.text):
        batch = Article(text=article.text[start:end], date=article.date, origin=article.origin)
        (doc,) = _run(nlp, [_doc_for(nlp, batch.text, batch.date)], 1, deadline)
        parts.append((start, analysis_of(doc, batch, model=model)))
    return join_analyses(article, parts)


def _run(nlp, docs: list[Doc], batch_size: int, deadline: Deadline) -> list[Doc]:
    """The enabled components in order over all the docs, as Language.pipe runs them; the deadline after each."""
    for _, component in nlp.pipeline:
        if hasattr(component, "pipe"):
            docs = list(component.pipe(docs, batch_size=batch_size))
        else:
            docs = [component(doc) for doc in docs]
        deadline.check()
    return docs


def _doc_for(nlp, text: str, date: str | None) -> Doc:
    doc = make_doc(nlp, text)
    doc._.published = date
    return doc


def make_doc(nlp, text: str) -> Doc:
    """nlp.make_doc(text), with spaces that do not break read as spaces, and runs without spaces that are too
    long for the tokenizer cut into pieces."""
    # "his nephew\xa0Michery el Soheil": the tokenizer makes the no-break space a token of its own, between words the
    # parser is to join
    return _made_doc(nlp, with_plain_spaces(text))


def _made_doc(nlp, text: str) -> Doc:
    cuts = [cut for run in LONG_RUN.finditer(text) for cut in range(run.start() + RUN_PIECE, run.end(), RUN_PIECE)]
    if not cuts:
        doc = nlp.make_doc(text)
        doc.user_data[TEXT_KEY] = text  # what doc.text would join from the tokens again (sentences.text_of)
        return doc
    bounds = [0, *cuts, len(text)]
    pieces = [nlp.make_doc(text[a:b]) for a, b in zip(bounds, bounds[1:])]
    doc = Doc.from_docs(pieces, ensure_whitespace=False)
    first = 0
    for piece in pieces[:-1]:  # from_docs starts a sentence at each piece; the parser is to decide
        first += len(piece)
        doc[first].is_sent_start = None
    return doc


def analysis_of(doc: Doc, article: Article, model: str | None = None) -> Analysis:
    return Analysis(
        article=article,
        paragraphs=list(doc._.paragraphs or []),
        attributions=list(doc._.attributions or []),
        entities=list(doc._.entities or []),
        voice=Voice(**(doc._.voice or {})),
        dates=list(doc._.dates or []),
        warnings=list(doc._.quote_warnings or []),
        model=model,
    )


def _undated_warning(article: Article, dates: list[DateMention]) -> list[str]:
    """Say why "on Friday" means nothing yet: a reader may not notice that the date was missing."""
    relative = [item["text"] for item in dates if item.get("relative") and not item.get("resolved")]
    if article.date or not relative:
        return []
    shown = ", ".join(f"“{text}”" for text in relative[:3]) + (", …" if len(relative) > 3 else "")
    count = f"{len(relative)} relative date{'s' if len(relative) > 1 else ''}"
    return [f"{count} ({shown}) left unresolved: no publication date was given to resolve them against"]


def _model_name(nlp) -> str:
    return f"{nlp.meta.get('lang', 'en')}_{nlp.meta.get('name', '?')}-{nlp.meta.get('version', '?')}"
