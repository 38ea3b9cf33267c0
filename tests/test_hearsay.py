"""Hearsay adverbs (issue 12, s27-recall): "reportedly" makes the clause around it an attribution with no source,
its content in two pieces around the adverb; the writer's-voice hedge of the same word stays. Not where the verb
reports speech itself ("reportedly argued that …"), nor "allegedly". Sentences written for the tests; each expected
value is exact."""

import pytest
from attribution_rows import attribution_rows

import saywho

CASES = [
    ("The county is reportedly making plans to close the pool.",
     [("indirect", None, "reportedly", "The county is … making plans to close the pool", None)]),
    ("Reportedly, the mayor left the meeting before the vote.",
     [("indirect", None, "Reportedly", "the mayor left the meeting before the vote", None)]),
    # the verb's own attribution takes the adverb into its cue
    ("Ruiz reportedly argued that the fee was too high.",
     [("indirect", "Ruiz", "reportedly argued", "that the fee was too high", "Ruiz")]),
    ("The mayor allegedly took the money.", []),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[c[0][:40] for c in CASES])
def test_hearsay(text, expected):
    assert attribution_rows(text, date="2016-01-01") == expected


def test_the_hedge_stays_in_the_writers_voice():
    hedges = saywho.analyze("The county is reportedly making plans to close the pool.").to_dict()["voice"]["hedges"]
    assert [h["text"] for h in hedges] == ["reportedly"]
