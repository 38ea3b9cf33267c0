""""AG", an attorney general's title, is no part of a name (s44): "Former AG Mukasey at RNC: …" made a person "AG
Mukasey", whom the later "Michael Mukasey" could not join."""

from attribution_rows import named_speakers


def test_an_attorney_generals_title_leaves_the_name():
    text = ("Former AG Halvorsen at convention: the email scandal disqualifies the candidate.\n\n"
            "Former Attorney General Peter Halvorsen said Tuesday that the email scandal disqualifies the candidate.")
    assert [name for _, name in named_speakers(text)] == ["Peter Halvorsen", "Peter Halvorsen"]
