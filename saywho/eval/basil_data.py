"""BASIL's articles and bias spans, located in the rebuilt article text.

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
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path

from saywho.errors import SaywhoError
from saywho.eval.dataset import DatasetArticle

# Relative on purpose, like polnear.DEFAULT_DATA: the repository root is the working directory.
DEFAULT_DATA = Path("../shared/data/basil")

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
class BasilArticle(DatasetArticle):
    outlet: str | None
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
