"""A content keeps the bracket it opens and a number's percent sign (issues 12 and 13, s18-content): trimming the
punctuation at a content's end cut "(D-Ore.)" to "(D-Ore." and "41%" to "41". An article written for the tests;
each expected content is exact."""

from functools import cache

from conftest import attribution_parts

ARTICLE = (
    "The teachers' union endorsed the re-election of Rep. Dana Whitcombe (D-Ore.).\n\n"
    "The county clerk announced that turnout in the primary was 41%.\n"
)


@cache
def attributions() -> list[tuple]:
    return attribution_parts(ARTICLE)


def test_the_closing_bracket_stays():
    assert ("The teachers' union", "endorsed", ["the re-election of Rep. Dana Whitcombe (D-Ore.)"]) in attributions(), \
        attributions()


def test_the_percent_sign_stays():
    assert ("The county clerk", "announced", ["that turnout in the primary was 41%"]) in attributions(), attributions()
