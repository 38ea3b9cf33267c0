"""Hypothesis strategies for tests/test_fuzz.py: hostile but article-shaped inputs.

Inputs are built from real news sentences cut up and mixed with what breaks
readers of news text: quotation marks of every style, balanced or not, runs of
punctuation, line breaks, HTML fragments and entities, and unicode that is
easy to get wrong (zero-width, combining marks, emoji, right-to-left, lone
surrogates, NUL and other control characters).
"""

from __future__ import annotations

import string

from hypothesis import strategies as st

MAX_TEXT = 2000  # characters: small enough that one example analyses in well under a second

# Sentences in the shapes saywho looks for: direct and split quotations, partial
# quotes, reported speech, "according to", unnamed sources, pronouns, dates.
SENTENCES = [
    "Riverside's city council postponed its vote on the new harbour bridge on Thursday.",
    "“We cannot ask people to drive across a bridge that our own experts are not sure about,” "
    "Mayor Elena Vasquez said at a packed public meeting.",
    "“The vote will wait until every question has an answer.”",
    "Vasquez, who has backed the project since 2022, said the delay would last “weeks, not months.”",
    "According to the review, published by the consulting firm Hartley & Ross, two of the six piers were weak.",
    "The firm’s lead engineer, Marcus Obi, told councillors that the design was “not unsafe, but not finished.”",
    "He added that a revised plan could be ready by the end of April.",
    "“Nobody should read this as a failure,” Obi said. “It is exactly what a review is for.",
    "Its leader, Tom Reyes, accused the council of “rushing a half-built plan through a half-empty chamber.”",
    "A resident who lives beside the site said she was relieved.",
    "Officials at the transport agency declined to comment, but a spokesperson said the agency had “full confidence.”",
    '"We will win," she said on Tuesday.',
    "'It is over,' the minister told reporters last week.",
    "The company reported a loss of $3 million in the third quarter, the Daily Bugle has learned.",
    "Sources close to the negotiations said a deal was expected by Friday evening.",
    "“Is this the end?” asked Dr. Amira Haddad, a historian at the University of Leeds.",
    "Police said two men, aged 23 and 31, were arrested on 4 March 2023.",
    "“We will rebuild,” he said, “and we will do it together.”",
    "The senator insisted the bill was “dead on arrival” and “a waste of everyone’s time.”",
]

QUOTE_MARKS = ['"', "'", "“", "”", "‘", "’", "«", "»", "‹", "›", "„", "‚", "「", "」", "``", "''", "« ", " »"]
PUNCTUATION = ".,;:!?-—–…()[]{}/\\*&%#@|~^_" + "'\""
BREAKS = ["\n", "\n\n", "\n\n\n", "\r\n", "\r", " ", "  ", "\t", "\u00a0", "\u2028", "\u2029", "\x0b", "\x0c", "\x85"]
HTML_BITS = [
    "<p>", "</p>", "<br>", "<br/>", "<b>", "</b>", "<i>", "</i>", "<q>", "</q>", "<blockquote>", "</blockquote>",
    "<div class=\"x\">", "</div>", "<script>alert(1)</script>", "<style>p{}</style>", "<!-- note -->",
    "<![CDATA[x]]>", "<a href=\"http://127.0.0.1/\">", "</a>", "<img src=x onerror=alert(1)>", "<html>", "<body>",
    "&amp;", "&quot;", "&ldquo;", "&rdquo;", "&#8220;", "&#x201D;", "&nbsp;", "&lt;", "&gt;", "&#0;", "&#xD800;",
    "&bogus;", "&", "<", ">",
]
TRICKY_UNICODE = [
    "\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u00ad", "\u0301", "e\u0301", "\u0308\u0308\u0308",
    "😀", "👩‍👩‍👧", "🇬🇧", "\u202e", "\u202d", "\u200f", "שלום", "مرحبا", "Ελλάδα", "日本語", "ﬁ", "Ⅷ",
    "\ud800", "\udfff", "\udc80x", "\x00", "\x07", "\x1b", "\x7f", "\u0085", "\ufffd", "\U0010ffff",
]
WORDS = ["said", "told", "according to", "he", "she", "they", "Smith", "Jane Smith", "Mr.", "Ms", "U.S.",
         "officials", "sources", "on Monday", "yesterday", "last week", "2024", "the", "and", "claimed"]

DATES_INVALID = ["yesterday", "2024-13-01", "2024-02-30", "2024-1-1", "0000-00-00", "99999-01-01", "",
                 " ", "2024-05-01T10:00", "01/05/2024", "\ud800", "2024-05-01\x00", "٢٠٢٤-٠٥-٠١"]

pieces = st.one_of(
    st.sampled_from(SENTENCES),
    st.sampled_from(SENTENCES).flatmap(lambda s: st.integers(0, len(s)).map(lambda i: s[:i])),
    st.sampled_from(SENTENCES).flatmap(lambda s: st.integers(0, len(s)).map(lambda i: s[i:])),
    st.sampled_from(QUOTE_MARKS),
    st.text(alphabet=PUNCTUATION, min_size=1, max_size=8),
    st.sampled_from(BREAKS),
    st.sampled_from(HTML_BITS),
    st.sampled_from(TRICKY_UNICODE),
    st.sampled_from(WORDS),
    st.text(max_size=6),  # anything at all, surrogates and controls included
)


