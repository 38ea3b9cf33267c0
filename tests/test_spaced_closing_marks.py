"""Closing marks set after a space (s42): a quotation that ends on a quotation inside it (`'Manhattan poor,' ''`, in
the New York Times' doubled marks, sometimes with two spaces) and a curly mark typed after its comma's space
(`advice, ” he said`). Both left the quotation open to the paragraph's end, so its frame was read as quoted words."""

from attribution_rows import attribution_rows
from test_quotes import quoted


def test_doubled_marks_close_after_a_quotation_inside_and_a_space():
    text = "''I hate the phrase 'city poor,' '' she said. ''We were comfortable.''"
    assert quoted(text) == ["''I hate the phrase 'city poor,' ''", "''We were comfortable.''"]


def test_doubled_marks_close_after_two_spaces():
    text = "''There was a backlash against 'Lakeside Lives,'  '' Ms. Doyle noted, pointing to a memoir."
    assert quoted(text) == ["''There was a backlash against 'Lakeside Lives,'  ''"]


def test_a_curly_closing_mark_after_a_space_closes_before_the_frame():
    text = "“I regret having listened to that advice, ” he said, echoing his colleague."
    assert quoted(text) == ["“I regret having listened to that advice, ”"]


def test_the_frame_after_a_spaced_closing_mark_is_the_speakers():
    text = ("Senator Ray Alder spoke in Hartford on Monday.\n\n"
            "“I hold myself accountable. I regret having listened to that advice, ” he said.")
    assert attribution_rows(text, date="2016-08-08") == [
        ("direct", "he", "said", "“I hold myself accountable. I regret having listened to that advice, ”", "Ray Alder")]


def test_doubled_marks_typed_after_the_quotations_comma_and_a_space_close_it():
    text = ("''He built very strong left-right coalitions, '' said Mr. Dunmore, who now works on the campaign. "
            "''He sees himself as fighting for working people.''")
    assert attribution_rows(text, date="2016-03-15") == [
        ("direct", "Mr. Dunmore, who now works on the campaign", "said",
         "''He built very strong left-right coalitions, '' … ''He sees himself as fighting for working people.''",
         "Mr. Dunmore")]


def test_a_straight_closing_mark_after_the_comma_and_a_space_closes_before_the_frame():
    text = "\"I think the judge should be ashamed of himself. It's a disgrace that he is doing this, \" Trump said."
    assert attribution_rows(text, date="2016-05-29") == [
        ("direct", "Trump", "said",
         "\"I think the judge should be ashamed of himself. It's a disgrace that he is doing this, \"", "Trump")]


def test_an_opening_mark_typed_after_a_word_closes_the_quotation():
    text = ("Last week, the campaign also called on the agency to conduct an “expedited review“ of the water system "
            "and said the administration should immediately set up a monitoring system.")
    assert attribution_rows(text, date="2016-01-19") == [
        ("indirect", "the campaign", "also called on",
         "the agency to conduct an “expedited review“ of the water system", "the campaign"),
        ("indirect", "the campaign", "said", "the administration should immediately set up a monitoring system",
         "the campaign")]


def test_a_quotation_inside_ending_with_ours_closes_after_the_three_marks():
    text = "''She'd look at me and say, 'What did he mean by that?''' Mr. Biden said, clutching the lectern."
    assert attribution_rows(text, date="2016-08-17") == [
        ("direct", "Mr. Biden", "said", "''She'd look at me and say, 'What did he mean by that?'''", "Mr. Biden")]
