"""Names read right (s49): first names with accents ("Sébastien", "Tomás") found in the lists without them; an agent is
a person; "PG&E" is Pacific Gas and Electric; "St. Brendan's Regional Medical Center" is one name; "Aquatics
Australia" is no country; "Candace Morrow of Dayton" is a person; a name does not start at the initial the parser ran
a sentence into ("near Concourse B. Harold Brennan"); a body's description does not take up a name only a headline's
capitals made, nor an organisation whose name says nothing where another's says it is that ("the paper"). Written
for the test, from short news articles read as a fact-checker would."""

from attribution_rows import speakers_with_naming, written_article

import saywho


def _entities(text: str) -> list[tuple[str, str, list[str]]]:
    return [(e.name, e.type, e.aliases) for e in saywho.analyze(text, date="2024-05-01").entities]


def test_an_agent_with_an_accented_first_name_is_a_person():
    text = ("Kouassi's agent, Sébastien Marcoux, told a French daily that his client preferred Spain.\n\n"
            "\"He will leave with respect,\" Marcoux said.")
    assert [row[:2] for row in speakers_with_naming(text)] == [
        ("Kouassi's agent, Sébastien Marcoux,", "Sébastien Marcoux"), ("Marcoux", "Sébastien Marcoux")]


def test_initials_written_with_an_ampersand():
    text = ("Pacific Gas and Electric said on Monday it would cut power to 20,000 customers. PG&E said the shutoffs "
            "could last two days.")
    assert _entities(text) == [("Pacific Gas and Electric", "ORG", ["PG&E"])]


def test_a_hospital_named_for_a_saint_is_one_name():
    text = ("An attack on the computer systems of St. Brendan's Regional Medical Center forced the hospital to divert "
            "ambulances, officials said.")
    assert ("St. Brendan's Regional Medical Center", "ORG", []) in _entities(text)


def test_a_sport_body_named_with_its_country():
    rows = speakers_with_naming(written_article("swimmer-suspended.txt"))
    assert ("Aquatics Australia, the sport's national governing body,", "Aquatics Australia", True) in rows
    assert not [row for row in rows if row[1] == "Australia"]


def test_a_woman_from_a_place_is_a_person():
    text = ("One of the people who filed a report was Candace Morrow of Dayton, Ohio.\n\n"
            "\"My son grabbed the fire extinguisher,\" Morrow said.")
    assert speakers_with_naming(text)[-1] == ("Morrow", "Candace Morrow", True)


def test_the_name_after_a_stray_initial():
    text = ("At Denver International Airport, travelers slept on the floor near Concourse B. Harold Brennan, a "
            "74-year-old retired engineer, was trying to reach a wedding.")
    assert "Harold Brennan" in [name for name, _, _ in _entities(text)]


def test_the_hospital_is_not_the_headline():
    text = ("Ransomware Attack Forces Hospital to Divert Ambulances\n\n"
            "An attack on the computer systems of a regional medical center forced it to divert ambulances, officials "
            "said.\n\n"
            "The hospital said in a statement that it had detected \"unusual network activity\" early Tuesday.")
    assert speakers_with_naming(text)[-1] == ("The hospital", "The hospital", False)


def test_the_paper_is_not_the_company_named_before():
    rows = speakers_with_naming(written_article("blood-test-trial.txt"))
    assert ("the paper", "the paper", False) in rows
    assert [row for row in rows if row[1] == "Verity Diagnostics"] == []
