"""Date expressions resolved against a fixed publication date."""

from datetime import date, datetime

import pytest

from saywho.analyse.dates import find_dates

P = "2021-08-31"  # a Tuesday


def found(text, published=P):
    """{matched text: (value, start, end, granularity)} for every item found."""
    return {d["text"]: (d["value"], d["start"], d["end"], d["granularity"]) for d in find_dates(text, published)}


def only(text, published=P):
    items = find_dates(text, published)
    assert len(items) == 1, items
    return items[0]


def period(text, published=P):
    item = only(text, published)
    return item["start"], item["end"]


# -- the item ---------------------------------------------------------------------------


def test_item_fields_and_spans():
    text = "He spoke on Friday."
    assert find_dates(text, P) == [{
        "text": "Friday", "spans": [[12, 18]], "value": "2021-08-27", "start": "2021-08-27",
        "end": "2021-08-27", "granularity": "day", "resolved": True, "relative": True,
    }]


def test_publication_date_may_be_a_date_a_datetime_or_an_iso_string():
    for published in (date(2021, 8, 31), datetime(2021, 8, 31, 23, 59), "2021-08-31T10:00:00Z"):
        assert only("on Friday", published)["value"] == "2021-08-27"


def test_a_publication_date_that_is_not_iso_is_an_error():
    with pytest.raises(ValueError):
        find_dates("on Friday", "31/08/2021")


def test_items_come_in_text_order_and_never_overlap():
    items = find_dates("Last Tuesday, Friday, Aug. 27, 2021, and last week.", P)
    assert [d["text"] for d in items] == ["Last Tuesday", "Friday, Aug. 27, 2021", "last week"]


# -- weekdays ----------------------------------------------------------------------------


@pytest.mark.parametrize("text, expected", [
    ("on Friday", "2021-08-27"),
    ("Tuesday", "2021-08-31"),  # P's own weekday is P
    ("Wednesday", "2021-08-25"),
    ("Friday's vote", "2021-08-27"),
    ("late Friday night", "2021-08-27"),
    ("last Tuesday", "2021-08-24"),
    ("last Friday", "2021-08-27"),
    ("this past Monday", "2021-08-30"),
    ("this Monday", "2021-08-30"),
    ("this Sunday", "2021-09-05"),
    ("next Wednesday", "2021-09-01"),
    ("next Tuesday", "2021-09-07"),
    ("this coming Friday", "2021-09-03"),
])
def test_weekdays(text, expected):
    item = only(text)
    assert (item["value"], item["start"], item["end"], item["granularity"]) == (expected, expected, expected, "day")


def test_weekday_span_excludes_the_preposition_but_keeps_its_modifier():
    assert found("on Friday and last Tuesday").keys() == {"Friday", "last Tuesday"}


# Future clauses as campaign news writes them; P is a Tuesday.
@pytest.mark.parametrize("text, expected", [
    ("The senator will campaign again in Tampa on Friday.", "2021-09-03"),
    ("The complaint, which will be filed on Friday, names the county clerk.", "2021-09-03"),
    ("The governor is slated to address the conference on Friday.", "2021-09-03"),
    ("Ms. Ortiz, who will address the convention on Tuesday night, declined.", "2021-08-31"),
    ("“We’ll be meeting on Friday in Dayton,” she said.", "2021-09-03"),
    ("On Thursday, the director will testify before the committee.", "2021-09-02"),
    ("On Monday, the former mayor will hold two town halls.", "2021-09-06"),
    ("He will be questioned by police on Monday.", "2021-09-06"),
    # the past, as before: the weekday belongs to a verb of saying or a past verb
    ("He said Friday that he will resign.", "2021-08-27"),
    ("He will resign, he said Friday.", "2021-08-27"),
    ("On Friday, he said he will run.", "2021-08-27"),
    ("On Friday, he announced he will run.", "2021-08-27"),
    ("It expressed the will of the people on Friday.", "2021-08-27"),
    ("Will Smith arrived on Friday.", "2021-08-27"),
    ("The minister said on Friday talks would continue.", "2021-08-27"),
])
def test_a_weekday_in_a_future_clause_is_the_next_one(text, expected):
    (item,) = [d for d in find_dates(text, P) if d["granularity"] == "day"]
    assert item["value"] == expected


def test_named_days_and_habits_are_not_weekdays():
    assert find_dates("Black Friday sales, Super Tuesday and prayers on Fridays", P) == []


