"""A namesake brought in as another's relative ("X, whose brother, Y X, ...") is not the one a bare surname takes
up next (entities._in_prepositional_phrase), and a Korean name whose syllables run to five letters ("Seung-min",
"Jae-kyung") is written family name first (name_forms.surname_first). Short articles written for these tests, with
the exact speakers expected."""

from __future__ import annotations

from attribution_rows import speakers_with_naming as speakers


def test_a_bare_surname_after_a_relative_brought_in_by_whose_is_the_one_the_clause_is_about():
    text = ("Parole hearing delayed\n\n"
            "The delay angered Martin Okafor, whose brother, Daniel Okafor, was shot outside a bar in 2004. "
            "He has attended every hearing since.\n\n"
            "\"Every postponement is another year of waiting,\" Okafor said.\n")
    assert speakers(text) == [("Okafor", "Martin Okafor", True)]


def test_a_relative_brought_in_by_whose_still_speaks_under_the_full_name():
    text = ("Parole hearing delayed\n\n"
            "The delay angered Martin Okafor, whose brother, Daniel Okafor, was shot outside a bar in 2004.\n\n"
            "\"Every postponement is another year of waiting,\" Martin Okafor said.\n")
    assert speakers(text) == [("Martin Okafor", "Martin Okafor", True)]


def test_a_korean_family_name_alone_is_the_person_named_in_full():
    text = ("Carrier chief apologises\n\n"
            "Park Seung-hoon, the chief executive of Daehan Mobile, appeared before the committee on Tuesday. "
            "Rep. Yoon Jae-kyung asked him why customers had waited a week for the news.\n\n"
            "Park said the company had followed police advice. \"We should have spoken sooner,\" he said.\n")
    assert speakers(text) == [("Rep. Yoon Jae-kyung", "Yoon Jae-kyung", True), ("Park", "Park Seung-hoon", True),
                              ("he", "Park Seung-hoon", True)]
