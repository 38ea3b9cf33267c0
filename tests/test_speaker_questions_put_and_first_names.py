"""Pronouns and names read from the written round s66-k (people of one gender in turn): after a question put between two
people of the pronoun's gender ("Okafor asked Brandt whether … . He said …"), the he or she is left open, since the one
asked may answer or the asker go on (speaker_topics.asker_or_asked, through speaker_coordinations.one_of_several); a
quotation that makes someone the subject of a clause by first name alone is not theirs ("“Carla is being modest,” she
said": speaker_quoted_names.called_by_first_name; "they call me Mark" is); the tabloids' "Furious Gary" is Gary
(name_cleaning.TABLOID_MOODS); a surname the model read as a nationality is the person named in full
(entities._surname_misread). Short articles written for these tests, with the exact speakers expected."""

from __future__ import annotations

from attribution_rows import speakers_with_naming as speakers


def test_after_a_question_put_between_two_men_the_next_he_is_left_open():
    text = ("Board grilled over sale\n\n"
            "Shareholder Neil Okafor rose from the floor. Okafor asked chairman Peter Brandt whether the board had "
            "sought rival offers. He said the company's advisers had spoken to a dozen buyers.\n")
    assert speakers(text)[-1] == ("He", None, None)  # Brandt answering, or Okafor going on


def test_after_a_question_put_between_two_women_the_next_she_is_left_open():
    text = ("Plant closure\n\n"
            "Councilwoman Maria Soto asked the plant's new owner, Linda Fahey, about the 400 jobs at the site.\n\n"
            "\"I can't make that promise tonight,\" she said.\n")
    assert speakers(text)[-1] == ("she", None, None)


def test_one_asked_to_do_something_is_not_the_one_who_speaks_next():
    text = ("Budget row\n\n"
            "Mayor Tom Hale asked councillor James Reid to withdraw the motion. He said the city could not afford "
            "another delay.\n")
    assert speakers(text)[-1] != ("He", "James Reid", True)


def test_a_quotation_that_calls_someone_by_first_name_is_not_theirs():
    text = ("Coaches part ways\n\n"
            "Dana Whitlock and Carla Ruiz coached the Falcons together for nine seasons. Ruiz says the credit belongs "
            "to her partner.\n\n"
            "\"Dana did the hard work. I did the talking,\" she said.\n\n"
            "\"Carla is being modest, as usual,\" she said. \"She picked every team.\"\n")
    assert speakers(text) == [("Ruiz", "Carla Ruiz", True), ("she", "Carla Ruiz", True),
                              ("she", "Dana Whitlock", True)]


def test_a_tabloid_mood_before_a_first_name_is_no_word_of_the_name():
    text = ("Chippy war\n\n"
            "Gary Platt, 52, has run the Codfather for 20 years. His brother Lee Platt opened a rival shop across the "
            "road last month.\n\n"
            "Furious Gary fumed: \"He has taken my supplier and half my Friday queue.\"\n")
    assert speakers(text) == [("Furious Gary", "Gary Platt", True)]


def test_not_the_one_asked_where_the_pronoun_is_the_askers():
    text = ("Hearing\n\n"
            "Maria Lopez, a committee member, asked former minister John Reed whether he had any thoughts on the "
            "failed prosecutions. She said she asked the question to follow up an earlier one.\n")
    assert speakers(text)[-1] == ("She", "Maria Lopez", True)


def test_a_surname_read_as_a_nationality_is_the_person_named_in_full():
    text = ("Panel presses agency\n\n"
            "Rep. Dale Hutchins chaired the hearing; Rep. Tunde Oyelaran is the panel's ranking member.\n\n"
            "The hearing ran long. \"If that man had been at his post, we would be having a different hearing today,\" "
            "Hutchins said.\n\n"
            "Oyelaran agreed, though he said the blame lay as much with Congress as with the agency. \"We wrote the "
            "budgets,\" he said.\n")
    assert speakers(text)[-2:] == [("he", "Tunde Oyelaran", True), ("he", "Tunde Oyelaran", True)]


def test_a_question_told_of_is_not_answered_by_the_next_she():
    text = ("Old friend\n\n"
            "Joan Pritchard has known the senator for forty years.\n\n"
            "What upset her most, she said, was a town hall last week, when a student asked Senator Ruth Kane why "
            "young people did not trust her. \"I was furious,\" she said.\n")
    assert speakers(text)[-1] == ("she", "Joan Pritchard", True)


def test_a_speaker_calling_himself_by_his_first_name_keeps_his_words():
    text = ("Race tightens\n\n"
            "Senator Mark Davis faces Tom Reyes in November. Davis has led in every poll.\n\n"
            "\"Voters know me. They call me Mark at the grocery store,\" he said.\n")
    assert speakers(text)[-1] == ("he", "Mark Davis", True)


def test_his_sister_after_someone_else_is_named_is_not_the_last_sibling():
    text = ("A cure in a bog\n\n"
            "Clara Vogt and her younger brother, Jonas, dug the sample out of a bog in 2020. Jonas Vogt, 36, said the "
            "lab should sell the licence at once.\n\n"
            "The buyer, Tom Reiner, wants exclusive rights. His sister, a patent lawyer, said the deal was unfair.\n")
    assert speakers(text)[-1] == ("His sister, a patent lawyer,", "His sister", False)
