"""Speakers on unseen news (s58, second step): a place after "from" on a word for a person or an age is a place, not the
person ("One man from Khorog, 34,", "an 18-year-old from Jelgava"), and a body of members whose name holds a
business's word is no company ("the Logistics and Distribution Union"). Short texts written for the tests."""

from attribution_rows import speaker_names

import saywho


def test_a_place_after_from_with_an_age_after_it_is_no_one():
    text = ("Lawyer jailed\n\n"
            "One man from Khorog, 34, whose brother she defended, said she had been the only lawyer willing to take "
            "the case.\n\n"
            "\"Other lawyers would hear the name of the region and hang up,\" the 34-year-old said.")
    assert ("Khorog", True) not in speaker_names(text)


def test_a_place_after_an_age_and_from_is_no_one():
    text = ("Conscripts\n\n"
            "At the base, one conscript, an 18-year-old from Jelgava who was not authorised to give his name, said he "
            "had expected it to be worse.\n\n"
            "\"My mother cried when I left. Now she sends me cakes,\" he said.")
    assert ("Jelgava", True) not in speaker_names(text)


def test_a_body_after_from_the_stays_a_body():
    text = ("Climate protest at the hearing\n\n"
            "Outside, protesters from the Granite Youth Climate Network held signs reading \"Frack Off\".")
    types = {entity.name: entity.type for entity in saywho.analyze(text, date="2024-05-01").entities}
    assert types["Granite Youth Climate Network"] == "ORG"


def test_a_union_with_a_business_word_is_no_company():
    text = ("Union recognised\n\n"
            "Workers at the warehouse voted to recognise the Logistics and Distribution Union, the arbitration "
            "committee said.\n\n"
            "\"We have always believed in talking directly to our people,\" the company said.")
    assert ("Logistics and Distribution Union", True) not in speaker_names(text)[1:]
