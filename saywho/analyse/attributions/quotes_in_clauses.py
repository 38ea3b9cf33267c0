"""A quotation inside the clause of a participle that goes on from its frame is that participle's (issue 12, s41).

"“The Candidate is a natural born citizen,” the board said, reasoning that Cruz “did not have to take any steps.”":
the walk up from the second quotation passes "reasoning" (seldom a cue of quotations) and reaches "said", so the
quotation was given to both, the frame's second piece and the content of "reasoning". PolNeAR gives each word one
attribution, and this one to "reasoning".
"""

from __future__ import annotations

from saywho.analyse.attributions.drafts import Draft

# How a participle or a second verb goes on from the frame's verb: "…, the board said, reasoning that …".
GOING_ON = {"advcl", "conj"}


def without_quotes_in_clauses(drafts: list[Draft]) -> None:
    """Take from each frame the quotations (after its first) that stand inside the content of a verb going on from it."""
    for frame in drafts:
        if frame.head is None or len(frame.quotes) < 2:
            continue
        clauses = [span for other in drafts if other is not frame and _goes_on_from(other, frame)
                   for span in other.content]
        kept = [frame.quotes[0]] + [q for q in frame.quotes[1:]
                                    if not any(start <= q.open_mark < end for start, end in clauses)]
        frame.quotes[:] = kept


def _goes_on_from(other: Draft, frame: Draft) -> bool:
    head, frame_head = other.head, frame.head
    return head is not None and frame_head is not None and head.head.i == frame_head.i and head.dep_ in GOING_ON \
        and head.i > frame_head.i
