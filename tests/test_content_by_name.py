"""An object's content runs on through "by name" (issues 12 and 13, s18-content): "never mentioned the governor by
name" has the content "the governor by name", as PolNeAR train's gold draws it (12 of 13). An article written for
the tests; each expected content is exact."""

from functools import cache

from conftest import attribution_parts

ARTICLE = (
    "In her speech, Senator Vance never mentioned the governor by name.\n\n"
    "The chairman did not mention his rival by name, but he criticized the plan.\n"
)


@cache
def attributions() -> list[tuple]:
    return attribution_parts(ARTICLE)


def test_by_name_stays_in_the_content():
    found = attributions()
    assert ("Senator Vance", "never mentioned", ["the governor by name"]) in found, found
    assert ("The chairman", "did not mention", ["his rival by name"]) in found, found
    assert ("he", "criticized", ["the plan"]) in found, found
