"""A description that opens an article before anyone is named, as the one person later given its office
(speaker_named_ahead.py); anything less plain stays as described."""

from __future__ import annotations

from attribution_rows import speakers_with_naming

LEAD = ("The dean of the Harlow School of Nursing has published a letter disputing claims by Medco that its "
        "students were careless.\n\nThe school had trained the nurses for two years.\n\n")


def test_a_description_before_anyone_is_named_is_the_one_person_later_given_its_office():
    text = LEAD + "In his response, Paul Verne, the dean of the nursing school, said that he had examined the claims."
    assert speakers_with_naming(text)[0] == ("The dean of the Harlow School of Nursing", "Paul Verne", True)


def test_two_people_later_given_the_office_leave_it_as_described():
    text = LEAD + ("Paul Verne, the dean of the nursing school, and Ann Lee, the dean of the law school, "
                   "met on Tuesday.")
    assert speakers_with_naming(text)[0] == ("The dean of the Harlow School of Nursing", "The dean", False)


def test_someone_named_before_the_description_leaves_it_as_described():
    text = ("Medco chief Ruth Bale accused the Harlow School of Nursing of carelessness. " + LEAD
            + "In his response, Paul Verne, the dean of the nursing school, said that he had examined the claims.")
    assert ("The dean of the Harlow School of Nursing", "The dean", False) in speakers_with_naming(text)
