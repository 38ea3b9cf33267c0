"""A few quoted words before the cue are no part of what it reports (s44): the parser hung a quoted name or scare
quote ("a pro-Clinton "super PAC,"", "an annual "investor day,"") on the cue, and the content opened with it."""

from attribution_rows import attribution_rows


def test_a_quoted_name_in_the_source_stays_out_of_the_content():
    text = 'Mr. Garin, who polls for a pro-Clinton "super PAC," posited that for a more marginal group the ' \
           'unemployment rate carries more importance than growth in incomes.'
    assert attribution_rows(text, date="2016-03-23")[0][2:4] == (
        "posited", "that for a more marginal group the unemployment rate carries more importance than growth in "
        "incomes")


def test_a_quoted_occasion_before_the_cue_stays_out_of_the_content():
    text = 'Management holds an annual "investor day," when it tells analysts why the company\'s stock is a good buy.'
    assert [row[3] for row in attribution_rows(text, date="2016-03-21")] == [
        "why the company's stock is a good buy"]


def test_a_quotation_that_opens_the_sentence_stays():
    text = '"We live in Chicago," Ebeling said. "We came today because she is a good candidate."'
    assert attribution_rows(text, date="2016-01-31")[0][3].startswith('"We live in Chicago,"')
