"""Where a content starts before its cue (issue 12, s21-edges): the words in front of a speaker's aside when the
quotation after it goes on with the same sentence in lower case ("In cases of abortion, it said, “the woman is a
victim.”"), and the relative pronoun in front of the source of a relative clause that reports ("which he has
repeatedly said was a mistake"). A capitalised quotation after the aside is a sentence of its own, a lone "But"
before the aside is left out (PolNeAR's annotators split on it), and "which" after a preposition frames the
occasion. An article written for the tests; each expected content is exact."""

from functools import cache

from conftest import attribution_parts

ARTICLE = (
    "An economic downturn, he said, \u201ccould be a good time to borrow and pay off debt.\u201d\n\n"
    "In other words, the treasurer said, ''the era of cheap credit is over.''\n\n"
    "Asked about the delay, Reyes said, \u201cSure. I get that.\u201d\n\n"
    "But, the mayor added, \u201cthere was never any question about the vote.\u201d\n\n"
    "The council backed the harbor plan, which Mayor Lindqvist has repeatedly said was a mistake.\n\n"
    "The treasurer gave an interview in which he said the reserves would run low by 2030.\n"
)


@cache
def attributions() -> list[tuple]:
    return attribution_parts(ARTICLE)


def test_the_words_before_an_aside_open_a_lower_case_quotation():
    found = attributions()
    assert ("he", "said", ["An economic downturn", "\u201ccould be a good time to borrow and pay off debt.\u201d"]) \
        in found, found
    assert ("the treasurer", "said", ["In other words", "''the era of cheap credit is over.''"]) in found, found


def test_a_capitalised_quotation_after_an_aside_stands_alone():
    found = attributions()
    assert ("Reyes", "said", ["\u201cSure.", "I get that.\u201d"]) in found, found


def test_a_lone_connective_before_an_aside_stays_out():
    found = attributions()
    assert ("the mayor", "added", ["\u201cthere was never any question about the vote.\u201d"]) in found, found


def test_the_relative_pronoun_opens_the_content():
    found = attributions()
    assert ("Mayor Lindqvist", "has repeatedly said", ["which", "was a mistake"]) in found, found


def test_which_after_a_preposition_stays_out():
    found = attributions()
    assert ("he", "said", ["the reserves would run low by 2030"]) in found, found
