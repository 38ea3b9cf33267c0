"""Matchers for dates named on the calendar: full dates, a day and month, a month
(with or without its year), a year and a decade."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date, timedelta
from itertools import chain

from saywho.analyse.dates.hits import _ends_with, _finditer_at, _fixed, _Hit, _qualified, _safe_date
from saywho.analyse.dates.periods import Period, _day, _month, _range, _year
from saywho.analyse.dates.vocabulary import (
    _ANY_MONTH,
    _DAY,
    _FULL_MONTH,
    _MONTHS,
    _WEEKDAY,
    _WEEKDAYS,
    _YEAR,
    _month_number,
)

# How far ahead of P a day and month without a year may lie and still be read in P's year.
_LOOKAHEAD = timedelta(days=14)


# Absolute dates ---------------------------------------------------------------------------

_MONTH_DAY_RE = re.compile(
    rf"\b(?:{_WEEKDAY},?\s+)?(?P<month>{_ANY_MONTH})(?:\s+|(?<=\.))(?P<day>{_DAY})(?:,?\s+(?P<year>{_YEAR}))?")
_DAY_MONTH_RE = re.compile(
    rf"(?:\b{_WEEKDAY},?\s+)?(?<![\d.,])\b(?P<day>{_DAY})\s+(?:of\s+)?(?P<month>{_ANY_MONTH})"
    rf"(?:,?\s+(?P<year>{_YEAR}))?")
_ISO_RE = re.compile(rf"(?<![\d-])(?P<year>{_YEAR})-(?P<month>\d\d)-(?P<day>\d\d)(?![\d-])")
_US_RE = re.compile(r"(?<![\d/.])(?P<month>\d{1,2})/(?P<day>\d{1,2})/(?P<year>\d{4}|\d\d)(?![\d/])")


# Where those matches can begin (hits._finditer_at): a weekday, a month (its first three letters) or a digit.
_WEEKDAY_OR_MONTH = re.compile("|".join([*_WEEKDAYS, *(month[:3] for month in _MONTHS)]))
_WEEKDAY_OR_DIGIT = re.compile("|".join([*_WEEKDAYS, r"\d"]))
_MONTH_OR_MOD = re.compile("|".join(["(?i:last|next|this)", *(month[:3] for month in _MONTHS)]))
_MONTH_START = re.compile("|".join(month[:3] for month in _MONTHS))
_DIGIT = re.compile(r"\d")
_ONE_OR_TWO = re.compile("[12]")  # where a year of 1900-2100 begins: one character, so no start hides another


def _full_date_hits(text: str) -> Iterator[_Hit]:
    matches = chain(_finditer_at(_MONTH_DAY_RE, text, _WEEKDAY_OR_MONTH),
                    _finditer_at(_DAY_MONTH_RE, text, _WEEKDAY_OR_DIGIT), _finditer_at(_ISO_RE, text, _ONE_OR_TWO),
                    _finditer_at(_US_RE, text, _DIGIT))
    for m in matches:
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
    for m in _finditer_at(_MONTH_YEAR_RE, text, _MONTH_START):
        period = _month(int(m["year"]), _month_number(m["month"]))
        yield _qualified(text, _Hit(m.start(), m.end(), False, _fixed(period)))


# "ready by the end of April", "until June": a deadline looks forward, to the next such month.
_MONTH_DEADLINE_BEFORE = re.compile(r"\b(?i:by|until|till)\s+(?:(?i:the)\s+(?i:end|beginning|start|middle)\s+of\s+)?$")


def _month_hits(text: str) -> Iterator[_Hit]:
    for m in _finditer_at(_MONTH_RE, text, _MONTH_OR_MOD):
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
    for m in _finditer_at(_YEAR_RE, text, _ONE_OR_TWO):
        if _is_year_context(text, m.start(), m.end()):
            yield _qualified(text, _Hit(m.start(), m.end(), False, _fixed(_year(int(m["year"])))))


def _is_year_context(text: str, start: int, end: int) -> bool:
    if _ends_with(_YEAR_CUE_BEFORE, text, start) or _POSSESSIVE_AFTER.match(text, end):
        return True
    return bool(_ends_with(_YEAR_DETERMINER_BEFORE, text, start) and _WORD_AFTER.match(text, end))


_DECADE_RE = re.compile(r"(?<![\w$£€'’.,])(?P<decade>(?:19|20)\d0)(?P<apostrophe>['’])?s\b")
_THE_QUALIFIED_BEFORE = re.compile(r"\bthe\s+(?:(?:early|mid|late)(?:\s+|-))?$", re.I)


def _decade_hits(text: str) -> Iterator[_Hit]:
    for m in _finditer_at(_DECADE_RE, text, _ONE_OR_TWO):
        if m["apostrophe"] and not _ends_with(_THE_QUALIFIED_BEFORE, text, m.start()):
            continue  # "1990's" without "the" is the year's possessive
        first = int(m["decade"])
        period = _range(date(first, 1, 1), date(first + 9, 12, 31))
        yield _qualified(text, _Hit(m.start(), m.end(), False, _fixed(period)))
