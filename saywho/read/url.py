"""Fetching an article from an http(s) URL: saywho's one fetcher, for the command line, ingest and the web app.

The transport is `saywho.read.fetch`'s (one deadline for the whole fetch, every
address checked before it is connected to, redirects followed by hand). What
differs between callers is the address policy:

- `fetch_article(url)` refuses any URL that leads to a private, loopback or
  link-local address (`is_public_address`): the web app's policy, where a URL
  typed into a public form must not reach the server's own network;
  `allow_private=True` (`saywho serve --allow-private-urls`) lifts it.
- `fetch_url(url)` is the command line's and `saywho ingest`'s: run by the
  machine's own user, any address will do, and the article keeps the URL as
  given (the web app names it by where the redirects ended).
"""

from __future__ import annotations

from email.message import Message
from urllib.parse import urlsplit

from saywho.document import Article
from saywho.errors import FetchError
from saywho.read.fetch import (  # noqa: F401 - the names callers of the fetcher use
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
from saywho.read.html import decode_html, looks_like_html, read_html
from saywho.read.text import decode_text, read_text

DEFAULT_TIMEOUT = 15.0
COMMAND_LINE_TIMEOUT = 20.0
MAX_RESPONSE_BYTES = 10 * 1024 * 1024
HTML_TYPES = ("text/html", "application/xhtml+xml")
TEXT_TYPES = ("text/plain",)


def fetch_article(
    url: str,
    *,
    allow_private: bool = False,
    timeout: float = DEFAULT_TIMEOUT,
    max_bytes: int = MAX_RESPONSE_BYTES,
    resolver: Resolver = system_resolver,
    allow: AddressPolicy | None = None,
    keep_given_url: bool = False,
) -> Article:
    """Fetch an HTML page or plain-text document, checking every hop with the address policy, and read it.

    The policy is `allow` if given, else public addresses only unless `allow_private`. The article's url and
    origin are the URL the redirects ended at, or the one given with `keep_given_url`."""
    policy = allow or (allow_any_address if allow_private else is_public_address)
    body, headers, final_url = fetch(url, timeout=timeout, max_bytes=max_bytes, resolver=resolver, allow=policy)
    return article_from_response(body, headers, url if keep_given_url else final_url)


def fetch_url(url: str, timeout: float = COMMAND_LINE_TIMEOUT) -> Article:
    """The command line's fetch: any address, and the article named by the URL as given."""
    if urlsplit(url).scheme.lower() not in ("http", "https"):
        raise FetchError(f"{url}: could not fetch (only http and https URLs are supported)")
    return fetch_article(url, allow_private=True, timeout=timeout, keep_given_url=True)


def article_from_response(body: bytes, headers: Message, url: str) -> Article:
    """An HTML page or a plain-text document as an Article, told apart by its Content-Type (by its content
    when it has none)."""
    content_type = headers.get_content_type() if headers.get("Content-Type") else None
    if content_type in HTML_TYPES:
        return read_html(decode_html(body, headers.get_content_charset()), origin=url, url=url)
    if content_type is not None and content_type not in TEXT_TYPES:
        raise FetchError(f"{url}: is {content_type}, not an HTML page or plain text")
    text = decode_text(body, url, headers.get_content_charset())
    if content_type is None and looks_like_html(text, urlsplit(url).path):
        return read_html(text, origin=url, url=url)
    article = read_text(text, origin=url)
    article.url = url
    return article


def outlet_of(url: str) -> str | None:
    """A URL's host without "www.", the outlet when a page names none."""
    host = (urlsplit(url).hostname or "").lower()
    return host.removeprefix("www.") or None
