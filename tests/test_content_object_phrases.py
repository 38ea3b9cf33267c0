"""An object's content and the "in" / "to" phrase right after it (issue 13, s15-edges): the phrase says what the
object is about and stays in the content, unless it tells the occasion ("in an interview"), the time ("in June")
or the audience ("to me"); a pronoun object has nothing to run on from ("reported it to the auditor"). An article written for the tests; each expected attribution is (source, cue, content)
exactly."""

from functools import cache

from conftest import attribution_parts

ARTICLE = (
    "Governor Hale praised the mayor's leadership in the aftermath of the flood.\n\n"
    "Senator Ortiz criticized the council's gift to the stadium fund.\n\n"
    "Senator Ortiz criticized the plan in an interview.\n\n"
    "Ruiz described the offer to me.\n\n"
    "The union endorsed Mayor Pruitt in June.\n\n"
    "The clerk reported it to the state auditor.\n"
)


@cache
def attributions() -> list[tuple]:
    return attribution_parts(ARTICLE)


def test_the_phrase_about_the_object_stays_in_the_content():
    found = attributions()
    assert ("Governor Hale", "praised", ["the mayor's leadership in the aftermath of the flood"]) in found
    assert ("Senator Ortiz", "criticized", ["the council's gift to the stadium fund"]) in found


def test_the_occasion_and_the_audience_stay_out():
    found = attributions()
    assert any(content == ["the plan"] for _, _, content in found), found
    assert ("The union", "endorsed", ["Mayor Pruitt"]) in found
    assert not any("to me" in " ".join(content) for _, _, content in found), found


def test_a_pronoun_object_does_not_take_the_phrase_in():
    assert not any("it to the state auditor" in " ".join(content) for _, _, content in attributions()), attributions()
