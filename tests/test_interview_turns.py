"""An interview set out as questions and answers (`Q:` / `A:`): each answer is the interviewee's own words, each
question the interviewer's (issue 13's transcripts; PolNeAR's annotators mark them so where they mark them at all).
The interviewee is the one person the introduction leads with; with none, the answers stay "the interviewee". A
lone `A:` line in an ordinary article is no interview. Articles written for the tests; each expected value is exact."""

from attribution_rows import attribution_rows

import saywho

INTERVIEW = """A teenager's fight to bring her mother home

Diane Guerrero came home from school one day in 2001 to find her parents gone. She spoke to the paper on Monday.

Q: You open your book on May 17, 2001. What did you find?

A: I came home from school and my parents were gone.

Q: Did anyone take care of you?

A: No, no one did. No one checked up on me.
"""


def test_answers_are_the_interviewees_and_questions_the_interviewers():
    assert attribution_rows(INTERVIEW, date="2016-05-06") == [
        ("direct", "Q", ":", "You open your book on May 17, 2001. What did you find?", "the interviewer"),
        ("direct", "A", ":", "I came home from school and my parents were gone", "Diane Guerrero"),
        ("direct", "Q", ":", "Did anyone take care of you?", "the interviewer"),
        ("direct", "A", ":", "No, no one did. No one checked up on me", "Diane Guerrero"),
    ]


def test_an_introduction_naming_two_people_leaves_the_answers_unnamed():
    two = INTERVIEW.replace("She spoke to the paper on Monday.",
                            "Diane Guerrero and Maria Lopez spoke to the paper on Monday.")
    speakers = [row[-1] for row in attribution_rows(two, date="2016-05-06") if row[2] == ":"]
    assert speakers == ["the interviewer", "the interviewee", "the interviewer", "the interviewee"]


def test_a_lone_answer_marker_is_no_interview():
    text = "The council met on Monday.\n\nA: the budget, B: the roads.\n\nThe mayor said the vote would wait."
    assert [row[2] for row in attribution_rows(text, date="2016-05-06")] == ["said"]


def test_the_interviewer_is_a_journalist_and_the_interviewee_named():
    profiles = {(a.source.text, a.speaker.name): a.speaker.profile
                for a in saywho.analyze(INTERVIEW, date="2016-05-06").attributions if a.cue.text == ":"}
    assert {key: (p.naming, p.role, p.gender) for key, p in profiles.items()} == {
        ("Q", "the interviewer"): ("unnamed", "journalist", "not stated"),
        ("A", "Diane Guerrero"): ("named", "not stated", "female"),  # "her parents": the article says she
    }


def test_an_answer_runs_on_over_its_unmarked_paragraphs():
    longer = INTERVIEW.replace("A: I came home from school and my parents were gone.\n",
                               "A: I came home from school and my parents were gone.\n\n"
                               "The house was quiet. Their coffee cups were still on the table.\n")
    rows = attribution_rows(longer, date="2016-05-06")
    assert ("direct", "A", ":", "I came home from school and my parents were gone.\n\n"
            "The house was quiet. Their coffee cups were still on the table", "Diane Guerrero") in rows
    assert [row[-1] for row in rows if row[2] == ":"] == ["the interviewer", "Diane Guerrero"] * 2
