"""A he or she the ranker doubts takes up the person its own sentence introduces as a subject, where its clause
reports, joins or stands under theirs (speaker_introductions.py).

The ranker is made to doubt every pronoun (threshold 1.0), so what names the pronoun here is the rules alone."""

from tests.conftest import pronoun_speakers


def test_a_newcomer_whose_clause_the_pronoun_reports(doubting):
    text = ("Some Republicans are so opposed to Donald Trump that they are endorsing Hillary Clinton.\n\n"
            "Former Rep. Chris Shays (R-Conn.) was pro John Kasich while the Ohio governor was in the running, "
            "he said Wednesday morning on MSNBC.\n")
    assert pronoun_speakers(doubting, text) == [("he", "Chris Shays")]


def test_a_newcomer_with_a_description_and_a_clause_under_his(doubting):
    text = ("Thousands of Oromos have been jailed without trial.\n\n"
            "The Ethiopian marathoner Feyisa Lilesa, who won the silver medal at the Olympics this year, drew global "
            "attention to the government's abuses when he held his crossed arms over his head at the finish line; "
            "he says he fears returning home.\n")
    assert pronoun_speakers(doubting, text) == [("he", "Feyisa Lilesa")]


def test_someone_named_before_is_no_newcomer(doubting):
    text = ("Hillary Clinton thanked Chris Shays and John Kasich on Monday.\n\n"
            "Former Rep. Chris Shays (R-Conn.) was pro John Kasich while the Ohio governor was in the running, "
            "he said Wednesday morning on MSNBC.\n")
    assert pronoun_speakers(doubting, text) == [("he", None)]


def test_a_second_man_leading_a_clause_leaves_it_open(doubting):
    text = ("Some Republicans are so opposed to Donald Trump that they are endorsing Hillary Clinton.\n\n"
            "Former Rep. Chris Shays (R-Conn.) said John Kasich was pro Jeb Bush while the Ohio governor was in the "
            "running, he said.\n")
    assert pronoun_speakers(doubting, text) == [("he", None)]


NUNES = ("Stephen Vladeck said the case was a long shot. \"It would have been a real long-shot,\" he said.\n\n"
         "{name}, chairman of the House Intelligence Committee, didn't second-guess James Comey's recommendation on "
         "prosecution, {rest} for more accountability down the road.\n")


def test_a_newcomer_of_no_known_gender_whose_clause_the_pronoun_goes_on_with(doubting):
    # Comey is known to be a man, Nunes of no known gender: "but he did call" goes on with Nunes's own clause
    text = NUNES.format(name="Rep. Devin Nunes (R-Calif.)", rest="but he did call")
    assert pronoun_speakers(doubting, text)[-1] == ("he", "Devin Nunes")


def test_a_newcomer_whose_first_name_hints_at_the_other_gender_is_no_he(doubting):
    text = NUNES.format(name="Sen. Kelly Ayotte (R-N.H.)", rest="but he did call")
    assert pronoun_speakers(doubting, text)[-1] == ("he", None)


def test_a_newcomer_of_no_known_gender_beside_a_man_in_a_clause_under_theirs(doubting):
    text = NUNES.format(name="Rep. Devin Nunes (R-Calif.)", rest="when he called")
    assert pronoun_speakers(doubting, text)[-1] == ("he", None)
