"""Speakers read from the written rounds s65-f to s65-h, each mended by a rule: a Korean name whose syllables run to
five letters ("Seung-min") is written family name first (name_forms.surname_first); a she beside a named woman ("she
and Marsh met") is not that woman (speaker_coordinations.beside_a_like_pronoun); a first name before "of the … group"
is a person's (name_labels._of_a_place); "Groom Callum, 31," is Callum (name_cleaning._a_calling_before); a REIT is a
company, no union; "his sister" is the one who introduced him as her brother (speaker_families._siblings). Short
articles written for these tests, with the exact speakers expected."""

from __future__ import annotations

from attribution_rows import speakers_with_naming as speakers


def test_a_korean_family_name_alone_is_the_person_named_in_full():
    text = ("Carrier chief apologises\n\n"
            "Park Seung-hoon, the chief executive of Daehan Mobile, appeared before the committee on Tuesday. "
            "Rep. Yoon Jae-kyung asked him why customers had waited a week for the news.\n\n"
            "Park said the company had followed police advice. \"We should have spoken sooner,\" he said.\n")
    assert speakers(text) == [("Rep. Yoon Jae-kyung", "Yoon Jae-kyung", True), ("Park", "Park Seung-hoon", True),
                              ("he", "Park Seung-hoon", True)]


def test_a_she_after_she_and_a_named_woman_is_not_that_woman():
    text = ("Choir funding\n\n"
            "The council's arts officer, Helen Marsh, says the grant will be reviewed next year. \"Nothing is "
            "promised,\" she says.\n\n"
            "Grace Oduya has read the letter; she and Marsh met at a fundraiser in June, and she says the promise "
            "made there has not been kept.\n")
    assert speakers(text) == [("The council's arts officer, Helen Marsh,", "Helen Marsh", True),
                              ("she", "Helen Marsh", True), ("she", "Grace Oduya", True)]


def test_a_woman_of_a_group_the_model_took_for_a_body_is_the_she_after_her():
    text = ("Fine for app maker\n\n"
            "The regulator's deputy head, Siobhan Hartigan, said the fine was proportionate.\n\n"
            "\"Three years is far too long for a child online,\" said Sunniva Vestergaard of the Copenhagen-based "
            "campaign group Screen Free Kids. She said regulators should act within months.\n")
    assert speakers(text) == [("The regulator's deputy head, Siobhan Hartigan,", "Siobhan Hartigan", True),
                              ("Sunniva Vestergaard of the Copenhagen-based campaign group Screen Free Kids",
                               "Sunniva Vestergaard", True),
                              ("She", "Sunniva Vestergaard", True)]


def test_a_calling_before_a_first_name_and_an_age_is_no_word_of_the_name():
    text = ("Cake lost in transit\n\n"
            "Gemma Doyle, 29, was due to marry fiancé Callum Reid in Crete on Saturday when the courier lost the cake.\n\n"
            "Groom Callum, 31, said the guests never noticed. \"We had ice cream instead,\" he said.\n")
    assert speakers(text) == [("Groom Callum, 31,", "Callum Reid", True), ("he", "Callum Reid", True)]


def test_a_union_is_not_the_trust_that_owns_the_buildings():
    text = ("Rent strike spreads\n\n"
            "Tenants in two towers owned by Harbourline Living REIT have stopped paying rent. About 90 of the 300 "
            "households now pay into a trust account, according to the union.\n")
    assert speakers(text) == [("the union", "the union", False)]


def test_a_first_name_that_is_a_noun_too_stays_in_the_name():
    text = ("Holiday cancelled\n\n"
            "Carla Hughes, 38, from Luton, was due to fly to Malaga with husband Dean and their two children.\n\n"
            "Dean Hughes, 40, said the family had spent £300 on hotel rooms.\n")
    assert speakers(text) == [("Dean Hughes, 40,", "Dean Hughes", True)]


def test_his_sister_is_the_one_who_brought_him_in_as_her_brother():
    text = ("A cure in a bog\n\n"
            "The find may be the most important thing Clara Vogt has ever handled. She and her younger brother, "
            "Jonas, dug the sample out of a peat bog near Bremen in 2020.\n\n"
            "The siblings disagree about what comes next. Jonas Vogt, 36, said the lab should sell the licence at "
            "once. His sister said she feared a buyer would shelve the compound.\n")
    assert speakers(text) == [("Jonas Vogt, 36,", "Jonas Vogt", True), ("His sister", "Clara Vogt", True)]
