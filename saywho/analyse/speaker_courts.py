"""The judge of a court transcript's `THE COURT:`, of "his Honour" and of "the judge": the one person the text calls
a judge."""

from __future__ import annotations

from spacy.tokens import Token

from saywho.analyse.speaker_candidates import speaker_of
from saywho.document import Entity, Speaker

# How a judge is spoken of: "his Honour wrote". Not "Worship" (a mayor's, a magistrate's) nor "Lordship" (a peer's,
# a bishop's as well as a judge's).
BENCH_STYLES = frozenset({"honour", "honor"})


def the_court(head: Token, entities: dict[str, Entity]) -> Speaker | None:
    """A court transcript's `THE COURT:` is the judge, and so is "his Honour": the one person the text calls a judge,
    else unnamed."""
    if head.lower_ in BENCH_STYLES and any(c.dep_ == "poss" for c in head.children):
        return the_judge(entities) or Speaker(name="the judge", type="PERSON", named=False, resolved_by="unnamed")
    if head.text != "COURT" or head.i == 0 or head.doc[head.i - 1].text != "THE" or head.i + 1 >= len(head.doc) \
            or head.doc[head.i + 1].text != ":":
        return None
    return the_judge(entities) or Speaker(name="the judge", type="PERSON", named=False, resolved_by="unnamed")


def the_judge(entities: dict[str, Entity]) -> Speaker | None:
    """The one person the text calls a judge or a justice ("Justice Rose Atieno"), as "the judge"."""
    judges = [e for e in entities.values() if e.type == "PERSON"
              and any("judge" in word.lower() or "justice" in word.lower() for word in [*e.titles, *e.roles])]
    return speaker_of(judges[0], "description") if len(judges) == 1 else None
