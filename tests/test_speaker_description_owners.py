"""A name inside a description says whose the person is, never who ("the Miller aide" is not Miller):
Resolver._description, in a short hand-written article."""

from __future__ import annotations

from attribution_rows import speakers_with_naming


def test_the_name_inside_a_description_is_not_its_referent():
    text = ("Susan Miller opened her campaign office in Tacoma on Monday.\n"
            "\"We expect a long night,\" the Miller aide said.")
    assert speakers_with_naming(text)[-1] == ("the Miller aide", "the Miller aide", False)