# -- today, yesterday ...  ------------------------------------------------------------------


@pytest.mark.parametrize("text, expected", [
    ("today", "2021-08-31"),
    ("Today", "2021-08-31"),
    ("yesterday", "2021-08-30"),
    ("Yesterday afternoon", "2021-08-30"),
    ("tomorrow", "2021-09-01"),
    ("tonight", "2021-08-31"),
    ("this morning", "2021-08-31"),
    ("this afternoon", "2021-08-31"),
    ("this evening", "2021-08-31"),
    ("last night", "2021-08-30"),
    ("late last night", "2021-08-30"),
    ("earlier today", "2021-08-31"),
    ("the day before yesterday", "2021-08-29"),
])
def test_day_words(text, expected):
    assert found(text) == {text: (expected, expected, expected, "day")}


def test_today_at_a_sentence_start_is_a_date():
    assert found("He left. Today, the court ruled") == {"Today": ("2021-08-31", "2021-08-31", "2021-08-31", "day")}


def test_today_as_a_title_is_not_a_date():
    assert find_dates("She told USA Today and NBC's Today show.", P) == []


# -- N units ago -----------------------------------------------------------------------------


def test_weeks_ago_is_the_week_centred_on_that_day():
    assert found("two weeks ago") == {"two weeks ago": ("2021-W33", "2021-08-14", "2021-08-20", "week")}


@pytest.mark.parametrize("text, expected", [
    ("three days ago", ("2021-08-28", "2021-08-28", "2021-08-28", "day")),
    ("2 days ago", ("2021-08-29", "2021-08-29", "2021-08-29", "day")),
    ("a week ago", ("2021-W34", "2021-08-21", "2021-08-27", "week")),
    ("six months ago", ("2021-02", "2021-02-01", "2021-02-28", "month")),
    ("18 months ago", ("2020-02", "2020-02-01", "2020-02-29", "month")),
    ("a year ago", ("2020", "2020-01-01", "2020-12-31", "year")),
    ("twenty-one years ago", ("2000", "2000-01-01", "2000-12-31", "year")),
    ("two dozen years ago", ("1997", "1997-01-01", "1997-12-31", "year")),
    ("a decade ago", ("2011", "2011-01-01", "2011-12-31", "year")),
    ("three days from now", ("2021-09-03", "2021-09-03", "2021-09-03", "day")),
])
def test_counted_ago(text, expected):
    assert found(text) == {text: expected}


def test_several_weeks_ago_is_a_range_in_july_and_august():
    item = only("several weeks ago")
    assert (item["value"], item["granularity"]) == (None, "range")
    assert (item["start"], item["end"]) == ("2021-07-10", "2021-08-13")  # 7 to 3 weeks back, give or take 3 days
    assert item["start"].startswith("2021-07") and item["end"] < P


@pytest.mark.parametrize("text, expected", [
    ("a few weeks ago", ("2021-07-31", "2021-08-20")),
    ("a couple of days ago", ("2021-08-28", "2021-08-29")),
    ("a couple of months ago", ("2021-05-01", "2021-06-30")),
    ("several years ago", ("2014-01-01", "2018-12-31")),
])
def test_vague_counts_are_ranges(text, expected):
    item = only(text)
    assert (item["start"], item["end"], item["granularity"], item["value"]) == (*expected, "range", None)


def test_numbers_inside_numbers_are_not_counts():
    assert find_dates("some 1,000 years ago", P) == []


# -- the past N units ----------------------------------------------------------------------------


@pytest.mark.parametrize("text, span, expected", [
    ("over the past two weeks", "the past two weeks", ("2021-08-17", "2021-08-31")),
    ("in the last three months", "the last three months", ("2021-05-31", "2021-08-31")),
    ("in the next few days", "the next few days", ("2021-08-31", "2021-09-04")),
    ("over the last year", "the last year", ("2020-08-31", "2021-08-31")),
    ("the past week", "the past week", ("2021-08-24", "2021-08-31")),
])
def test_rolling_periods(text, span, expected):
    assert found(text) == {span: (None, *expected, "range")}


def test_periods_not_counted_from_publication_are_left_alone():
    assert find_dates("In the last week of the campaign, the next day and the previous week", P) == []


# -- calendar periods ---------------------------------------------------------------------------


