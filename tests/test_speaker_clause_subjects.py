"""A he or she the ranker doubts takes up the one person of its gender leading a clause of its own sentence
before it (speaker_clause_subjects.py).

The ranker is made to doubt every pronoun (threshold 1.0), so what names the pronoun here is the rules alone."""

from tests.conftest import pronoun_speakers


def test_the_subject_of_a_clause_before_the_pronoun_in_its_sentence(doubting):
    text = ("Hillary Clinton has not held a press conference in months.\n\n"
            "When Robby Mook, her campaign manager, was asked about it at a luncheon on Tuesday, "
            "he laughed and said, \u201cWe\u2019ll see.\u201d\n")
    assert pronoun_speakers(doubting, text) == [("he", "Robby Mook")]


def test_another_of_that_gender_named_in_the_sentence_leaves_it_open(doubting):
    text = ("Republicans met in Ohio on Monday.\n\n"
            "When Robby Mook was asked about John Kasich at a luncheon on Tuesday, "
            "he laughed and said, \u201cWe\u2019ll see.\u201d\n")
    speakers = pronoun_speakers(doubting, text)
    assert speakers and all(name is None for _, name in speakers)


def test_the_owner_of_a_clause_subject_leads_the_clause(doubting):
    text = ("Hillary Clinton spoke in Iowa on Saturday.\n\n"
            "Though Mr. Bush's campaign has languished for months, the race is far from over, he said.\n")
    assert pronoun_speakers(doubting, text) == [("he", "Mr. Bush")]


def test_where_its_own_sentence_names_nobody_the_sentence_before_is_read_alike(doubting):
    text = ("The occupation of the refuge went into its third week on Monday.\n\n"
            "In his own videos, there are times when Peter Santilli plays the eager press officer of the occupation. "
            "\u201cThey want me!\u201d he says from behind the camera.\n")
    assert pronoun_speakers(doubting, text) == [("he", "Peter Santilli")]


def test_the_one_person_a_sentence_led_by_a_thing_names_anywhere(doubting):
    text = ("Michelle Obama spoke in Philadelphia on Monday.\n\n"
            "The speech can be summed up in the very words of Abraham Lincoln in his second inaugural address. "
            "He said, \u201cWith malice toward none, with charity for all, let us strive on.\u201d\n")
    assert pronoun_speakers(doubting, text) == [("He", "Abraham Lincoln")]



def test_the_one_person_a_sentence_with_no_subject_names_anywhere(doubting):
    text = ("Voters in Iowa go to the caucuses on Monday night.\n\n"
            "What could start this process is a surprisingly strong finish by Marco Rubio here on Monday. "
            "He said, \u201cWe will surprise people.\u201d\n")
    assert pronoun_speakers(doubting, text) == [("He", "Marco Rubio")]
