"""A source the article says it keeps unnamed is anonymous, whatever its noun: "said the woman, who spoke on the
condition of anonymity because she feared her employer …", "a Crossroads official who wasn't authorized to speak
publicly" (the noun makes the second anonymous already; the first, a private person, was `ordinary`)."""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import replace

from spacy.tokens import Doc, Token

from saywho.analyse.doc_data import SourceLink
from saywho.analyse.profile_words import profile_owner
from saywho.analyse.token_arrays import token_starts
from saywho.document import Attribution

KEPT_UNNAMED = re.compile(
    r"\b(?:anonymity|anonymously|not authori[sz]ed to (?:speak|discuss|comment|talk)"
    r"|(?:asked|declined|requested|wished) not to be (?:named|identified)|declined to be (?:named|identified))\b", re.I)


def name_anonymous_sources(doc: Doc, attributions: list[Attribution], links: list[SourceLink]) -> None:
    """Profiles (after the learned models) of unnamed sources whose mention says the article keeps them unnamed."""
    starts = token_starts(doc)
    for attribution, link in zip(attributions, links):
        speaker, owner = attribution.speaker, profile_owner(attribution)
        profile = owner.profile
        if profile is None or profile.naming not in {"unnamed", "ordinary"} or speaker is not None and speaker.named:
            continue
        head = link.head
        if speaker is not None and speaker.resolved_by == "pronoun" and speaker.antecedent is not None:
            head = bisect_left(starts, speaker.antecedent)  # "she" for "the woman, who spoke on the condition …"
        if head is not None and head < len(doc) and kept_unnamed(doc[head]):
            owner.profile = replace(profile, naming="anonymous")


def kept_unnamed(head: Token) -> bool:
    """Whether the words hung on the mention's head say the article keeps the source unnamed."""
    return KEPT_UNNAMED.search(head.doc[head.i: head.right_edge.i + 1].text) is not None
