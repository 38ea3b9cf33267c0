"""A name written with a typographic apostrophe ("D’Souza") is read as the model reads it with a straight one
(train: "Dinesh D’Souza" was never an entity; with this, two more of his "he" are named rightly)."""

import saywho


def test_a_surname_with_a_typographic_apostrophe_is_a_person_whom_he_takes_up():
    text = ("Dinesh D’Souza is a filmmaker. D’Souza went on to explain that the Clintons are ruthless. "
            "“You got to respect that,” he said.")
    analysis = saywho.analyze(text, date="2015-12-19")
    assert [(e.name, e.type) for e in analysis.entities] == [("D’Souza", "PERSON"), ("Clintons", "PERSON")]
    assert [a.speaker.name if a.speaker else None for a in analysis.attributions] == ["D’Souza", "D’Souza"]


def test_the_text_keeps_the_writers_apostrophe():
    analysis = saywho.analyze("Martin O’Malley said the plan was bad. O’Malley added that he would fight.",
                              date="2016-02-01")
    assert [(e.name, e.type) for e in analysis.entities] == [("Martin O’Malley", "PERSON")]
    assert [a.speaker.name if a.speaker else None for a in analysis.attributions] == ["Martin O’Malley"] * 2
