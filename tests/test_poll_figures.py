"""A poll's figures after a comma belong to what it showed (s43): "A new poll showed Mr. Trump leading Mr. Cruz
nationally, 45 percent to 18 percent, among white evangelical voters". The parse hangs the tail on the verb, so
the content stopped at the comma; PolNeAR's gold runs it to the end of the sentence."""

from attribution_rows import attribution_rows


def test_a_margin_after_a_comma_belongs_to_what_the_poll_showed():
    text = "A new CNN poll showed Mr. Trump leading Mr. Cruz nationally, 45 percent to 18 percent, among white " \
           "evangelical voters."
    assert attribution_rows(text, date="2016-01-12") == [
        ("indirect", "A new CNN poll", "showed",
         "Mr. Trump leading Mr. Cruz nationally, 45 percent to 18 percent, among white evangelical voters",
         "A new CNN poll")]


def test_the_runners_up_belong_to_what_the_poll_showed():
    text = "A WBUR poll showed Mr. Rubio in third at 11 percent, followed closely by Mr. Kasich at 10 percent and " \
           "Mr. Bush at 7 percent."
    assert attribution_rows(text, date="2015-11-08")[0][2:4] == (
        "showed", "Mr. Rubio in third at 11 percent, followed closely by Mr. Kasich at 10 percent and Mr. Bush at "
        "7 percent")


def test_a_tail_without_figures_stays_out():
    text = "A new poll showed Mr. Trump leading Mr. Cruz nationally, a sign of his staying power."
    assert attribution_rows(text, date="2016-01-12")[0][3] == "Mr. Trump leading Mr. Cruz nationally"


def test_a_second_poll_keeps_its_own_figures():
    text = "Polling averages show Clinton with a narrow lead, with RealClearPolitics showing her ahead 3 points, " \
           "HuffPollster 4.3 points."
    rows = attribution_rows(text, date="2016-09-25")
    assert [row[3] for row in rows if row[2] == "showing"] == ["her ahead 3 points"]
