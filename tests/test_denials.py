"""A denial with its object is a report (s45): "The campaign denies any wrongdoing" gave nothing, since the cue table
rates "deny" with an object low (it also means withholding: "denied the couple a licence")."""

from attribution_rows import attribution_rows


def test_a_denial_of_a_charge_is_reported():
    text = ("The county clerk was accused of favouring donors. The clerk's office denies any wrongdoing, "
            "and Mayor Tom Reyes denied the allegations through a spokesman.")
    rows = attribution_rows(text, date="2024-05-01")
    assert [row[1:4] for row in rows if row[2] != "was accused of"] == [
        ("The clerk's office", "denies", "any wrongdoing"), ("Mayor Tom Reyes", "denied", "the allegations")]


def test_withholding_something_is_no_denial():
    text = "The board denied the permit to the developers. Officials denied entry to the reporters."
    assert attribution_rows(text, date="2024-05-01") == []
