"""Speakers on unseen news (s60, third step): a courtesy title without its full stop before a surname the model tags
an organisation ("Ms Fogarty"), ranks of two or three words ("Air Vice-Marshal Gallagher", "Rear Admiral …"), an
office with "for" before a name the model left untagged ("Minister for Health Ciarán Madigan"), a member's title
before the place they sit for ("Sinn Féin TD for Limerick City Deirdre Hanrahan"), and a wire lead that describes its
speaker and names them as the next paragraph's speaker ("The president's nominee to lead … told senators …"). Short
texts written for the tests."""

from attribution_rows import sourced_speakers


def test_a_courtesy_title_without_its_full_stop():
    text = ("Trolleys in corridors\n\n"
            "Mary Fogarty, an industrial relations officer with the nurses' union, said staff were at breaking "
            "point.\n\n"
            "\"Our members are caring for people on chairs,\" Ms Fogarty said.")
    assert sourced_speakers(text)[-1] == ("Ms Fogarty", "said", "Mary Fogarty")


def test_ranks_of_two_or_three_words():
    text = ("Defence data breach\n\n"
            "Air Vice-Marshal Fiona Gallagher told a Senate hearing that the attackers had entered through a "
            "contractor.\n\n"
            "\"It was not so sophisticated that we could not stop it,\" Air Vice-Marshal Gallagher said.\n\n"
            "\"We should have caught it sooner,\" Rear Admiral Gallagher said.")
    assert [name for _, _, name in sourced_speakers(text)] == ["Fiona Gallagher"] * 3


def test_a_company_named_for_a_rank_is_no_person():
    text = ("Carmaker recalls vehicles\n\n"
            "General Motors said it would recall 40,000 pickups over a faulty seat belt.")
    assert sourced_speakers(text)[-1][2] == "General Motors"


def test_an_office_with_for_before_an_untagged_name():
    text = ("Trolley crisis\n\n"
            "Minister for Health Ciarán Madigan told the Dáil that 96 additional beds would open.\n\n"
            "\"It is not acceptable,\" Mr Madigan said.")
    assert sourced_speakers(text)[0][2] == "Mr Madigan"


def test_a_members_title_before_the_place_they_sit_for():
    text = ("Trolley crisis\n\n"
            "Sinn Féin TD for Limerick City Deirdre Hanrahan, who raised the issue in the Dáil, said the minister had "
            "made the same promise a year ago.\n\n"
            "\"The minister keeps counting beds,\" Ms Hanrahan said.")
    assert sourced_speakers(text)[0][2] == "Deirdre Hanrahan"


def test_a_lead_that_names_its_speaker_in_the_next_paragraph():
    text = ("Weather agency nominee vows to refill jobs\n\n"
            "The president's nominee to lead the weather agency told senators Wednesday that he would move quickly to "
            "fill hundreds of vacant forecaster positions.\n\n"
            "\"Every office that is short-staffed is an office where a warning can go out late,\" Alan Kessing, a "
            "former broadcast meteorologist, said at his confirmation hearing.")
    assert sourced_speakers(text)[1][2] == "Alan Kessing"


def test_a_lead_is_not_given_someone_named_before_it():
    text = ("Weather agency nominee vows to refill jobs\n\n"
            "Senator Ingrid Solberg questioned the nominee. The president's nominee told senators Wednesday that he "
            "would move quickly.\n\n"
            "\"We are short of staff,\" Alan Kessing, a former broadcast meteorologist, said.")
    assert "Alan Kessing" not in {name for source, _, name in sourced_speakers(text) if "nominee" in source}
