"""Speakers the article names right beside the words that stand for them (near_names.py), each in a short
hand-written article; and where the text leaves it open, no name."""

from __future__ import annotations

from attribution_rows import speakers_with_naming


def test_a_relative_pronoun_is_the_name_its_comma_closes():
    text = ("Sen. Ted Cruz got a favorable decision from the Illinois Board of Elections, which ruled that he met "
            "the criteria.")
    assert speakers_with_naming(text) == [("which", "Illinois Board of Elections", True)]


def test_it_stays_it_even_beside_one_organisation():
    # "it" as the one organisation its sentence names was tried and left out (wrong too often on dev); only a
    # clause joined to one the organisation leads is named (below)
    text = "The IMF cut its forecast on Monday. Growth would slow, it said."
    assert speakers_with_naming(text) == [("it", None, None)]


def test_a_description_of_a_kind_is_not_named_by_nearness_alone():
    # nearness names it only where one organisation stands just before, of no other kind by its name
    # (tests/test_speaker_organisations.py); here the one named is a newspaper, and a paragraph away
    text = ("The Harlow Tribune first reported the delay in May.\n"
            "Shipping resumed in June. The company said the delay was over.")
    assert speakers_with_naming(text)[-1] == ("The company", "The company", False)


def test_an_office_is_the_one_person_given_it():
    text = ("New Jersey Gov. Chris Christie spoke in Manchester on Monday. "
            "The New Jersey governor said taxes would fall.")
    assert speakers_with_naming(text) == [("The New Jersey governor", "Chris Christie", True)]


def test_a_name_inside_a_relative_clause_is_not_the_next_sentences_he():
    text = ("A president who authorized the raid that killed Osama bin Laden will hand his successor a war.\n"
            "On Tuesday night he said the group still posed a threat.")
    # the president the sentence before leads with, unnamed (s48: an unnamed lead is read where no name is chosen)
    assert speakers_with_naming(text) == [("he", "A president", False)]


def test_a_name_of_no_known_gender_that_leads_no_clause_is_not_he():
    text = "Trump quickly disavowed the Klan and its former leader, but he said the media kept asking the question."
    assert speakers_with_naming(text) == [("he", None, None)]


def test_a_coordinated_source_is_not_the_one_organisation_before_it():
    text = ("Procter & Gamble pulled the pads from shops in March. "
            "The company and the minister for the elderly, Pascale Boistard, said the recall was complete.")
    group = "The company and the minister for the elderly, Pascale Boistard"
    assert speakers_with_naming(text) == [(group + ",", group, False)]


def test_the_source_withholds_a_name_even_beside_one():
    text = "Hillary Clinton met the donors in Denver on Friday. The source said the meeting was tense."
    assert speakers_with_naming(text) == [("The source", "The source", False)]


def test_a_state_in_brackets_places_a_senator():
    text = ("Sen. Lindsey Graham (R-S.C.) spoke in Columbia on Monday. "
            "The South Carolina senator said the bill was dead.")
    assert speakers_with_naming(text) == [("The South Carolina senator", "Lindsey Graham", True)]


def test_of_a_state_places_a_senator_but_two_of_one_state_leave_it_open():
    one = ("Sen. Lindsey Graham of South Carolina spoke in Columbia on Monday. "
           "The South Carolina senator said the bill was dead.")
    two = ("Sen. Lindsey Graham of South Carolina and Sen. Tim Scott of South Carolina spoke in Columbia on Monday. "
           "The South Carolina senator said the bill was dead.")
    assert speakers_with_naming(one) == [("The South Carolina senator", "Lindsey Graham", True)]
    assert speakers_with_naming(two) == [("The South Carolina senator", "The South Carolina senator", False)]


def test_an_organisation_s_short_name_in_an_office_given_with_its_full_name():
    text = ("Don Fowler, a former chairman of the Democratic National Committee, met the donors. "
            "The former DNC chairman said the party needed new voters.")
    assert speakers_with_naming(text) == [("The former DNC chairman", "Don Fowler", True)]


def test_it_leading_a_clause_joined_to_one_whose_subject_is_the_organisation():
    text = "The IMF cut its forecast on Monday, and it said growth would slow."
    assert speakers_with_naming(text) == [("it", "IMF", True)]


def test_it_after_another_organisation_between_stays_it():
    text = ("The IMF cut its forecast for Greece on Monday, and the European Commission cut its own. "
            "It said growth would slow.")
    assert speakers_with_naming(text) == [("It", None, None)]


def test_it_in_the_clause_after_an_organisation_s_is_that_organisation():
    # a place named between ("for Greece") does not stand in the way of the subject both clauses share
    text = "The IMF cut its forecast for Greece on Monday, and it said growth would slow."
    assert speakers_with_naming(text) == [("it", "IMF", True)]


def test_the_poll_is_the_one_poll_named_before_it():
    one = ("A Bloomberg poll released Tuesday found Clinton ahead by six points. "
           "The poll said voters trusted her more on the economy.")
    two = ("A Bloomberg poll released Tuesday found Clinton ahead by six points, and a Gallup poll found her ahead "
           "by two. The poll said voters trusted her more on the economy.")
    # what the poll found is its own attribution (a study's finding), before the one "The poll" makes
    assert speakers_with_naming(one) == [("A Bloomberg poll released Tuesday", "A Bloomberg poll", False),
                                         ("The poll", "Bloomberg", True)]
    assert speakers_with_naming(two)[-1] == ("The poll", "The poll", False)


def test_the_ruling_stays_as_described_although_one_court_is_named_before_it():
    text = "The Supreme Court struck down the law on Monday. The ruling said the state had gone too far."
    assert speakers_with_naming(text) == [("The ruling", "The ruling", False)]


def test_a_relative_on_a_description_set_beside_a_name_is_that_name():
    text = ("The sponsor of the bill is Del. Jennifer L. Carr (D-Norfolk), a corporate attorney and mother of two, "
            "who says the law is long overdue.")
    assert speakers_with_naming(text) == [("who", "Jennifer L. Carr", True)]


def test_a_relative_on_a_party_word_beside_a_name_is_the_person_not_the_party():
    text = ("Carlos Guerrero, 55, liked Mr. Trump's message at first. But Mr. Guerrero, a Republican who described "
            "himself as a devout Catholic, said he recoiled.")
    assert speakers_with_naming(text)[0] == ("who", "Carlos Guerrero", True)


def test_a_relative_on_a_description_with_no_name_beside_it_stays_unnamed():
    text = "Hillary Clinton spoke in Denver. A corporate attorney who attended says the speech was long overdue."
    assert speakers_with_naming(text)[-1][1:] == ("A corporate attorney", False)
