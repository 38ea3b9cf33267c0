"""Acts read as speech (issue 13, s19-acts): a deal, a meeting called, a tax filing, authorship, a thing that "says
something about" or confirms, an idiom with no content. Sentences written for the tests.

Each case is (text, [(kind, source, cue, content, speaker)]) with exact expected values.
"""

import pytest
from attribution_rows import attribution_rows


def found(text: str) -> list[tuple]:
    return attribution_rows(text, date="2016-01-01")


ACTS = [
    # agreeing to a deed is a deal, not words
    "Eleven countries agreed to share a single currency in 1999.",
    "The insurers agreed on Monday to release millions in cash to the victims.",
    "The bank agreed to lend Mr. Hale $5 million.",
    # calling a meeting, a strike or an election convenes it
    "Republicans had called the hearing for Tuesday.",
    "The union called a strike at the plant.",
    "The governor called a special election for March.",
    "The two firms called off the merger in May.",
    # what is filed on a form is not told
    "Taxpayers reporting capital gains must file a second form.",
    "Mr. Hale reported $40,000 in income last year.",
    # authorship, and a candidate written off
    '"Blue Eyes" was written by Ann Ruiz in 1970.',
    "Hale was written off as a fringe candidate when he launched his bid.",
    # a thing or a fact that "says something about" something
    "That two hosts agreed says something about the media.",
    "The result says a lot about the party.",
    # a thing moved into something
    "The trains were pumping cool air into the shafts.",
    # an idiom with no content
    "Once he has said his piece, the mayor will leave.",
    # a thing confirming is the writer's inference
    "The diagnosis confirmed what I always knew.",
]

WORDS = [
    # agreeing to talk, and agreeing that something is so
    ("The senators agreed to debate the bill next week.",
     [("indirect", "The senators", "agreed", "to debate the bill next week", "The senators")]),
    ("The senators agreed that the bill was flawed.",
     [("indirect", "The senators", "agreed", "that the bill was flawed", "The senators")]),
    # calling something something is speech
    ("Ruiz called the hearing a farce.", [("indirect", "Ruiz", "called", "the hearing a farce", "Ruiz")]),
    # what the police report is told
    ("The police reported three arrests on Monday.",
     [("reported", "The police", "reported", "three arrests", "The police")]),
    # words someone wrote
    ('"I will stay," was written by Ann Ruiz in her diary.',
     [("direct", "Ann Ruiz in her diary", "was written", '"I will stay,"', "Ann Ruiz")]),
    # a person who says something about something
    ("Ann Ruiz said something about the budget.",
     [("indirect", "Ann Ruiz", "said", "something about the budget", "Ann Ruiz")]),
    ("Hale pledged to cut taxes but said little about how.",
     [("indirect", "Hale", "pledged", "to cut taxes", "Hale"), ("indirect", "Hale", "said", "little", "Hale")]),
    # a named school, a company or an official confirming
    ("The school, Leaders' College, confirmed that the plant would close.",
     [("indirect", "The school, Leaders' College,", "confirmed", "that the plant would close", "Leaders' College")]),
    ("The company confirmed that the plant would close.",
     [("indirect", "The company", "confirmed", "that the plant would close", "The company")]),
    ("The mayor confirmed that the plant would close.",
     [("indirect", "The mayor", "confirmed", "that the plant would close", "The mayor")]),
]


@pytest.mark.parametrize("text", ACTS, ids=[text[:40] for text in ACTS])
def test_an_act_is_no_attribution(text):
    assert found(text) == []


@pytest.mark.parametrize(("text", "expected"), WORDS, ids=[c[0][:40] for c in WORDS])
def test_words_told_with_the_same_verbs_stay(text, expected):
    assert found(text) == expected
