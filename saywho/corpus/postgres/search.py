"""Full-text search on PostgreSQL with the query language of the SQLite store (FTS5's).

`saywho quotes --about` takes words, "exact phrases", OR, NOT, AND, brackets and
prefix* on both back ends. Here the query is parsed and rebuilt as a tsquery
expression in SQL, each term bound as a parameter, so no query text can break
the SQL; text that does not parse is searched word by word (every word must
occur), as the SQLite store does.

Quotations are indexed with the `saywho` text search configuration (created by
the schema): English stemming, as FTS5's porter tokenizer, and no stop words, so
"the" is a word like any other, as it is in FTS5. Typographic quotes and dashes
are made ASCII in the query as in the indexed text.
"""

from __future__ import annotations

import re

from saywho.corpus.postgres.schema import PLAIN, TYPOGRAPHY

CONFIG = "saywho"

_TOKEN = re.compile(r'\s*(?:(?P<phrase>"(?:[^"]|"")*")|(?P<open>\()|(?P<close>\))|(?P<word>[^\s"()]+))')
_WORD = re.compile(r"^[\w\u0080-\U0010ffff]+\*?$")
_PIECES = re.compile(r"[^\W_]+")


_TYPOGRAPHY = str.maketrans(TYPOGRAPHY, PLAIN)  # as in the indexed text (schema.py)


class _Unparsed(Exception):
    """The text is not in the query language: search its words instead."""


def tsquery(text: str) -> tuple[str, list[str]]:
    """A SQL expression of type tsquery, and its parameters, for a search query."""
    text = text.replace("\x00", " ").translate(_TYPOGRAPHY)
    try:
        tokens = _tokens(text)
        parser = _Parser(tokens)
        sql = parser.any()
        if parser.position != len(tokens):
            raise _Unparsed
        return sql, parser.params
    except _Unparsed:
        params = [word for word in text.split() if _PIECES.search(word)]
        if not params:
            return "''::tsquery", []
        return "(" + " && ".join(f"phraseto_tsquery('{CONFIG}', %s)" for _ in params) + ")", params


def _tokens(text: str) -> list[tuple[str, str]]:
    tokens, position = [], 0
    text = text.rstrip()
    while position < len(text):
        match = _TOKEN.match(text, position)
        if match is None:
            raise _Unparsed
        kind = match.lastgroup
        if kind is None:  # every alternative of _TOKEN is a named group
            raise _Unparsed
        value = match.group(kind)
        if kind == "word" and value in ("AND", "OR", "NOT"):
            kind = value
        elif kind == "word" and value.lower().startswith("content:") and len(value) > len("content:"):
            value = value[len("content:"):]  # FTS5's filter on the one column there is: the word itself
        if kind == "word" and not _WORD.match(value):
            raise _Unparsed
        tokens.append((kind, value))
        position = match.end()
    return tokens


class _Parser:
    """OR binds loosest, then AND (or words side by side), then NOT, as in FTS5."""

    def __init__(self, tokens: list[tuple[str, str]]):
        self.tokens = tokens
        self.position = 0
        self.params: list[str] = []

    def _peek(self) -> str | None:
        return self.tokens[self.position][0] if self.position < len(self.tokens) else None

    def any(self) -> str:
        parts = [self.every()]
        while self._peek() == "OR":
            self.position += 1
            parts.append(self.every())
        return parts[0] if len(parts) == 1 else "(" + " || ".join(parts) + ")"

    def every(self) -> str:
        parts = [self.without()]
        while self._peek() in ("AND", "phrase", "word", "open"):
            if self._peek() == "AND":
                self.position += 1
            parts.append(self.without())
        return parts[0] if len(parts) == 1 else "(" + " && ".join(parts) + ")"

    def without(self) -> str:
        sql = self.term()
        while self._peek() == "NOT":
            self.position += 1
            sql = f"({sql} && !!{self.term()})"
        return sql

    def term(self) -> str:
        kind = self._peek()
        if kind is None:
            raise _Unparsed
        value = self.tokens[self.position][1]
        self.position += 1
        if kind == "open":
            sql = self.any()
            if self._peek() != "close":
                raise _Unparsed
            self.position += 1
            return sql
        if kind == "phrase":
            self.params.append(value[1:-1].replace('""', '"'))
            return f"phraseto_tsquery('{CONFIG}', %s)"
        if kind == "word" and value.endswith("*"):
            pieces = _PIECES.findall(value[:-1])
            if not pieces:
                raise _Unparsed
            self.params.append(" <-> ".join(pieces[:-1] + [pieces[-1] + ":*"]))
            return f"to_tsquery('{CONFIG}', %s)"
        if kind == "word":
            self.params.append(value)
            return f"phraseto_tsquery('{CONFIG}', %s)"
        raise _Unparsed
