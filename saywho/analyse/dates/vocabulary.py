"""The words of dates: weekday and month names, number words and counts, and the
regular-expression fragments built from them that the matchers share."""

from __future__ import annotations

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
