"""A "who" hung by the parser on the place after a preposition ("Democrats on Capitol Hill, who have argued") stands
for the noun the preposition hangs on, where the clause's verb agrees in number with that noun and not the place."""

from __future__ import annotations

from attribution_rows import sourced_speakers as sources


def test_who_is_the_people_not_the_place_they_are_in():
    text = ("The new timetable is meant to calm worried farmers in Millbrook Valley, who have complained that the "
            "trains skip their station.\n")
    assert sources(text) == [("who", "have complained", "worried farmers")]


def test_who_agreeing_with_the_place_itself_is_left_alone():
    text = "Ms. Amara Osei, a nurse from Leeds, who has worked nights for ten years, said the ward was short of staff.\n"
    assert [speaker for _, _, speaker in sources(text)] == ["Amara Osei"]
