"""A definite description taking up the person just quoted (speaker_taken_up.py), in short hand-written
articles; and where someone else has come up since, or the office is another's, no name."""

from __future__ import annotations

from attribution_rows import speakers_with_naming


def test_a_calling_takes_up_the_person_just_quoted():
    text = ("Susan Miller said on Monday that the tower would open in May.\n"
            "\"We are on schedule,\" the developer told reporters in Tacoma.")
    assert speakers_with_naming(text) == [("Susan Miller", "Susan Miller", True),
                                          ("the developer", "Susan Miller", True)]


def test_someone_named_in_between_leaves_it_unnamed():
    text = ("Susan Miller said on Monday that the tower would open in May, a date Paul Ferris doubted.\n"
            "\"We are on schedule,\" the developer told reporters in Tacoma.")
    assert speakers_with_naming(text)[-1] == ("the developer", "the developer", False)


def test_an_office_the_article_gave_someone_else_leaves_it_unnamed():
    text = ("Gov. Dana Whitlow said on Monday that the bridge would reopen.\n"
            "\"The repairs are done,\" the senator told reporters.")
    assert speakers_with_naming(text)[-1] == ("the senator", "the senator", False)


def test_a_new_person_such_as_the_official_is_not_taken_up():
    text = ("Dana Whitlow said on Monday that the bridge would reopen.\n"
            "\"The repairs are not done,\" the official told reporters.")
    assert speakers_with_naming(text)[-1] == ("the official", "the official", False)


def test_a_party_the_article_gave_someone_else_leaves_it_unnamed():
    text = ("Democratic nominee Susan Miller said on Monday that the tower would open in May.\n"
            "\"That will not happen,\" the Republican nominee told reporters.")
    assert speakers_with_naming(text)[-1] == ("the Republican nominee", "the Republican nominee", False)


def test_an_adviser_just_quoted_is_not_the_developer():
    text = ("Paul Ferris, a senior adviser, said on Monday that the budget was sound.\n"
            "\"We are ready,\" the developer told reporters in Tacoma.")
    assert speakers_with_naming(text)[-1] == ("the developer", "the developer", False)


def test_a_party_member_named_by_place_takes_up_the_person_just_quoted():
    text = ("Republican Susan Miller said on Monday that the tower would open in May.\n"
            "The Oregon Republican told reporters that the money was there.")
    assert speakers_with_naming(text)[-1] == ("The Oregon Republican", "Susan Miller", True)


def test_a_party_member_of_the_other_party_is_not_taken_up():
    text = ("Democrat Susan Miller said on Monday that the tower would open in May.\n"
            "The Oregon Republican told reporters that the money was not there.")
    assert speakers_with_naming(text)[-1] == ("The Oregon Republican", "The Oregon Republican", False)


def test_a_calling_such_as_the_neurosurgeon_takes_up_the_person_just_quoted():
    text = ("Paul Ferris said on Monday that the clinic would close.\n"
            "\"It is a loss,\" the retired neurosurgeon told reporters.")
    assert speakers_with_naming(text)[-1] == ("the retired neurosurgeon", "Paul Ferris", True)


def test_a_person_named_in_between_only_as_an_object_leaves_the_speaker():
    text = ("Susan Miller said on Monday that the tower would open in May.\n"
            "She would not say whether she had met Paul Ferris. The developer said flatly: \"It does not matter.\"")
    assert speakers_with_naming(text)[-1] == ("The developer", "Susan Miller", True)


def test_a_person_the_speaker_only_spoke_of_leaves_the_speaker():
    # Ferris is a clause's subject, but in what Miller said, not in the writer's own words
    text = ("Susan Miller said on Monday that the tower would have opened in May if Paul Ferris had signed the permits.\n"
            "\"We are still on schedule,\" the developer told reporters in Tacoma.")
    assert speakers_with_naming(text)[-1] == ("the developer", "Susan Miller", True)


def test_an_office_outside_the_elected_ones_is_not_the_mayor():
    text = ("The council voted on Tuesday to close two libraries. Councillor Ann Dobbs said the savings were too "
            "small to matter.\nThe mayor calls for $4 million in new grants. Judge Tom Hale said the closure was "
            "lawful. The governor said the branches must stay open.")
    assert speakers_with_naming(text) == [("Councillor Ann Dobbs", "Ann Dobbs", True),
                                          ("The mayor", "The mayor", False),
                                          ("Judge Tom Hale", "Tom Hale", True),
                                          ("The governor", "The governor", False)]


def test_a_calling_of_ones_own_is_not_the_mayor():
    text = ("The Market Street Merchants Association said the lanes would remove 140 parking spaces. Its director, "
            "Linda Choi, warned that several stores could close.\nThe mayor, who had stayed neutral, praised the vote.")
    assert speakers_with_naming(text)[-1] == ("The mayor, who had stayed neutral,", "The mayor", False)