@pytest.mark.parametrize("text, expected", [
    ("this week", ("2021-W35", "2021-08-30", "2021-09-05", "week")),
    ("last week", ("2021-W34", "2021-08-23", "2021-08-29", "week")),
    ("next week", ("2021-W36", "2021-09-06", "2021-09-12", "week")),
    ("this month", ("2021-08", "2021-08-01", "2021-08-31", "month")),
    ("last month", ("2021-07", "2021-07-01", "2021-07-31", "month")),
    ("next month", ("2021-09", "2021-09-01", "2021-09-30", "month")),
    ("this year", ("2021", "2021-01-01", "2021-12-31", "year")),
    ("Last year", ("2020", "2020-01-01", "2020-12-31", "year")),
    ("next year", ("2022", "2022-01-01", "2022-12-31", "year")),
    ("earlier this month", (None, "2021-08-01", "2021-08-31", "range")),
    ("later this month", (None, "2021-08-31", "2021-08-31", "range")),
    ("earlier this week", (None, "2021-08-30", "2021-08-31", "range")),
    ("earlier this year", (None, "2021-01-01", "2021-08-31", "range")),
    ("later this year", (None, "2021-08-31", "2021-12-31", "range")),
    ("early next year", (None, "2022-01-01", "2022-04-30", "range")),
    ("late last year", (None, "2020-09-01", "2020-12-31", "range")),
    ("last weekend", (None, "2021-08-28", "2021-08-29", "range")),
    ("this weekend", (None, "2021-09-04", "2021-09-05", "range")),
    ("this past weekend", (None, "2021-08-28", "2021-08-29", "range")),
])
def test_calendar_periods(text, expected):
    assert found(text) == {text: expected}


def test_earlier_this_month_mid_month():
    assert period("earlier this month", "2021-08-12") == ("2021-08-01", "2021-08-12")


def test_over_the_weekend_is_the_latest_weekend():
    assert found("over the weekend") == {"the weekend": (None, "2021-08-28", "2021-08-29", "range")}
    assert period("over the weekend", "2021-09-05") == ("2021-09-04", "2021-09-05")


def test_iso_weeks_cross_years():
    assert found("this week", "2021-01-03") == {"this week": ("2020-W53", "2020-12-28", "2021-01-03", "week")}


# -- absolute dates -------------------------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "August 27, 2021", "Aug. 27, 2021", "27 August 2021", "the 27th of August, 2021",
    "Friday, Aug. 27, 2021", "2021-08-27", "8/27/2021", "8/27/21",
])
def test_full_dates(text):
    item = only(text, None)  # a full date needs no publication date
    assert (item["value"], item["start"], item["end"]) == ("2021-08-27", "2021-08-27", "2021-08-27")
    assert (item["granularity"], item["resolved"], item["relative"]) == ("day", True, False)


def test_whole_expression_with_weekday_is_one_item():
    assert only("On Friday, Aug. 27, 2021, he left.")["text"] == "Friday, Aug. 27, 2021"


def test_impossible_dates_are_not_dates():
    assert find_dates("February 30, 2021 and 13/45/2021", P) == []


@pytest.mark.parametrize("text, published, expected", [
    ("Aug. 27", P, "2021-08-27"),
    ("Sept. 11", P, "2021-09-11"),  # 11 days ahead: this year's
    ("Sept. 20", P, "2020-09-20"),  # 20 days ahead: last year's
    ("Jan. 3", "2021-12-28", "2022-01-03"),
    ("Dec. 28", "2022-01-03", "2021-12-28"),
    ("Feb. 29", P, "2020-02-29"),
    ("May 5", P, "2021-05-05"),
])
def test_day_and_month_take_the_nearest_year(text, published, expected):
    item = only(text, published)
    assert (item["value"], item["relative"]) == (expected, True)


def test_month_and_year():
    assert found("in August 2021") == {"August 2021": ("2021-08", "2021-08-01", "2021-08-31", "month")}
    assert found("in late August 2021") == {"late August 2021": (None, "2021-08-21", "2021-08-31", "range")}


# -- years and decades ---------------------------------------------------------------------------------


@pytest.mark.parametrize("text, span", [
    ("in 2020", "2020"), ("since 2020", "2020"), ("2020's election", "2020"), ("the 2020 election", "2020"),
    ("by the end of 2020", "2020"),
])
def test_years_in_a_date_context(text, span):
    assert found(text, None) == {span: ("2020", "2020-01-01", "2020-12-31", "year")}


