"""A noun that reports a clause quoting words in passing (s43): "her remark that “there’s a special place in hell
…”", "Donald Trump’s claim that President Barack Obama “founded ISIS”". The noun's attribution used to be dropped
whenever a quotation mark stood in its clause; only a clause wholly inside quotation marks is left to the quotations."""

from attribution_rows import attribution_rows


def test_a_claim_quoting_words_in_passing_is_reported_by_the_noun():
    text = "Gov. Mike Pence blamed the media for making an issue out of Donald Trump’s claim that President Barack " \
           "Obama “founded ISIS,” saying they were nitpicking."
    rows = attribution_rows(text, date="2016-08-11")
    assert [row for row in rows if row[2] == "claim"] == [
        ("indirect", "Donald Trump’s", "claim", "that President Barack Obama “founded ISIS,”", "Donald Trump")]


def test_a_remark_whose_clause_is_quoted_after_that_is_reported_by_the_noun():
    text = "Former secretary of state Madeleine Albright fanned controversy over her remark that “there’s a special " \
           "place in hell for women who don’t help each other.”"
    rows = attribution_rows(text, date="2016-03-29")
    assert [row[1:] for row in rows] == [
        ("her", "remark", "that “there’s a special place in hell for women who don’t help each other.”",
         "Madeleine Albright")]


def test_a_clause_after_a_phrase_of_when_is_the_nouns_though_the_parser_hung_it_on_the_verb():
    text = "Critics pressed the governor over his claims last month that he is an advocate for working people."
    rows = attribution_rows(text, date="2016-07-25")
    assert [row[1:4] for row in rows if row[2] == "claims"] == [
        ("his", "claims", "that he is an advocate for working people")]


def test_a_quotation_the_clause_opens_closes_within_it():
    text = "Mr. Trump was challenged over his statement on Wednesday that ''Islam hates us,'' but he kept his " \
           "temper in check."
    rows = attribution_rows(text, date="2016-03-12")
    assert [row[1:4] for row in rows if row[2] == "statement"] == [("his", "statement", "that ''Islam hates us,''")]
