"""The same words written another way: what a trail's altered-wording flag must not call a change.

Outlets transcribe one utterance in their own house style: a number in figures or in words, "percent" or
"%", a compound joined or apart, British or American spelling, a transliterated name spelled its own way.
None of these changes what the speaker said, so none is flagged; every other difference still is. Each rule
reads only the words that differ (an aligned stretch of the two versions), never the trail's other words.
"""

from __future__ import annotations

import re

from saywho.lexicons import classified

# A transliterated name is written several ways ("Muammar al Qaddafi", "Moammar Gadhafi"; "Muslim", "Moslem").
# Capitalised words of at least RESPELLED_LETTERS letters, each with the same consonant skeleton as its counterpart,
# are one name spelled otherwise, not changed words, when the words that differ hold three or more consonants
# between them; a name's particle ("al", "bin") may be left out. Shorter names stay apart: "Reid" and "Reed" may be
# two senators, and "Mohammed" and "Mahmoud" (skeleton "md") two people.
RESPELLED_LETTERS = 5
NAME_PARTICLES = frozenset({"al", "el", "ad", "as", "ash", "ibn", "bin", "ben", "abu", "abd", "de", "del", "der",
                            "di", "du", "la", "le", "van", "von"})
_SOUNDS_ALIKE = str.maketrans({"q": "k", "c": "k", "g": "k", "z": "s", "v": "f"})
_SILENT = re.compile(r"[aeiouyhw]")

_UNITS = {word: value for value, word in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
    "seventeen eighteen nineteen".split())}
_TENS = {word: 10 * value for value, word in enumerate(
    "twenty thirty forty fifty sixty seventy eighty ninety".split(), 2)}
_SCALES = {"hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000,
           "trillion": 1_000_000_000_000}
_ORDINALS = {word: value for value, word in enumerate(
    "zeroth first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth "
    "fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth".split())}
_ORDINALS |= {word[:-1] + "ieth": value for word, value in _TENS.items()}
_ORDINAL_FIGURE = re.compile(r"(\d+)(?:st|nd|rd|th)")

# Words spelled two ways in English, beyond what the suffix rules below catch ("cheque", "judgement").
_VARIANTS = classified("spelling_variants.txt")
# British endings and their American forms ("colour", "organise", "centre", "analyse", "travelled", "catalogue").
_BRITISH_ENDINGS = ((re.compile(r"(?<=\w\w)our(s|ed|ing|ful|ite|ites)?$"), r"or\1"),
                    (re.compile(r"(?<=\w\w\w)is(e|es|ed|ing|ation|ations)$"), r"iz\1"),
                    (re.compile(r"(?<=\w\w)ys(e|es|ed|ing)$"), r"yz\1"),
                    (re.compile(r"(?<=\w\w\w)tre(s)?$"), r"ter\1"),
                    (re.compile(r"(?<=\w\w[ae])ll(ed|ing|er|ers)$"), r"l\1"),
                    (re.compile(r"(?<=\w\w\w)ogue(s)?$"), r"og\1"))


def written_otherwise(old: list[str], new: list[str], old_surface: list[str], new_surface: list[str]) -> bool:
    """Whether `new` is `old` written another way (folded words, and the same words as written)."""
    if not old or not new or old == new:
        return False
    return (_joined(old, new) or _same_number(old, new) or _same_spelling(old, new)
            or respelled(old_surface, new_surface) or _read_alike(old) == _read_alike(new))


# "%" after a figure, as words.
PERCENT = (["percent"], ["per", "cent"])


# What "$", "£" or "€" before a figure reads as after it ("$5 million" / "five million dollars").
CURRENCIES = {"dollar": "dollar", "dollars": "dollar", "pound": "pound", "pounds": "pound", "euro": "euro",
              "euros": "euro"}


def only_currency(words: list[str], currency: str | None) -> bool:
    """Whether the words are the currency a sign gave ("dollars" for "$")."""
    return currency is not None and bool(words) and all(CURRENCIES.get(word) == currency for word in words)


