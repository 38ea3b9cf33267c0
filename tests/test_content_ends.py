"""Where a reported clause stops (content_ends.py): the writer's tail after what was said, a relative clause on a
name, a clause of concession, a dash's gloss, is read off the content by the shipped model; what runs on in the
speaker's clause, a clause in the middle, and anything inside quotation marks stay. Sentences written for the
tests; each expected value is exact."""

import pytest
from attribution_rows import attribution_rows

CASES = [
    ("Officials said the FBI had secured the cooperation of Mark Olsen, who worked on the senator's campaign in 2008.",
     [("indirect", "Officials", "said", "the FBI had secured the cooperation of Mark Olsen", "Officials")]),
    ("The mayor said the city would sell the old library, which has stood empty since 2011.",
     [("indirect", "The mayor", "said", "the city would sell the old library", "The mayor")]),
    ("Jones said that he would vote for the plan, even though he has doubts about it.",
     [("indirect", "Jones", "said", "that he would vote for the plan", "Jones")]),
    ("The report showed turnout falling among young voters - a sign of trouble for the party.",
     [("indirect", "The report", "showed", "turnout falling among young voters", "The report")]),
    # a second that-clause is what was said too
    ("Lee said the new law would hurt farmers, and that he would fight it.",
     [("indirect", "Lee", "said", "the new law would hurt farmers, and that he would fight it", "Lee")]),
    # a relative clause in the middle is no tail
    ("Paul said the bill, which passed on Friday, was a mistake.",
     [("indirect", "Paul", "said", "the bill, which passed on Friday, was a mistake", "Paul")]),
    # nor one before the verb of a that-clause: cut there, the content would say nothing (s41)
    ("Activists marched, demanding that the state flag, which includes the stars and bars, be removed from the "
     "display.",
     [("indirect", "Activists", "demanding",
       "that the state flag, which includes the stars and bars, be removed from the display", "Activists")]),
    # after a frame that follows its quotation, the words the cue governs say when, of what or to whom it was said
    # (s41): the quotation alone is what was said
    ("“Really?” she added when the interviewer laughed.",
     [("direct", "she", "added", "“Really?”", None)]),
    ("“Absolutely not,” he said of the possibility of delegates switching sides.",
     [("direct", "he", "said", "“Absolutely not,”", None)]),
    ("“Did you know it was Mussolini?” Todd asked the real estate mogul.",
     [("direct", "Todd", "asked", "“Did you know it was Mussolini?”", "Todd")]),
    # the speaker's own words run to the closing mark
    ("The mayor said the city would sell “the old library, which has stood empty since 2011.”",
     [("partial", "The mayor", "said", "the city would sell “the old library, which has stood empty since 2011.”",
       "The mayor")]),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[c[0][:40] for c in CASES])
def test_content_ends(text, expected):
    assert attribution_rows(text, date="2016-01-01") == expected
