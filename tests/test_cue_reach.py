"""How far a cue reaches (issue 12, s30-aspect): a verb of going on that the saying complements ("went on to say",
"continued to insist"), a manner or time adverb right after the verb ("said repeatedly", "shot back"), and the noun
of a stance voiced ("expressed concern that …", "voiced support for …"), whose content is what the stance is about,
and a statement put out with the participle that says what it said ("issued a statement saying", s39); where a post
went up ("on Twitter") is part of the cue, never what was said (s40). A sentence's first "Asked", even tagged as a
past tense, is a question put by no one named: the one asked is not its source. Sentences written for the tests;
each expected value is exact."""

import pytest
from attribution_rows import attribution_rows

CASES = [
    ("Mayor Ann Ruiz went on to say that the budget was balanced.",
     [("indirect", "Mayor Ann Ruiz", "went on to say", "that the budget was balanced", "Ann Ruiz")]),
    ("Governor Lee Park has continued to insist that the plant is safe.",
     [("indirect", "Governor Lee Park", "has continued to insist", "that the plant is safe", "Lee Park")]),
    # a trip, not a saying carried on
    ("Governor Lee Park went to Boston on Monday.", []),
    ("Senator Tom Hale said repeatedly that the vote was rigged.",
     [("indirect", "Senator Tom Hale", "said repeatedly", "that the vote was rigged", "Tom Hale")]),
    ("Senator Tom Hale expressed concern that the vote was rigged.",
     [("indirect", "Senator Tom Hale", "expressed concern", "that the vote was rigged", "Tom Hale")]),
    ("The union voiced support for the new contract.",
     [("indirect", "The union", "voiced support for", "the new contract", "The union")]),
    # a stance with nothing it is about stays whole
    ("The union expressed its frustration.",
     [("indirect", "The union", "expressed", "its frustration", "The union")]),
    # a retort, though "shoot" alone is mostly gunfire (s34)
    ("Mayor Ann Ruiz defended the budget. \u201cBalanced on the backs of our teachers,\u201d Councilor Lena Ortiz "
     "shot back.",
     [("indirect", "Mayor Ann Ruiz", "defended", "the budget", "Ann Ruiz"),
      ("direct", "Councilor Lena Ortiz", "shot back", "\u201cBalanced on the backs of our teachers,\u201d", "Lena Ortiz")]),
    # "put it" is saying it (s34)
    ("As one voter in Macon put it, \u201cNobody is talking about grocery prices.\u201d",
     [("direct", "one voter in Macon", "put it", "\u201cNobody is talking about grocery prices.\u201d", "one voter")]),
    ("Mayor Ann Ruiz put it on the table.", []),
    # a statement put out and the participle that says what it said are one cue (s39)
    ("The town council issued a statement Tuesday saying the parade would go on.",
     [("indirect", "The town council", "issued a statement Tuesday saying", "the parade would go on",
       "The town council")]),
    ("His office put out a statement saying the senator would vote no.",
     [("indirect", "His office", "put out a statement saying", "the senator would vote no", "His office")]),
    ("The museum issued a statement of concern about the vote.",
     [("indirect", "The museum", "issued", "a statement of concern about the vote", "The museum")]),
    # a phrase set off by commas is an aside, not part of the cue (s34)
    ("Mayor Ann Ruiz said, without providing evidence, that the vote was rigged.",
     [("indirect", "Mayor Ann Ruiz", "said", "that the vote was rigged", "Ann Ruiz")]),
    ("Asked what a firm deal looks like, Mayor Ann Ruiz replied: \u201cWe are a long way off from that.\u201d",
     [("indirect", None, "Asked", "what a firm deal looks like", None),
      ("direct", "Mayor Ann Ruiz", "replied:", "\u201cWe are a long way off from that.\u201d", "Ann Ruiz")]),
    # where a post went up is part of the cue, never what was said (s40)
    ("Mayor Ann Ruiz said on Facebook that the vote was rigged.",
     [("indirect", "Mayor Ann Ruiz", "said on Facebook", "that the vote was rigged", "Ann Ruiz")]),
    ("Mayor Ann Ruiz praised the crew, and then wrote on Twitter about the ribbon-cutting.",
     [("indirect", "Mayor Ann Ruiz", "praised", "the crew", "Ann Ruiz")]),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[c[0][:40] for c in CASES])
def test_cue_reach(text, expected):
    assert attribution_rows(text, date="2016-01-01") == expected
