"""Date expressions in English news text, resolved against the publication date.

`find_dates(text, published)` is pure and spaCy-free. Each item it returns::

    {"text": "two weeks ago", "spans": [[0, 13]], "value": "2021-W33",
     "start": "2021-08-14", "end": "2021-08-20", "granularity": "week",
     "resolved": True, "relative": True}

`start` and `end` are the inclusive first and last day of the period meant.
`relative` says the expression needs the publication date P to be resolved;
without P such items come back with ``resolved=False`` and every field but
text, spans and relative set to None. Ranges (granularity "range") have no
`value`: only start and end. Items never overlap; the longest match wins.

Conventions (news is mostly written about the recent past):

* A bare weekday ("Friday", "on Friday", "Friday's", "late Friday") is the
  most recent such day on or before P, so P's own weekday is P itself;
  unless its clause is in the future ("will vote on Friday", "is set to
  meet Friday", "On Friday, the board will vote"): then it is the first
  such day on or after P.
  "last"/"this past" Friday: the most recent strictly before P.
  "next"/"this coming" Friday: the first strictly after P. "this Friday":
  the Friday of P's ISO week (Monday to Sunday).
* "N days ago" is a day; "N weeks ago" is the 7-day window centred on
  P - 7N (an "ago" counts back from P, not from a Monday), whose value is the
  ISO week of that centre day; "N months/years ago" is the calendar month or
  year N back. Vague counts are ranges: "a couple" 2-3, "a few" 2-4,
  "several" 3-7 (units), spanning the periods of the two extreme counts.
* "this/last/next week|month|year" are calendar periods (ISO weeks);
  "earlier this X" runs from the start of X to P and "later this X" from P to
  its end. "the past/last N units" runs from P - N units to P.
* early/mid/late before a month, year, decade or calendar period take its
  first, middle or last third (by years, months or days, whichever are
  whole): "early 2020" is January to April 2020.
* A day and month without a year ("Sept. 11") takes the latest year in which
  that day falls no more than 14 days after P: stories look back, but also
  announce events days away. A month alone needs a cue ("in March",
  "since May", "last June") and is the most recent such month on or before
  P's month; "last March" is strictly before it, "next March" strictly after.
* A four-digit year counts only from 1900 to 2100 and only in a date-like
  context: after a preposition ("in 2020", "since 2019"), a determiner and
  before a word ("the 2016 election"), in a list of years, or possessive
  ("2020's").
* Vague words ("recently", "soon", "in the past", "one day") are not
  reported: nothing is guessed.

The package: `periods` (the Period type and calendar arithmetic), `vocabulary`
(month, weekday and number words and the regex fragments built from them), `hits`
(what a matcher finds and the cue helpers matchers share), `relative_matchers`
(expressions counted from P) and `absolute_matchers` (calendar dates, months,
years, decades); this module runs them all and keeps the longest matches.
"""

from __future__ import annotations

from datetime import date, datetime

from saywho.analyse.dates.absolute_matchers import (
    _decade_hits,
    _full_date_hits,
    _month_hits,
    _month_year_hits,
    _year_hits,
)
from saywho.analyse.dates.hits import _Hit
from saywho.analyse.dates.periods import Period
from saywho.analyse.dates.relative_matchers import (
    _ago_hits,
    _calendar_hits,
    _day_word_hits,
    _rolling_hits,
    _weekday_hits,
)

__all__ = ["find_dates"]

_MATCHERS = (_weekday_hits, _day_word_hits, _calendar_hits, _ago_hits, _rolling_hits,
             _full_date_hits, _month_year_hits, _month_hits, _year_hits, _decade_hits)


# -- the API -------------------------------------------------------------------------------


def find_dates(text: str, published: date | str | None) -> list[dict]:
    """Date expressions in `text`, in order, each resolved against the publication date.

    `published` is a date, a datetime, an ISO 8601 string (only its date part
    is used) or None. A string that is not ISO 8601 raises ValueError.
    """
    published = _as_date(published)
    hits = [hit for matcher in _MATCHERS for hit in matcher(text)]
    return [_item(text, hit, published) for hit in _longest_without_overlap(hits)]


def _as_date(published: date | str | None) -> date | None:
    if published is None or published == "":
        return None
    if isinstance(published, datetime):
        return published.date()
    if isinstance(published, date):
        return published
    return date.fromisoformat(published.strip()[:10])


def _longest_without_overlap(hits: list[_Hit]) -> list[_Hit]:
    """Greedy: longest first, then leftmost; the kept hits in text order."""
    kept: list[_Hit] = []
    for hit in sorted(hits, key=lambda h: (h.start - h.end, h.start)):
        if all(hit.end <= other.start or other.end <= hit.start for other in kept):
            kept.append(hit)
    return sorted(kept, key=lambda h: h.start)


def _item(text: str, hit: _Hit, published: date | None) -> dict:
    period = _resolved(hit, published)
    return {
        "text": text[hit.start:hit.end],
        "spans": [[hit.start, hit.end]],
        "value": period.value if period else None,
        "start": period.start.isoformat() if period else None,
        "end": period.end.isoformat() if period else None,
        "granularity": period.granularity if period else None,
        "resolved": period is not None,
        "relative": hit.relative,
    }


def _resolved(hit: _Hit, published: date | None) -> Period | None:
    if hit.relative and published is None:
        return None
    try:
        return hit.resolve(published)
    except (ValueError, OverflowError):  # counted out of the calendar: "999 years ago" from 0500
        return None
