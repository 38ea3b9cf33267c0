"""A description opening a sentence takes up the one named subject of the sentence before, for the source
profile (subject_taken_up.py); the speaker stays as the speakers step left it. Short articles written for
these tests after sentences of PolNeAR train articles, with the exact profiles expected."""

from __future__ import annotations

import saywho


def sources(text: str) -> list[tuple[str, str, tuple[str, str, str, str]]]:
    found = []
    for a in saywho.analyze(text).attributions:
        p = a.speaker.profile
        found.append((a.source.text, a.speaker.name, (p.naming, p.kind, p.role, p.gender)))
    return found


def test_a_description_takes_up_the_senator_just_named():
    text = ("Sen. Dale Morrow visited Missouri on Saturday, holding a rally in Springfield that drew nearly 5,000 "
            "people. The self-described democratic socialist said he would win the state's primary if turnout "
            "were high.\n")
    assert sources(text) == [("The self-described democratic socialist", "The self-described democratic socialist",
                              ("named", "person", "politician", "male"))]


def test_a_description_takes_up_the_company_just_named():
    text = ("Shares of Amazon rose on Friday. Amazon rose $6.20, or 1 percent, to $758.81. The online retail giant "
            "reported a profit of $1.78 per share, well above the $1.11 a share that analysts expected.\n")
    assert sources(text) == [("The online retail giant", "The online retail giant",
                              ("named", "organisation", "not stated", "not stated"))]


def test_not_across_a_paragraph_break():
    text = ("Shares of Amazon rose on Friday. Amazon rose $6.20, or 1 percent, to $758.81.\n\n"
            "The online retail giant reported a profit of $1.78 per share, well above the $1.11 a share that "
            "analysts expected.\n")
    assert sources(text) == [("The online retail giant", "The online retail giant",
                              ("unnamed", "person", "not stated", "not stated"))]


def test_not_a_spokesman_for_the_man_just_named():
    text = "Sen. Dale Morrow visited Missouri on Saturday with his wife. The spokesman said the visit went well.\n"
    assert sources(text) == [("The spokesman", "The spokesman", ("anonymous", "person", "spokesperson", "male"))]


def test_not_a_document_for_the_man_just_named():
    text = "Dale Morrow spoke to the State Department on Monday. The cable said he had asked for more money.\n"
    assert sources(text) == [("The cable", "The cable", ("unnamed", "document", "official", "not stated"))]


def test_not_a_crowd_for_the_man_just_named():
    text = "Dale Morrow spoke in Ohio on Monday. The crowd chanted that he should build the wall.\n"
    assert sources(text) == [("The crowd", "The crowd", ("unnamed", "person", "not stated", "not stated"))]


def test_not_a_description_of_several_naming_its_own():
    # the campaign is Clinton's, not WikiLeaks', and the experts are others: the profile is the rules' reading of
    # the description itself
    text = ("WikiLeaks released the DNC emails just before the convention. The Clinton campaign and some cybersecurity "
            "experts have alleged that the Russian government was behind the leak.\n")
    assert sources(text)[0][2] == ("anonymous", "organisation", "politician", "not stated")


def test_a_party_inside_the_description_says_nothing_of_whose_it_is():
    # "The GOP speechwriter" is Cross, just named; "The Clinton campaign" would be Clinton's
    text = ("Richard Cross, a former staff member for Maryland Republicans, wrote the speech. Despite what he wrote, "
            "Cross said he may yet have to vote for her. The GOP speechwriter said the deal-breaker was the proposal "
            "to ban Muslims.\n")
    assert sources(text)[-1] == ("The GOP speechwriter", "The GOP speechwriter",
                                 ("named", "person", "politician", "male"))
