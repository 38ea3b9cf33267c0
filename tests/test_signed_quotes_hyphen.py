"""A quotation signed on a line of its own with a hyphen (s42), as fact checks set what they check: `"…" ¶ - Bernie
Sanders.` A hyphen inside a line joins words and signs nothing."""

from attribution_rows import attribution_rows


def test_a_hyphen_on_its_own_line_signs_the_quotation_above():
    text = ("The senator made his case.\n\n\"Almost all new income and wealth is going to the top 1 percent.\"\n\n"
            "- Bernie Sanders.\n\nThe senator is relying on a study.")
    assert attribution_rows(text, date="2016-02-05") == [
        ("direct", "Bernie Sanders", "-", "\"Almost all new income and wealth is going to the top 1 percent.\"",
         "Bernie Sanders")]