def without_currency(words: list[str], currency: str) -> list[str]:
    return [word for word in words if CURRENCIES.get(word) != currency]


def only_percent(words: list[str]) -> bool:
    """Whether the words are "percent" or "per cent": what "%" after a figure reads as."""
    return words in PERCENT


def _joined(old: list[str], new: list[str]) -> bool:
    """Words joined or apart are the same spoken words ("health care" / "healthcare", "give in to" / "give into"):
    how a transcriber writes what sounds alike is house style, even where print tells "a part" from "apart"."""
    return "".join(old) == "".join(new)


def _same_number(old: list[str], new: list[str]) -> bool:
    """The same number, and both a percentage or neither ("5%" / "five per cent")."""
    old_number, old_percent = _percentage(old)
    new_number, new_percent = _percentage(new)
    value = number_value(old_number) if old_number else None
    return value is not None and old_percent == new_percent and value == number_value(new_number)


# Words a number said aloud takes at most ("two hundred and forty-five thousand, six hundred and twelve").
LONGEST_NUMBER = 12


def _read_alike(words: list[str]) -> list:
    """The words as they read aloud, for a stretch holding several numbers or spellings ("80, 90" / "eighty,
    ninety", "12 percent of the centre" / "twelve percent of the center"): each number its value."""
    read: list = []
    start = 0
    while start < len(words):
        end = next((end for end in range(min(len(words), start + LONGEST_NUMBER), start, -1)
                    if number_value(words[start:end])), start)
        if end > start:
            read.append(number_value(words[start:end]))
            start = end
        else:
            read.append(_american(words[start]))
            start += 1
    return _in_pairs(_digit_by_digit([part for item in _percent_as_one(read) for part in _hours_or_pounds(item)]))


def _percent_as_one(read: list) -> list:
    """ "per cent" is "percent" written as two words."""
    out: list = []
    for item in read:
        if item == "cent" and out and out[-1] == "per":
            out[-1] = "percent"
        else:
            out.append(item)
    return out


def _hours_or_pounds(item) -> list:
    """A decimal with two figures after the point as the two numbers it is said as ("2.40": "two forty", a time or
    a price; "1.25": "one twenty-five")."""
    if isinstance(item, tuple) and item[0] == "decimal" and len(fraction := str(item[1]).split(".")[1]) == 2:
        return [("cardinal", int(str(item[1]).split(".")[0])), ("cardinal", int(fraction))]
    return [item]


def _in_pairs(read: list) -> list:
    """A year said in two halves is one number ("twenty nineteen" / "2019", "twenty twenty-seven" / "2027")."""
    merged: list = []
    for item in read:
        if merged and _a_half(merged[-1], 10) and _a_half(item, 10):
            merged[-1] = ("cardinal", merged[-1][1] * 100 + item[1])
        else:
            merged.append(item)
    return merged


def _a_half(item, least: int) -> bool:
    return isinstance(item, tuple) and item[0] == "cardinal" and least <= item[1] <= 99


def _digit_by_digit(read: list) -> list:
    """Three digits or more said one by one are one number ("nine nine nine" / "999", "1, 2, 3" / "one, two,
    three")."""
    merged: list = []
    start = 0
    while start < len(read):
        end = start
        while end < len(read) and _a_digit(read[end]):
            end += 1
        if end - start >= 3:
            merged.append(("cardinal", int("".join(str(digit[1]) for digit in read[start:end]))))
            start = end
        else:
            merged.append(read[start])
            start += 1
    return merged


def _a_digit(item) -> bool:
    return isinstance(item, tuple) and item[0] == "cardinal" and 0 <= item[1] <= 9


def _percentage(words: list[str]) -> tuple[list[str], bool]:
    for unit in PERCENT:
        if words[-len(unit):] == unit:
            return words[:-len(unit)], True
    return words, False


