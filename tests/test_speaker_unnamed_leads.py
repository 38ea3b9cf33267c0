"""A he or she led by someone unnamed ("a … woman", "a representative for …") is that person (speaker_unnamed_leads.py)."""

from __future__ import annotations

import saywho


def speakers(text: str) -> list[tuple[str, str | None, bool | None]]:
    analysis = saywho.analyze(text, date="2024-05-01")
    return [(a.source.text, a.speaker.name if a.speaker else None, a.speaker.named if a.speaker else None)
            for a in analysis.attributions if a.source is not None]


def test_she_in_a_clause_under_an_unnamed_woman_is_the_woman():
    text = ("Chancellor Angela Merkel has called for tolerance toward refugees.\n\n"
            "Courts have acted too. A 29-year-old Berlin woman received five months' probation in July after she had "
            "posted comments on Facebook. \"Filth out!\" she wrote.\n")
    woman = ("she", "A 29-year-old Berlin woman", False)
    assert speakers(text) == [("Chancellor Angela Merkel", "Angela Merkel", True), woman, woman]


def test_he_added_after_a_representative_for_someone_is_the_representative():
    text = ("Victor Pinchuk hosted a dinner for the foundation in 2013.\n\n"
            "A representative for Mr. Pinchuk said the investigation had nothing to do with the dinner. "
            "He added that at least 100 other people had attended.\n")
    representative = ("A representative", False)
    assert [s[1:] for s in speakers(text)] == [representative, representative]


def test_she_after_a_spokeswoman_named_beside_her_company_is_the_spokeswoman():
    text = ("Halvern Pharmaceuticals is recalling two million bottles of its heart drug.\n\n"
            "A spokeswoman for Halvern, Jenna Ruiz, said the company would replace the pills at no cost. "
            "She did not say how long that would take.\n")
    assert speakers(text)[-2:] == [("A spokeswoman for Halvern, Jenna Ruiz,", "Jenna Ruiz", True),
                                   ("She", "Jenna Ruiz", True)]


def test_they_after_a_plural_description_leading_the_sentence_before_are_those_people():
    text = ("The researchers, led by Dr. Hannah Weiss of the University of Leeds, followed nearly 450,000 adults for "
            "12 years. They found that moderate coffee drinkers had a lower risk of death.\n")
    assert speakers(text) == [("They", "The researchers", False)]


def test_he_after_someones_kin_leading_the_sentence_before_is_that_kin():
    text = ("\"It is a miracle,\" said rescue worker Emre Yilmaz, who helped dig her out.\n\n"
            "Her brother, who had waited at the site since Tuesday, wept as she was carried out. \"I never lost hope,\" "
            "he told reporters.\n")
    assert speakers(text) == [("rescue worker Emre Yilmaz, who helped dig her out", "Emre Yilmaz", True),
                              ("he", "Her brother", False)]


def test_he_after_kin_the_article_named_is_that_person():
    text = ("Osman was on the flight, according to his brother Alastair Osman. He and his wife had just had a baby, "
            "his brother added. \"He's a new dad,\" he said.\n")
    assert speakers(text)[-1] == ("he", "Alastair Osman", True)


def test_it_after_a_filing_leading_the_sentence_before_is_that_filing():
    text = ("Actor Daniel Reyes has sued a celebrity magazine for $10 million.\n\n"
            "The lawsuit, filed Monday in Los Angeles County Superior Court, says the cover story \"was invented from "
            "start to finish.\" It accuses the publication of ignoring denials from Reyes' publicist.\n")
    assert speakers(text)[-2:] == [("The lawsuit, filed Monday in Los Angeles County Superior Court,", "The lawsuit",
                                    False), ("It", "The lawsuit", False)]
