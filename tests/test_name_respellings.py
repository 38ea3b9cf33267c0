"""A surname the article misspells after naming the person in full is that person (name_respellings.py), on
articles written for the tests; a different person named in full keeps their own name, and a family's plural is
no misspelling. Each case: text, then (source, speaker, named) of every attribution."""

import pytest

import saywho

CASES = [
    # a doubled letter in the wrong place
    ("Reporter Elise Marbott sent the emails to the press office after the hearing.\n\n"
     "“She was great. I hope you are going to have a big drink tonight,” Marbbot said to the aide.",
     [("Marbbot", "Elise Marbott", True)]),
    # two letters swapped
    ("Singer Anthony Kiedell spoke about the band's new album on Friday.\n\n"
     "“We will write all new songs in the studio,” Keidell continued.",
     [("Singer Anthony Kiedell", "Anthony Kiedell", True), ("Keidell", "Anthony Kiedell", True)]),
    # a letter dropped, in a name the model took for an organisation
    ("Former mayor Rudy Giordano defended the inquiry on Tuesday.\n\n"
     "Giordno also questioned the idea that the contractor had shown no intent.",
     [("Former mayor Rudy Giordano", "Rudy Giordano", True), ("Giordno", "Rudy Giordano", True)]),
    # someone else named in full keeps their own name, however close the surnames
    ("Senator Marco Rubio spoke in Miami on Monday. Columnist Jennifer Rubin wrote that the speech was weak.\n\n"
     "“It was a wasted evening,” Rubin said.",
     [("Columnist Jennifer Rubin", "Jennifer Rubin", True), ("Rubin", "Jennifer Rubin", True)]),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[c[0][:40] for c in CASES])
def test_a_misspelt_surname_is_the_person_named_before(text, expected):
    analysis = saywho.analyze(saywho.Article(text=text))
    found = [(a.source.text if a.source else None, a.speaker.name if a.speaker else None,
              a.speaker.named if a.speaker else None) for a in analysis.attributions]
    assert found == expected
