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
