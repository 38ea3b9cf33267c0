"""A relative pronoun that says or shows something never stands for a time or a place the parser hung its clause on
(relative_antecedents.who_stands_for, s40): "released her records in July, which showed …" is the records', "a
candidate in Ohio's 16th District, who said …" the candidate's. Sentences written for these tests, after BASIL and
PolNeAR ones."""

from __future__ import annotations

import saywho


def speakers(text: str) -> list[tuple[str, str | None]]:
    analysis = saywho.analyze(text, date="2016-01-17")
    return [(a.source.text, a.speaker.name if a.speaker else None) for a in analysis.attributions]


def test_which_after_a_date_is_the_thing_before_it():
    assert speakers("Maria Lane released her medical records in July, which showed she was fit for duty.") == \
        [("which", "her medical records")]


def test_who_after_a_place_is_the_person_before_it():
    text = ("The anger was voiced by James Renacci, a Republican candidate in Ohio’s 16th District, who said people at "
            "a recent meeting were furious.")
    assert [speaker for source, speaker in speakers(text) if source == "who"] == ["James Renacci"]


def test_who_after_an_institution_in_a_persons_role_is_that_person():
    # BASIL: "…, who said" after the institution a person directs had named the institution, typed a person
    text = ("The move was backed by John Eastman, a constitutional law professor at Chapman University and director "
            "of The Claremont Institute's Center for Constitutional Jurisprudence, who said the amendment has been "
            "misapplied.")
    analysis = saywho.analyze(text, date="2018-10-31")
    assert [(e.name, e.type) for e in analysis.entities if "Center" in e.name] == \
        [("Claremont Institute's Center for Constitutional Jurisprudence", "ORG")]
    assert [(a.source.text, a.speaker.name) for a in analysis.attributions] == [("who", "John Eastman")]


def test_who_after_a_thing_in_a_phrase_describing_people_is_those_people():
    text = ("The retailer is exploring a sale, according to people familiar with the matter, who asked not to be "
            "named. A shop owner on Main Street, who declined to be named, said sales were down.")
    assert [speaker for source, speaker in speakers(text) if source == "who"] == [
        "people familiar with the matter, who asked not to be named", "A shop owner"]


def test_the_name_a_relative_clause_describes_says_the_verb_after_it():
    text = ("State Sen. Maria Lopez, whose district includes two Northgate hospitals, called the news \"deeply "
            "worrying.\" She said she had asked the company for a meeting.")
    assert speakers(text) == [("State Sen. Maria Lopez, whose district includes two Northgate hospitals,", "Maria Lopez"),
                              ("She", "Maria Lopez")]


def test_a_participle_closing_the_sentence_goes_with_its_own_verb_not_a_relative_clause():
    text = ("Gov. Helen Marsh on Friday vetoed a bill that would have allowed cities to cap annual rent increases, siding "
            "with landlords who warned it would choke off new construction.")
    assert [(source, speaker) for source, speaker in speakers(text) if source != "who"] == [
        ("Gov. Helen Marsh", "Helen Marsh"), ("Gov. Helen Marsh", "Helen Marsh")]
