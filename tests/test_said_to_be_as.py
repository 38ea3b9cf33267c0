"""What an object is said to be, after "as" (s42): "described the dinner as Washington celebrating itself", "portrayed
the protesters as undocumented", "pointed to China as the regional enforcer". The parser reads "as …" as a clause of
the verb or as a phrase beside "to", and the content stopped at the object; a finite clause with "as" says when."""

from attribution_rows import attribution_rows


def test_what_the_object_is_described_as_belongs_to_the_content():
    text = "Obama has described the dinner as Washington celebrating itself."
    assert attribution_rows(text, date="2016-04-29") == [
        ("indirect", "Obama", "has described", "the dinner as Washington celebrating itself", "Obama")]


def test_what_the_object_pointed_to_is_said_to_be_belongs_to_the_content():
    text = "Senator Jon Tester still pointed to the GOP as the key obstacle in advancing gun measures."
    assert attribution_rows(text, date="2016-06-22") == [
        ("indirect", "Senator Jon Tester", "still pointed to", "the GOP as the key obstacle in advancing gun measures",
         "Jon Tester")]


def test_a_finite_clause_with_as_says_when_and_stays_out():
    text = "Senator Ann Ruiz denounced the amnesty bill as it was sailing through the Senate."
    rows = attribution_rows(text, date="2016-06-22")
    assert rows[0][3] == "the amnesty bill"