def _cap(text: str) -> str:
    return text[:MAX_TEXT]


#: Plain text: sentences and fragments, cut and interleaved with everything above.
texts = st.lists(pieces, max_size=25).map("".join).map(_cap)


def _page(paragraphs: list[str]) -> str:
    body = "".join(f"<p>{paragraph}</p>\n" for paragraph in paragraphs)
    return f"<!DOCTYPE html><html><head><title>News</title></head><body><article>{body}</article></body></html>"


#: An HTML page whose paragraphs are fuzzed text (read through the HTML reader).
pages = st.lists(texts.map(lambda t: t[:300]), min_size=1, max_size=6).map(_page).map(_cap)


def _apply(text: str, edits: list[tuple[float, float, str]]) -> str:
    for at, length, piece in edits:
        start = int(at * len(text))
        end = min(len(text), start + int(length * 8))
        text = text[:start] + piece + text[end:]
    return text


#: A realistic article, one sentence or two per paragraph, then damaged in a few places:
#: a character range replaced by any piece above (a quotation mark, a line break, a tag ...).
edited = st.builds(
    _apply,
    st.lists(st.sampled_from(SENTENCES), min_size=1, max_size=10).flatmap(
        lambda sentences: st.lists(st.sampled_from([" ", "\n", "\n\n"]), min_size=len(sentences),
                                   max_size=len(sentences)).map(
            lambda joins: "".join(s + j for s, j in zip(sentences, joins)))),
    st.lists(st.tuples(st.floats(0, 1), st.floats(0, 1), pieces), max_size=6),
).map(_cap)

#: Text or HTML, as `saywho.analyze` accepts either.
articles = st.one_of(texts, edited, pages)

#: Publication dates: valid, invalid, absent.
dates = st.one_of(
    st.none(),
    st.dates().map(lambda d: d.isoformat()),
    st.sampled_from(DATES_INVALID),
    st.text(alphabet=string.digits + "-/ T:", max_size=12),
)

# -- the web app ------------------------------------------------------------------------------------------

#: URLs that cannot leave the machine: loopback and private addresses (refused by the app's
#: default policy before any connection), other schemes, and garbage. The path comes after
#: a "/", so it cannot change the host.
url_paths = st.text(alphabet=st.characters(exclude_characters="@\\"), max_size=20)
urls = st.one_of(
    st.builds(lambda base, path: base + "/" + path,
              st.sampled_from(["http://127.0.0.1", "https://127.0.0.1:8443", "http://[::1]", "http://10.0.0.1",
                               "http://169.254.169.254", "http://192.168.1.1:80", "http://0.0.0.0",
                               "http://[::ffff:127.0.0.1]", "HTTP://127.0.0.1", "http://127.1",
                               "ftp://127.0.0.1", "file://", "gopher://127.0.0.1"]),
              url_paths),
    st.sampled_from(["", " ", "javascript:alert(1)", "data:text/html,<p>x</p>", "http://", "https://",
                     "http://:80/", "http://[::1", "127.0.0.1", "\ud800", "http://127.0.0.1:99999/",
                     "http://127.0.0.1:-1/"]),
)

#: Any JSON value, to put where a string is expected.
json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner, max_size=3),
    max_leaves=6,
)

#: Bodies for POST /api/analyze: the right fields with fuzzed or wrongly typed values, missing fields, extras.
analyze_bodies = st.one_of(
    st.fixed_dictionaries({}, optional={"text": articles, "date": dates}),
    st.fixed_dictionaries({"html": pages}, optional={"date": dates}),
    st.fixed_dictionaries({"url": urls}, optional={"date": dates}),
    st.dictionaries(st.sampled_from(["text", "html", "url", "date", "extra", ""]),
                    st.one_of(json_values, texts), max_size=4),
    json_values,
)

#: Query parameter values: numbers out of every range, FTS5 syntax, percent escapes, unicode.
param_values = st.one_of(
    st.integers(min_value=-(2**70), max_value=2**70).map(str),
    st.sampled_from(["0", "-1", "1e9", "NaN", "inf", "1.5", "0x10", " 1", "9" * 40, "", " ",
                     "x:foo", "\"", "\"\"", "*", "foo*", "NEAR(", "NEAR(a b)", "a NEAR b", "AND", "OR NOT",
                     "(", ")", "^foo", "-foo", "+", "col:", "{a b}:c", "%00", "%", "%ff", "\x00", "'", "''",
                     "Jane", "Smith", "bridge", "direct", "Daily Bugle", "🇬🇧", "\u200b", "\ud800",
                     "' OR 1=1 --", "%' --", "_", "\\"]),
    st.text(max_size=12),
)