def number_value(words: list[str]) -> tuple[str, int | str] | None:
    """The number the words write, in figures ("1,000": "1", "000") or in words ("a thousand", "twenty-one"),
    cardinal or ordinal ("21st", "twenty-first") or a decimal ("1 point 1", "one point one"); None if not a number."""
    if len(words) == 1 and (figure := _ORDINAL_FIGURE.fullmatch(words[0])):
        return "ordinal", int(figure.group(1))
    if len(words) > 1 and "point" in words:
        return _decimal(words)
    if len(words) > 3 and words[-3:] == ["and", "a", "half"]:
        whole = number_value(words[:-3])
        return ("decimal", f"{whole[1]}.5") if whole and whole[0] == "cardinal" else None
    if all(word.isdigit() for word in words):
        # "1,500" is read as "1", "500": later groups have three figures ("80, 90" are two numbers)
        if any(len(word) != 3 for word in words[1:]):
            return None
        return "cardinal", int("".join(words))
    if words[-1] in _ORDINALS:
        head = _cardinal(words[:-1]) if len(words) > 1 else 0
        return None if head is None else ("ordinal", head + _ORDINALS[words[-1]])
    value = _cardinal(words)
    return None if value is None else ("cardinal", value)


def _decimal(words: list[str]) -> tuple[str, str] | None:
    """A decimal in figures ("1", "point", "1", as trails read "1.1") or in words, its fraction digit by digit."""
    cut = words.index("point")
    whole = number_value(words[:cut]) if cut else ("cardinal", 0)
    digits = [str(_UNITS[word]) if _UNITS.get(word, 10) < 10 else word for word in words[cut + 1:]]
    if whole is None or whole[0] != "cardinal" or not digits or not all(d.isdigit() for d in digits):
        return None
    return "decimal", f"{whole[1]}.{''.join(digits)}"


def _cardinal(words: list[str]) -> int | None:
    total = current = 0
    for index, word in enumerate(words):
        if word in _UNITS or word in _TENS:
            if current % 100 and (word in _TENS or current % 10 or current % 100 < 20 or _UNITS.get(word, 0) >= 10):
                return None  # "eighty ninety", "five six", "twenty nineteen": two numbers, not one
            current += _UNITS.get(word, 0) + _TENS.get(word, 0)
        elif word.isdigit() and index == 0:
            current = int(word)
        elif word == "a" and index == 0 and len(words) > 1 and words[1] in _SCALES:
            current = 1
        elif word in _SCALES and current:
            if _SCALES[word] == 100:
                current *= 100
            else:
                total, current = total + current * _SCALES[word], 0
        elif word != "and" or not (total or current):
            return None
    return total + current if words else None


def _same_spelling(old: list[str], new: list[str]) -> bool:
    return len(old) == len(new) and all(_american(a) == _american(b) for a, b in zip(old, new))


def _american(word: str) -> str:
    word = _VARIANTS.get(word, word)
    for ending, american in _BRITISH_ENDINGS:
        word = ending.sub(american, word)
    return word


def respelled(old: list[str], new: list[str]) -> bool:
    """Whether `new` (surface words) is `old` with its names spelled another way."""
    old, new = _without_particles(old), _without_particles(new)
    if not old or len(old) != len(new):
        return False
    differing = [(a, b) for a, b in zip(old, new) if a != b]
    return bool(differing) and all(_spelled_alike(a, b) for a, b in differing) and sum(
        len(_skeleton(a)) for a, _ in differing) >= 3


def _without_particles(words: list[str]) -> list[str]:
    return [w for w in words if w.lower() not in NAME_PARTICLES]


def _spelled_alike(a: str, b: str) -> bool:
    return (a[:1].isupper() and b[:1].isupper() and min(len(a), len(b)) >= RESPELLED_LETTERS
            and _skeleton(a) == _skeleton(b))


def _skeleton(name: str) -> str:
    """The consonants of a name as they sound, doubled letters once: "Qaddafi" and "Gadhafi" are both "kdf"."""
    letters = "".join(ch for ch in name.lower().replace("ph", "f") if ch.isalpha()).translate(_SOUNDS_ALIKE)
    consonants = _SILENT.sub("", letters)
    return "".join(ch for i, ch in enumerate(consonants) if i == 0 or ch != consonants[i - 1])
