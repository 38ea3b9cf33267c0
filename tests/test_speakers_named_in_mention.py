"""Speakers whose name the mention itself holds (a signature, a bracket, "the city of", a speech someone
delivered, a long apposition), and places that are no alias of an organisation named after them; each in a
short hand-written article, with the exact sources and speakers."""

from __future__ import annotations

from attribution_rows import speakers_with_naming


def test_a_quotation_signed_with_a_dash_and_a_name_ending_the_sentence():
    text = ("Voters in Arizona lined up for hours on Tuesday.\n\n"
            "\"We waited since dawn and nobody told us why the lines were so long.\" ― Carla Sanchez.\n\n"
            "The county blamed a software failure.")
    assert speakers_with_naming(text)[0] == ("Carla Sanchez", "Carla Sanchez", True)


def test_a_party_and_place_in_brackets_is_not_the_speaker():
    text = 'Del. Marcia "Cia" Price (D-Newport News) said the bill would pass.'
    assert speakers_with_naming(text) == [("Price (D-Newport News)", "Price", False)]


def test_the_city_of_a_place_is_the_place():
    text = "The city of Phoenix said the water was safe to drink."
    assert speakers_with_naming(text) == [("The city of Phoenix", "Phoenix", True)]


def test_a_speech_someone_delivered_is_theirs():
    text = ("Hillary Clinton spoke in Ohio last week. The plan would cost $2 billion, according to a speech "
            "Mrs. Clinton delivered in Ohio last week.")
    assert speakers_with_naming(text) == [("a speech Mrs. Clinton delivered in Ohio last week", "Hillary Clinton", True)]


def test_a_clause_joined_to_a_long_apposition_is_no_second_speaker():
    text = ("The film opened in Oakland on Friday. Dana Whitfield, a longtime organizer at the Oakland Tenants "
            "Union who has fought evictions for a decade and who appears in the film, told reporters that rents "
            "were rising.")
    source = ("Dana Whitfield, a longtime organizer at the Oakland Tenants Union who has fought evictions for a "
              "decade and who appears in the film,")
    assert speakers_with_naming(text) == [(source, "Dana Whitfield", True)]


def test_a_coordinated_name_is_still_several_speakers():
    text = "Dana Whitfield and the Oakland Tenants Union said rents were rising."
    assert speakers_with_naming(text) == [("Dana Whitfield and the Oakland Tenants Union", "Dana Whitfield and the Oakland "
                                                                             "Tenants Union", False)]


def test_a_country_is_no_alias_of_its_embassy():
    text = ("The embassy was closed. The United States Embassy in Ankara issued a warning on Monday.\n\n"
            "The United States said it would send more troops.")
    assert speakers_with_naming(text) == [("The United States Embassy in Ankara", "United States Embassy", True),
                              ("The United States", "United States", True)]


def test_an_office_swept_into_a_place_name_gives_way_to_the_person_holding_it():
    text = "Palm Beach County Supervisor of Elections Susan Bucher said that independent voters cannot vote."
    assert speakers_with_naming(text) == [("Palm Beach County Supervisor of Elections Susan Bucher", "Susan Bucher", True)]


def test_a_verb_joined_to_a_name_without_a_relative_pronoun_leaves_several():
    # "Trump and has aides": the parser's verb stands for a second speaker, not a clause about the first
    text = ("Dana Whitfield and her aides said the plan was dead.\n\n"
            "Dana Whitfield, an organizer who has fought evictions and who appears in the film, said rents rose.")
    assert [s[1:] for s in speakers_with_naming(text)] == [("Dana Whitfield and her aides", False), ("Dana Whitfield", True)]


def test_a_name_in_brackets_in_apposition_is_not_the_speaker():
    text = ("Rep. Bobby Scott spoke first. Scott's niece, state Del. Marcia \"Cia\" Price (D-Newport News), said "
            "the nation was watching the race.")
    assert [s[1:] for s in speakers_with_naming(text)] == [("Scott's niece", False)]


def test_a_dateline_s_outlet_in_brackets_leaves_the_person_after_it():
    text = ("New York (AFP) – Vice President Joe Biden on Monday hit the campaign trail with Hillary Clinton for the "
            "first time, saying Donald Trump was unfit.")
    assert speakers_with_naming(text) == [("Vice President Joe Biden", "Joe Biden", True)]


def test_an_unnamed_description_reads_as_the_article_wrote_it():
    text = ("On Tuesday’s episode of “The Morning Show,” the former secretary of state and current Democratic "
            "presidential nominee said she wanted to speak “directly to voters.”")
    description = "the former secretary of state and current Democratic presidential nominee"
    assert speakers_with_naming(text) == [(description, description, False)]
