"""Fetching an article from an http(s) URL, with the standard library only (saywho.read.fetch).

Any address may be fetched: this is the command line's reader, run by the
machine's own user. The web app's reader, `saywho.web.urls`, refuses private ones.
"""

from __future__ import annotations

import re
from email.message import Message
from urllib.parse import urlsplit

from saywho.document import Article
from saywho.errors import FetchError
from saywho.read.fetch import MAX_REDIRECTS, allow_any_address, fetch, system_resolver  # noqa: F401
from saywho.read.html import looks_like_html, read_html
from saywho.read.text import decode_text, read_text

MAX_RESPONSE_BYTES = 10 * 1024 * 1024
HTML_TYPES = ("text/html", "application/xhtml+xml")
TEXT_TYPES = ("text/plain",)

_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)""", re.IGNORECASE)


def fetch_url(url: str, timeout: float = 20.0) -> Article:
    """Fetch an HTML page or plain-text document and read it as an Article."""
    if urlsplit(url).scheme.lower() not in ("http", "https"):
        raise FetchError(f"{url}: could not fetch (only http and https URLs are supported)")
    body, headers = _download(url, timeout)
    declared = headers.get("Content-Type") is not None
    content_type = headers.get_content_type()
    if content_type in HTML_TYPES:
        return read_html(_decode_html(body, headers), origin=url, url=url)
    if content_type not in TEXT_TYPES:
        raise FetchError(f"{url}: is {content_type}, not an HTML page or plain text")
    text = decode_text(body, url, headers.get_content_charset())
    if not declared and looks_like_html(text, urlsplit(url).path):
        return read_html(text, origin=url, url=url)
    article = read_text(text, origin=url)
    article.url = url
    return article


def _download(url: str, timeout: float) -> tuple[bytes, Message]:
    body, headers, _final_url = fetch(url, timeout=timeout, max_bytes=MAX_RESPONSE_BYTES, resolver=system_resolver,
                                      allow=allow_any_address)
    return body, headers


def _decode_html(body: bytes, headers: Message) -> str:
    # Pages that lie about their encoding are common; a few replaced characters beat a refusal.
    charset = headers.get_content_charset() or _meta_charset(body) or "utf-8"
    try:
        return body.decode(charset, errors="replace")
    except LookupError:
        return body.decode("utf-8", errors="replace")


def _meta_charset(body: bytes) -> str | None:
    match = _META_CHARSET.search(body[:4096])
    return match.group(1).decode("ascii") if match else None
