"""A "he added" the ranker doubts goes to the one who was speaking (speaker_continuations.py).

The ranker is made to doubt every pronoun (threshold 1.0), so what names "he" here is the rule alone."""

from tests.conftest import pronoun_speakers

TWO_MEN = ("Senator Bernie Sanders said on Sunday that the United States should not send troops. Sanders spoke in "
           "Iowa.\n\n"
           "\"It is our fight,\" Jeb Bush, the former Florida governor and a Republican presidential candidate, told "
           "CNN. \"Hillary Clinton last night said that it is not our fight.\"\n\n")




def test_he_added_is_the_one_who_spoke_just_before(doubting):
    text = TWO_MEN + "He added, \"Without American leadership, the world will not organize itself.\""
    assert pronoun_speakers(doubting, text) == [("He", "Jeb Bush")]


def test_he_said_is_left_to_the_ranker(doubting):
    text = TWO_MEN + "He said, \"Without American leadership, the world will not organize itself.\""
    assert pronoun_speakers(doubting, text) == [("He", None)]


def test_someone_reported_inside_another_speakers_words_does_not_go_on(doubting):
    text = ("Reporter Cynthia McFadden spoke to the hacker in prison.\n\n"
            "McFadden added that the hacker, Maria Lazar, told her she had downloaded files from the server. "
            "She continued that an FBI official had called the claims serious.")
    assert ("She", "Maria Lazar") not in pronoun_speakers(doubting, text)
