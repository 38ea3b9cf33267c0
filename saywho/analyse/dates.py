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
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from functools import partial
from typing import NamedTuple

__all__ = ["find_dates"]

# How far ahead of P a day and month without a year may lie and still be read in P's year.
_LOOKAHEAD = timedelta(days=14)
# How far back from a match the cues before it are looked for.
_CUE_WINDOW = 40


# -- periods ----------------------------------------------------------------------------


@dataclass(frozen=True)
class Period:
    """An inclusive span of days and how precisely the text named it."""

    start: date
    end: date
    granularity: str
    value: str | None = None


def _day(d: date) -> Period:
    return Period(d, d, "day", d.isoformat())


def _week(d: date) -> Period:
    monday = d - timedelta(days=d.weekday())
    return Period(monday, monday + timedelta(days=6), "week", _iso_week(d))


def _iso_week(d: date) -> str:
    iso = d.isocalendar()
    return f"{iso.year:04d}-W{iso.week:02d}"


def _month(year: int, month: int) -> Period:
    last = calendar.monthrange(year, month)[1]
    return Period(date(year, month, 1), date(year, month, last), "month", f"{year:04d}-{month:02d}")


def _year(year: int) -> Period:
    return Period(date(year, 1, 1), date(year, 12, 31), "year", f"{year:04d}")


def _range(start: date, end: date) -> Period:
    return Period(start, end, "range")


def _weekend(d: date) -> Period:
    """Saturday and Sunday of d's ISO week."""
    saturday = d + timedelta(days=5 - d.weekday())
    return _range(saturday, saturday + timedelta(days=1))


def _add_months(d: date, months: int) -> date:
    year, month0 = divmod(d.year * 12 + d.month - 1 + months, 12)
    return date(year, month0 + 1, min(d.day, calendar.monthrange(year, month0 + 1)[1]))


def _shift(d: date, unit: str, n: int) -> date:
    """d moved by n units (day, week, month, year, decade), clamping to month ends."""
    if unit == "day":
        return d + timedelta(days=n)
    if unit == "week":
        return d + timedelta(weeks=n)
    return _add_months(d, n * {"month": 1, "year": 12, "decade": 120}[unit])


def _part(period: Period | None, which: str) -> Period | None:
    """The early, mid or late third of a period, cut in whole years, months or days."""
    if period is None:
        return None
    units = _whole_years(period) or _whole_months(period) or _days(period)
    third = len(units) // 3
    if third == 0:
        return period
    first, last = {"early": (0, third), "mid": (third, 2 * third), "late": (2 * third, len(units))}[which]
    return _range(units[first].start, units[last - 1].end)


def _whole_years(p: Period) -> list[Period]:
    if (p.start.month, p.start.day, p.end.month, p.end.day) != (1, 1, 12, 31) or p.end.year - p.start.year < 2:
        return []
    return [_year(y) for y in range(p.start.year, p.end.year + 1)]


def _whole_months(p: Period) -> list[Period]:
    if p.start.day != 1 or p.end != _month(p.end.year, p.end.month).end:
        return []
    count = (p.end.year - p.start.year) * 12 + p.end.month - p.start.month + 1
    months = [_add_months(p.start, i) for i in range(count)]
    return [_month(m.year, m.month) for m in months] if count >= 3 else []


def _days(p: Period) -> list[Period]:
    return [_day(p.start + timedelta(days=i)) for i in range((p.end - p.start).days + 1)]


# -- words ---------------------------------------------------------------------------------

_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_MONTHS = ("January", "February", "March", "April", "May", "June", "July",
           "August", "September", "October", "November", "December")
_MONTH_ABBREVIATIONS = {"Jan": 1, "Feb": 2, "Mar": 3, "Apr": 4, "Jun": 6, "Jul": 7, "Aug": 8,
                        "Sep": 9, "Sept": 9, "Oct": 10, "Nov": 11, "Dec": 12}
_MONTH_NUMBERS = {**{name: i for i, name in enumerate(_MONTHS, 1)}, **_MONTH_ABBREVIATIONS}

_ONES = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
_TEENS = ("ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
          "seventeen", "eighteen", "nineteen")
_TENS = ("twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")
_NUMBER_WORDS = {"a": 1, "an": 1, **{w: i for i, w in enumerate(_ONES, 1)},
                 **{w: i for i, w in enumerate(_TEENS, 10)}, **{w: 10 * i for i, w in enumerate(_TENS, 2)}}
# Counts that name no exact number become ranges, never one fake-precise day.
_VAGUE_COUNTS = {"couple": (2, 3), "couple of": (2, 3), "few": (2, 4), "several": (3, 7)}


def _alternatives(words) -> str:
    return "|".join(sorted(words, key=len, reverse=True))


