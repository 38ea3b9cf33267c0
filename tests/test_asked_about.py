"""A question put about something, with "about …" hung on the occasion (s42): "Asked at a briefing Monday about the
leader's future role, Earnest said …" holds the question too, with what was asked about as its content."""

from attribution_rows import attribution_rows


def test_asked_at_an_occasion_about_something_is_a_question_put():
    text = ("Asked at a briefing Monday in Washington about Suu Kyi's future role, White House press secretary Josh "
            "Earnest said the Nobel Peace Prize winner has been a voice for reform.")
    rows = attribution_rows(text, date="2015-11-10")
    assert rows[0][1:4] == (None, "Asked", "about Suu Kyi's future role")
    assert rows[1][1:3] == ("White House press secretary Josh Earnest", "said")


def test_a_passive_question_with_no_asker_named_is_put_by_the_article():
    text = "At the debate, Sanders was asked to name a specific decision Clinton made while serving in the Senate."
    rows = attribution_rows(text, date="2016-04-14")
    assert rows == [("indirect", None, "was asked",
                     "Sanders … to name a specific decision Clinton made while serving in the Senate", None)]


def test_what_was_asked_about_after_a_phrase_of_when_is_the_content_with_its_about():
    text = ("When asked by Ingraham on Thursday about increasing the number of foreign workers, Cruz said: \"I don't "
            "believe that's a good idea.\"")
    rows = attribution_rows(text, date="2015-11-13")
    assert rows[0] == ("indirect", "Ingraham", "asked", "about increasing the number of foreign workers", "Ingraham")
