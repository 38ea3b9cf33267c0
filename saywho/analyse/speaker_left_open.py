"""The last rules for a he or she the ranker and the earlier rules leave unnamed (speakers.Resolver._pronoun):
a newcomer its own sentence introduces (speaker_introductions.py), or the one person of its gender named just
before a quotation of several sentences it closes (speaker_quoted_runs.py)."""

from __future__ import annotations

from typing import Protocol

from spacy.tokens import Token

from saywho.analyse import speaker_introductions, speaker_last_speakers, speaker_quoted_runs
from saywho.analyse.speaker_candidates import Candidate


class Resolver(speaker_introductions.Resolver, speaker_quoted_runs.Resolver, speaker_last_speakers.Resolver, Protocol):
    """What is read of the resolver (speakers.Resolver): what either rule reads."""


def left_open(head: Token, candidates: list[Candidate], resolver: Resolver) -> Candidate | None:
    return (speaker_introductions.newcomer(head, candidates, resolver)
            or speaker_quoted_runs.before_the_quotation(head, candidates, resolver)
            or speaker_last_speakers.last_speaker_since(head, candidates, resolver))