_WEEKDAY = rf"(?:{_alternatives(_WEEKDAYS)})\b"
_FULL_MONTH = rf"(?:{_alternatives(_MONTHS)})\b"
# Abbreviations only ever appear next to a day or year (matchers enforce it): "Jan" alone is a name.
_ANY_MONTH = rf"(?:{_FULL_MONTH}|(?:{_alternatives(_MONTH_ABBREVIATIONS)})\b\.?)"
_YEAR = r"(?:19\d\d|20\d\d|2100)(?!\d)"
_DAY = r"(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?(?!\d)(?!:\d)"
_COUNT = (rf"(?:\d{{1,3}}|(?:a\s+)?couple(?:\s+of)?|(?:a\s+)?few|several|(?:a|{_alternatives(_ONES)})\s+dozen"
          rf"|(?:{_alternatives(_TENS)})(?:[-\s](?:{_alternatives(_ONES)}))?"
          rf"|{_alternatives(_TEENS)}|{_alternatives(_ONES)}|an?)")
_UNIT = r"(?P<unit>day|week|month|year|decade)s?"


def _month_number(name: str) -> int:
    return _MONTH_NUMBERS[name.rstrip(".")]


def _count(words: str) -> tuple[int, int]:
    """The lowest and highest number a count phrase may mean."""
    words = " ".join(words.lower().replace("-", " ").split())
    if words.isdigit():
        return int(words), int(words)
    if words.removeprefix("a ") in _VAGUE_COUNTS:
        return _VAGUE_COUNTS[words.removeprefix("a ")]
    numbers = words.split()
    if numbers[-1] == "dozen":
        n = _NUMBER_WORDS[numbers[0]] * 12
    else:
        n = sum(_NUMBER_WORDS[w] for w in numbers)  # "twenty one"
    return n, n


# -- the matchers ------------------------------------------------------------------------


class _Hit(NamedTuple):
    start: int
    end: int
    relative: bool  # needs the publication date
    resolve: Callable[[date | None], Period | None]


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


def _ago_hits(text: str) -> Iterator[_Hit]:
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


# Absolute dates ---------------------------------------------------------------------------

_MONTH_DAY_RE = re.compile(
    rf"\b(?:{_WEEKDAY},?\s+)?(?P<month>{_ANY_MONTH})(?:\s+|(?<=\.))(?P<day>{_DAY})(?:,?\s+(?P<year>{_YEAR}))?")
_DAY_MONTH_RE = re.compile(
    rf"(?:\b{_WEEKDAY},?\s+)?(?<![\d.,])\b(?P<day>{_DAY})\s+(?:of\s+)?(?P<month>{_ANY_MONTH})"
    rf"(?:,?\s+(?P<year>{_YEAR}))?")
_ISO_RE = re.compile(rf"(?<![\d-])(?P<year>{_YEAR})-(?P<month>\d\d)-(?P<day>\d\d)(?![\d-])")
_US_RE = re.compile(r"(?<![\d/.])(?P<month>\d{1,2})/(?P<day>\d{1,2})/(?P<year>\d{4}|\d\d)(?![\d/])")


def _full_date_hits(text: str) -> Iterator[_Hit]:
    for pattern in (_MONTH_DAY_RE, _DAY_MONTH_RE, _ISO_RE, _US_RE):
        for m in pattern.finditer(text):
            month = int(m["month"]) if m["month"].isdigit() else _month_number(m["month"])
            day = int(m["day"].rstrip("stndrh"))
            if m["year"]:
                found = _safe_date(_full_year(m["year"]), month, day)
                if found:
                    yield _Hit(m.start(), m.end(), False, _fixed(_day(found)))
            elif _safe_date(2000, month, day):  # a leap year, so 29 February stays possible
                yield _Hit(m.start(), m.end(), True, lambda p, mo=month, d=day: _recent_day_of_year(p, mo, d))


def _full_year(digits: str) -> int:
    """Two-digit years as strptime reads them: 00-68 are 2000s, 69-99 are 1900s."""
    return int(digits) if len(digits) == 4 else int(digits) + (2000 if int(digits) < 69 else 1900)


def _recent_day_of_year(published: date, month: int, day: int) -> Period | None:
    for year in range(published.year + 1, published.year - 8, -1):
        found = _safe_date(year, month, day)
        if found and found <= published + _LOOKAHEAD:
            return _day(found)
    return None


# Months and years -------------------------------------------------------------------------

