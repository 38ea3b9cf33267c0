""""According to X, NP VERB …" where the parser read the clause's subject as a phrase set off beside X (s43): the
sentence's verb was left without a subject and no content was found."""

from attribution_rows import attribution_rows


def test_a_subject_read_as_apposition_opens_the_reported_clause():
    text = "According to Rep. Trey Gowdy, Congressional probing of the Benghazi scandal was at least partly " \
           "responsible for the forced exposure of the Hillary Clinton email scandal."
    assert attribution_rows(text, date="2016-05-25") == [
        ("according-to", "Rep. Trey Gowdy", "According to",
         "Congressional probing of the Benghazi scandal was at least partly responsible for the forced exposure of "
         "the Hillary Clinton email scandal", "Trey Gowdy")]


def test_a_lone_according_to_phrase_reports_nothing():
    assert attribution_rows("According to Rep. Trey Gowdy, of course.", date="2016-05-25") == []
