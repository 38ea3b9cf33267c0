"""What the gold data sets read here (PolNeAR, BASIL) hold alike: articles, each from a file with metadata."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass
class DatasetArticle:
    """An article as a data set holds it: its file's stem, its text, and the date and title its metadata gives."""

    stem: str
    text: str
    date: str | None
    title: str | None
