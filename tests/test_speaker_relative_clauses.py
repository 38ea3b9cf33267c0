"""A he or she inside a relative clause about a named person is that person (speaker_relative_clauses.py).

The ranker is made to doubt every pronoun (threshold 1.0), so what names the pronoun here is the rules alone."""

from tests.conftest import pronoun_speakers


def test_a_pronoun_in_the_clause_on_a_description_beside_a_name_is_that_name(doubting):
    text = ("Governor Ray Dunn endorsed Senator Paul Avery on Saturday.\n\n"
            "The latest is Rep. Tom Keller, the Ohio congressman who drew national attention in 2011 when he "
            "said the budget was a fraud.\n")
    assert pronoun_speakers(doubting, text)[-1] == ("he", "Tom Keller")


def test_someone_else_named_in_the_clause_first_leaves_it_open(doubting):
    text = ("Governor Ray Dunn endorsed Senator Paul Avery on Saturday.\n\n"
            "The latest is Rep. Tom Keller, the Ohio congressman who met Mayor Sam Ortiz in 2011 when he "
            "said the budget was a fraud.\n")
    assert pronoun_speakers(doubting, text)[-1] == ("he", None)
