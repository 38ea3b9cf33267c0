"""The gender of a source the article describes but never names, from the pronouns of the clause the
description leads (unnamed_genders.py). Short articles written for these tests after sentences of PolNeAR
train articles, with the exact profiles expected."""

from __future__ import annotations

import saywho


def profiles(text: str) -> list[tuple[str, str, str]]:
    return [(a.source.text, (a.speaker.profile if a.speaker else a.profile).naming,
             (a.speaker.profile if a.speaker else a.profile).gender) for a in saywho.analyze(text).attributions]


def test_a_he_the_description_says_is_its_own():
    text = "The retired nurse told the crowd that she had never voted before.\n"
    assert profiles(text) == [("The retired nurse", "unnamed", "female")]


def test_a_he_in_what_the_description_shares():
    text = ("Popular Christian and corporate speaker Alan Pike believes he has a word for the campaign.\n\n"
            "The Christian speaker shared with the Carolina crowd that he believes Morrow is the man for this hour.\n")
    assert profiles(text) == [("Popular Christian and corporate speaker Alan Pike", "named", "male"),
                              ("The Christian speaker", "unnamed", "male")]


def test_a_his_in_the_clause_the_description_leads():
    text = ("Citing local news outlets, the Associated Press reports that Pike almost missed the flight. "
            "The French freelance music photographer had misplaced his passport, but found it right before the "
            "plane took off.\n")
    assert profiles(text)[-1] == ("The French freelance music photographer", "named", "male")


def test_a_his_in_a_clause_naming_someone_else_states_nothing():
    # the his may be Morrow's as well as the nurse's; in what she says, it is Morrow's
    assert profiles("The retired nurse told Dale Morrow that his plan would fail.\n") == \
        [("The retired nurse", "unnamed", "not stated")]
    assert profiles("The retired nurse said Dale Morrow had lost his way.\n") == \
        [("The retired nurse", "unnamed", "not stated")]


def test_a_group_described_has_no_gender():
    # the resolver ties the he to the aides; a group of people has no gender in a profile
    assert profiles("Two senior aides told the court that he had lied.\n") == \
        [("Two senior aides", "anonymous", "not stated")]
    assert profiles("The two deputies said that he had lied.\n") == [("The two deputies", "unnamed", "not stated")]


def test_not_someones_relative_nor_something_said():
    # "his mother": the pronouns of her clause are her son's as often; the mother says she is a woman
    assert profiles("When his family moved back to rural Tennessee, his mother refused to teach him Japanese, "
                    "insisting that her son was 100 percent American.\n") == \
        [("his mother", "ordinary", "female"), ("his mother", "ordinary", "female")]
    assert profiles("A comparison with his previous filings shows that he has more debt.\n") == \
        [("A comparison with his previous filings", "unnamed", "not stated")]


def test_a_she_in_what_is_told_to_a_woman_may_be_hers():
    # the man is a man by his noun; the she is the woman's as likely as his, and counts for nobody
    assert profiles("When a man tells a woman that she is moaning, he is discrediting her opinion.\n") == \
        [("a man", "ordinary", "male")]
