"""Names the model cut short or ran on, made whole (s48): an amount swept into a company's name ("fined Apple 1.8
billion euros"), an organisation's "of" phrase ("the March of Dimes"), a name of capitals joined by a hyphen
("SAG-AFTRA", no dateline), a role word before a first name the short list lacks ("Superintendent Marisol Vega"),
a name the parser hung on the title before it ("battalion chief Rodrigo Salas"), and a longer name that begins with
a company's one-word name after the writer used that word ("Apple Music" is not Apple). Written for the test, from
short news articles read as a fact-checker would."""

from attribution_rows import speakers_with_naming


def test_an_amount_is_no_part_of_a_company_name():
    text = ("The European Commission fined Apple 1.8 billion euros on Monday for stifling competition.\n\n"
            "Apple said it would appeal. The company's rival, Spotify, has long complained that Apple's rules favor "
            "its own service, Apple Music.")
    assert speakers_with_naming(text)[0] == ("Apple", "Apple", True)


def test_an_organisation_named_with_of():
    text = ("More than a third of U.S. counties have no hospital offering obstetric care, according to the March of "
            "Dimes.")
    assert speakers_with_naming(text) == [("the March of Dimes", "March of Dimes", True)]


def test_capitals_joined_by_a_hyphen_name_a_union():
    text = ("LOS ANGELES — Hollywood actors reached a tentative deal with studios on Wednesday.\n\n"
            "SAG-AFTRA said its negotiating committee had voted unanimously to approve the agreement. The union "
            "said the deal included protections against the use of artificial intelligence.")
    assert speakers_with_naming(text) == [("SAG-AFTRA", "SAG-AFTRA", True), ("The union", "SAG-AFTRA", True)]


def test_a_title_before_a_first_name_the_short_list_lacks():
    text = ("Superintendent Marisol Vega told the board that teachers spent \"an enormous share of every class\" "
            "asking students to put their phones away.")
    assert speakers_with_naming(text) == [("Superintendent Marisol Vega", "Marisol Vega", True),
                                          ("teachers", "teachers", False)]


def test_a_name_hung_on_its_title():
    text = ("\"This fire is moving faster than anything we've seen this season,\" said Cal Fire battalion chief "
            "Rodrigo Salas. He said crews were focusing on protecting homes.")
    assert speakers_with_naming(text) == [("Cal Fire battalion chief Rodrigo Salas", "Rodrigo Salas", True),
                                          ("He", "Rodrigo Salas", True)]


def test_a_dateline_in_capitals_is_named_as_the_story_writes_it():
    text = ("MOSCOW — The Kremlin on Tuesday rejected accusations that it was behind the poisoning.\n\n"
            "Moscow has denied involvement in a string of poisonings of its critics abroad.")
    assert speakers_with_naming(text)[-1] == ("Moscow", "Moscow", True)


def test_an_and_inside_one_name_joins_no_two_speakers():
    text = ("The drugs were found inside boxes of cucumbers after a drug-sniffing dog alerted officers, according to "
            "U.S. Customs and Border Protection.")
    assert speakers_with_naming(text) == [("U.S. Customs and Border Protection", "U.S. Customs and Border Protection",
                                           True)]


def test_an_agency_the_model_left_untagged_is_named():
    text = ("The Consumer Product Safety Commission said the heaters' power cords could overheat and melt. The agency "
            "urged owners to stop using them immediately.")
    assert speakers_with_naming(text) == [
        ("The Consumer Product Safety Commission", "Consumer Product Safety Commission", True),
        ("The agency", "Consumer Product Safety Commission", True)]


def test_a_nationality_word_that_shortens_an_airlines_name():
    text = ("Pilots at American Airlines voted overwhelmingly to authorize a strike, their union announced on Monday.\n\n"
            "American said it was \"confident\" a deal could be reached.")
    assert speakers_with_naming(text)[-1] == ("American", "American Airlines", True)


def test_a_name_the_text_gives_a_courtesy_title_is_a_persons():
    text = ("WASHINGTON — The Senate on Monday confirmed Deb Haaland as secretary of the interior.\n\n"
            "Ms. Haaland has served in the House since 2019. In a statement after the vote, she said she would \"lead "
            "with integrity.\"")
    assert speakers_with_naming(text)[-1] == ("she", "Deb Haaland", True)


def test_a_college_named_for_someone_is_the_school():
    text = ("NEW YORK — Ruth Gottesman, a former professor at the Albert Einstein College of Medicine in the Bronx, has "
            "donated $1 billion to the school, enough to make tuition free for all students, the school announced on "
            "Monday.")
    assert speakers_with_naming(text) == [("the school", "Albert Einstein College of Medicine", True)]


def test_a_plural_noun_opening_a_sentence_is_no_name():
    text = ("CHESTER, England — A critically endangered eastern black rhino was born at Chester Zoo last week, the zoo "
            "said on Tuesday.\n\n"
            "Keepers said the calf was healthy and had been walking within minutes of birth.")
    assert speakers_with_naming(text) == [("the zoo", "Chester Zoo", True), ("Keepers", "Keepers", False)]
