"""A passive report with its "by" agent (issue 12, s27-recall): the subject is what was said, the agent who said it,
for verbs whose active form with an object reports ("reported", "criticized"). Not a verb whose object is the one
addressed or the one who feels, nor one that reports nothing. Sentences written for the tests; each expected value
is exact."""

import pytest
from attribution_rows import attribution_rows

CASES = [
    ("The pool's closure was first reported by the Ames Tribune on Friday.",
     [("reported", "the Ames Tribune", "was first reported", "The pool's closure", "Ames Tribune")]),
    ("The plan was criticized by several council members.",
     [("indirect", "several council members", "was criticized", "The plan", "several council members")]),
    # asked: the subject is the one addressed; rattled: the subject feels; built: no speech
    ("The mayor was asked by a caller why the pool had closed.", []),
    ("The mayor was rattled by the protest.", []),
    ("The bridge was built by a local firm.", []),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[c[0][:40] for c in CASES])
def test_passive_reports(text, expected):
    assert attribution_rows(text, date="2016-01-01") == expected


def test_who_was_quoted_as_saying_is_the_speaker_not_the_outlet():
    text = ("Skyway's chief executive, Paul Brandt, was quoted by the Denver Post as saying the company would "
            "\"make this right.\"")
    assert [(row[1], row[2], row[4]) for row in attribution_rows(text, date="2024-05-01")] == [
        ("Skyway's chief executive, Paul Brandt,", "saying", "Paul Brandt")]
