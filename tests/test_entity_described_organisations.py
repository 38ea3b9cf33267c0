"""A name the model took for a person is an organisation where an apposition right after it says so ("Xinhua,
the official Chinese news agency"); an affiliation further on ("Mujtaba Rahman of the Eurasia Group, a …
company") or a bare organisation name beside it leaves a person a person."""

import saywho


def _types(text: str) -> dict[str, str]:
    return {e.name: e.type for e in saywho.analyze(text, date="2016-05-09").entities}


def test_an_apposition_naming_an_organisation_makes_the_name_one():
    text = ("''Some may say an overemphasis on the Japanese background is a bit unkind,'' Xinhua, the official "
            "Chinese news agency, wrote.\n\n''You know, when I am described as a Japanese admiral, it's not true,'' "
            "Admiral Harris said.")
    assert _types(text) == {"Xinhua": "ORG", "Admiral Harris": "PERSON"}  # a rank is a title since s60


def test_an_organisation_named_further_on_leaves_the_person_a_person():
    text = ("''There is a growing perception,'' said Mujtaba Rahman of the Eurasia Group, a political risk and "
            "consulting company. ''Combined, these attacks will increase it,'' Mr. Rahman said.")
    assert _types(text) == {"Mujtaba Rahman": "PERSON", "Eurasia Group": "ORG"}
