"""A source's edges as PolNeAR draws them (issue 12, s21-sources): the bracket of "(I-Vt.)" with its full stop,
the dash closing an aside, no "even" before the people and no day after them. Read on PolNeAR train: of its
sources holding a dash aside, 48 keep the closing dash and 2 leave it; "(I-Vt.)" lost its ".)" 14 times. An
article written for the tests; each expected source is exact."""

from functools import cache

from attribution_rows import attribution_rows
from conftest import attribution_parts

ARTICLE = (
    "Sen. Dale Pritchard (I-Vt.) said the bill would fail.\n\n"
    "Jason Sims — a teacher from Mount Pleasant — said the school needed a new roof.\n\n"
    "Even some allies of the mayor said the plan was rushed.\n\n"
    "The Whitcombe campaign on Monday said it had raised $2 million.\n\n"
    "It was a speech which even critics say was the best of the year.\n"
)


@cache
def sources() -> list[str]:
    return [source for source, _cue, _content in attribution_parts(ARTICLE)]


def test_the_bracket_keeps_its_full_stop():
    assert "Sen. Dale Pritchard (I-Vt.)" in sources(), sources()


def test_the_closing_dash_of_an_aside_stays():
    assert "Jason Sims — a teacher from Mount Pleasant —" in sources(), sources()


def test_even_is_the_writers():
    assert "some allies of the mayor" in sources(), sources()


def test_the_day_is_not_the_source():
    assert "The Whitcombe campaign" in sources(), sources()


def test_even_stays_between_which_and_its_source():
    assert "even critics" in sources(), sources()


def test_a_share_keeps_its_percent_sign():
    # spaCy counts "%" as punctuation; trimmed, the source was "47"
    rows = attribution_parts("Of those asked, 47% say the pool should reopen.\n")
    assert [source for source, _cue, _content in rows] == ["47%"], rows


def test_a_share_is_named_with_its_percent_sign():
    rows = attribution_rows("Of those asked, 47% say the pool should reopen.", date="2016-01-01")
    assert [speaker for *_parts, speaker in rows] == ["47%"], rows
