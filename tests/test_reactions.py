"""A reaction received (issue 12, s27-recall): "X drew criticism from Y" is Y's criticism of X, so Y is the source, X
the content and the verb with its noun the cue. Only with a "from" or "of" naming who reacted, and only for nouns of
reaction. Sentences written for the tests; each expected value is exact."""

import pytest
from attribution_rows import attribution_rows

CASES = [
    ("The proposal has drawn harsh criticism from fellow council members.",
     [("indirect", "fellow council members", "has drawn harsh criticism", "The proposal", "fellow council members")]),
    ("Cruz still has not received any endorsements from his fellow senators.",
     [("indirect", "his fellow senators", "still has not received any endorsements", "Cruz", "his fellow senators")]),
    ("Ruiz received the endorsement of the teachers' union on Friday.",
     [("indirect", "the teachers' union", "received the endorsement", "Ruiz", "the teachers' union")]),
    # no one named as reacting; a noun that is no reaction
    ("The answer drew loud applause.", []),
    ("The mayor received a letter from the union.", []),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[c[0][:40] for c in CASES])
def test_reactions(text, expected):
    assert attribution_rows(text, date="2016-01-01") == expected
