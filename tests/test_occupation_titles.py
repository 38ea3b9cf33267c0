"""An occupation in title case before a name is the person's role, not a word of the name ("Saxophonist Eddie
Vance", "Filmmaker Jack Marino"): the small model sweeps it into the person's name when it opens a sentence.
Written for this test."""

from __future__ import annotations

import saywho

ARTICLE = (
    "A life in jazz.\n\n"
    "Clara Boone, the pianist whose recordings defined a generation of Chicago jazz, died on Sunday.\n\n"
    "Saxophonist Eddie Vance, who toured with Boone in the 1960s, remembered her as \"fearless.\" \"Clara would take "
    "a song apart and put it back together in front of you,\" Vance said in a phone interview."
)


def test_the_occupation_is_the_role_and_the_name_is_the_name():
    analysis = saywho.analyze(ARTICLE)
    speakers = [(a.speaker.name, a.speaker.profile.role if a.speaker.profile else None) for a in analysis.attributions
                if a.speaker is not None]
    assert speakers == [("Eddie Vance", "other"), ("Eddie Vance", "other")]
