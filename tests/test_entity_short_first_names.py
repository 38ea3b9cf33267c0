"""A first name written short once ("Sandy Paradis" after "Sandra Paradis") is the same person."""

import saywho


def test_a_short_first_name_with_the_same_surname_joins_the_person():
    text = ("Sandra Paradis has voted in Manchester for forty years.\n\n"
            "\"We help each other out,\" said Sandy Paradis, a retired teacher.\n\n"
            "Paradis agrees. \"If you are neighbours, you try to help,\" she said.")
    analysis = saywho.analyze(text, date="2016-02-09")
    people = {e.name: sorted(e.aliases) for e in analysis.entities if e.type == "PERSON"}
    assert people == {"Sandra Paradis": ["Sandy Paradis"]}
    assert [a.speaker.name for a in analysis.attributions if a.speaker] == ["Sandra Paradis", "Sandra Paradis"]


def test_first_names_of_different_genders_stay_two_people():
    text = ("Dana Whitfield and her brother Daniel Whitfield run the farm.\n\n"
            "\"It was a hard year,\" said Daniel Whitfield.")
    analysis = saywho.analyze(text, date="2016-02-09")
    people = sorted(e.name for e in analysis.entities if e.type == "PERSON")
    assert people == ["Dana Whitfield", "Daniel Whitfield"]
