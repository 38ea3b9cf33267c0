"""Pronoun sources in the abstention families found on PolNeAR's training split, each in a short hand-written article."""

from __future__ import annotations

from attribution_rows import named_speakers, speakers_with_naming


def test_a_live_blog_entry_says_he_of_the_person_its_lead_names():
    text = ("The Latest on the funeral (all times local):\n\n"
            "6:10 p.m.\n\n"
            "The boxer's body has been returned to his hometown.\n\n"
            "Family spokesman Bob Gunnell says Ali was accompanied by his wife and friends. "
            "He says the body was taken to a local funeral home.\n")
    assert named_speakers(text) == [("Family spokesman Bob Gunnell", "Bob Gunnell"), ("He", "Bob Gunnell")]


def test_a_first_name_tells_she_from_he():
    text = ("Gov. Glenn Harper visited the flooded town on Monday with Sen. Caroline Diaz.\n\n"
            "\"The state will pay for the repairs,\" {} said.\n")
    assert named_speakers(text.format("she")) == [("she", "Caroline Diaz")]
    assert named_speakers(text.format("he")) == [("he", "Glenn Harper")]


def test_an_interviews_answers_and_questions_are_the_one_person_introduced():
    text = ("Former mayor Ana Ortiz wrote a book about the river. She sat down with us this week.\n"
            "Q: You say the river is dying. Why?\n"
            "A: I think the farms take too much water.\n"
            "Q: What now?\n"
            "A: I hope the state will act.\n")
    # the `Q:` and `A:` lines are attributions of their own (tests/test_interview_turns.py)
    assert named_speakers(text) == [("Former mayor Ana Ortiz", "Ana Ortiz"), ("Q", None), ("You", "Ana Ortiz"),
                                    ("A", "Ana Ortiz"), ("I", "Ana Ortiz"), ("Q", None), ("A", "Ana Ortiz"),
                                    ("I", "Ana Ortiz")]


def test_an_interview_introducing_two_people_names_nobody():
    text = ("Mark Ruiz and Tom Baker spoke at the rally.\n"
            "Q: Why did you come?\n"
            "A: I think the town needs help.\n"
            "A: I will stay all week.\n")
    assert named_speakers(text) == [("Q", None), ("A", None), ("I", None), ("A", None)]


def test_an_i_outside_an_interview_is_nobody_named():
    text = ("Former mayor Ana Ortiz wrote a book about the river.\n"
            "A river is a slow thing, and I think the farms take too much water.\n")
    assert all(speaker is None for source, speaker in named_speakers(text) if source == "I")


def test_he_or_she_is_never_a_group_described_before():
    # "Aides said …" makes an unnamed speaker of several people; a he or she is one person (s40).
    text = ("Aides said the bridge plan had one flaw.\n\n"
            "He praised the mayor anyway.\n\n"
            "A resident said the plan was late. She praised the council too.\n")
    assert speakers_with_naming(text) == [
        ("Aides", "Aides", False), ("He", None, None), ("A resident", "A resident", False),
        ("She", "A resident", False)]
