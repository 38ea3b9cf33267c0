"""Names and spokespeople (s49, third round): a hyphened surname the model tagged an organisation is the person named
in full before ("Nadia Ferreira-Holt … Ferreira-Holt replied"); "the Frenchwoman" is described, not named; a name after
"a spokesman for the Minister for Foreign Affairs," is the minister's, and "The spokesman" after it is that unnamed
spokesman; "June Guidry" is a person, not a date. Written for the test, from short news articles read as a
fact-checker would."""

from attribution_rows import speakers_with_naming


def test_a_hyphened_surname_is_the_minister():
    text = ("Nadia Ferreira-Holt, who has held the post for 14 months, spent an hour taking questions, flanked by her "
            "deputy, Owen Rudd.\n\n"
            "\"No,\" Ferreira-Holt replied. \"My job is to fix this.\"")
    assert speakers_with_naming(text) == [("Ferreira-Holt", "Nadia Ferreira-Holt", True)]


def test_the_frenchwoman_is_described():
    text = ("MediReach's executive director, Hélène Dufresne, said the charity had suspended operations.\n\n"
            "\"Our first duty now is to these three people,\" the Frenchwoman said.")
    assert speakers_with_naming(text)[-1] == ("the Frenchwoman", "the Frenchwoman", False)


def test_a_spokesman_for_a_minister_is_not_the_minister():
    text = ("\"The Minister spoke to all three families this morning,\" a spokesman for the Minister for Foreign Affairs, "
            "Ciarán Doyle, said.\n\n"
            "The spokesman declined to say which governments had mediated.")
    assert [row[1:] for row in speakers_with_naming(text)] == [("a spokesman", False), ("a spokesman", False)]


def test_june_guidry_is_not_walter():
    text = ("Walter and June Guidry rode out the storm in their raised house. \"We've done this for forty years,\" Walter "
            "Guidry said by phone. His wife said the water had come up faster. \"I watched our truck float down the "
            "driveway,\" June Guidry said.")
    assert speakers_with_naming(text)[-1] == ("June Guidry", "June Guidry", True)


def test_the_spokesman_is_the_companys_spokesman_before():
    text = ("Pellucid's chief executive, Ortrun Kessler, did not attend the launch. A Pellucid spokesman said Kessler had "
            "been \"closely involved at every stage\" of the negotiations. \"She sees this as the start of a new chapter "
            "for the company,\" the spokesman said.")
    assert speakers_with_naming(text)[-1] == ("the spokesman", "A Pellucid spokesman", False)