def test_lists_and_spans_of_years():
    assert list(found("in 2019 and 2020, from 2018-2021")) == ["2019", "2020", "2018", "2021"]


@pytest.mark.parametrize("text", [
    "2,000 people", "2000 people", "12020 units", "$2020", "a 2020.5 ratio", "the 2019-20 season",
    "at 1900 GMT", "2020s",
])
def test_numbers_that_are_not_years(text):
    assert [d["value"] for d in find_dates(text, P) if d["granularity"] == "year"] == []


def test_qualified_years_and_decades():
    assert found("in early 2020") == {"early 2020": (None, "2020-01-01", "2020-04-30", "range")}
    assert found("by mid-2020") == {"mid-2020": (None, "2020-05-01", "2020-08-31", "range")}
    assert found("in the 1990s") == {"1990s": (None, "1990-01-01", "1999-12-31", "range")}
    assert found("in the 1990's") == {"1990's": (None, "1990-01-01", "1999-12-31", "range")}
    assert found("the late 1990s") == {"late 1990s": (None, "1996-01-01", "1999-12-31", "range")}


# -- months alone -------------------------------------------------------------------------------------


@pytest.mark.parametrize("text, published, span, expected", [
    ("in March", P, "March", "2021-03"),
    ("in August", P, "August", "2021-08"),  # P's own month
    ("in September", P, "September", "2020-09"),
    ("since May", P, "May", "2021-05"),
    ("between March and June", P, "June", "2021-06"),
    ("last March", P, "last March", "2021-03"),
    ("last August", P, "last August", "2020-08"),
    ("next March", P, "next March", "2022-03"),
    ("this March", P, "this March", "2021-03"),
    ("in January", "2021-12-28", "January", "2021-01"),
])
def test_months(text, published, span, expected):
    items = {d["text"]: d for d in find_dates(text, published)}
    assert (items[span]["value"], items[span]["granularity"]) == (expected, "month")


def test_early_march_is_its_first_third():
    assert found("in early March") == {"early March": (None, "2021-03-01", "2021-03-10", "range")}


# -- no false positives ----------------------------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "You may go.",
    "May be it works, said Theresa May.",
    "a speech by May",
    "2,000 people marched",
    "for a second time",
    "the March on Washington",
    "March on, he said.",
    "recently, soon, in the past, one day, in the coming weeks, many years ago",
    "Mar-a-Lago",
])
def test_no_false_positives(text):
    assert find_dates(text, P) == []


# -- without a publication date --------------------------------------------------------------------------


def test_relative_expressions_stay_unresolved_without_a_publication_date():
    items = find_dates("On Friday, two weeks ago, in March, on Sept. 11 and in 2020", None)
    assert [(d["text"], d["resolved"], d["relative"], d["value"]) for d in items] == [
        ("Friday", False, True, None),
        ("two weeks ago", False, True, None),
        ("March", False, True, None),
        ("Sept. 11", False, True, None),
        ("2020", True, False, "2020"),
    ]
    assert all(d["start"] is d["end"] is d["granularity"] is None for d in items if not d["resolved"])


# -- article-style sentences -------------------------------------------------------------------------------


def test_remarks_aired_on_friday():
    text = "In his remarks which aired on RT on Friday, the minister said talks would continue."
    item = only(text)
    assert item["text"] == "Friday" and item["value"] == "2021-08-27"
    assert text[slice(*item["spans"][0])] == "Friday"


def test_two_weeks_ago_and_a_year():
    text = ("Two weeks ago, a 33-year-old woman who had fled the country in 2020, said that "
            "she had been threatened earlier this month.")
    assert found(text) == {
        "Two weeks ago": ("2021-W33", "2021-08-14", "2021-08-20", "week"),
        "2020": ("2020", "2020-01-01", "2020-12-31", "year"),
        "earlier this month": (None, "2021-08-01", "2021-08-31", "range"),
    }


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("a revised plan could be ready by the end of April", "2024-04"),
        ("the strike will last until June", "2024-06"),
        ("the vote was held in January", "2024-01"),
        ("the offer stands until March", "2024-03"),
    ],
)
def test_a_deadline_month_looks_forward(text, value):
    (item,) = find_dates(text, "2024-03-15")
    assert item["value"] == value
