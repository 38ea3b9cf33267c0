"""A he or she the ranker doubts after a quotation of several sentences takes up the one person of its gender the
narrative sentence before the quotation names (speaker_quoted_runs.py).

The ranker is made to doubt every pronoun (threshold 1.0), so what names the pronoun here is the rules alone."""

from tests.conftest import pronoun_speakers


def test_the_one_woman_the_sentence_before_a_long_quotation_names(doubting):
    text = ("Hillary Clinton's emails were released on Friday.\n\n"
            "Denis McDonough was responding to a message from Undersecretary Wendy Sherman, reporting that a plane "
            "had lifted off from Tunis. \"Tunis plane wheels up a few minutes ago. Another miracle,\" she wrote.\n")
    assert pronoun_speakers(doubting, text) == [("she", "Wendy Sherman")]


def test_two_women_before_the_quotation_leave_it_open(doubting):
    text = ("Hillary Clinton's emails were released on Friday.\n\n"
            "Denis McDonough was responding to a message from Wendy Sherman about Victoria Nuland, reporting that a "
            "plane had lifted off from Tunis. \"Tunis plane wheels up a few minutes ago. Another miracle,\" she "
            "wrote.\n")
    assert pronoun_speakers(doubting, text) == [("she", None)]
