"""Reading inputs, whether files, URLs or stdin, plain text or HTML, into an `Article`.

Reading refuses what cannot be read (missing files, binary data, other encodings,
pages without an article, failed fetches); `check_article` then refuses what cannot
be analysed (empty, too large, not English) and warns about what is doubtful.
Every refusal is an `InputError` whose message is one line naming the input.
"""

from __future__ import annotations

import sys
from pathlib import Path

from saywho.document import Article
from saywho.errors import InputError
from saywho.read import records
from saywho.read.html import looks_like_html, read_html
from saywho.read.records import read_json_article
from saywho.read.text import MAX_TEXT_BYTES, check_article, decode_text, read_text
from saywho.read.url import fetch_article, fetch_url

__all__ = [
    "MAX_INPUT_BYTES", "MAX_TEXT_BYTES", "check_article", "fetch_article", "fetch_url", "looks_like_html",
    "read_bytes", "read_html", "read_input", "read_json_article", "read_text",
]

# Raw files may be larger than the text they hold (HTML markup), but not without bound.
MAX_INPUT_BYTES = 10 * MAX_TEXT_BYTES
STDIN = "-"
# The JSON forms `saywho ingest` reads: one record or analysis per file, or per line.
JSON_SUFFIXES = records.JSON_SUFFIXES + records.JSONL_SUFFIXES


def read_input(spec: str, *, date: str | None = None) -> Article:
    """Read a file path, an http(s) URL, or "-" for stdin; `date` fills in a missing publication date."""
    if not spec.strip():
        raise InputError("no input given: name a file, an http(s) URL, or - for stdin")
    if spec == STDIN:
        article = read_bytes(_read_stdin(), origin="stdin")
    elif spec.lower().startswith(("http://", "https://")):
        article = fetch_url(spec)
    elif spec.lower().endswith(JSON_SUFFIXES):
        article = _read_json(spec, date)
    else:
        article = read_bytes(_read_file(spec), origin=spec)
    if article.date is None:
        article.date = date
    return article


def read_bytes(data: bytes, origin: str) -> Article:
    """Text or HTML, told apart by the origin's extension and by the content."""
    text = decode_text(data, origin)
    if looks_like_html(text, origin):
        return read_html(text, origin=origin)
    return read_text(text, origin=origin)


def _read_file(spec: str) -> bytes:
    path = Path(spec)
    try:
        if path.is_dir():
            raise InputError(f"{spec}: is a directory, not a file")
        with path.open("rb") as file:
            data = file.read(MAX_INPUT_BYTES + 1)
    except FileNotFoundError:
        raise InputError(f"{spec}: no such file") from None
    except PermissionError:
        raise InputError(f"{spec}: permission denied, cannot read this file") from None
    except OSError as error:
        raise InputError(f"{spec}: cannot read this file ({error.strerror or error})") from None
    return _within_input_limit(data, spec)


def _read_json(spec: str, date: str | None) -> Article:
    """A JSON record or analysis, as `saywho ingest` reads it; a JSON file that holds no article is refused."""
    _read_file(spec)  # the same refusals as for any file: missing, a folder, unreadable, too large
    return read_json_article(spec, date=date)


def _read_stdin() -> bytes:
    if sys.stdin is None:  # started with stdin closed (<&-)
        raise InputError("stdin: is closed; pipe an article in, or name a file")
    try:
        data = sys.stdin.buffer.read(MAX_INPUT_BYTES + 1)
    except (OSError, ValueError) as error:
        raise InputError(f"stdin: cannot be read ({getattr(error, 'strerror', None) or error})") from None
    return _within_input_limit(data, "stdin")


def _within_input_limit(data: bytes, origin: str) -> bytes:
    if len(data) > MAX_INPUT_BYTES:
        raise InputError(f"{origin}: is over {MAX_INPUT_BYTES // 2**20} MB; saywho reads files up to that size")
    return data