_MONTH_YEAR_RE = re.compile(rf"\b(?P<month>{_ANY_MONTH}),?\s+(?:of\s+)?(?P<year>{_YEAR})")
_MONTH_RE = re.compile(rf"(?:\b(?P<mod>(?i:last|next|this))\s+)?\b(?P<month>{_FULL_MONTH})(?!\s+\d)")
# Month names double as words ("may", "the March on Washington"): they need a cue before them.
_MONTH_CUE_BEFORE = re.compile(r"\b(?i:in|on|since|until|till|early|late|mid)(?:\s+|-)$")
# "May" is also a surname ("a speech by May"), so it gets only the cues above.
_MONTH_CUE_BEFORE_NOT_MAY = re.compile(
    r"(?:\b(?i:from|during|before|after|through|throughout|between|by|(?:end|beginning|start|middle|rest)\s+of)\s+"
    rf"|\b{_FULL_MONTH}\s*(?:[-–]|\s(?i:and|or|to|through|until|till)\s)\s*)$")


def _month_year_hits(text: str) -> Iterator[_Hit]:
    for m in _MONTH_YEAR_RE.finditer(text):
        period = _month(int(m["year"]), _month_number(m["month"]))
        yield _qualified(text, _Hit(m.start(), m.end(), False, _fixed(period)))


# "ready by the end of April", "until June": a deadline looks forward, to the next such month.
_MONTH_DEADLINE_BEFORE = re.compile(r"\b(?i:by|until|till)\s+(?:(?i:the)\s+(?i:end|beginning|start|middle)\s+of\s+)?$")


def _month_hits(text: str) -> Iterator[_Hit]:
    for m in _MONTH_RE.finditer(text):
        if not (m["mod"] or _has_month_cue(text, m.start(), m["month"])):
            continue
        mod = m["mod"].lower() if m["mod"] else None
        if mod is None and _ends_with(_MONTH_DEADLINE_BEFORE, text, m.start()):
            mod = "deadline"
        month = _month_number(m["month"])
        hit = _Hit(m.start(), m.end(), True, lambda p, mo=month, mod=mod: _month(_year_of_month(p, mo, mod), mo))
        yield _qualified(text, hit)


def _has_month_cue(text: str, pos: int, name: str) -> bool:
    return bool(_ends_with(_MONTH_CUE_BEFORE, text, pos)
                or (name != "May" and _ends_with(_MONTH_CUE_BEFORE_NOT_MAY, text, pos)))


def _year_of_month(published: date, month: int, mod: str | None) -> int:
    if mod == "this":
        return published.year
    if mod == "next":
        return published.year + (month <= published.month)
    if mod == "last":
        return published.year - (month >= published.month)
    if mod == "deadline":
        return published.year + (month < published.month)
    return published.year - (month > published.month)


_YEAR_RE = re.compile(rf"(?<![\w$£€/.,])(?P<year>{_YEAR})(?![A-Za-z]|[.,]\d|-\d\d?(?!\d))")
_YEAR_CUE_BEFORE = re.compile(
    r"(?:\b(?i:in|since|until|till|by|from|during|of|before|after|through|throughout|between|around|circa"
    r"|early|late|mid|spring|summer|autumn|fall|winter|year|fiscal)\s+|\b(?i:mid)-"
    r"|\b(?:19|20)\d\d(?:\s*[-–/]\s*|,\s*|\s+(?i:and|or|to|through|until|till)\s+))$")
_YEAR_DETERMINER_BEFORE = re.compile(r"\b(?i:the|a|an|his|her|its|their|our|this|that)\s+$")
_WORD_AFTER = re.compile(r"\s+[A-Za-z]")
_POSSESSIVE_AFTER = re.compile(r"['’]s\b")


def _year_hits(text: str) -> Iterator[_Hit]:
    for m in _YEAR_RE.finditer(text):
        if _is_year_context(text, m.start(), m.end()):
            yield _qualified(text, _Hit(m.start(), m.end(), False, _fixed(_year(int(m["year"])))))


def _is_year_context(text: str, start: int, end: int) -> bool:
    if _ends_with(_YEAR_CUE_BEFORE, text, start) or _POSSESSIVE_AFTER.match(text, end):
        return True
    return bool(_ends_with(_YEAR_DETERMINER_BEFORE, text, start) and _WORD_AFTER.match(text, end))


_DECADE_RE = re.compile(r"(?<![\w$£€'’.,])(?P<decade>(?:19|20)\d0)(?P<apostrophe>['’])?s\b")
_THE_QUALIFIED_BEFORE = re.compile(r"\bthe\s+(?:(?:early|mid|late)(?:\s+|-))?$", re.I)


def _decade_hits(text: str) -> Iterator[_Hit]:
    for m in _DECADE_RE.finditer(text):
        if m["apostrophe"] and not _ends_with(_THE_QUALIFIED_BEFORE, text, m.start()):
            continue  # "1990's" without "the" is the year's possessive
        first = int(m["decade"])
        period = _range(date(first, 1, 1), date(first + 9, 12, 31))
        yield _qualified(text, _Hit(m.start(), m.end(), False, _fixed(period)))


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
