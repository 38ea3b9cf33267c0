"""An organisation called by a short name (issue 11): the short name given in brackets after its full
name, and a first word the model did not tag; and a hyphenated name kept whole. Each pattern from
PolNeAR's training split, in a short hand-written article."""

from __future__ import annotations

import saywho


def speakers(text: str) -> list[tuple[str, bool]]:
    analysis = saywho.analyze(text, date="2024-05-01")
    return [(a.speaker.name, a.speaker.named) for a in analysis.attributions if a.speaker is not None]


def test_a_short_name_in_brackets_after_an_organisation_is_that_organisation():
    text = ("Drivers were surprised to see a California Department of Transportation (Caltrans) sign on Friday "
            "night at an exit in Corona.\n"
            "Caltrans told reporters that someone had reprogrammed the sign.")
    assert speakers(text) == [("California Department of Transportation", True)]


def test_a_person_before_a_bracketed_name_keeps_it_apart():
    text = ("The photograph was taken by Maria Lopez (Reuters) outside the court.\n"
            "Reuters said the picture had not been altered.")
    assert speakers(text) == [("Reuters", True)]


def test_an_untagged_word_that_begins_one_organisations_name_is_that_organisation():
    text = ("The Pew Research Center studied nine online surveys of American adults this spring.\n"
            "So, who was the best? - Pew notes that the surveys they studied aren’t monolithic.")
    assert speakers(text) == [("Pew Research Center", True)]


def test_two_names_joined_by_a_hyphen_are_one_name_as_written():
    text = "Rep. Sheila Jackson-Lee said the bill was cruel. Jackson-Lee added that it would fail."
    analysis = saywho.analyze(text, date="2024-05-01")
    assert [(e.name, e.aliases) for e in analysis.entities] == [("Sheila Jackson-Lee", ["Jackson-Lee"])]
    assert speakers(text) == [("Sheila Jackson-Lee", True), ("Sheila Jackson-Lee", True)]


def test_a_name_parsed_as_a_second_subject_after_a_noun_is_the_one_it_describes():
    text = "Local news affiliate ABC 7 is reporting that the mayor of Corona will resign on Monday."
    assert speakers(text) == [("ABC 7", True)]


def test_a_court_keeps_its_circuit_and_district_in_its_name():
    text = ("A district judge agreed with the voters. But the U.S. Court of Appeals for the 6th Circuit overruled "
            "and said the state already provided enough early voting.\n"
            "The U.S. District Court for the Southern District of New York said the case could go on.")
    assert speakers(text) == [("U.S. Court of Appeals for the 6th Circuit", True),
                              ("U.S. District Court for the Southern District of New York", True)]
