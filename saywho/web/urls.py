"""Fetching an article for the web app without letting a URL reach the server's own network.

The fetching is `saywho.read.fetch`'s, with `is_public_address` as the address
policy: every host a URL or a redirect names is resolved and each of its
addresses checked before any connection, the connection goes to a checked
address, and the whole fetch has one deadline. `--allow-private-urls`
(allow=anything) turns the address check off, for a server that only its
owner uses.
"""

from __future__ import annotations

from email.message import Message
from urllib.parse import urlsplit

from saywho.document import Article
from saywho.errors import FetchError
from saywho.read import looks_like_html, read_html, read_text
from saywho.read.fetch import (  # noqa: F401 - the web app's names for them
    MAX_REDIRECTS,
    AddressPolicy,
    CheckedURL,
    RefusedURL,
    Resolver,
    allow_any_address,
    check_url,
    fetch,
    is_public_address,
    system_resolver,
)
from saywho.read.text import decode_text

DEFAULT_TIMEOUT = 15.0
DEFAULT_MAX_BYTES = 10 * 1024 * 1024
HTML_TYPES = ("text/html", "application/xhtml+xml")
TEXT_TYPES = ("text/plain",)


def fetch_article(
    url: str,
    *,
    allow_private: bool = False,
    timeout: float = DEFAULT_TIMEOUT,
    max_bytes: int = DEFAULT_MAX_BYTES,
    resolver: Resolver = system_resolver,
    allow: AddressPolicy | None = None,
) -> Article:
    """Fetch an HTML page or plain-text document, checking every hop, and read it as an Article."""
    policy = allow or (allow_any_address if allow_private else is_public_address)
    body, headers, final_url = fetch(url, timeout=timeout, max_bytes=max_bytes, resolver=resolver, allow=policy)
    return article_from_response(body, headers, final_url)


def article_from_response(body: bytes, headers: Message, url: str) -> Article:
    """An HTML page or a plain-text document as an Article, told apart by its Content-Type."""
    content_type = headers.get_content_type() if headers.get("Content-Type") else None
    if content_type in HTML_TYPES:
        return read_html(_decode_html(body, headers), origin=url, url=url)
    if content_type is not None and content_type not in TEXT_TYPES:
        raise FetchError(f"{url}: is {content_type}, not an HTML page or plain text")
    text = decode_text(body, url, headers.get_content_charset())
    if content_type is None and looks_like_html(text, urlsplit(url).path):
        return read_html(text, origin=url, url=url)
    article = read_text(text, origin=url)
    article.url = url
    return article


def _decode_html(body: bytes, headers: Message) -> str:
    # Pages often misdeclare their encoding; a few replaced characters beat a refusal.
    charset = headers.get_content_charset() or "utf-8"
    try:
        return body.decode(charset, errors="replace")
    except LookupError:
        return body.decode("utf-8", errors="replace")
