"""A bare surname the model tags an organisation in one place and a person in another is one person, not a
short form of an organisation named after him."""

import saywho


def test_a_bare_surname_read_as_an_organisation_joins_the_person_not_the_organisation():
    text = ("For those of you not yet on the Trump Train, the pundits say that Trump is a fraud.\n\n"
            "Trump launched his campaign by talking about immigration. Trump has not changed his mind since.\n\n"
            "\"We will build the wall,\" Trump said at a rally.")
    analysis = saywho.analyze(text, date="2016-05-04")
    assert {e.name: (e.type, len(e.mentions)) for e in analysis.entities} == {
        "Trump Train": ("ORG", 1), "Trump": ("PERSON", 4)}
    assert [a.speaker.name for a in analysis.attributions if a.speaker] == ["the pundits", "Trump"]
