"""A bare surname the model calls an organisation votes for the person whose full name it ends (train: "Zephyr
Teachout", whose first name no list holds, typed an organisation by three "Teachout" votes)."""

import saywho


def test_a_surname_read_as_an_organisation_leaves_the_full_name_a_person_whom_she_takes_up():
    text = ("Zephyr Teachout is running for Congress in the Hudson Valley. Faso had the money to challenge Teachout "
            "in the general election. On Monday, Teachout decided to go after his donor. Teachout's campaign is "
            "small. In a video posted online, she said the donor was buying the seat.")
    analysis = saywho.analyze(text, date="2016-08-15")
    assert [(e.name, e.type) for e in analysis.entities] == [("Zephyr Teachout", "PERSON"), ("Congress", "ORG")]
    assert [a.speaker.name if a.speaker else None for a in analysis.attributions] == ["Zephyr Teachout"]


def test_a_form_with_a_possessive_or_an_acronym_is_no_full_name():
    from saywho.analyse.entities import _name_word

    assert _name_word("Teachout") and not _name_word("SVP") and not _name_word("Trump’s")
