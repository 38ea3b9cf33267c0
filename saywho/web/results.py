"""Recent analyses, kept in memory so that a result page can link to its JSON and report.

A result is found by a random token, so one user cannot list another's
results. The cache is bounded by count and by the size of the texts it holds;
the oldest results go first, and a server restart forgets them all.
"""

from __future__ import annotations

import secrets
import threading
from collections import OrderedDict

from saywho.document import Analysis

DEFAULT_MAX_RESULTS = 200
DEFAULT_MAX_CHARS = 100 * 1024 * 1024


class Results:
    def __init__(self, max_results: int = DEFAULT_MAX_RESULTS, max_chars: int = DEFAULT_MAX_CHARS):
        self.max_results = max_results
        self.max_chars = max_chars
        self._items: OrderedDict[str, Analysis] = OrderedDict()
        self._chars = 0
        self._lock = threading.Lock()

    def add(self, analysis: Analysis) -> str:
        token = secrets.token_urlsafe(12)
        size = len(analysis.article.text)
        with self._lock:
            self._items[token] = analysis
            self._chars += size
            while self._items and (len(self._items) > self.max_results or self._chars > self.max_chars):
                _old, dropped = self._items.popitem(last=False)
                self._chars -= len(dropped.article.text)
        return token

    def get(self, token: str) -> Analysis | None:
        with self._lock:
            analysis = self._items.get(token)
            if analysis is not None:
                self._items.move_to_end(token)
            return analysis

    def __len__(self) -> int:
        return len(self._items)
