"""Contents that would wrap their own source and cue (issue 13, the seed-3014 precision audit): a relative
clause that reports ("which she said would …", "what it called “…”") has its content drawn in two pieces
around its source and cue, as PolNeAR's annotators draw it ("which" + "would …"), on an article written
for the tests.

Each expected attribution is (kind, source, cue, content pieces) with exact values.
"""

from functools import cache

from conftest import attribution_parts

import saywho

ARTICLE = (
    "The harbor plan, which Mayor Ann Pruitt said would cost $40 million, goes to a vote on Friday.\n\n"
    "The fishermen's union backed what it called “a fair deal for the boats.”\n\n"
    "Governor Lee praised the sea wall, which she described as “the best money the state ever spent.”\n\n"
    "Ruiz said the council would meet on Friday.\n"
)


@cache
def attributions() -> list[tuple]:
    return attribution_parts(ARTICLE, with_kind=True)


def test_a_reporting_relative_clause_leaves_out_its_own_source_and_cue():
    found = attributions()
    assert ("indirect", "Mayor Ann Pruitt", "said", ["which", "would cost $40 million"]) in found
    assert ("partial", "it", "called", ["what", "“a fair deal for the boats.”"]) in found
    assert ("partial", "she", "described", ["which", "as “the best money the state ever spent.”"]) in found


def test_a_content_that_only_holds_someone_else_s_frame_stays_whole():
    found = attributions()
    # the union's and the governor's contents hold another attribution's source and cue, not their own
    assert ("indirect", "The fishermen's union", "backed", ["what it called “a fair deal for the boats.”"]) in found
    assert ("indirect", "Governor Lee", "praised",
            ["the sea wall, which she described as “the best money the state ever spent.”"]) in found
    assert ("indirect", "Ruiz", "said", ["the council would meet on Friday"]) in found
    assert len(found) == 6


# An object's content runs on through what the object is said to be or do (the seed-3014 audit's contents cut
# short; the commonest short end on PolNeAR train after an object): "with …", "against …", a second object.
OBJECT_ARTICLE = (
    "A poll released on Tuesday showed Senator Ruiz with a twelve-point lead over the mayor. "
    "Governor Lee defended the harbor board against charges of waste. "
    "The auditor deems certain repairs a reasonable trade-off. "
    "The mayor praised the board in a statement.\n"
)


def test_an_object_s_content_keeps_what_it_is_said_to_be():
    found = [
        (a.source.text, a.cue.text, a.content.text)
        for a in saywho.analyze(OBJECT_ARTICLE, date="2016-01-01").attributions
    ]
    assert found == [
        ("A poll released on Tuesday", "showed", "Senator Ruiz with a twelve-point lead over the mayor"),
        ("Governor Lee", "defended", "the harbor board against charges of waste"),
        ("The auditor", "deems", "certain repairs a reasonable trade-off"),
        ("The mayor", "praised", "the board"),  # one unbroken cue: not "praised … in a statement"
    ]
