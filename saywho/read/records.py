"""Articles in JSON: a record with a `text` or `html` field (and url, outlet, date, title, author), or a saywho
analysis document, whose article is read again.

`saywho analyze FILE.json` reads the one article of a .json or .jsonl file with
`read_json_article`; `saywho ingest` (saywho.corpus.inputs) reads every item of
many such files with `json_items`, `record_kind` and `record_article`, so both
read a record the same way and refuse a bad one with the same words.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from saywho.document import SCHEMA_NAME, Analysis, Article
from saywho.errors import InputError

JSON_SUFFIXES = (".json",)
JSONL_SUFFIXES = (".jsonl", ".ndjson")
RECORD_FIELDS = ("url", "outlet", "date", "title", "author")
ANALYSIS, RECORD = "analysis", "record"


def json_items(path: Path) -> Iterator[tuple[str, Any]]:
    """(origin, item) for each item of a JSON file (one object or a list) or each line of a JSONL file.

    A JSONL line that is not JSON comes as (origin, InputError) and the lines after it are still read; a JSON
    file that is not JSON raises InputError."""
    if path.name.lower().endswith(JSONL_SUFFIXES):
        with path.open("rb") as handle:
            for number, line in enumerate(handle, 1):
                if line.strip():
                    yield f"{path}:{number}", _parsed(line)
        return
    data = _parsed(path.read_bytes())
    if isinstance(data, InputError):
        raise InputError(f"{path}: {data}")
    items = data if isinstance(data, list) else [data]
    for number, item in enumerate(items, 1):
        yield (str(path) if len(items) == 1 else f"{path}[{number}]"), item


def _parsed(data: bytes) -> Any:
    try:
        return json.loads(data)
    except ValueError as error:
        return InputError(f"not valid JSON ({error})")


def record_kind(item: Any) -> str:
    """ANALYSIS for a saywho analysis document, RECORD for an article record; InputError (the reason alone)
    for anything else."""
    if not isinstance(item, dict):
        raise InputError("not a JSON object with a text or html field")
    if item.get("schema") == SCHEMA_NAME:
        return ANALYSIS
    if not isinstance(item.get("text"), str) and not isinstance(item.get("html"), str):
        raise InputError("has neither a text nor an html field")
    return RECORD


def record_article(item: dict[str, Any], origin: str) -> Article:
    """The article of a record: its text, or its html read as a page; its own fields over the page's."""
    from saywho.read.html import read_html
    from saywho.read.text import read_text

    url = item.get("url") if isinstance(item.get("url"), str) else None
    if isinstance(item.get("text"), str):
        article = read_text(item["text"], origin=origin)
    else:
        article = read_html(item["html"], origin=origin, url=url)
    for name in RECORD_FIELDS:
        value = item.get(name)
        if isinstance(value, str) and value.strip():
            setattr(article, name, value.strip())
    return article


def analysis_document(item: dict[str, Any], origin: str) -> Analysis:
    try:
        return Analysis.from_dict(item)
    except (ValueError, KeyError, TypeError) as error:
        raise InputError(f"{origin}: not a usable saywho analysis ({error})") from None


def read_json_article(path: str, date: str | None = None) -> Article:
    """The one article of a .json or .jsonl file, read as `saywho ingest` reads it (for `saywho analyze`).

    A record with a text or html field, or a saywho analysis (its article is analysed again)."""
    from saywho.read.url import outlet_of

    found = []
    try:
        for origin, item in json_items(Path(path)):
            if isinstance(item, InputError):
                raise InputError(f"{origin}: {item}")
            try:
                found.append((origin, record_kind(item), item))
            except InputError as error:
                raise InputError(f"{origin}: {error}") from None
    except OSError as error:
        raise InputError(f"{Path(path)}: cannot read this file ({error.strerror or error})") from None
    if len(found) != 1:
        raise InputError(f"{path}: holds {len(found)} articles; `saywho analyze` reads one per file, "
                         f"`saywho ingest` reads them all")
    origin, kind, item = found[0]
    if kind == ANALYSIS:
        article = analysis_document(item, origin).article
        article.date = article.date or date
        return article
    article = record_article(item, origin)
    if not article.date and date:
        article.date = date
    if not article.outlet and article.url:
        article.outlet = outlet_of(article.url)
    return article
