"""A headline's label says whose the line is (issue 12, s32): a name with the speaker's side or paper after it
("Okafor camp:", "Tribune editorial:"), a group of speakers ("Insiders:", "Historians:"), a name after a kicker in
capitals ("EXCLUSIVE – Ruth Okafor:"). The labelled line holds no report of its own: its title case misleads the
parser ("Okafor: I Still Believe …" is Okafor's line, not a belief of "I"). Headlines written for the tests; each
expected value is exact."""

import pytest

import saywho

BODY = "\n\nMayor Ruth Okafor of Millbrook spoke to the council on Monday about the bridge, the Tribune reported."

CASES = [
    ("Okafor camp: The bridge plan threatens the town's budget." + BODY,
     [("indirect", "Okafor camp", ":", "The bridge plan threatens the town's budget")]),
    ("Tribune editorial: 'Fix the bridge now.'" + BODY,
     [("direct", "Tribune editorial", ":", "'Fix the bridge now.'")]),
    ("Insiders: The mayor will win a second term;" + BODY,
     [("indirect", "Insiders", ":", "The mayor will win a second term")]),
    ("EXCLUSIVE – Ruth Okafor: Don't Trust the Bridge Inspectors." + BODY,
     [("indirect", "Ruth Okafor", ":", "Don't Trust the Bridge Inspectors")]),
    ("Okafor: I Still Believe the Council Can't Be Trusted with the Bridge." + BODY,
     [("indirect", "Okafor", ":", "I Still Believe the Council Can't Be Trusted with the Bridge")]),
    # a heading that names no speaker
    ("Analysis: The bridge plan is a gamble." + BODY, []),
    ("The bridge reopens." + BODY, []),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[c[0][:30] for c in CASES])
def test_headline_labels(text, expected):
    headline_end = text.index("\n")
    found = saywho.analyze(text, date="2016-01-01").attributions
    assert [(a.kind, a.source.text if a.source else None, a.cue.text, a.content.text) for a in found
            if a.content.start < headline_end] == expected


def test_a_group_label_below_the_headline_is_no_speaker():
    text = "The bridge reopens." + BODY + "\n\nInsiders: the usual crowd at the diner."
    found = saywho.analyze(text, date="2016-01-01").attributions
    assert [a.source.text for a in found if a.source] == ["the Tribune"]


def rows(text: str) -> list[tuple]:
    return [(a.source.text if a.source else None, a.cue.text, a.content.text)
            for a in saywho.analyze(text, date="2016-01-01").attributions]


def test_a_label_before_a_colon_is_neither_the_speaker_nor_what_was_said():
    text = "The Latest: Trump urges supporters to monitor polling places.\n\nCOLUMBUS, Ohio (AP) — The latest on the " \
           "presidential campaign, with Donald Trump and Hillary Clinton both in Ohio on Monday."
    assert rows(text) == [("Trump", "urges", "supporters to monitor polling places")]


def test_the_subject_after_a_correction_label_is_the_source():
    text = "The bridge over the river reopened on Monday after a year of repairs, the council said.\n\n" \
           "Correction: An earlier version of this story incorrectly indicated that the mayor had resigned in March."
    assert rows(text) == [
        ("the council", "said", "The bridge over the river reopened on Monday after a year of repairs"),
        ("An earlier version of this story", "incorrectly indicated", "that the mayor had resigned in March")]


def test_a_headline_name_whose_last_name_the_body_gives_a_person_is_a_speaker():
    text = ("Cecile Richards: ‘I’m Sick Of Men Telling Us What To Do With Our Bodies.’\n\n"
            "The head of the group spoke on Sunday. “The law is the law,” Richards said in the interview.")
    found = saywho.analyze(text, date="2016-01-01").attributions
    assert [(a.kind, a.source.text if a.source else None, a.cue.text, a.content.text) for a in found][0] == \
        ("direct", "Cecile Richards", ":", "‘I’m Sick Of Men Telling Us What To Do With Our Bodies.’")
