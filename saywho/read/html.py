"""HTML pages: the article text and its metadata, extracted with trafilatura."""

from __future__ import annotations

import re
from pathlib import PurePath

import trafilatura

from saywho.document import Article
from saywho.errors import InputError
from saywho.read.text import normalise_text

HTML_SUFFIXES = (".html", ".htm", ".xhtml")

# Only markup dates, and no "today" ceiling, so that the same page gives the same
# date on every run; searching the body text finds dates the article merely mentions.
_DATE_PARAMS = {"extensive_search": False, "original_date": True, "max_date": "9999-12-31"}

_DOCUMENT_START = re.compile(r"\s*(<\?xml|<!doctype\s+html|<html[\s>]|<!--)", re.IGNORECASE)
_BODY_TAG = re.compile(r"<body[\s>]", re.IGNORECASE)
_BLOCK_TAG = re.compile(r"</?(p|div|br|h[1-6]|article|section|li)(\s[^<>]*)?/?>", re.IGNORECASE)
# A line reads like prose, rather than a menu item or form label, when it is a long
# enough run of words that ends like a sentence.
_MIN_PROSE_WORDS = 8
# trafilatura's time grows faster than the number of elements (10,000 paragraphs took
# 0.9 s, 30,000 took 4.4 s, 100,000 minutes); a heavy news page has a few thousand.
MAX_HTML_TAGS = 30_000
_START_TAG = re.compile(r"<[A-Za-z]")
_SENTENCE_ENDS = tuple(".!?…:;\"'”’)]")
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)""", re.IGNORECASE)


def decode_html(body: bytes, charset: str | None = None) -> str:
    """An HTML page's bytes as text: in the charset its server declared, else the one its <meta> names, else UTF-8.

    Pages often misdeclare their encoding; a few replaced characters beat a refusal."""
    charset = charset or _meta_charset(body) or "utf-8"
    try:
        return body.decode(charset, errors="replace")
    except LookupError:
        return body.decode("utf-8", errors="replace")


def _meta_charset(body: bytes) -> str | None:
    match = _META_CHARSET.search(body[:4096])
    return match.group(1).decode("ascii") if match else None


def looks_like_html(text: str, name: str | None = None) -> bool:
    """Whether `text` (read from a file called `name`, if any) is an HTML page rather than plain text."""
    if name and PurePath(name).suffix.lower() in HTML_SUFFIXES:
        return True
    head = text[:4096]
    if _DOCUMENT_START.match(head) or _BODY_TAG.search(text):
        return True
    lines = sum(1 for line in text.splitlines() if line.strip())
    tags = len(_BLOCK_TAG.findall(text))
    return tags >= 2 and tags * 2 >= lines


def read_html(html: str, origin: str | None = None, url: str | None = None) -> Article:
    """An Article from an HTML page: body text with one paragraph per line, and the page's metadata."""
    _check_tag_count(html, origin or url or "input")
    document = _extract(html, url)
    text = normalise_text(document.text or "") if document else ""
    if not _has_prose(text):
        raise InputError(f"{origin or url or 'input'}: no article text found in this HTML page")
    return Article(
        text=text,
        title=document.title or None,
        author=document.author or None,
        date=document.date or None,
        outlet=document.sitename or None,
        url=url or document.url or None,
        origin=origin or url,
    )


def _check_tag_count(html: str, origin: str) -> None:
    tags = sum(1 for _ in _START_TAG.finditer(html))
    if tags > MAX_HTML_TAGS:
        raise InputError(f"{origin}: has {tags:,} HTML tags; saywho reads pages with up to {MAX_HTML_TAGS:,}")


def _extract(html: str, url: str | None):
    # trafilatura reads what it is given and never fetches; the url only fills metadata.
    return trafilatura.bare_extraction(
        html,
        url=url,
        with_metadata=True,
        include_comments=False,
        include_tables=False,
        include_images=False,
        include_links=False,
        deduplicate=False,
        date_extraction_params=dict(_DATE_PARAMS),
    )


def _has_prose(text: str) -> bool:
    return any(_is_prose(line.strip()) for line in text.split("\n"))


def _is_prose(line: str) -> bool:
    return line.endswith(_SENTENCE_ENDS) and len(line.split()) >= _MIN_PROSE_WORDS
