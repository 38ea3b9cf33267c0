"""The clause before the quotation that a sentence's root verb introduces leads the sentence (quote_led_clauses.py)."""

from __future__ import annotations

from attribution_rows import named_speakers


def test_the_name_opening_the_sentence_is_who_he_is():
    text = ("Senator Bernie Sanders attacked Clinton on Sunday.\n\n"
            "Joe Biden disagreed on Monday: “They’re both qualified,” he said.\n")
    assert named_speakers(text) == [("he", "Joe Biden")]


def test_he_is_not_the_speaker_of_the_sentence_before_when_another_opens_his_own():
    biden = ("Senator Bernie Sanders said on Sunday that Clinton's judgment was lacking.\n\n"
             "Vice President Joe Biden weighed in on Monday, “They’re both qualified,” he said.\n")
    # not Sanders: the one who opens the sentence, the only man it names (speaker_clause_subjects.py)
    assert named_speakers(biden) == [("Senator Bernie Sanders", "Bernie Sanders"), ("he", "Joe Biden")]
    judge = ("The defense attorney, Thomas Coan, argued that his client was joking.\n\n"
             "Judge Michael Mosman saw the words differently: \"I don't take that as a joke,\" he said.\n")
    assert named_speakers(judge) == [("The defense attorney, Thomas Coan,", "Thomas Coan"), ("he", "Michael Mosman")]
