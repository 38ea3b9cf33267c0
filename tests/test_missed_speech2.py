"""Plain speech saywho missed, second round (issues 12 and 13): shapes whose parse hid the cue's content.

Each case is (text, [(kind, source, cue, content, speaker)]) with exact expected values, on sentences written
for the tests: a past-tense verb after "say" read as its open complement ("which they say left …"), a clause
after "told X" that the parser made the main clause ("after Smith told The Globe he was …", "As Jones told the
Tribune, …"), a closing "…, she said." hung below the sentence's verb or beside a fragment, and a that-clause
after a lead-in and a colon ("… one flaw: aides said that …").
"""

import pytest
from attribution_rows import attribution_rows


def found(text: str) -> list[tuple]:
    return attribution_rows(text, date="2016-01-01")


CASES = [
    # a finite verb after "say" read as its xcomp
    ("They opposed the drawdown of troops, which they say left a vacuum for militias to grow.",
     [("indirect", "they", "say", "which … left a vacuum for militias to grow", None)]),
    # the clause after "told X" made the sentence's main clause
    ("The deal came two days after Smith told The Boston Globe he was “not ready” to sign it.",
     [("indirect", "Smith", "told", "he was “not ready” to sign it", "Smith")]),
    ("As Jones told the Chicago Tribune, the new tax is paid by renters.",
     [("indirect", "Jones", "told", "the new tax is paid by renters", "Jones")]),
    ("Instead, Lee told NBC, her plan would be “to wait and see” after the vote.",
     [("indirect", "Lee", "told", "Instead … her plan would be “to wait and see” after the vote", "Lee")]),
    # a closing "…, X said." hung below the sentence's verb or beside a fragment
    ("The Internet has also made it possible for people with like-minded, if bogus, ideas and theories to "
     "organize into communities and reach others, she said.",
     [("indirect", "she", "said", "The Internet has also made it possible for people with like-minded, if bogus, "
       "ideas and theories to organize into communities and reach others", None)]),
    ("The valley has drawn farmers for a century and, after the drought, their children have started leaving for "
     "cities and towns, Mr. Ortiz said in an interview.",
     [("indirect", "Mr. Ortiz", "said in an interview", "The valley has drawn farmers for a century and, after the "
       "drought, their children have started leaving for cities and towns", "Mr. Ortiz")]),
    # … with a word quoted in passing, which the cue frames too; and where the parser ended the sentence before the
    # comma (s41, PolNeAR train: "Those who do take on  heavy debt struggle, even with a "good" job, he said.")
    ("Those who take on heavy debt struggle, even with a \"good\" job, the economist said.",
     [("indirect", "the economist", "said", "Those who take on heavy debt struggle, even with a \"good\" job",
       "the economist")]),
    ("As a general rule, they should pay the loans back in 10 years or less, he said.\n\nThose who do take on  heavy "
     "debt struggle, even with a \"good\" job, he said.",
     [("indirect", "he", "said", "As a general rule, they should pay the loans back in 10 years or less", None),
      ("indirect", "he", "said", "Those who do take on  heavy debt struggle, even with a \"good\" job", None)]),
    # a lead-in before a colon the parser hung on the verb as a second clause: the that-clause is what was said (s40)
    ("And the two families have a close tie: neighbors said that the mayor's daughter is friends with Lund's son.",
     [("indirect", "neighbors", "said", "that the mayor's daughter is friends with Lund's son", "neighbors")]),
    ("The bridge plan had one flaw: engineers warned that nobody had tested the soil.",
     [("indirect", "engineers", "warned", "that nobody had tested the soil", "engineers")]),
    # what is no speech, or no clause, stays out
    ("The deal came after Smith told The Globe on Friday.", []),
    ("After the meeting, he said.", []),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[c[0][:40] for c in CASES])
def test_missed_speech2(text, expected):
    assert found(text) == expected
