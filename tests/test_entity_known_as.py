"""A name the text says a person goes by ("the hacker known as “Guccifer”") is that person's, not someone
else's (issue 13; train: the two "Guccifer" sources named the alias as if it were another person)."""

import saywho


def speakers(text: str) -> list[str | None]:
    analysis = saywho.analyze(text, date="2024-05-01")
    return [a.speaker.name if a.speaker else None for a in analysis.attributions]


def test_an_alias_given_after_a_description_is_the_persons():
    text = ("Prosecutors charged Andrei Popescu, the hacker known as “Vortex,” on Monday.\n\n"
            "Vortex said that the mail server had been open for years.")
    assert speakers(text) == ["Andrei Popescu"]


def test_an_alias_given_with_goes_by_is_the_persons():
    text = ("The campaign hired Peter Kowalczyk, who goes by “Pike,” to run its data team.\n\n"
            "Pike said the voter files were a mess when he arrived.")
    assert speakers(text) == ["Peter Kowalczyk"]


def test_a_name_after_a_comma_without_known_as_stays_its_own():
    text = ("Prosecutors charged Andrei Popescu, the hacker, and his partner Ramirez on Monday.\n\n"
            "Ramirez said that the mail server had been open for years.")
    assert speakers(text) == ["Ramirez"]
