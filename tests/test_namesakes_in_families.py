"""Relatives who share a surname, each given their own words.

Read from the written round bench/speaker_rounds/s69-t (session s71): a councillor the model tagged a building, a
husband known only as "her husband, David", a wife's "she" given to her husband, a first name the model left
untagged. Articles written for these tests; each analysed by saywho as a whole."""

from __future__ import annotations

from attribution_rows import round_article, speaker_of


def test_a_titled_councillor_the_model_took_for_a_place_is_the_one_his_surname_means():
    text = ("Council rejects height cap after long debate\n\n"
            "An amendment from Councilmember Mark Delgado to cap buildings at four stories failed 4-5. Delgado said "
            "the towers would overwhelm the streets around the old market.\n\n"
            "Delgado's niece, Rosa Delgado, who rents a flat near the station, backed the plan. \"My uncle is wrong "
            "about this,\" she said.")
    assert speaker_of(text, "the towers would overwhelm") == "Mark Delgado"
    assert speaker_of(text, "My uncle is wrong") == "Rosa Delgado"


def test_her_husband_named_beside_his_job_is_a_man_her_she_does_not_reach():
    """ "Her husband, Kojo Mensah, a retired mathematics teacher": a husband, so no "she" of his wife's is his."""
    text = round_article("s69-t", "t8-02")
    assert speaker_of(text, "a question of survival") == "Kojo Mensah"
    assert speaker_of(text, "He says this every four years") != "Kojo Mensah"


def test_a_first_name_before_a_surname_of_someone_named_in_full_is_a_person():
    """ "When Nelly Grefa was a girl", untagged, and "Nelly Grefa says", tagged an organisation, beside her husband
    Wilson Grefa: she is a person, and the "Grefa, 47, … as she stood" before him is she."""
    text = round_article("s69-t", "t3-02")
    assert speaker_of(text, "The river used to feed us") == "Nelly Grefa"
    assert speaker_of(text, "We will keep sending them photographs") == "Nelly Grefa"
    assert speaker_of(text, "I am not afraid of the miners") == "Wilson Grefa"


def test_her_husband_named_by_his_first_name_takes_the_family_surname():
    text = ("Landlord jailed over student's death\n\n"
            "Grace Adeyemi kept her son's last message on her phone for four years. Tobi Adeyemi, a 19-year-old "
            "student, was found dead in his rented room.\n\n"
            "On Friday the landlord, Keith Barlow, was jailed for five years. Mrs Adeyemi and her husband, Peter, sat "
            "in the public gallery.\n\n"
            "\"We have waited for this day for a very long time,\" Mr Adeyemi said afterwards.")
    assert speaker_of(text, "We have waited for this day") == "Peter Adeyemi"


def test_a_relative_named_by_a_first_name_after_the_kin_noun_keeps_the_name():
    text = ("Students occupy the library\n\n"
            "The sit-in was led by twins Jade and Kieran Moss, 20, who both study sociology.\n\n"
            "\"We will stay as long as it takes,\" Jade Moss said.\n\n"
            "Her brother Kieran added: \"We're not leaving until the vice-chancellor comes down here.\"")
    assert speaker_of(text, "not leaving until the vice-chancellor") == "Kieran Moss"
