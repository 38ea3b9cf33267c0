"""Words reported through a noun (issue 12, s28-nouns): "claim", "suggestion", "statement", "assertion", "complaint",
"remark", "speculation", "insistence" and "admission" with a that-clause, "promise" and "pledge" with "to": the noun is
the cue, what hangs on it the content, its owner the source (none without one). Not a noun of stance ("the idea that"),
not a noun whose verb already reports the words ("repeated the claim that"), and a verb spelt like the noun stays a
verb. Sentences written for the tests; each expected value is exact."""

import pytest
from attribution_rows import attribution_rows

CASES = [
    ("Mayor Ann Ruiz spoke to the council on Monday. Her claim that the budget was balanced was false.",
     [("indirect", "Her", "claim", "that the budget was balanced", "Ann Ruiz")]),
    ("The suggestion that the treasurer lied angered the board.",
     [("indirect", None, "suggestion", "that the treasurer lied", None)]),
    ("Governor Lee Park toured the plant. Park's promise to reopen it by June won applause.",
     [("indirect", "Park's", "promise", "to reopen it by June", "Lee Park")]),
    ("The idea that the bridge would close alarmed commuters.", []),
    # the verb reports the words, noun and all
    ("The senator repeated the claim that the vote was rigged.",
     [("indirect", "The senator", "repeated", "the claim that the vote was rigged", "The senator")]),
    # "claims" as a verb is a verb
    ("The union claims that the plant is unsafe.",
     [("indirect", "The union", "claims", "that the plant is unsafe", "The union")]),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[c[0][:40] for c in CASES])
def test_noun_cues(text, expected):
    assert attribution_rows(text, date="2016-01-01") == expected
