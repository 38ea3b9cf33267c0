"""Fetching an article from an http(s) URL, with the standard library only."""

from __future__ import annotations

import http.client
import re
import urllib.error
import urllib.request
from email.message import Message
from urllib.parse import urlsplit

from saywho import __version__
from saywho.document import Article
from saywho.errors import FetchError
from saywho.read.html import looks_like_html, read_html
from saywho.read.text import decode_text, read_text

MAX_REDIRECTS = 5
MAX_RESPONSE_BYTES = 10 * 1024 * 1024
HTML_TYPES = ("text/html", "application/xhtml+xml")
TEXT_TYPES = ("text/plain",)

_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)""", re.IGNORECASE)


class _LimitedRedirects(urllib.request.HTTPRedirectHandler):
    max_redirections = MAX_REDIRECTS


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
    request = urllib.request.Request(url, headers={"User-Agent": f"saywho/{__version__}"})
    opener = urllib.request.build_opener(_LimitedRedirects)
    try:
        with opener.open(request, timeout=timeout) as response:
            body = response.read(MAX_RESPONSE_BYTES + 1)
            headers = response.headers
    except urllib.error.HTTPError as error:
        error.close()
        raise FetchError(f"{url}: could not fetch ({_describe_http_error(error)})") from None
    except urllib.error.URLError as error:
        raise FetchError(f"{url}: could not fetch ({_describe_reason(error.reason, timeout)})") from None
    except TimeoutError:
        raise FetchError(f"{url}: could not fetch (timed out after {timeout:g} s)") from None
    except (OSError, ValueError, http.client.HTTPException) as error:
        # Broken connections and malformed responses: one line is all a user can act on.
        raise FetchError(f"{url}: could not fetch ({type(error).__name__}: {error})") from None
    if len(body) > MAX_RESPONSE_BYTES:
        raise FetchError(f"{url}: could not fetch (the response is larger than {MAX_RESPONSE_BYTES // 2**20} MB)")
    return body, headers


def _describe_http_error(error: urllib.error.HTTPError) -> str:
    if 300 <= error.code < 400 and error.headers.get("Location"):
        return f"more than {MAX_REDIRECTS} redirects, or a redirect loop"
    return f"HTTP {error.code}"


def _describe_reason(reason: object, timeout: float) -> str:
    if isinstance(reason, TimeoutError):
        return f"timed out after {timeout:g} s"
    if isinstance(reason, OSError) and reason.strerror:
        return reason.strerror
    return str(reason)


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
