"""Speakers of relative clauses (s60): "who" after a person's description of two offices joined by "and" ("Harold
Doley, a banker and former administration official who has suggested") is the person; so is a second "who" joined to
the first ("Eric Kingson, who is running for Congress and who said"), and a "who" after a noun the text names ("an
academic named Eric Kingson, who"). Two people joined by "and" stay several. Short texts written for the tests."""

from attribution_rows import sourced_speakers


def test_who_after_two_offices_of_one_person():
    text = ("Campaign aides under fire\n\n"
            "Pryor dismissed criticism from Harold Doley, a banker and former Treasury official who has suggested "
            "the campaign's aides were paid too much.")
    assert sourced_speakers(text)[-1] == ("who", "has suggested", "Harold Doley")


def test_who_after_an_office_and_a_party():
    text = ("Latino voters and the primary\n\n"
            "\"We are not going anywhere,\" said Lionel Sosa, a Texas media consultant and an influential Hispanic "
            "Republican who said he would vote in the primary.")
    assert sourced_speakers(text)[-1] == ("who", "said", "Lionel Sosa")


def test_a_second_who_joined_to_the_first():
    text = ("Rally in Albany\n\n"
            "The senator was rallying for a 70-year-old academic named Eric Kingson, who is running for Congress and "
            "who said the crowd was the largest he had seen.")
    assert sourced_speakers(text)[-1] == ("who", "said", "Eric Kingson")


def test_two_people_joined_by_and_stay_several():
    text = ("Zoning vote\n\n"
            "The plan was opposed by Maria Lopez and Tom Reed, who said the board had ignored residents.")
    assert sourced_speakers(text)[-1][2] not in {"Maria Lopez", "Tom Reed"}


def test_a_who_before_the_second_name_is_the_first_persons():
    text = ("Terror and the race\n\n"
            "Voters may now ask whether candidates like Mr. Carson, who claimed at one point that China was involved "
            "in Syria, and Donald J. Trump, who suggested the battle could be left to Russia, are ready.")
    assert [row for row in sourced_speakers(text) if row[0] == "who"] == [
        ("who", "claimed", "Mr. Carson"), ("who", "suggested", "Donald J. Trump")]
