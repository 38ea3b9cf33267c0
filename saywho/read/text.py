"""Plain text: bytes to str, and the checks an article must pass before analysis."""

from __future__ import annotations

import codecs
import datetime as dt
import re

from saywho.document import Article
from saywho.errors import InputError

MAX_TEXT_BYTES = 5 * 1024 * 1024

# A text with fewer words than this is not judged for language, and is flagged as short.
MIN_WORDS_TO_JUDGE = 20
# English news prose has 30-50% of its words in ENGLISH_FUNCTION_WORDS; French, German
# and Spanish share a few spellings with it ("a", "in", "on", "so", "me") but stay under 10%.
# The threshold sits low so that English lists, tables and headline-heavy texts still pass.
MIN_ENGLISH_SHARE = 0.15
# Below this share of Latin letters a text is in another script (Arabic, Chinese, ...).
MIN_LATIN_SHARE = 0.5
MIN_LETTERS_TO_JUDGE = 40

ENGLISH_FUNCTION_WORDS = frozenset("""
    a about above after again against all also am an and any are as at be because been
    before being below between both but by can could did do does doing down during each
    few for from further had has have having he her here hers herself him himself his how
    i if in into is it its itself just may me might more most must my myself no nor not
    now of off on once only or other our ours out over own said same says she should so
    some such than that the their theirs them then there these they this those through to
    too under until up very was we were what when where which while who whom why will with
    would you your
""".split())

_UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")
_UTF32_BOMS = (b"\xff\xfe\x00\x00", b"\x00\x00\xfe\xff")
_SAMPLE_BYTES = 8192
_MAX_CONTROL_SHARE = 0.05
_ALLOWED_CONTROLS = frozenset(b"\t\n\r\f\v\x1b")
_WORD = re.compile(r"[^\W\d_]+")
# Anything but whitespace and the characters that show nothing: zero-width spaces and joiners, word joiner,
# byte order mark, soft hyphen. A text of only these is empty.
_VISIBLE = re.compile(r"[^\s\u200b\u200c\u200d\u2060\ufeff\u00ad]")


def decode_text(data: bytes, origin: str, charset: str | None = None) -> str:
    """Bytes to str, refusing binary files and undecodable text with one clear line.

    Text is UTF-8 unless a `charset` is declared, as an HTTP server may do.
    """
    if data.startswith(_UTF32_BOMS):  # before UTF-16: the UTF-32 little-endian mark begins like UTF-16's
        raise InputError(f"{origin}: is UTF-32 text, not UTF-8; convert it with iconv -f utf-32 -t utf-8")
    if data.startswith(_UTF16_BOMS):
        raise InputError(f"{origin}: is UTF-16 text, not UTF-8; convert it with iconv -f utf-16 -t utf-8")
    if looks_binary(data):
        raise InputError(f"{origin}: looks like a binary file, not text")
    if charset and _codec_name(charset) not in (None, "utf-8"):
        return _decode_declared(data, origin, charset)
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        bad = data[error.start]
        raise InputError(
            f"{origin}: is not UTF-8 text (byte 0x{bad:02x} at offset {error.start}); "
            "convert it first, e.g. iconv -f latin1 -t utf-8"
        ) from None


def _decode_declared(data: bytes, origin: str, charset: str) -> str:
    try:
        return data.decode(charset)
    except UnicodeDecodeError:
        raise InputError(f"{origin}: is not valid {charset} text, as declared") from None


def _codec_name(charset: str) -> str | None:
    try:
        return codecs.lookup(charset).name
    except LookupError:
        return None


def looks_binary(data: bytes) -> bool:
    if b"\x00" in data:  # anywhere, not only in the sample: no text holds a NUL, and the search is cheap
        return True
    sample = data[:_SAMPLE_BYTES]
    controls = sum(1 for byte in sample if byte < 32 and byte not in _ALLOWED_CONTROLS)
    return bool(sample) and controls / len(sample) > _MAX_CONTROL_SHARE


def normalise_text(text: str) -> str:
    """Unify line ends and drop trailing whitespace; everything else stays, as offsets point into it."""
    text = text.removeprefix("\ufeff")
    return text.replace("\r\n", "\n").replace("\r", "\n").rstrip()


def read_text(text: str, origin: str | None = None) -> Article:
    """An Article from plain text, in which every line is a paragraph (once hard wraps are undone)."""
    return Article(text=unfold_hard_wraps(normalise_text(text)), origin=origin)


