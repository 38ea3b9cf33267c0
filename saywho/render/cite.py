"""A quotation with its citation, as a fact-checker pastes it:

    “We won, and it was close,” Jane Smith — The Post, 2024-05-01, ¶2, https://example.org/mayor

The words are the article's, exactly (no mark added inside them, no "…"
closing a gap the article does not have). Paraphrase and "according to" are
the writer's words, not the speaker's, and the citation says so rather than
presenting them as a quotation. ¶ numbers count from 1, as every view shows them.
"""

from __future__ import annotations

from saywho.document import Analysis, Attribution
from saywho.render.common import QUOTED_KINDS, printable, speaker_name

_OPENING = "\"'“‘«„‚"
_CLOSING = "\"'”’»‟‛"


def citation(words: str, kind: str, speaker: str | None, *, outlet: str | None = None, date: str | None = None,
             url: str | None = None, paragraph: int | None = None, title: str | None = None) -> str:
    """One line: the words, who said them, and where (outlet, date, ¶ from 1, URL, or the title without one)."""
    words = " ".join(printable(words).split())
    who = printable(speaker or "an unidentified speaker")
    where = [printable(part) for part in (outlet, date) if part]
    if paragraph is not None:
        where.append(f"¶{paragraph}")
    if url and url.lower().startswith(("http://", "https://")):  # a "javascript:" address is no citation
        where.append(printable(url))
    elif title:
        where.append(f"“{printable(title)}”")
    place = " — " + ", ".join(where) if where else ""
    if kind in QUOTED_KINDS:
        return f"{_quoted(words)} {who}{place}"
    how = "according to" if kind == "according-to" else "as reported"
    return f"{who}, {how} (the writer's words): {_quoted(words)}{place}"


def attribution_citation(attribution: Attribution, analysis: Analysis) -> str:
    article = analysis.article
    speaker = speaker_name(attribution) if attribution.speaker else None
    return negatable_citation(attribution.negated, attribution.content.text, attribution.kind, speaker,
                              outlet=article.outlet, date=article.date, url=article.url,
                              paragraph=attribution.paragraph + 1, title=article.title)


NOT_SAID_OPENING = "Not said, the article reports: "


def negatable_citation(negated: bool, words: str, kind: str, speaker: str | None, **where) -> str:
    """`citation`, or, for words the article reports as not said, one that never presents them as a quotation."""
    if negated:
        return NOT_SAID_OPENING + citation(words, "indirect", speaker, **where)
    return citation(words, kind, speaker, **where)


def _quoted(words: str) -> str:
    """The words inside quotation marks, unless the article's own marks already enclose them."""
    if len(words) > 1 and words[0] in _OPENING and words[-1] in _CLOSING:
        return words
    return f"“{words}”"


def quote_citations(rows, analysis_of, analyses: dict | None = None) -> list[str]:
    """A citation for each stored quotation (a QuoteRow), its ¶ read from its article's stored analysis.

    `analysis_of(article_id)` gives that Analysis (Store.article); each article is read once."""
    paragraphs = quote_paragraphs(rows, analysis_of, analyses)
    return [negatable_citation(bool(getattr(row, "negated", False)), row.content, row.kind,
                               row.speaker or row.speaker_name, outlet=row.outlet, date=row.date, url=row.url,
                               title=row.title, paragraph=paragraph)
            for row, paragraph in zip(rows, paragraphs)]


def quote_paragraphs(rows, analysis_of, analyses: dict | None = None) -> list[int | None]:
    """Each stored quotation's ¶, counted from 1, from its article's analysis (None if it is not there)."""
    analyses = {} if analyses is None else analyses
    numbers = []
    for row in rows:
        if row.article_id not in analyses:
            analyses[row.article_id] = analysis_of(row.article_id)
        numbers.append(_paragraph(analyses[row.article_id], row.attribution))
    return numbers


def _paragraph(analysis: Analysis | None, attribution_id: str) -> int | None:
    if analysis is None:
        return None
    found = next((a for a in analysis.attributions if a.id == attribution_id), None)
    return found.paragraph + 1 if found else None
