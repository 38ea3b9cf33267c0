"""A report set against another with "while" is a report of its own (s44): in "74 percent said they are set on
voting for him, while 22 percent said they might change their mind" the parser hangs the second "said" inside
what the first one reports, and the keep model took it for a cue nested in another's content and dropped it."""

from attribution_rows import attribution_rows


def test_the_second_share_of_a_poll_is_kept():
    text = "Among Trump voters, 74 percent said they are set on voting for the real estate mogul, while 22 percent " \
           "said they might change their mind."
    assert attribution_rows(text, date="2016-04-06") == [
        ("indirect", "74 percent", "said", "they are set on voting for the real estate mogul", "74 percent"),
        ("indirect", "22 percent", "said", "they might change their mind", "22 percent")]
