"""A writer's lead-in before the frame is not what was said (s44): in "Accurate or not, the rumour has had a lasting
effect: Some 30 percent … said they believe the plant will close" the parser gives "said" a clause on each side,
and the one after it is the content, with a "that" or without one."""

from attribution_rows import attribution_rows


def test_a_lead_in_before_a_colon_is_the_writers():
    text = "Accurate or not, the rumour has had a lasting effect: Some 30 percent of residents in a recent survey " \
           "said they believe the plant will close."
    assert attribution_rows(text, date="2016-05-01") == [
        ("indirect", "Some 30 percent of residents in a recent survey", "said", "they believe the plant will close",
         "Some 30 percent")]


def test_a_poll_after_its_lead_in():
    text = "Last spring, the union polled its members online ahead of the vote: 1,409 nurses said they wanted to " \
           "back the challenger."
    assert attribution_rows(text, date="2016-05-01")[0][1:4] == (
        "1,409 nurses", "said", "they wanted to back the challenger")


def test_a_lead_in_before_a_dash_is_the_writers():
    text = "The governor has one habit in common with his rivals - he says he never reads the polls."
    assert attribution_rows(text, date="2016-05-01")[0][1:4] == ("he", "says", "he never reads the polls")


def test_a_clause_before_the_frame_stays_where_none_follows():
    text = "The plant will close by the end of the year, the company said."
    assert attribution_rows(text, date="2016-05-01")[0][1:4] == (
        "the company", "said", "The plant will close by the end of the year")
