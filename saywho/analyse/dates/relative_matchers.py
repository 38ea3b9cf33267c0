"""Matchers for dates counted from the publication date: weekdays, today/yesterday,
this/last/next week, "N units ago" and "the past N units"."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date, timedelta
from functools import partial

from saywho.analyse.dates.hits import _ends_with, _Hit, _qualified
from saywho.analyse.dates.periods import (
    Period,
    _add_months,
    _day,
    _iso_week,
    _month,
    _range,
    _shift,
    _week,
    _weekend,
    _year,
)
from saywho.analyse.dates.vocabulary import _COUNT, _UNIT, _WEEKDAY, _WEEKDAYS, _alternatives, _count

# Weekdays ---------------------------------------------------------------------------------

_WEEKDAY_RE = re.compile(
    rf"\b(?:(?P<mod>(?i:last|this\s+past|this\s+coming|this|next|coming))\s+|(?i:early|late)\s+)?"
    rf"(?P<weekday>{_WEEKDAY})(?!\w)(?:\s+(?i:morning|afternoon|evening|night)\b)?")
# Named days fall in other weeks than the one the reporter means by a bare weekday.
_NAMED_DAY_BEFORE = re.compile(r"\b(?:Black|Good|Super|Cyber|Ash|Palm|Holy|Easter|Maundy|Shrove|Bloody)\s+$")


# A future auxiliary: "will", "'ll", "is set to", "plans to" ... ("the will of", "Will Smith" are not).
_FUTURE_AUX = (
    r"(?:(?<!\bthe )(?<!\ba )(?<!\bhis )(?<!\bher )(?<!\btheir )(?<!\bits )(?<!\bfree )(?<!\bgood )\bwill"
    r"|\bshall|['’]ll|\bwon['’]t|\b(?:is|are|am)\s+(?:going|set|scheduled|slated|due|expected|poised)\s+to"
    r"|\b(?:plans?|planning|intends?)\s+to)\b"
)
# Words between a future auxiliary and the weekday: not a verb of saying, to which the
# weekday would belong ("will resign, he said Friday" stops at the comma anyway).
_NOT_SAYING = r"(?!(?:said|says|told|tells|wrote|writes|thought|thinks|believes|hopes|insists)\b)"
# "will vote on Friday", "will be questioned on Monday": the auxiliary a few words before, in the clause.
_FUTURE_BEFORE = re.compile(rf"{_FUTURE_AUX}(?:\s+{_NOT_SAYING}[\w'’-]+){{0,6}}?\s+$")
# "On Friday, the board will vote": the weekday opens the sentence, and the first verb after
# it is the auxiliary (not a past one: "On Friday, he said he will run", "he announced").
_OPENING_BEFORE = re.compile(r"(?:^|[.!?\"“”\n]\s*)(?:(?i:on|by|until|from)\s+)?$")
_FUTURE_AFTER = re.compile(rf",?\s+(?:{_NOT_SAYING}(?![a-z][\w'’-]*ed\b)[\w'’.-]+\s+){{0,6}}?{_FUTURE_AUX}")
_FUTURE_WINDOW = 80  # characters looked back for the auxiliary


def _weekday_hits(text: str) -> Iterator[_Hit]:
    for m in _WEEKDAY_RE.finditer(text):
        mod = " ".join(m["mod"].lower().split()) if m["mod"] else None
        if mod is None and _ends_with(_NAMED_DAY_BEFORE, text, m.start()):
            continue
        if mod is None and _in_future_clause(text, m.start(), m.end()):
            mod = "future"
        weekday = _WEEKDAYS.index(m["weekday"])
        yield _Hit(m.start(), m.end(), True, lambda p, w=weekday, mod=mod: _day(_weekday_date(p, w, mod)))


def _in_future_clause(text: str, start: int, end: int) -> bool:
    if _FUTURE_BEFORE.search(text, max(0, start - _FUTURE_WINDOW), start):
        return True
    return bool(_ends_with(_OPENING_BEFORE, text, start) and _FUTURE_AFTER.match(text, end))


def _weekday_date(published: date, weekday: int, mod: str | None) -> date:
    back = (published.weekday() - weekday) % 7
    if mod is None:
        return published - timedelta(days=back)
    if mod == "future":
        return published + timedelta(days=(weekday - published.weekday()) % 7)
    if mod in ("last", "this past"):
        return published - timedelta(days=back or 7)
    if mod == "this":
        return published + timedelta(days=weekday - published.weekday())
    return published + timedelta(days=(weekday - published.weekday() - 1) % 7 + 1)


# today, yesterday, last night ... -------------------------------------------------------

_DAY_WORD_OFFSETS = {"the day before yesterday": -2, "the day after tomorrow": 2, "yesterday": -1,
                     "last night": -1, "tomorrow": 1, "today": 0, "tonight": 0,
                     "this morning": 0, "this afternoon": 0, "this evening": 0}
_DAY_WORDS = _alternatives(_DAY_WORD_OFFSETS).replace(" ", r"\s+")
_DAY_WORD_RE = re.compile(
    rf"\b(?:(?:earlier|later|early|late)\s+)?(?P<word>{_DAY_WORDS})\b"
    r"(?:\s+(?:morning|afternoon|evening|night)\b)?", re.I)
# A capitalised "Today" inside a sentence is a title: USA Today, NBC's Today show.
_SENTENCE_START_BEFORE = re.compile(r"(?:^|[.!?:;\"“”(\n]\s*)$")


def _day_word_hits(text: str) -> Iterator[_Hit]:
    for m in _DAY_WORD_RE.finditer(text):
        if m[0][0].isupper() and not _ends_with(_SENTENCE_START_BEFORE, text, m.start()):
            continue
        offset = _DAY_WORD_OFFSETS[" ".join(m["word"].lower().split())]
        yield _Hit(m.start(), m.end(), True, lambda p, n=offset: _day(p + timedelta(days=n)))


# this week, last month, earlier this year, this weekend ----------------------------------

_CALENDAR_RE = re.compile(
    r"\b(?:(?P<direction>earlier|later)\s+this|(?P<rel>this|last|next))\s+(?P<unit>weekend|week|month|year)\b", re.I)
_THE_BEFORE = re.compile(r"\bthe\s+$", re.I)
_RECENT_WEEKEND_RE = re.compile(r"\b(?:(?:over|during|at)\s+(?P<the>the)|this\s+past)\s+weekend\b", re.I)
_CALENDAR_PERIODS = {"week": _week, "weekend": _weekend,
                     "month": lambda d: _month(d.year, d.month), "year": lambda d: _year(d.year)}


def _calendar_hits(text: str) -> Iterator[_Hit]:
    for m in _CALENDAR_RE.finditer(text):
        if _ends_with(_THE_BEFORE, text, m.start()):
            continue  # "the last week of August", "the next year": not counted from P
        unit = m["unit"].lower()
        if m["direction"]:
            yield _Hit(m.start(), m.end(), True, partial(_part_of_this, unit=unit, direction=m["direction"].lower()))
            continue
        steps = {"this": 0, "last": -1, "next": 1}[m["rel"].lower()]
        shift_unit = "week" if unit == "weekend" else unit
        hit = _Hit(m.start(), m.end(), True,
                   lambda p, u=unit, s=steps, su=shift_unit: _CALENDAR_PERIODS[u](_shift(p, su, s)))
        yield _qualified(text, hit)
    for m in _RECENT_WEEKEND_RE.finditer(text):
        start = m.start("the") if m["the"] else m.start()
        yield _Hit(start, m.end(), True, _recent_weekend)


def _part_of_this(published: date, unit: str, direction: str) -> Period:
    """"earlier this month": from its start to P; "later this month": from P to its end."""
    period = _CALENDAR_PERIODS[unit](published)
    if not period.start <= published <= period.end:
        return period
    return _range(period.start, published) if direction == "earlier" else _range(published, period.end)


def _recent_weekend(published: date) -> Period:
    """The weekend P is in, else the one just before it."""
    return _weekend(published if published.weekday() >= 5 else published - timedelta(weeks=1))


# two weeks ago, the past three months ----------------------------------------------------

_AGO_RE = re.compile(rf"(?<![\d,.])\b(?P<count>{_COUNT})\s+{_UNIT}\s+(?P<direction>ago|from\s+now)\b", re.I)
_ROLLING_RE = re.compile(
    rf"\b(?:(?P<det>the|this)\s+)?(?P<direction>past|last|next|coming)\s+"
    rf"(?:(?P<count>{_COUNT})\s+)?{_UNIT}\b(?!\s+of\b)", re.I)
# "over the next month" counts from P; "the next month, she resigned" from the story's last event.
_SPAN_PREPOSITION_BEFORE = re.compile(r"\b(?:over|in|within|during|for|through|throughout)\s+$", re.I)


# What every "ago" match ends with: most texts have neither, and _AGO_RE is slow to say so.
_AGO_WORDS = re.compile(r"ago|from\s+now", re.I)


def _ago_hits(text: str) -> Iterator[_Hit]:
    if not _AGO_WORDS.search(text):
        return
    for m in _AGO_RE.finditer(text):
        low, high = _count(m["count"])
        sign = -1 if m["direction"].lower() == "ago" else 1
        yield _Hit(m.start(), m.end(), True,
                   partial(_counted_back, unit=m["unit"].lower(), low=low, high=high, sign=sign))


def _counted_back(published: date, unit: str, low: int, high: int, sign: int) -> Period:
    """The period `low`..`high` units before (sign -1) or after (sign 1) P."""
    if low == high:
        return _units_away(published, unit, sign * low)
    near, far = _units_away(published, unit, sign * low), _units_away(published, unit, sign * high)
    first, last = (far, near) if sign < 0 else (near, far)
    return _range(first.start, last.end)


def _units_away(published: date, unit: str, n: int) -> Period:
    if unit == "day":
        return _day(published + timedelta(days=n))
    if unit == "week":
        centre = published + timedelta(weeks=n)
        return Period(centre - timedelta(days=3), centre + timedelta(days=3), "week", _iso_week(centre))
    if unit == "month":
        moved = _add_months(published, n)
        return _month(moved.year, moved.month)
    return _year(published.year + n * (10 if unit == "decade" else 1))


def _rolling_hits(text: str) -> Iterator[_Hit]:
    for m in _ROLLING_RE.finditer(text):
        direction, unit = m["direction"].lower(), m["unit"].lower()
        if not m["count"] and not _rolling_without_count(text, m, direction, unit):
            continue
        _low, high = _count(m["count"]) if m["count"] else (1, 1)
        sign = -1 if direction in ("past", "last") else 1
        yield _Hit(m.start(), m.end(), True, lambda p, u=unit, n=sign * high: _range(*sorted((p, _shift(p, u, n)))))


def _rolling_without_count(text: str, m: re.Match, direction: str, unit: str) -> bool:
    """"the past week" counts from P; "the last week" only after over/in/...; "the past weeks" is vague."""
    if m[0].lower().endswith("s") or unit == "day":
        return False
    return direction == "past" or bool(m["det"] and _ends_with(_SPAN_PREPOSITION_BEFORE, text, m.start()))
