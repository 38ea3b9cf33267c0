"""A name written with a typographic apostrophe ("D’Souza"), and a contraction ("he’s"), is read as the model reads it
with a straight one (train: "Dinesh D’Souza" was never an entity; with this, two more of his "he" are named rightly)."""

import saywho


def test_a_surname_with_a_typographic_apostrophe_is_a_person_whom_he_takes_up():
    text = ("Dinesh D’Souza is a filmmaker. D’Souza went on to explain that the Clintons are ruthless. "
            "“You got to respect that,” he said.")
    analysis = saywho.analyze(text, date="2015-12-19")
    # "Dinesh", a first name no list holds, joins the surname the model tagged alone (s54)
    assert [(e.name, e.type) for e in analysis.entities] == [("Dinesh D’Souza", "PERSON"), ("Clintons", "PERSON")]
    assert [a.speaker.name if a.speaker else None for a in analysis.attributions] == ["Dinesh D’Souza"] * 2


def test_the_text_keeps_the_writers_apostrophe():
    analysis = saywho.analyze("Martin O’Malley said the plan was bad. O’Malley added that he would fight.",
                              date="2016-02-01")
    assert [(e.name, e.type) for e in analysis.entities] == [("Martin O’Malley", "PERSON")]
    assert [a.speaker.name if a.speaker else None for a in analysis.attributions] == ["Martin O’Malley"] * 2


def test_a_contraction_with_a_typographic_apostrophe_is_read_as_with_a_straight_one():
    # the model read "’s" in "he’s misused" as a past-tense verb and cut the content after it (s40)
    text = "The bishop sent Ryan a letter saying he’s misused church teaching to defend his budget."
    analysis = saywho.analyze(text, date="2012-04-20")
    assert [(a.cue.text, a.content.text) for a in analysis.attributions] == \
        [("saying", "he’s misused church teaching to defend his budget")]
    assert analysis.article.text == text  # the writer's apostrophe stays
