"""The words of a speaker's aside inside the sentence it reports ("The fee, the mayor said, was too high"): where
the aside runs, and whether commas or dashes set it off. Shared by parenthetical.py, which finds such cues, and
content_openings.py, which draws a content's piece before one."""

from __future__ import annotations

from spacy.tokens import Token

from saywho.analyse.attributions.drafts import _trim_punct

# Marks that set an aside off from its clause.
SETTING_OFF = {",", "—", "–"}
# An aside is a few words: "a spokeswoman for the county, Ann Lee, said on Friday".
LONGEST_ASIDE = 15


def aside_of(cue: Token) -> list[Token]:
    """The cue's own words ("the mayor said", "said Smith", "he told reporters on Monday"): the
    run of its words around it, from its subject to the next comma or dash outside the subject."""
    subject = own_subject(cue)
    own = {t.i for t in cue.subtree}
    in_subject = {t.i for t in subject.subtree} if subject is not None else set()
    doc = cue.doc
    start = subject.left_edge.i if subject is not None and subject.i < cue.i else cue.i
    while start > 0 and start - 1 in own and doc[start - 1].dep_ in {"aux", "neg", "advmod"}:
        start -= 1
    end = cue.i + 1
    while end < len(doc) and end in own and (doc[end].text not in SETTING_OFF or end in in_subject):
        end += 1
    return _trim_punct([doc[i] for i in range(start, end)])


def own_subject(cue: Token) -> Token | None:
    """The cue's subject; of two ("The plan, said Smith, is …", "The fee, Ruiz said, was …"), the
    one next to the cue: the other is the subject of the clause the aside interrupts."""
    subjects = [c for c in cue.children if c.dep_ == "nsubj"]
    return min(subjects, key=lambda c: cue.i - c.right_edge.i if c.i < cue.i else c.left_edge.i - cue.i, default=None)


def set_off(aside: list[Token]) -> bool:
    """The aside stands between two commas (or dashes) inside one sentence, in one run of words."""
    if not aside or aside[-1].i - aside[0].i + 1 != len(aside) or len(aside) > LONGEST_ASIDE:
        return False
    doc = aside[0].doc
    first, last = aside[0].i, aside[-1].i
    return first > 0 and last + 1 < len(doc) and _set_off_before(aside[0]) \
        and doc[last + 1].text in SETTING_OFF and doc[first - 1].sent == doc[last + 1].sent


def _set_off_before(first: Token) -> bool:
    """A comma or dash before the aside, or a quotation's closing mark with the comma inside it (`Despite his
    “brash personality,” public defender Ann Quill wrote, Lazar is …`)."""
    doc = first.doc
    before = doc[first.i - 1]
    if before.text in SETTING_OFF:
        return True
    return before.text in CLOSING_MARKS and first.i >= 2 and doc[first.i - 2].text == ","


CLOSING_MARKS = {"”", '"', "’", "'"}
