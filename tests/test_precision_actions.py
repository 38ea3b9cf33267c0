"""Actions read as speech (issue 13): a verb with an object, an infinitive or a preposition is a cue only
where PolNeAR's annotators found such verbs to be cues (the cue table's places), on articles written for the tests.

Each case is (text, [(kind, source, cue, content, speaker)]) with exact expected values.
"""

import pytest
from attribution_rows import attribution_rows


def found(text: str) -> list[tuple]:
    return attribution_rows(text, date="2016-01-01")


CASES = [
    # what someone wants or sets out to do is not something they said (VB|xcomp|no subject)
    ("The police chief wants to criticize the report.", []),
    # an errand, not a statement (VB|advcl|no subject)
    ("Hale left the room, saying nothing, to call his lawyer.", []),
    # a participle after a noun that does something (VBG|acl|no subject)
    ("An officer was seen aiming a gun at the man.", []),
    # a relative clause's object frame: "who has promised lower taxes" (VBN|relcl|subject)
    ("Senator Ann Ruiz, who has promised lower taxes, spoke on Monday.", []),
    # where such verbs are cues, they stay: a subject's own verb with an object, an infinitive after a verb of
    # hoping, and reported speech in any place
    ("The mayor criticized the report on Monday.",
     [("indirect", "The mayor", "criticized", "the report", "The mayor")]),
    ("Ruiz said the council would meet. Hale hopes to block the plan.",
     [("indirect", "Ruiz", "said", "the council would meet", "Ruiz"),
      ("indirect", "Hale", "hopes", "to block the plan", "Hale")]),
    ("Senator Ann Ruiz, who has said that she will cut taxes, spoke on Monday.",
     [("indirect", "who", "has said", "that she will cut taxes", "Ann Ruiz")]),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[c[0][:40] for c in CASES])
def test_actions_are_not_attributions(text, expected):
    assert found(text) == expected
