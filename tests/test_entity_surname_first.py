"""A name written family name first ("Ban Ki-moon") is taken up by its family name ("Ban")."""

import saywho


def test_the_family_name_alone_joins_a_name_written_family_name_first():
    text = ("U.N. Secretary General Ban Ki-moon said on Monday that the talks in Paris had been hard.\n\n"
            "\"We have no time to lose,\" Ban said.\n\n"
            "North Korean leader Kim Jong-un did not attend. Kim was in Pyongyang.")
    analysis = saywho.analyze(text, date="2016-05-09")
    people = {e.name: e.aliases for e in analysis.entities if e.type == "PERSON"}
    assert people == {"Ban Ki-moon": ["Ban"], "Kim Jong-un": ["Kim"]}
    assert [a.speaker.name for a in analysis.attributions if a.speaker] == ["Ban Ki-moon", "Ban Ki-moon"]

