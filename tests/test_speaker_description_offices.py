"""Which office a description names (Resolver._description, s40): "the president" is not a presidential nominee, and
what a role's relative clause says of someone else ("the agent who disparaged President Lund") is no office of the
agent's; a party word with one person named beside it ("Another Republican, Rep. Justin Amash,") is that person.
Short articles written for these tests, modelled on BASIL articles where these went wrong."""

from __future__ import annotations

from attribution_rows import named_speakers

import saywho


def test_the_president_is_not_the_presidential_nominee():
    text = ("Maria Lane, the presumptive Democratic presidential nominee, called the shooting an act of terror.\n\n"
            "“In the face of hate, we will love one another,” President Tom Ortiz said. Rather than giving in to "
            "fear, the president said, “we will stand united.”")
    assert named_speakers(text) == [
        ("Maria Lane, the presumptive Democratic presidential nominee,", "Maria Lane"),
        ("President Tom Ortiz", "Tom Ortiz"), ("the president", "Tom Ortiz")]


def test_a_roles_relative_clause_gives_its_holder_no_office():
    text = ("Peter Okafor, the agent who disparaged President Ana Lund in text messages, was fired on Friday.\n\n"
            "The president has repeatedly denounced Mr. Okafor, and on Monday said the firing was overdue.")
    assert [speaker for source, speaker in named_speakers(text) if source == "The president"] == \
        ["Ana Lund", "Ana Lund"]


def test_a_party_word_with_one_person_named_beside_it_is_that_person():
    text = ("Another Republican, Rep. Justin Amash of Michigan, said the plan was flawed.\n\n"
            "The two leading Republicans, Dale Lund and Ted Okafor, said the plan was late.")
    assert named_speakers(text) == [
        ("Another Republican, Rep. Justin Amash of Michigan,", "Justin Amash"),
        ("The two leading Republicans, Dale Lund and Ted Okafor,", None)]


def test_an_office_before_its_holders_name_is_the_holders():
    # the parser heads the subject with "Director" and hangs the name at the end of its "of"
    text = ("While civil liberties groups cried foul over the program, Director of National Intelligence Dan Coats "
            "said Tuesday that the leak was reprehensible.\n\nSecretary of the Interior Tom Lund said the land would "
            "stay public.")
    assert named_speakers(text) == [
        ("Director of National Intelligence Dan Coats", "Dan Coats"),
        ("Secretary of the Interior Tom Lund", "Tom Lund")]


def test_a_description_inside_what_the_speaker_said_is_not_the_speaker():
    text = ("Meanwhile, the statement on her health, from Dr. Ann Kowalski, an internist and chairman of the "
            "Department of Medicine at the Mount Kisco Medical Group, said the former secretary of state has seasonal "
            "pollen allergies and listed an elbow fracture in her recent medical history.")
    assert [speaker for source, speaker in named_speakers(text) if source == "the former secretary of state"] \
        == [None]


def test_an_unnamed_office_keeps_the_word_that_completes_it():
    text = ("His chief of staff said the plan was dead.\n\n"
            "A spokesman for the campaign said it was over.")
    assert named_speakers(text) == [("His chief of staff", None), ("A spokesman for the campaign", None)]
    analysis = saywho.analyze(text, date="2016-05-01")
    assert [a.speaker.name for a in analysis.attributions] == ["His chief of staff", "A spokesman"]
