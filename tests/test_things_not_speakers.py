"""Things taken for speakers (issue 13, s19-things): a picture that "shows" what it depicts, a thing that "calls
attention to" something or "calls it to mind", a thing that "revealed itself". Documents, their issuers and people
stay. Sentences written for the tests.

Each case is (text, [(kind, source, cue, content, speaker)]) with exact expected values.
"""

import pytest
from attribution_rows import attribution_rows


def found(text: str) -> list[tuple]:
    return attribution_rows(text, date="2016-01-01")


THINGS = [
    # a picture shows what it depicts: the writer's reading of it, no one's words
    "Video of the arrest shows the driver with his arms raised.",
    "Footage from the rally showed that the mayor had left early.",
    "The coach had to answer for photos showing that he had been at the party.",
    "The video, which shows the officer firing, was released on Friday.",
    # a thing calling attention to something, or something to mind
    "The ad calls attention to the governor's record on taxes.",
    "The governor's speech called to mind the promises of his first campaign.",
    # a thing that revealed itself has no content
    "Over the weekend the rivalry revealed itself.",
]

SPEAKERS = [
    # what someone in a video says is theirs, not the video's
    ("A video posted by the group shows a fighter saying that the town had fallen.",
     [("indirect", "a fighter", "saying", "that the town had fallen", "a fighter")]),
    ("In the video, Hale says that the plant will close.",
     [("indirect", "Hale", "says", "that the plant will close", "Hale")]),
    # documents and people that show
    ("A poll released on Monday shows the mayor with a ten-point lead.",
     [("indirect", "A poll released on Monday", "shows", "the mayor with a ten-point lead", "A poll")]),
    ("The report says the plant will close in May.",
     [("indirect", "The report", "says", "the plant will close in May", "The report")]),
    ("Hale showed that the numbers were wrong.",
     [("indirect", "Hale", "showed", "that the numbers were wrong", "Hale")]),
    ("The senator showed reporters a photo of the bridge.",
     [("indirect", "The senator", "showed", "a photo of the bridge", "The senator")]),
    # a person calling attention, a person revealing something
    ("Ruiz called attention to the cost of the plan.",
     [("indirect", "Ruiz", "called", "attention to the cost of the plan", "Ruiz")]),
    ("Ruiz revealed that the plant would close.",
     [("indirect", "Ruiz", "revealed", "that the plant would close", "Ruiz")]),
]


@pytest.mark.parametrize("text", THINGS, ids=[text[:40] for text in THINGS])
def test_a_thing_is_no_speaker(text):
    assert found(text) == []


@pytest.mark.parametrize(("text", "expected"), SPEAKERS, ids=[c[0][:40] for c in SPEAKERS])
def test_people_documents_and_those_in_a_picture_stay_speakers(text, expected):
    assert found(text) == expected
