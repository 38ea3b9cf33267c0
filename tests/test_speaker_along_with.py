"""A subject joined to others by "along with" speaks with them ("Fields, along with reporter Ben Terris,
say …"): several people, none named alone (issue 13; train: one wrong name fewer)."""

from __future__ import annotations

from attribution_rows import named_speakers


def test_a_subject_along_with_another_is_several_and_unnamed():
    text = "Mara Quinlan, along with the organizer Tom Becket, say the march will go ahead on Saturday."
    assert named_speakers(text) == [("Mara Quinlan, along with the organizer Tom Becket,", None)]


def test_along_with_elsewhere_in_the_sentence_leaves_the_speaker_named():
    text = "Along with the photo, Mara Quinlan said the march would go ahead on Saturday."
    assert named_speakers(text) == [("Mara Quinlan", "Mara Quinlan")]


def test_along_with_after_the_verb_and_a_description_leaves_the_speaker_named():
    text = ("“The talks were hard,” said Mara Quinlan, one of the three organizers, along with Tom Becket "
            "and Ellen Roe.")
    assert named_speakers(text)[0][1] == "Mara Quinlan"
