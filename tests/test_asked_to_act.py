"""Whom a request went to and what they were asked to do, with when it was asked between them (s47,
frame_contents._right_after_or_when): "asked President Biden on Sunday to declare a major disaster" had no content
at all (a name alone is whom the words went to). Written for the test, from short news articles."""

from attribution_rows import attribution_rows


def test_asked_a_president_on_sunday_to_declare():
    text = ("Gov. Andy Beshear asked President Biden on Sunday to declare a major disaster in western Kentucky, where "
            "tornadoes killed at least 14 people.")
    assert attribution_rows(text)[0][1:] == (
        "Gov. Andy Beshear", "asked", "President Biden on Sunday to declare a major disaster in western Kentucky",
        "Andy Beshear")


def test_asked_a_judge_on_tuesday_to_declare_a_mistrial():
    text = ("Lawyers for a former hedge fund manager accused of defrauding investors asked a judge on Tuesday to "
            "declare a mistrial, arguing that a prosecutor had made improper remarks to the jury.")
    assert attribution_rows(text)[0][2:4] == ("asked", "a judge on Tuesday to declare a mistrial")
