"""Content boundaries from the seed-3015 precision audit (issue 13), on an article written for the tests:
a content cut short before a coordinated second "that" clause ("said that X, and that Y"), and a paragraph's
dateline ("WASHINGTON —") taken into the content. A coordinated clause without its own "that" stays out: PolNeAR's
gold keeps it about as often as it drops it (docs/benchmarks.md, "Content spans: coordinated clauses, datelines").

Each expected attribution is (source, cue, content pieces) with exact values.
"""

from functools import cache

from conftest import attribution_parts

ARTICLE = (
    "The harbor master said the dredging was “rushed,” and that nobody checked the soundings.\n\n"
    "Councilwoman Ruiz said the board would meet on Friday and that a vote would follow.\n\n"
    "Governor Lee said the port was safe, and the union said it was not.\n\n"
    "The pilot said the channel was clear, and the ferries sailed at noon.\n\n"
    "WASHINGTON — The harbor bill will pass this week, Senator Ann Ruiz said on Monday.\n\n"
    "NATO — the alliance — will hold drills in the bay, officials said.\n"
)


@cache
def attributions() -> list[tuple]:
    return attribution_parts(ARTICLE)


def test_a_coordinated_that_clause_stays_in_the_content():
    found = attributions()
    # the parser hangs the second clause on "said", not on the first clause
    assert ("The harbor master", "said", ["the dredging was “rushed,” and that nobody checked the soundings"]) in found
    assert ("Councilwoman Ruiz", "said", ["the board would meet on Friday and that a vote would follow"]) in found


def test_a_coordinated_clause_that_reports_in_turn_is_an_attribution_of_its_own():
    found = attributions()
    assert ("Governor Lee", "said", ["the port was safe"]) in found
    assert ("the union", "said", ["it was not"]) in found


def test_a_coordinated_clause_without_its_own_that_stays_out():
    assert ("The pilot", "said", ["the channel was clear"]) in attributions()


def test_a_dateline_is_the_writer_s_not_the_content_s():
    found = attributions()
    assert ("Senator Ann Ruiz", "said", ["The harbor bill will pass this week"]) in found
    # an organisation's initials before an aside in dashes is no dateline
    assert ("officials", "said", ["NATO — the alliance — will hold drills in the bay"]) in found
    assert len(found) == 7
