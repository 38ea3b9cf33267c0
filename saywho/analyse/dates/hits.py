"""What a matcher finds (`_Hit`: a span and how to resolve it against the publication
date) and the helpers matchers share: looking back for cues, early/mid/late qualifiers."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from datetime import date
from typing import NamedTuple

from saywho.analyse.dates.periods import Period, _part

# How far back from a match the cues before it are looked for.
_CUE_WINDOW = 40


class _Hit(NamedTuple):
    start: int
    end: int
    relative: bool  # needs the publication date
    # called with the publication date: a date for a relative hit, which binds its own words as defaults
    resolve: Callable[..., Period | None]


def _fixed(period: Period) -> Callable[[date | None], Period]:
    return lambda _published: period


def _ends_with(pattern: re.Pattern, text: str, pos: int) -> re.Match | None:
    """Whether the text just before pos matches pattern (which should end in $)."""
    return pattern.search(text, max(0, pos - _CUE_WINDOW), pos)


def _safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


_QUALIFIER_BEFORE = re.compile(r"\b(?P<which>early|mid|late)(?:\s+|-)$", re.I)


def _qualified(text: str, hit: _Hit) -> _Hit:
    """Widen a period hit over an early/mid/late before it, narrowing its period."""
    cue = _ends_with(_QUALIFIER_BEFORE, text, hit.start)
    if not cue:
        return hit
    which = cue["which"].lower()
    return hit._replace(start=cue.start(), resolve=lambda published: _part(hit.resolve(published), which))


def _finditer_at(pattern: re.Pattern, text: str, starts: re.Pattern) -> Iterator[re.Match]:
    """pattern.finditer(text), with `pattern` tried only where `starts` finds something.

    `starts` must find every place where a match of `pattern` can begin (more do no harm), and
    be quick to run: literal alternatives, case-sensitive, which the regex engine scans for in C,
    where a pattern opening with a word boundary or an optional group is tried at every character.
    `pattern` must not match the empty string. A match tried at a place sees the text before it.
    """
    end = 0
    for place in starts.finditer(text):
        at = place.start()
        if at >= end and (found := pattern.match(text, at)):
            yield found
            end = found.end()