def unfold_hard_wraps(text: str) -> str:
    """Paragraphs folded into lines of a fixed width (e-mail, wire copy) joined back, if the text is folded.

    Each folding newline becomes one space, so every offset into the text stays what it was.
    A text counts as folded when blank lines part its paragraphs and most of its lines run on
    into the next one at nearly the same width; only such full-width lines are joined to the
    next, so a heading or a list item on its own line stays a paragraph of its own.
    """
    lines = text.split("\n")
    width = _fold_width(lines)
    if width is None:
        return text
    joined = [
        line + (" " if _runs_on(line, following, width) else "\n")
        for line, following in zip(lines, lines[1:])
    ]
    return "".join(joined) + lines[-1]


def _fold_width(lines: list[str]) -> int | None:
    """The width a text is folded at, or None when it does not look folded."""
    lengths = sorted(len(line.rstrip()) for line in lines if line.strip())
    if len(lengths) < _MIN_FOLDED_LINES or not any(not line.strip() for line in lines):
        return None
    width = lengths[int(len(lengths) * 0.95) - 1]
    if width > _MAX_FOLD_WIDTH or lengths[-1] > width + _FOLD_SLACK:
        return None
    running_on = sum(_runs_on(line, following, width) for line, following in zip(lines, lines[1:]))
    return width if running_on >= _MIN_RUN_ON_SHARE * len(lengths) else None


def _runs_on(line: str, following: str, width: int) -> bool:
    return bool(line.strip() and following.strip()) and len(line.rstrip()) >= width - _FOLD_SLACK


# Folded text wraps at 60-80 characters; a line is "full" within a word's length of the width.
_MAX_FOLD_WIDTH = 100
_FOLD_SLACK = 16
_MIN_FOLDED_LINES = 4
_MIN_RUN_ON_SHARE = 0.4


def check_article(article: Article) -> list[str]:
    """Raise InputError if the article cannot be analysed; return warnings about soft problems."""
    origin = article.origin or "input"
    text = article.text
    if not _VISIBLE.search(text):
        raise InputError(f"{origin}: is empty")
    if surrogate := _SURROGATE.search(text):
        raise InputError(f"{origin}: holds a lone surrogate (U+{ord(surrogate.group()):04X}) at character "
                         f"{surrogate.start()}, which is no text; decode the input as UTF-8 first")
    size = len(text.encode("utf-8"))
    if size > MAX_TEXT_BYTES:
        raise InputError(f"{origin}: is {_megabytes(size)}; saywho reads articles up to {_megabytes(MAX_TEXT_BYTES)}")
    if not looks_english(text):
        raise InputError(f"{origin}: does not look like English; saywho analyses English news articles only")
    check_date(article.date, origin)
    words = len(_WORD.findall(text))
    if words < MIN_WORDS_TO_JUDGE:
        return [f"text is very short ({words} words)"]
    return []


# Only Python callers can pass these: UTF-8 decoding never yields them, and spaCy cannot encode them.
_SURROGATE = re.compile("[\ud800-\udfff]")


def check_date(value: object, origin: str) -> None:
    """The publication date must be ISO 8601 (YYYY-MM-DD, a time after it may follow), as the date finder reads it."""
    if value is None or value == "" or isinstance(value, dt.date):
        return
    try:
        dt.date.fromisoformat(str(value).strip()[:10])
    except ValueError:
        raise InputError(f"{origin}: the publication date {value!r} is not a date of the form YYYY-MM-DD") from None


def looks_english(text: str) -> bool:
    """A cheap guess that errs towards yes: short texts are given the benefit of the doubt."""
    if _mostly_other_script(text):
        return False
    words = _WORD.findall(text.lower())
    return len(words) < MIN_WORDS_TO_JUDGE or english_share(words) >= MIN_ENGLISH_SHARE


def english_share(words: list[str]) -> float:
    """The share of (lower-case) words that are common English function words."""
    return sum(1 for w in words if w in ENGLISH_FUNCTION_WORDS) / len(words) if words else 0.0


def _mostly_other_script(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    if len(letters) < MIN_LETTERS_TO_JUDGE:
        return False
    latin = sum(1 for c in letters if c <= "\u024f")
    return latin / len(letters) < MIN_LATIN_SHARE


def _megabytes(size: int) -> str:
    megabytes = size / (1024 * 1024)
    return f"{megabytes:.0f} MB" if megabytes == int(megabytes) else f"{megabytes:.1f} MB"
