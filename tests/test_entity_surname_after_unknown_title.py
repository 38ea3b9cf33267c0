"""A surname the model leaves untagged stays the person's though an organisation's name ends in it ("AG Paradis",
a title the model does not know read as an organisation; train: "Lynch announced …" after "AG Lynch")."""

import saywho


def test_an_organisation_ending_in_the_surname_does_not_take_the_lone_surname_from_the_person():
    text = ("Sandra Paradis has voted in Manchester for forty years. The DOJ and AG Paradis filed a lawsuit. "
            "Sam Bennett spoke to reporters. Paradis agrees. She said she will leave the insults to the politicians.")
    analysis = saywho.analyze(text, date="2016-05-14")
    paradis = next(e for e in analysis.entities if e.name == "Sandra Paradis")
    assert [m.text for m in paradis.mentions] == ["Sandra Paradis", "Paradis"]
    assert [(e.name, e.type) for e in analysis.entities if "Paradis" in e.name] == [
        ("Sandra Paradis", "PERSON"), ("AG Paradis", "ORG")]
    assert [a.speaker.name if a.speaker else None for a in analysis.attributions] == ["Sandra Paradis"]


def test_a_word_before_the_last_of_an_organisation_still_blocks():
    text = "Sandra Paradis has voted in Manchester for forty years. Paradis Foods filed a lawsuit. Paradis agrees."
    analysis = saywho.analyze(text, date="2016-05-14")
    paradis = next(e for e in analysis.entities if e.name == "Sandra Paradis")
    assert [m.text for m in paradis.mentions] == ["Sandra Paradis"]
