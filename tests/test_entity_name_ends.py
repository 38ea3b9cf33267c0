"""Where a person's name ends: at a spaced dash ("Jane Doe - Smith's sister"), and not before a surname the model
left out of it ("President Enrique Peña Nieto")."""

import saywho


def _people(text: str) -> dict[str, list[str]]:
    analysis = saywho.analyze(text, date="2016-02-21")
    return {e.name: e.aliases for e in analysis.entities if e.type == "PERSON"}


def test_a_spaced_dash_ends_a_name_so_the_surname_later_joins_it():
    text = ("Pete Hollis ran a radio show for years before he was arrested in Oregon.\n\n"
            "In an interview at her hotel, Martha Ellen Dowd - Hollis's girlfriend and co-host on his channel - "
            "said the show had changed.\n\nDowd says the two met online in 2011. \"He protests every day,\" she says.")
    people = _people(text)
    assert "Martha Ellen Dowd" in people and "Dowd" in people["Martha Ellen Dowd"]
    assert sorted(people) == ["Martha Ellen Dowd", "Pete Hollis"]


def test_a_surname_the_model_left_untagged_after_a_name_belongs_to_it():
    text = ("Donald Trump spent an hour with President Enrique Peña Nieto on Wednesday.\n\n"
            "Peña Nieto said that migration from Mexico had peaked. \"Mexicans deserve respect,\" he said.")
    people = _people(text)
    assert any(name.endswith("Nieto") and len(name.split()) == 3 for name in people), people


def test_an_opening_gerund_swept_into_a_name_is_left_out():
    text = ("I would certainly agree. Entrusting Donald Trump with our economic future is a risky proposition. "
            "Trump's inexperience has shown in many ways. He has openly questioned our alliances.")
    analysis = saywho.analyze(text, date="2016-07-28")
    assert [(e.name, e.type) for e in analysis.entities if "Trump" in e.name] == [("Donald Trump", "PERSON")]


def test_a_quoted_nickname_leaves_the_name_and_a_swept_in_of_is_cut():
    text = ("In downtown Denver, marchers carried pictures of the victims. Luis \"Pepe\" Ortiz of Aurora carried "
            "one of the photos. \"I cried the whole way,\" he said.")
    analysis = saywho.analyze(text, date="2016-06-27")
    assert "Luis Ortiz" in [e.name for e in analysis.entities if e.type == "PERSON"]
    assert [a.speaker.name for a in analysis.attributions if a.speaker] == ["Luis Ortiz"]


def test_a_first_name_and_a_word_tagged_a_product_is_a_person_who_goes_by_that_word():
    text = ("That is where the author and firebrand Cornel West took the debate on Sunday. Speaking for Sanders, "
            "West landed a dig at Clinton.")
    analysis = saywho.analyze(text, date="2015-11-16")
    assert ("Cornel West", "PERSON") in [(e.name, e.type) for e in analysis.entities]


def test_a_first_name_tagged_alone_takes_the_surname_the_text_uses_again():
    text = ("Grassley is up for re-election and will face off with former Iowa Lt. Gov. Patty Judge (D). Judge "
            "doesn't have the name recognition of Grassley, but she's expected to argue that he is out of touch.")
    assert "Patty Judge" in _people(text)
