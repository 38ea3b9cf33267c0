"""The kind of role a source's words give it, read from role_kinds.txt (for profiles.py).

The longest phrase is read first and its words are not read again: "campaign manager" is
other, not a campaign's politician. A party word or "campaign" before another role word
only qualifies it: a "Republican strategist" is an expert. When several kinds are found,
the first in ROLE_ORDER wins (the hand-check guidelines' order).
"""

from __future__ import annotations

import re
from functools import lru_cache

from saywho.document import RoleKind
from saywho.lexicons import classified

ROLE_ORDER: tuple[RoleKind, ...] = ("spokesperson", "journalist", "politician", "official", "expert", "citizen", "other")
MAX_ROLE_WORDS = 4
# Words that only qualify a role word after them: a "Republican strategist" is a strategist.
QUALIFIERS = {"republican", "republicans", "democratic", "democrat", "democrats", "gop", "conservative", "liberal",
              "progressive", "campaign", "presidential", "party"}
PHRASE_BREAK = "|"  # between the texts a role is read from: no phrase runs across it


def role_kind_of_words(words: list[str]) -> RoleKind | None:
    """The first kind, in ROLE_ORDER, of the role phrases in `words`, longest phrase first."""
    return _role_kind(tuple(words))


@lru_cache(maxsize=8192)
def _role_kind(words: tuple[str, ...]) -> RoleKind | None:
    """Remembered: a speaker's entity gives the same words at each of its quotations (role_kinds.txt,
    read once, never changes)."""
    kinds = set(role_phrase_kinds(list(words)))
    return next((kind for kind in ROLE_ORDER if kind in kinds), None)


def role_phrase_kinds(words: list[str]) -> list[RoleKind]:
    """Each role phrase's kind; a phrase's words are not read again."""
    found: list[RoleKind] = []
    i = 0
    while i < len(words):
        kind, length = _phrase_at(words, i)
        if kind and words[i] in QUALIFIERS and i + length < len(words):
            following, _ = _phrase_at(words, i + length)
            if following not in {None, "politician"}:
                kind = None  # "Republican strategist", "campaign adviser": the word after says the role
        if kind:
            found.append(kind)
        i += max(length, 1)
    return found


def _phrase_at(words: list[str], start: int) -> tuple[RoleKind | None, int]:
    table = classified("role_kinds.txt")
    for length in range(min(MAX_ROLE_WORDS, len(words) - start), 0, -1):
        phrase = words[start:start + length]
        if PHRASE_BREAK in phrase:
            continue
        for last in word_forms(phrase[-1]):
            form = " ".join([*phrase[:-1], last])
            if form in table:
                return table[form], length  # type: ignore[return-value]
    return None, 0


def form_in(word: str, table) -> str | None:
    """The word, or the singular it is the plural of, where `table` holds it: "polls" → "poll"."""
    return next((form for form in word_forms(word) if form in table), None)


def word_forms(word: str) -> list[str]:
    """The word and the singulars it may be the plural of."""
    forms = [word]
    if word.endswith("s"):
        forms += [word[:-1], word[:-2]] if word.endswith("es") else [word[:-1]]
    if word.endswith("men"):
        forms.append(word[:-3] + "man")
    return forms


WORD = re.compile(r"[\w.’'-]+")


def words_of(text: str) -> list[str]:
    """A text's words, lower-cased, without the quote marks, stops and hyphens at their edges."""
    return [w.strip("’'.-").lower() for w in WORD.findall(text or "")]


def head_phrase(description: str) -> str:
    """A description up to "of", "for", "familiar", a comma or "who": "a spokeswoman for the council" → a spokeswoman."""
    return re.split(r",|\s(?:of|for|to|with|from|at|in|on|who|that|familiar|close|briefed)\s",
                    f" {description} ", maxsplit=1)[0].strip()


def after_possessor(text: str) -> str:
    """ "Trump's campaign manager" → campaign manager: what the possessor has is the role, not the possessor's."""
    return re.split(r"[’']s\s", text)[-1]
