"""Periods: inclusive spans of days (day, week, month, year, range) and the calendar
arithmetic on them (shifting by units, early/mid/late thirds)."""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date, timedelta


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
