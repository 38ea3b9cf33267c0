"""What unnamed people expect or say (issue 12, s28-expected): "The council is expected to approve the budget" is an
attribution with no source, its cue the passive and its content the subject with the infinitive, as PolNeAR marks it
(70 of 83 on train). Not with an agent (the agent is the source), nor "is supposed to", "is scheduled to", "seems to",
nor in a headline (issue 13). Sentences written for the tests; each expected value is exact."""

import pytest
from attribution_rows import attribution_rows

CASES = [
    ("The city council is expected to approve the new budget on Tuesday.",
     [("indirect", None, "is expected", "The city council … to approve the new budget on Tuesday", None)]),
    ("The old mill was said to be haunted by its first owner.",
     [("indirect", None, "was said", "The old mill … to be haunted by its first owner", None)]),
    # wherever the passive stands: in a relative clause, the relative pronoun stands for what is expected
    ("Ortega, who is widely expected to run for governor, opened a bakery in May.",
     [("indirect", None, "is widely expected", "who … to run for governor", None)]),
    # a negated expectation is kept and marked so, as "did not say" is
    ("The governor is not expected to sign the measure before the holiday.",
     [("indirect", None, "is not expected", "The governor … to sign the measure before the holiday", None)]),
    # with an agent, the agent is the source (passive_reports.py)
    ("The plant is expected by analysts to close next year.",
     [("indirect", "analysts", "is expected", "to close next year", "analysts")]),
    ("The bridge is supposed to reopen in the spring.", []),
    ("The hearing is scheduled to begin at noon.", []),
    ("The mayor seems to have changed her mind about the stadium.", []),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[c[0][:40] for c in CASES])
def test_unnamed_expectations(text, expected):
    assert attribution_rows(text, date="2016-01-01") == expected


def test_a_headline_states_its_own_claim():
    assert attribution_rows("City Treasurer Expected To Resign\n\nThe treasurer met the board on Monday.",
                            date="2016-01-01") == []
