"""Attributions the rules used to miss (issue 12), on sentences written for the tests: "called for X to Y",
whose "for" the parser makes the mark of a clause of its own; a headline's "Name: …" label whose name the tagger
misses in capitals but the article names; a speech verb in an "as" aside ("As the Ledger noted, …"); and a
poll opening its sentence ("In a Ledger poll, …").

Each case is (text, [(kind, source, cue, content, speaker)]) with exact expected values.
"""

import pytest
from attribution_rows import attribution_rows


def found(text: str) -> list[tuple]:
    return attribution_rows(text, date="2016-01-01")


CASES = [
    ("Mayor Ann Ruiz is calling for the state to pay for the new bridge.",
     [("indirect", "Mayor Ann Ruiz", "is calling for", "the state to pay for the new bridge", "Ann Ruiz")]),
    # not after a verb the annotators seldom count: "waited for the results to come in"
    ("The council waited for the results to come in.", []),
    ("Ruiz: No Deal On The Bridge Before Spring\n\nMayor Ann Ruiz spoke to reporters on Monday.",
     [("indirect", "Ruiz", ":", "No Deal On The Bridge Before Spring", "Ann Ruiz")]),
    # a label in the body is a list's heading, not a speaker's line
    ("What each side needs.\n\nMayor Ann Ruiz spoke on Monday.\n\nRuiz: A quiet week.", []),
    ("As the Ledger reported, the council will vote on the budget next week.",
     [("reported", "the Ledger", "reported", "the council will vote on the budget next week", "Ledger")]),
    ("But the plan also carries risks, as several economists have warned.",
     [("indirect", "several economists", "have warned", "the plan also carries risks", "several economists")]),
    # "as" of time: "spoke" reports nothing
    ("As the mayor spoke to the crowd, the rain began.", []),
    # an opening "In a poll, …" gives the sentence to the poll; not where someone in it reports in turn
    ("In a Ledger poll released Monday, Ruiz led Hale by ten points.",
     [("indirect", "a Ledger poll released Monday", "In", "Ruiz led Hale by ten points", "a Ledger poll")]),
    ("In a report, the mayor disclosed holdings in two banks.",
     [("indirect", "the mayor", "disclosed", "holdings in two banks", "the mayor")]),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[c[0][:40] for c in CASES])
def test_recall_frames(text, expected):
    assert found(text) == expected
