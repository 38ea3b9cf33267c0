"""Wrong speakers the precision audits found (issue 13, s18-prec), on sentences written for the tests: the words
go to who put them out, not to a nearby noun. Each case: text, cue, expected source."""

import pytest

import saywho

CASES = [
    # an -ing clause hung on the object of another verb is that verb's subject's ("a statement saying" -> issuer)
    # (the cue runs from "issued" to "saying", s39)
    ("The harbour authority issued a statement on Monday saying the ferry would resume in spring.",
     "issued a statement on Monday saying", "The harbour authority"),
    ("The bakers' guild answered in a newsletter arguing that flour prices had doubled.",
     "arguing", "The bakers' guild"),
    ("Senator Mila Okafor emailed volunteers saying the count was not over.",
     "saying", "Senator Mila Okafor"),
    # people or a name the clause hangs on speak for themselves
    ("Nurses marched past the clinic on Friday, chanting that the wards were unsafe.",
     "chanting", "Nurses"),
    # a verb after "and" shares the passive subject before it, not its agent ("by the deal")
    ("The teachers were praised by the governor and said the new timetable would help pupils.",
     "said", "The teachers"),
    ("The fishermen were angered by the quota and predicted that the fleet would shrink.",
     "predicted", "The fishermen"),
    # a fronted phrase the parser makes a second subject ("X notwithstanding, Y agree") is not the source
    ("His pledges on housing notwithstanding, independent auditors agree that the budget will not balance.",
     "agree", "independent auditors"),
    ("Without a vote in the chamber, the governor said the levy would stand.",
     "said", "the governor"),
]


@pytest.mark.parametrize(("text", "cue", "source"), CASES, ids=[c[0][:40] for c in CASES])
def test_the_source_is_who_put_the_words_out(text, cue, source):
    attributions = saywho.analyze(text, date="2016-01-01").attributions
    sources = [a.source.text if a.source else None for a in attributions if a.cue and a.cue.text == cue]
    assert sources == [source]
