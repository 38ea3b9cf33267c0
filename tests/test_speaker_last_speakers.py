"""A he or she the ranker doubts takes up the last one to speak where nobody else is named since
(speaker_last_speakers.py).

The ranker is made to doubt every pronoun (threshold 1.0), so what names the pronoun here is the rules alone."""

from tests.conftest import pronoun_speakers


def test_the_last_speaker_with_nobody_named_since(doubting):
    text = ("Tuition at public colleges has doubled in twenty years.\n\n"
            "\"It's a pretty expensive business model,\" said Will Doyle, a professor at Vanderbilt University. "
            "\"The biggest thing is personnel costs.\"\n\n"
            "Public colleges make up that shortfall by increasing class sizes and offering certain classes less "
            "often. Those changes can also affect the quality of education, he said.\n")
    assert pronoun_speakers(doubting, text) == [("he", "Will Doyle")]


def test_a_person_described_since_the_last_speaker_leaves_it_open(doubting):
    text = ("Tuition at public colleges has doubled in twenty years.\n\n"
            "\"It's a pretty expensive business model,\" said Will Doyle, a professor at Vanderbilt University. "
            "\"The biggest thing is personnel costs.\"\n\n"
            "Public colleges make up that shortfall by increasing class sizes. A spokesman for the university "
            "disagreed. Those changes can also affect the quality of education, he said.\n")
    assert pronoun_speakers(doubting, text) == [("he", None)]
