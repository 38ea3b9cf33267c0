"""A question put to the speaker of the sentence (issue 12, s32): "Asked if she believed …, Senator X said …". The small
parser hangs a yes-or-no question on "asked" as an adverbial clause marked "if" or "whether"; it is what was asked,
the content of a question put by no one named, or by the one "by" names. The pronoun inside the question is the one
asked: the main clause's subject, not the asker named just before it. Sentences written for the tests; each expected
value is exact."""

import pytest
from attribution_rows import attribution_rows

CASES = [
    ("Governor Lee Park spoke to the radio host Dana Lund on Friday about the plant on the river.\n\n"
     "Asked if she believed the mayor wanted a third term, Senator Ruth Okafor said she would not guess.",
     [("indirect", None, "Asked", "if she believed the mayor wanted a third term", None),
      ("indirect", "Senator Ruth Okafor", "said", "she would not guess", "Ruth Okafor")]),
    ("Governor Lee Park spoke to the radio host Dana Lund on Friday about the plant on the river.\n\n"
     "Asked by Lund if he believed the plant was safe, Park said that he did.",
     [("indirect", "Lund", "Asked", "if he believed the plant was safe", "Dana Lund"),
      ("indirect", "Park", "said", "that he did", "Lee Park")]),
    ("The campaign sent supporters an email on Monday that included a picture of Clinton with Donald Trump.\n\n"
     "Asked if he thought that email went beyond where the focus of the campaign would be, Tad Devine responded: "
     "\"I guess so.\"",
     [("indirect", None, "Asked", "if he thought that email went beyond where the focus of the campaign would be",
       None),
      ("indirect", "he", "thought", "that email went beyond where the focus of the campaign would be", "Tad Devine"),
      ("direct", "Tad Devine", "responded:", "\"I guess so.\"", "Tad Devine")]),
    # a condition, not a question: "if" after a verb of no asking
    ("Senator Ruth Okafor said the plant would close if the river flooded again.",
     [("indirect", "Senator Ruth Okafor", "said", "the plant would close if the river flooded again", "Ruth Okafor")]),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[c[0][-40:] for c in CASES])
def test_questions_put(text, expected):
    assert attribution_rows(text, date="2016-02-05") == expected
