"""What the text says an organisation is, where the small model tags a person or splits the name (s47): a company's
"Co." (entity_cluster.COMPANY_ENDINGS), "X, the ride-hailing company," for a name the model tagged only elsewhere
(Cluster.called_an_organisation), "X, which builds …" (name_labels.taken_up_by_which), and "St. Brendan's Hospital"
tagged in two pieces (joined_names._owner_and_place). Written for the test, from short news articles read as a
fact-checker would."""

from attribution_rows import speakers_with_naming


def test_a_company_named_beside_an_owner_stays_a_company():
    text = ("The warehouse's owner, Delmar Supply Co., said in a statement that it was cooperating with investigators. "
            "The company said the building had passed a fire inspection in June.")
    assert speakers_with_naming(text) == [("The warehouse's owner, Delmar Supply Co.,", "Delmar Supply Co.", True),
                                          ("The company", "Delmar Supply Co.", True)]


def test_a_name_the_text_calls_a_company_is_the_company_it_describes():
    text = ("Ride-hailing firm to pay drivers for waiting time\n\n"
            "Zoomcar, the ride-hailing company, will start paying drivers for the time they spend waiting between "
            "trips, the company said in a blog post on Wednesday.\n\n"
            "A spokeswoman for Zoomcar, Priya Nair, said the pilot would begin next month.")
    assert speakers_with_naming(text)[0] == ("the company", "Zoomcar", True)


def test_a_name_which_builds_things_is_no_person_and_lends_no_other_name_to_its_description():
    # s57: of NASA and Lockheed Martin, named just before, the company is the one that spoke
    text = ("NASA said on Tuesday it would delay its next crewed moon mission by at least a year.\n\n"
            "Lockheed Martin, which builds the capsule, said it was working closely with NASA to fix the problem. The "
            "aerospace company declined to say how much the repairs would cost.")
    assert speakers_with_naming(text)[1:] == [("Lockheed Martin, which builds the capsule,", "Lockheed Martin", True),
                                              ("The aerospace company", "Lockheed Martin", True)]


def test_a_hospital_named_for_a_saint_is_one_name_and_the_hospital_it_describes():
    text = ("St. Brendan's Hospital will close its maternity ward at the end of the month, sending expectant mothers "
            "in the county to hospitals more than 40 miles away, the hospital said Tuesday.")
    assert speakers_with_naming(text) == [("the hospital", "St. Brendan's Hospital", True)]


def test_an_airline_is_the_carrier():
    text = ("SkyBridge Airlines will stop charging fees to change basic economy tickets starting next month, the "
            "carrier said Thursday, bowing to pressure from consumer groups and lawmakers.")
    assert speakers_with_naming(text)[0] == ("the carrier", "SkyBridge Airlines", True)


def test_a_drugstore_chain_is_the_pharmacy_named_before_it():
    text = ("Brightway Pharmacy will close 150 of its roughly 2,000 stores over the next year, the drugstore chain said "
            "on Wednesday, as it struggles with falling prescription payments.")
    assert speakers_with_naming(text)[0] == ("the drugstore chain", "Brightway Pharmacy", True)


def test_the_center_is_the_center_named_a_paragraph_before():
    """A live blog's one-sentence paragraphs: "the National Hurricane Center says …" ¶ "The center says …"."""
    text = ("11:55 a.m.\n\n"
            "Hurricane Ida has made landfall near Port Fourchon, Louisiana, as a Category 4 storm, the National Hurricane "
            "Center says.\n\n"
            "The center says the storm's maximum sustained winds are 150 mph.")
    assert speakers_with_naming(text)[-1] == ("The center", "National Hurricane Center", True)


def test_a_company_named_again_untagged_is_the_company_described_after_it():
    """ "Tesla will send …", untagged, after "Tesla" tagged elsewhere (s47, name_repeats: one-word organisations)."""
    text = ("Tesla recalls 2 million cars over Autopilot\n\n"
            "Tesla is recalling more than 2 million vehicles in the United States to fix a flaw in its Autopilot "
            "system, the National Highway Traffic Safety Administration said Wednesday.\n\n"
            "The recall follows a two-year investigation by the agency into crashes involving the driver-assistance "
            "system. Tesla will send a software update to the cars, the company said in a filing.\n\n"
            "Tesla said in a statement that it disagreed with the agency's analysis.")
    assert speakers_with_naming(text)[1] == ("the company", "Tesla", True)
