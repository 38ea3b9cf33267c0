"""A source never holds another attribution's cue, nor the occasion of the saying (nested_sources.py): "Barkley,
who said he votes Democratic, said …" has the source "Barkley"; a relative clause with no cue of its own stays in
the source, as PolNeAR's annotators mostly keep it. Sentences written for the tests; each expected value is exact."""

import pytest
from attribution_rows import attribution_rows

CASES = [
    ("Barkley, who said he typically votes Democratic, said the race was close.",
     [("indirect", "who", "said", "he typically votes Democratic", "Barkley"),
      ("indirect", "Barkley", "said", "the race was close", "Barkley")]),
    ("Robert Stone, a 59-year-old retiree who said he had already voted, told reporters the line was long.",
     [("indirect", "who", "said", "he had already voted", "Robert Stone"),
      ("indirect", "Robert Stone, a 59-year-old retiree", "told", "the line was long", "Robert Stone")]),
    ("Marco Rubio, speaking at a rally in Miami, said the race was not over.",
     [("indirect", "Marco Rubio", "said", "the race was not over", "Marco Rubio")]),
    # a clause asking for anonymity tells on whose authority the words stand
    ("A campaign aide who asked not to be named said Finch would visit Dayton next.",
     [("indirect", "who", "asked", "not to be named", "A campaign aide"),
      ("indirect", "A campaign aide who asked not to be named", "said", "Finch would visit Dayton next",
       "A campaign aide")]),
    # why a source is not named is no part of the source, as PolNeAR marks it; who the source is stays
    ("A Warren adviser, who spoke on the condition of anonymity to discuss strategy, said the senator would campaign "
     "in Ohio.", [("indirect", "A Warren adviser", "said", "the senator would campaign in Ohio", "A Warren adviser")]),
    ("A Democratic strategist who requested anonymity to discuss the race said turnout would be low.",
     [("indirect", "A Democratic strategist", "said", "turnout would be low", "A Democratic strategist")]),
    ("An official who was briefed on the talks and spoke anonymously said a deal was close.",
     [("indirect", "An official who was briefed on the talks and spoke anonymously", "said", "a deal was close",
       "An official")]),
    ("Ann Lee, who runs the clinic, said it would close.",
     [("indirect", "Ann Lee, who runs the clinic,", "said", "it would close", "Ann Lee")]),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[c[0][:40] for c in CASES])
def test_nested_sources(text, expected):
    assert attribution_rows(text, date="2016-01-01") == expected
