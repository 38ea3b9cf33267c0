"""A "he" or "she" for a person the article names by a first name only ("a resident named Caroline"); each case
a short hand-written article with exact expected speakers."""

from __future__ import annotations

from attribution_rows import named_speakers

RALLY = ("Senator Mark Ellison drew a large crowd to the fairgrounds in Dover on Saturday.\n\n"
         "\"We will win this state,\" Ellison said. He promised lower taxes and new roads.\n\n"
         "{between}\n\n"
         "{introduced}\n\n"
         "\"He listens to people like me,\" she said of Ellison.\n\n"
         "She said she had driven two hours to hear him speak.\n\n"
         "\"I would drive four,\" she said.\n")
NURSE = "The loudest cheer came from a retired nurse who gave her name only as Margaret."


def test_the_one_woman_in_view_is_she_though_named_by_her_first_name_only():
    text = RALLY.format(between="Governor Tom Baxter, his rival, spent the day in the capital.", introduced=NURSE)
    assert named_speakers(text) == [("Ellison", "Mark Ellison"), ("He", "Mark Ellison"), ("she", "Margaret"),
                                          ("She", "Margaret"), ("she", "Margaret")]


def test_a_man_whose_first_name_says_so_leaves_her_the_one_woman():
    text = RALLY.format(between="Among the crowd was Ellison's old friend Jordan Lowe.", introduced=NURSE)
    assert named_speakers(text) == [("Ellison", "Mark Ellison"), ("He", "Mark Ellison"), ("she", "Margaret"),
                                          ("She", "Margaret"), ("she", "Margaret")]


def test_two_women_in_view_leave_she_unnamed():
    two = "The loudest cheer came from two retired nurses who gave their names only as Margaret and Joan."
    text = RALLY.format(between="Governor Tom Baxter, his rival, spent the day in the capital.", introduced=two)
    assert named_speakers(text) == [("Ellison", "Mark Ellison"), ("He", "Mark Ellison"), ("she", None),
                                          ("She", None), ("she", None)]
