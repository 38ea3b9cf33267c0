"""A linking adverb at the start of a content is the writer's (issue 12, s37): "Still, Cruz will be re-evaluating …,
a source close to him said" reports what the source said, not the writer's "Still," that ties it to the sentence
before. An article written for the tests; each expected content is exact."""

from functools import cache

from conftest import attribution_parts

ARTICLE = (
    "Harbor towns brace for a lean season.\n\n"
    "Still, the ferry line will keep its winter schedule, a spokeswoman for the operator said.\n\n"
    "In fact, the fish plant has hired twelve workers since March, according to the county labor office.\n\n"
    "Harbormaster Eli Varga said, \u201cStill, nobody here is counting on a good summer.\u201d\n"
)


@cache
def attributions() -> list[tuple]:
    return attribution_parts(ARTICLE)


def test_still_before_a_reported_sentence_is_left_out():
    expected = ("a spokeswoman for the operator", "said", ["the ferry line will keep its winter schedule"])
    assert expected in attributions(), attributions()


def test_in_fact_before_what_a_source_gives_is_left_out():
    expected = ("the county labor office", "according to", ["the fish plant has hired twelve workers since March"])
    assert expected in attributions(), attributions()


def test_inside_a_quotation_the_adverb_is_the_speakers():
    expected = ("Harbormaster Eli Varga", "said", ["\u201cStill, nobody here is counting on a good summer.\u201d"])
    assert expected in attributions(), attributions()
