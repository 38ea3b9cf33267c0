"""A partial quotation inside what someone said belongs to the one who said it (issues 12 and 13, s16-outer):
in "said he's certain Rubio will continue to be “…”" PolNeAR's cue is "said" and its content the whole clause,
not "continue" and the quoted words. A verb of saying of its own inside the clause ("which she described as
“…”") keeps its quotation. An article written for the tests; each expected attribution is (source, cue,
content) exactly."""

from functools import cache

from conftest import attribution_parts

ARTICLE = (
    "Senator Hale said he was certain the mayor would continue to be “a friend of the city.”\n\n"
    "Ortiz said the amendment was a gesture intended to highlight “the greed of the banks.”\n\n"
    "Reed said his group plans to zero in on issues “like who runs the schools.”\n\n"
    "Pruitt said the council, which she described as “a rubber stamp,” would meet on Monday.\n"
)


@cache
def attributions() -> list[tuple]:
    return attribution_parts(ARTICLE)


def test_the_verb_of_saying_above_takes_the_quotation():
    found = attributions()
    assert ("Senator Hale", "said", ["he was certain the mayor would continue to be “a friend of the city.”"]) in found
    assert ("Ortiz", "said", ["the amendment was a gesture intended to highlight “the greed of the banks.”"]) in found
    assert ("Reed", "said", ["his group plans to zero in on issues “like who runs the schools.”"]) in found


def test_the_inner_verb_is_no_attribution_of_its_own():
    cues = [cue for _, cue, _ in attributions()]
    assert not {"would continue", "continue", "to highlight", "highlight"} & set(cues)


def test_an_inner_verb_of_saying_keeps_its_quotation():
    found = attributions()
    assert ("she", "described", ["which", "as “a rubber stamp,”"]) in found
    assert ("Pruitt", "said", ["the council, which she described as “a rubber stamp,” would meet on Monday"]) in found
