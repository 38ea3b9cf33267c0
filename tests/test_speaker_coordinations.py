"""A "he" after several men named together is left as written; one named alone is still taken up."""

import saywho


def _speakers(text: str) -> list[tuple[str, str | None]]:
    return [(a.source.text, a.speaker.name if a.speaker and a.speaker.named else None)
            for a in saywho.analyze(text).attributions]


def test_he_after_three_men_named_together_stays_he():
    text = ("House Speaker Tom Lane, Senate leader Bill Ford and Gov. Jim Hart met on Monday.\n\n"
            "The three men talked for an hour about the budget, the roads and the schools.\n\n"
            "He said the budget would pass by Friday.\n")
    assert _speakers(text) == [("He", None)]


def test_he_after_one_man_named_alone_is_him():
    text = ("House Speaker Tom Lane met reporters on Monday.\n\n"
            "He said the budget would pass by Friday.\n")
    assert _speakers(text) == [("He", "Tom Lane")]
