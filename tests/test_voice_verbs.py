"""Verbs of voice that frame a quotation (s42): "“…,” the judge exclaimed, “…”", "his wife whispered". Too rare in
PolNeAR for its counts to make them cues, they frame only a quotation; and the one a pronoun's verb addresses ("he
told Hannity") is never that pronoun's speaker."""

from attribution_rows import attribution_rows


def test_a_split_quotation_around_exclaimed_is_the_judges():
    text = ("The two lawyers had basically said the same thing. “Everything that you have said and everything that I "
            "have said,” the judge exclaimed, “has totally overlapped.”")
    rows = attribution_rows(text, date="2015-11-19")
    assert ("direct", "the judge", "exclaimed", "“Everything that you have said and everything that I have said,” … "
            "“has totally overlapped.”", "the judge") in rows


def test_a_verb_of_voice_without_a_quotation_reports_nothing():
    text = "If the grab was as bad as she said, why hadn't she screamed?"
    assert all(row[2] != "screamed" for row in attribution_rows(text, date="2016-03-30"))


def test_the_one_told_is_not_the_pronoun_that_tells():
    text = ("Donald Trump spoke with Sean Hannity at a town hall.\n\n"
            "“Mexico!” the audience screamed back.\n\n"
            "Hannity asked Trump how high the wall would be.\n\n"
            "“I think the height could be 35 to 45 feet,” he told Hannity.")
    rows = attribution_rows(text, date="2016-08-25")
    assert rows[-1] == ("direct", "he", "told", "“I think the height could be 35 to 45 feet,”", "Donald Trump")
