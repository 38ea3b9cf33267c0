"""Interviews set out as questions and answers: whose the answers' "I" and the questions' "you" are.

A question-and-answer interview ("Q: Why? / A: Because they needed help, I
think.") names its interviewee once, in the lines above the first question,
and never again: every "I" of an answer and every "you" of a question is that
person. The rule is narrow on purpose. An article is read as an interview only
when at least two paragraphs open with an answer marker and one with a question
marker, and the interviewee is taken only when exactly one person leads the
introduction's sentences (as the subject of a main clause, alone or coordinated
with others); otherwise nobody is named.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

from saywho.document import Entity

# "Q: Why?", "Q. Why?" and a bold marker glued to the question ("QWhy?"); "A: Because…", "A. Because…".
_QUESTION = re.compile(r"Q(?:[:.]\s*|\s*[—–-]\s*|(?=[A-Z][a-z’']))")
_ANSWER = re.compile(r"A[:.]\s+|A\s*[—–]\s*")
MIN_ANSWERS = 2
FIRST_PERSON = {"i", "me"}
SECOND_PERSON = {"you"}


@dataclass(frozen=True)
class Introduction:
    """A name in the lines above the first question."""

    offset: int
    entity: Entity
    main_subject: bool  # the subject of a main clause, or coordinated with it


class Interview:
    def __init__(self, text: str, paragraphs: list[tuple[int, int]], names: list[Introduction]):
        opened = [text[start:end].lstrip() for start, end in paragraphs]
        kinds = [_kind(paragraph) for paragraph in opened]
        self.starts = [start for start, _ in paragraphs]
        # where each marked paragraph's `Q` or `A` stands, and which it is
        self.markers = {end - len(paragraph): kind
                        for (_, end), paragraph, kind in zip(paragraphs, opened, kinds) if kind is not None}
        self.turns = _turns(kinds)
        self.interviewee: Entity | None = None
        self.introduced_at = -1
        self._marked = _is_marked(kinds)
        if self._marked:
            first_turn = paragraphs[min(kinds.index("Q"), kinds.index("A"))][0]
            self._find_interviewee([name for name in names if name.offset < first_turn])

    def _find_interviewee(self, introduction: list[Introduction]) -> None:
        leading = [name for name in introduction if name.main_subject and name.entity.type == "PERSON"]
        if len({name.entity.id for name in leading}) == 1:
            self.interviewee, self.introduced_at = leading[0].entity, leading[0].offset

    def marker_at(self, offset: int) -> str | None:
        """ "A" where `offset` is the marker opening an answer (the interviewee speaks), "Q" where it opens a
        question (the interviewer, whom the page does not name); None elsewhere, and in no interview."""
        return self.markers.get(offset) if self._marked else None

    def speaker_of(self, word: str, offset: int) -> Entity | None:
        """The interviewee, where `word` at `offset` is an answer's "I" or a question's "you"."""
        if self.interviewee is None:
            return None
        paragraph = bisect_right(self.starts, offset) - 1
        turn = self.turns[paragraph] if paragraph >= 0 else None
        if (turn == "A" and word.lower() in FIRST_PERSON) or (turn == "Q" and word.lower() in SECOND_PERSON):
            return self.interviewee
        return None


def is_interview(paragraphs: list[str]) -> bool:
    """Questions and answers marked `Q:` and `A:`: at least two answers and a question."""
    return _is_marked([_kind(paragraph.lstrip()) for paragraph in paragraphs])


def answer_ends(paragraphs: list[str]) -> dict[int, int]:
    """In an interview, each answer's paragraph (by index) and the last paragraph it runs on to: an answer goes on
    over unmarked paragraphs until the next question or answer. The last answer is its own paragraph: after it the
    article's own voice may come back ("Outside the courtroom, Mr. Hale told reporters …"). Empty where the
    paragraphs are no interview."""
    kinds = [_kind(paragraph.lstrip()) for paragraph in paragraphs]
    if not _is_marked(kinds):
        return {}
    ends = {}
    for index, kind in enumerate(kinds):
        if kind == "A":
            last = index
            while last + 1 < len(kinds) and kinds[last + 1] is None:
                last += 1
            ends[index] = last if last + 1 < len(kinds) else index
    return ends


def _is_marked(kinds: list[str | None]) -> bool:
    return kinds.count("A") >= MIN_ANSWERS and "Q" in kinds


def opens_a_question(paragraph: str) -> bool:
    """Whether the paragraph is an interview's question ("Q: You say the river is dying. Why?")."""
    return _kind(paragraph.lstrip()) == "Q"


def _kind(paragraph: str) -> str | None:
    if _ANSWER.match(paragraph):
        return "A"
    if _QUESTION.match(paragraph):
        return "Q"
    return None


def _turns(kinds: list[str | None]) -> list[str | None]:
    """Each paragraph's turn: an answer runs on over unmarked paragraphs until the next question."""
    turns, current = [], None
    for kind in kinds:
        current = kind or (current if current == "A" else None)
        turns.append(current)
    return turns
