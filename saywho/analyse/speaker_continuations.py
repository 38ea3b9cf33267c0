"""A "he added" or "she continued" the ranker doubts: the one who spoke just before goes on speaking.

"“… wrong,” said 9/11 widow Terry Strada. / She continued, “For us …”": a verb that carries a
statement on ("add", "continue", "conclude", "go on") says the speaker is the one already speaking.
On the referent gold of PolNeAR train (train.jsonl and train-pronouns.jsonl), the latest named speaker of
the same or the previous paragraph is who such a "he" or "she" is 68 times in 71, and the ranker, weighing
everyone in view, left 9 of those 68 unnamed. Taken where the ranker abstains and that speaker was the
subject of a main clause, it names 3 more of train.jsonl's pronouns rightly and none wrongly; dev is
unchanged (docs/benchmarks.md, speaker resolution).
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from saywho.analyse.speaker_candidates import Candidate
from saywho.analyse.speaker_one_of_gender import SUBJECT_GENDERS
from saywho.document import Speaker

CONTINUING = frozenset({"add", "continue", "conclude"})


def goes_on(head: Token) -> bool:
    """Whether the pronoun is the subject of "added", "continued", "concluded" or "went on"."""
    verb = head.head
    if head.dep_ != "nsubj" or verb.pos_ not in {"VERB", "AUX"}:
        return False
    lemma = verb.lemma_.lower()
    return lemma in CONTINUING or (lemma == "go" and any(c.lower_ == "on" for c in verb.children))


def last_speaker_going_on(head: Token, candidates: list[Candidate], speakers: list[tuple[int, Speaker]],
                          paragraph_of, genders: dict[str, str | None]) -> Candidate | None:
    """The latest candidate of the latest named speaker before `head`, where `head` goes on speaking,
    that speaker spoke in its paragraph or the one before, and nothing known of them clashes with the pronoun."""
    wanted = SUBJECT_GENDERS.get(head.lower_)
    if wanted is None or not goes_on(head):
        return None
    earlier = [(offset, speaker) for offset, speaker in speakers if offset < head.idx and speaker.entity]
    if not earlier:
        return None
    offset, speaker = earlier[-1]
    if (paragraph_of(head.idx) - paragraph_of(offset) > 1 or genders.get(speaker.entity or "") not in {None, wanted}
            or not _speaks_in_main_clause(head.doc, offset)):
        return None
    theirs = [c for c in candidates if c.entity is not None and c.entity.id == speaker.entity]
    return max(theirs, key=lambda c: c.offset) if theirs else None


def _speaks_in_main_clause(doc: Doc, offset: int) -> bool:
    """Whether the source at `offset` is the subject of its sentence's main verb: not someone reported
    inside another's words ("McFadden added that Guccifer told her he …": Guccifer does not go on)."""
    span = doc.char_span(offset, offset + 1, alignment_mode="expand")
    token = span[0] if span else None
    while token is not None and token.pos_ not in {"VERB", "AUX"} and token.head.i != token.i:
        token = token.head
    return token is not None and token.dep_ == "ROOT"
