"""A partial quotation's content is the phrase of its cue that holds the quoted words, not the fragments alone
(issues 12 and 13, s16-frags): "pledged a “political revolution”" as PolNeAR's gold draws it. A quotation that
is the whole of what was said, and one after a preposition ("known as “…”"), keep their spans; where
the frame stands inside the quoted clause ("Cost estimates, he added, were “…”") the content is that clause
in pieces around it. An article written
for the tests; each expected attribution is (source, cue, content) exactly."""

from functools import cache

from conftest import attribution_parts

ARTICLE = (
    "Mayor Pruitt pledged a “political revolution” and said that the council would act.\n\n"
    "The union responded with anger, promoting a “Stop Hale” movement that focused on the budget.\n\n"
    "The party released a statement on Monday, offering “a deep and sincere apology” to Senator Ortiz.\n\n"
    "The island was known as “the poorhouse of the region,” Ortiz said.\n\n"
    "“It was a great day,” Ruiz said.\n\n"
    "Cost estimates, he added, were “based on a prototype detention facility.”\n\n"
    "The golf industry “is doing much better than it has in years,” Ortiz said.\n"
)


@cache
def attributions() -> list[tuple]:
    return attribution_parts(ARTICLE)


def test_the_object_around_the_quoted_words_is_in_the_content():
    found = attributions()
    assert ("Mayor Pruitt", "pledged", ["a “political revolution”"]) in found
    assert ("The union", "promoting", ["a “Stop Hale” movement that focused on the budget"]) in found


def test_what_follows_the_quoted_object_stays_in():
    assert ("The party", "released a statement on Monday, offering", ["“a deep and sincere apology” to Senator Ortiz"]) \
        in attributions()


def test_whole_quotations_keep_their_spans():
    found = attributions()
    assert ("Ruiz", "said", ["“It was a great day,”"]) in found
    assert ("Ortiz", "said", ["The island was known as “the poorhouse of the region,”"]) in found


def test_a_frame_inside_the_quoted_clause_leaves_the_clause_around_it():
    found = attributions()
    assert ("he", "added", ["Cost estimates", "were “based on a prototype detention facility.”"]) in found
    assert ("Ortiz", "said", ["The golf industry “is doing much better than it has in years,”"]) in found
