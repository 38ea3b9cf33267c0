"""What was not said, and the writer's own "let's" and "say" (issue 13), on sentences written for the tests.

Each case is (text, [(kind, source, cue, content, negated)]) with exact expected values.
"""

import pytest

import saywho


def found(text: str) -> list[tuple]:
    return [
        (a.kind, a.source.text if a.source else None, a.cue.text if a.cue else None, a.content.text, a.negated)
        for a in saywho.analyze(text, date="2016-01-01").attributions
    ]


NOT_SAID = [
    # "yet to": the explaining has not happened
    ("Senator Ruiz has yet to explain why the loopholes should stay.",
     [("indirect", "Senator Ruiz", "to explain", "why the loopholes should stay", True)]),
    ("Ruiz is yet to say whether she will run.",
     [("indirect", "Ruiz", "to say", "whether she will run", True)]),
    # an object "nothing": no proposal was made
    ("Hale has proposed nothing that would raise his taxes.",
     [("indirect", "Hale", "has proposed", "nothing that would raise his taxes", True)]),
    ("Ruiz said nothing about the deficit.",
     [("indirect", "Ruiz", "said", "nothing about the deficit", True)]),
    # a subject that is no one
    ("No Republican has explained why the budget grew.",
     [("indirect", "No Republican", "has explained", "why the budget grew", True)]),
    ("None of the senators said the plan would pass.",
     [("indirect", "None of the senators", "said", "the plan would pass", True)]),
    # the negations read before stay read
    ("Ruiz never said the plan would fail.",
     [("indirect", "Ruiz", "never said", "the plan would fail", True)]),
    ("Hale has not once mentioned that the mine is closing.",
     [("indirect", "Hale", "has not once mentioned", "that the mine is closing", True)]),
    ("Ruiz failed to say how the plan would be paid for.",
     [("indirect", "Ruiz", "to say", "how the plan would be paid for", True)]),
    # a quotation's own "not" before its cue is what was said, not a negation of the saying
    ('"Are we where we need to be? Probably not," Ms. Moore said.',
     [("direct", "Ms. Moore", "said", '"Are we where we need to be? Probably not,"', False)]),
    # a "yet" that is a conjunction negates nothing
    ("Yet Ruiz said the plan would work.",
     [("indirect", "Ruiz", "said", "the plan would work", False)]),
]

WRITERS_OWN = [
    # the "'s" and "us" of "let's" and "let us" are the writer and reader
    ("Let's say you think a degree will cost $160,000.", []),
    ("Let's focus on understanding how companies keep money offshore.", []),
    ("Let us remember that Hale promised lower taxes.", []),
    # an imperative "say" sets up a hypothetical
    ("Say Mexico demanded that the wall be paid for by tariffs.", []),
    ("Say, for example, the governor announced that taxes would rise.", []),
    # "say what you will" has its own object; the report after it stays
    ("Say what you will about Hale, he said the plan would work.",
     [("indirect", "he", "said", "the plan would work", False)]),
    # a speaker's own "let's" inside quotation marks stays that speaker's
    ("“Let's get it done,” Hale said.",
     [("direct", "Hale", "said", "“Let's get it done,”", False)]),
    ("Hale said, “Let's say the deal fails. Then what?”",
     [("direct", "Hale", "said", "“Let's say the deal fails. Then what?”", False)]),
]


@pytest.mark.parametrize(("text", "expected"), NOT_SAID)
def test_what_was_not_said_is_shown_negated(text: str, expected: list[tuple]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(("text", "expected"), WRITERS_OWN)
def test_the_writers_own_let_us_and_say_are_no_attributions(text: str, expected: list[tuple]) -> None:
    assert found(text) == expected


HEDGED = [
    # "almost nothing" is something; "nothing like" is a comparison; a quotation's own "nothing" was said
    ("Brainard said almost nothing about monetary policy.",
     [("indirect", "Brainard", "said", "almost nothing about monetary policy", False)]),
    ("“If they win, nothing you can do, folks,” Hale said.",
     [("direct", "Hale", "said", "“If they win, nothing you can do, folks,”", False)]),
]


@pytest.mark.parametrize(("text", "expected"), HEDGED)
def test_a_hedged_or_quoted_nothing_is_no_negation(text: str, expected: list[tuple]) -> None:
    assert found(text) == expected
