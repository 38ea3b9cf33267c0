"""A word the model tags a person but the text writes without a capital ("jabbed") is no name."""

import saywho


def test_a_word_without_a_capital_is_no_name():
    text = ("The Italian prime minister jabbed back on Friday at critics in Brussels.\n\n"
            "\"We are not to blame,\" John Miller said.")
    analysis = saywho.analyze(text, date="2016-06-07")
    assert [(e.name, e.type) for e in analysis.entities] == [("Brussels", "GPE"), ("John Miller", "PERSON")]
    assert [a.speaker.name for a in analysis.attributions if a.speaker] == ["John Miller"]
