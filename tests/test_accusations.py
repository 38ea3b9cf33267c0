"""Who accuses whom (issue 13's wrong speakers): a headline's passive without its "is" ("Ministers accused of …") has
the accused as its subject, so no one named accuses; PolNeAR puts the accused in the content. With its object the
verb is an ordinary accusation by its subject. Articles written for the tests; each expected value is exact."""

from attribution_rows import attribution_rows


def test_a_headline_s_accused_is_no_one_s_source():
    text = ("Ministers accused of ignoring warnings over hospital roofs\n\n"
            "Ministers ignored repeated warnings about crumbling concrete, according to documents seen by the paper.")
    rows = attribution_rows(text, date="2024-01-10")
    assert rows[0] == ("indirect", None, "accused of", "Ministers … ignoring warnings over hospital roofs", None)


def test_an_accusation_with_its_object_is_its_subject_s():
    text = "The senator accused the governor of hiding donations from the ethics board."
    assert attribution_rows(text, date="2024-01-10") == [
        ("indirect", "The senator", "accused", "the governor of hiding donations from the ethics board", "The senator")]
