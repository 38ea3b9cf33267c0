"""Where and when something was said is the cue's (issues 12 and 13, s20-setting): after a cue whose content is a
thing said (an object, not a reported clause), a trailing phrase of the occasion ("in a video", "on her radio show",
"during a radio interview") or of the day ("Tuesday", "on Monday") is no part of the content, where the small parser
had hung it on the object. A reported clause keeps its own times and places ("said the vote would happen at the
convention"), as do a verb inside the object ("his intention to vote … on Wednesday") and an occasion's own time or
place ("the governor's remarks at the convention"). An article written for the tests; each expected content is
exact."""

from functools import cache

from conftest import attribution_parts

ARTICLE = (
    "Senator Alvarez mocked the mayor's transit plan in a video.\n\n"
    "The commissioner called the levy a \u201cshameful grab\u201d on her radio show.\n\n"
    "Councilman Webb blamed county officials on Twitter.\n\n"
    "Ms. Ortiz defended her deputy as a \u201ctireless public servant\u201d Tuesday.\n\n"
    "The governor was talking about school funding in the third gubernatorial debate.\n\n"
    "Representative Lane asked for the chairman's position during a WXYZ radio interview in March.\n\n"
    "The union blasted the city's contract offer on Facebook.\n\n"
    "The treasurer stressed her support of the bond measure during a forum sponsored by the Rotary Club.\n\n"
    "Mr. Hale said the vote would happen at the convention.\n\n"
    "Mr. Dunn said the audit was finished on Monday.\n\n"
    "The senator praised the governor's remarks at the convention.\n\n"
    "The councilman announced his intention to vote for the levy on Wednesday.\n\n"
    "Mr. Fry urged residents to vote Tuesday.\n"
)


@cache
def attributions() -> list[tuple]:
    return attribution_parts(ARTICLE)


def test_the_occasion_after_a_thing_said_is_left_out():
    found = attributions()
    assert ("Senator Alvarez", "mocked", ["the mayor's transit plan"]) in found, found
    assert ("The commissioner", "called", ["the levy a \u201cshameful grab\u201d"]) in found, found
    assert ("The governor", "was talking about", ["school funding"]) in found, found
    assert ("Representative Lane", "asked for", ["the chairman's position"]) in found, found


def test_the_medium_after_a_thing_said_is_left_out():
    found = attributions()
    assert ("Councilman Webb", "blamed", ["county officials"]) in found, found
    assert ("The union", "blasted", ["the city's contract offer"]) in found, found


def test_the_day_after_a_thing_said_is_left_out():
    assert ("Ms. Ortiz", "defended", ["her deputy as a \u201ctireless public servant\u201d"]) in attributions()


def test_an_occasion_hung_on_the_cue_stays_out():
    assert ("The treasurer", "stressed", ["her support of the bond measure"]) in attributions(), attributions()


def test_a_reported_clause_keeps_its_own_time_and_place():
    found = attributions()
    assert ("Mr. Hale", "said", ["the vote would happen at the convention"]) in found, found
    assert ("Mr. Dunn", "said", ["the audit was finished on Monday"]) in found, found


def test_a_verb_inside_the_thing_or_an_occasion_keeps_its_phrase():
    found = attributions()
    assert ("The senator", "praised", ["the governor's remarks at the convention"]) in found, found
    assert ("The councilman", "announced", ["his intention to vote for the levy on Wednesday"]) in found, found
    assert ("Mr. Fry", "urged", ["residents to vote Tuesday"]) in found, found
