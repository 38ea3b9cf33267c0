"""Two clauses the parser joined into one subject ("a group of pastors called for a boycott, and the … League
denounced …"): the second verb's source is the subject after the "and" (sources.py, _past_a_joined_clause)."""

from __future__ import annotations

import saywho


def test_the_second_clause_has_its_own_speaker():
    text = ("Days before the mayor's planned visit to Dunmore, a group of pastors called for a boycott of his speech, "
            "and the prominent civic rights organization the Fair Housing League strongly denounced his record and "
            "said it would \"return\" his donations.\n")
    analysis = saywho.analyze(text, date="2024-05-01")
    found = [(a.source.text, a.cue.text, a.speaker.name if a.speaker else None) for a in analysis.attributions]
    league = ("the Fair Housing League", "Fair Housing League")
    assert found == [("a group of pastors", "called for", "a group"), (league[0], "strongly denounced", league[1]),
                     (league[0], "said", league[1])]
