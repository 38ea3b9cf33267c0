"""A quotation inside the clause of a participle going on from its frame is that participle's alone (s41): each word
has one attribution, as PolNeAR draws them."""

from attribution_rows import attribution_rows


def test_a_quotation_in_a_participles_clause_is_not_also_the_frames():
    text = ("“The candidate is a natural born citizen,” the board said, reasoning that Cruz “did not have to take any "
            "steps.”")
    assert attribution_rows(text, date="2016-02-02") == [
        ("direct", "the board", "said", "“The candidate is a natural born citizen,”", "the board"),
        ("indirect", "the board", "reasoning", "that Cruz “did not have to take any steps.”", "the board")]


def test_a_second_quotation_after_the_frame_stays_the_frames():
    text = "“The candidate is a citizen,” the board said. “Nothing more is needed.”"
    assert attribution_rows(text, date="2016-02-02") == [
        ("direct", "the board", "said", "“The candidate is a citizen,” … “Nothing more is needed.”", "the board")]
