"""A headline's bare description is the one person the article gives that office (speaker_headlines.py), in
short hand-written articles; two such people, or one placed in another state, leave it unnamed."""

from __future__ import annotations

from attribution_rows import speakers_with_naming


def test_a_headlines_office_is_the_one_person_given_it():
    text = ("Ohio governor says the budget will pass.\n\n"
            "Ohio Gov. Susan Miller said on Monday that the budget would pass by June.")
    assert speakers_with_naming(text)[0] == ("Ohio governor", "Susan Miller", True)


def test_two_people_given_the_office_leave_it_unnamed():
    text = ("Governor says the budget will pass.\n\n"
            "Gov. Susan Miller said on Monday that the budget would pass by June. "
            "Gov. Paul Ferris said it would not.")
    assert speakers_with_naming(text)[0] == ("Governor", "Governor", False)


def test_a_person_placed_in_another_state_is_not_the_one():
    text = ("Indiana governor says the budget will pass.\n\n"
            "Ohio Gov. Susan Miller said on Monday that Indiana's budget would pass by June.")
    assert speakers_with_naming(text)[0] == ("Indiana governor", "Indiana governor", False)
