"""“As for Trump, he said …”: the topic a sentence opens with is its subject pronoun (speaker_topics.py)."""

from __future__ import annotations

from attribution_rows import named_speakers

BEFORE = "Ted Cruz warned against a brokered convention. “That would be a disaster,” the Texas senator said.\n\n"


def test_as_for_trump_he_is_trump():
    text = BEFORE + "As for Trump, he said he is not worried about the delegates.\n"
    assert named_speakers(text)[-1] == ("he", "Trump")


def test_a_topic_of_the_other_gender_is_not_he():
    text = BEFORE + "As for Hillary Clinton, he said she had already lost.\n"
    assert named_speakers(text)[-1] != ("he", "Hillary Clinton")


def test_a_she_opening_the_sentence_is_the_name_its_main_clause_leads_with():
    text = ("Hillary Clinton met Elizabeth Warren on Monday.\n\n"
            "Ever since she endorsed Mrs. Clinton this month, Ms. Warren has been a powerful surrogate.\n")
    assert named_speakers(text) == [("she", "Elizabeth Warren")]


def test_a_he_opening_the_story_is_the_name_its_main_clause_leads_with_though_no_one_is_named_before():
    text = ("Preacher wants scout leaders fired.\n\n"
            "After he blasted the hit film on his radio show, Pastor Dale Hensley has now set his sights on the scouts.\n")
    assert named_speakers(text)[-1] == ("he", "Dale Hensley")
