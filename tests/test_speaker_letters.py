"""A reader's letter's "I" is the name that signs it on the line after (speaker_letters.py), on a page of letters only."""

from __future__ import annotations

from attribution_rows import speakers_with_naming

PAGE = """Weiner needs help.

LETTERS.

Anthony Weiner has been sexting again, reports say. Most people would learn their lesson. Not Weiner.

Robert Billings.

If Weiner had a drinking problem, I guess the comments would be kinder. A little sympathy is needed.

Catherine Willis.

So the campaign goes on. I think voters are tired of it.

John Murray.
"""


def test_each_letters_i_is_the_name_signing_it():
    assert [row for row in speakers_with_naming(PAGE) if row[0] == "I"] == [
        ("I", "Catherine Willis", True), ("I", "John Murray", True)]


def test_a_story_ending_on_one_name_is_no_page_of_letters():
    text = ("The council met on Monday. I think the vote was close, one member wrote in a note.\n\n"
            "John Murray.\n")
    assert ("I", "John Murray", True) not in speakers_with_naming(text)
