"""A he or she the ranker doubts takes up the subject leading the sentence before (speaker_sentence_leads.py).

The ranker is made to doubt every pronoun (threshold 1.0), so what names the pronoun here is the rules alone."""

from tests.conftest import pronoun_speakers


def test_the_subject_of_the_sentence_before_says_the_quote_after(doubting):
    text = ("Gov. John Kasich of Ohio and Donald Trump met on the debate stage on Thursday.\n\n"
            "When Mr. Trump defended his remarks about China, Mr. Kasich forcefully differed.\n\n"
            "\u201cI think that the Chinese government butchered those kids,\u201d he said.\n")
    assert pronoun_speakers(doubting, text) == [("he", "John Kasich")]


def test_a_name_owning_the_subject_leads_the_sentence(doubting):
    text = ("Senator Bernie Sanders and Senator Chris Murphy spoke on Monday.\n\n"
            "Mr. Sanders's campaign vowed on Tuesday to remain in the fight. He said that the race was far from over.\n")
    assert pronoun_speakers(doubting, text) == [("He", "Bernie Sanders")]


def test_someone_else_of_that_gender_leading_a_clause_between_leaves_it_open(doubting):
    text = ("Senator Bernie Sanders and Senator Chris Murphy spoke on Monday.\n\n"
            "Mr. Sanders declined to comment, and Mr. Murphy left the room. He said that the race was far from over.\n")
    assert pronoun_speakers(doubting, text) == [("He", None)]


def test_someone_else_only_in_a_clause_under_the_lead_does_not_stand_between(doubting):
    text = ("Senator Bernie Sanders and Senator Chris Murphy spoke on Monday.\n\n"
            "Mr. Sanders declined to comment after Mr. Murphy left the room. He said that the race was far from over.\n")
    assert pronoun_speakers(doubting, text) == [("He", "Bernie Sanders")]


def test_a_name_leading_after_the_pronoun_is_not_looked_back_past(doubting):
    text = ("Senator Bernie Sanders and Senator Joe Manchin spoke on Monday. Mr. Sanders left early.\n\n"
            "Although he said that the race was far from over, Chris Murphy called it a done deal.\n")
    assert ("he", "Bernie Sanders") not in pronoun_speakers(doubting, text)


def test_a_description_of_a_named_person_leads_the_sentence(doubting):
    text = ("Senator Bernie Sanders and Governor Chris Christie spoke on Monday.\n\n"
            "The senator declined to say whether the justice was right. "
            "But he told ABC that he agrees with her remarks.\n")
    assert pronoun_speakers(doubting, text) == [("he", "Bernie Sanders")]


def test_a_lead_of_no_known_gender_is_he(doubting):
    text = ("Senator Chris Murphy and President Obama met on Monday.\n\n"
            "President Obama backed the plan in an interview. \u201cI don't think it posed a problem,\u201d he said.\n")
    assert pronoun_speakers(doubting, text) == [("he", "President Obama")]


def test_a_lead_of_no_known_gender_is_no_she_beside_a_woman_the_paragraph_names(doubting):
    text = ("Hillary Clinton met reporters on Monday.\n\n"
            "After Mrs. Clinton issued her plan, President Obama adopted it. She said that the plan would work.\n")
    assert ("She", "President Obama") not in pronoun_speakers(doubting, text)


def test_the_sentences_of_a_quotation_are_looked_back_over(doubting):
    text = ("Senator Bernie Sanders and Senator Chris Murphy spoke on Monday.\n\n"
            "Mr. Sanders did not sound confident about November. \u201cIt is going to be hard. Nobody knows. "
            "Donald Trump could win,\u201d he said.\n")
    assert pronoun_speakers(doubting, text) == [("he", "Bernie Sanders")]


def test_the_one_asked_answers(doubting):
    text = ("Senator Bernie Sanders and the reporter Scott Conroy met in Iowa on Monday.\n\n"
            "Mr. Conroy asked Mr. Sanders whether his age was fair game in the campaign.\n\n"
            "\u201cSure it is. I cannot remember the last day I took off,\u201d he said.\n")
    assert pronoun_speakers(doubting, text) == [("he", "Bernie Sanders")]


def test_a_surname_the_model_took_for_no_name_is_the_one_person_it_ends(doubting):
    text = ("Mark Cuban and Donald Trump spoke on Monday.\n\n"
            "Cuban also gave a preview of his own plans. He said that taxes should rise.\n")
    assert pronoun_speakers(doubting, text) == [("He", "Mark Cuban")]


def test_a_pronoun_before_the_same_pronoun_leading_its_sentence_looks_back_with_it(doubting):
    text = ("Agusein Garcia and his neighbour Tom Baker voted in Los Angeles on Tuesday.\n\n"
            "Mr. Garcia's kids have sold him on Bernie Sanders. "
            "And if Hillary Clinton is the nominee, he said, he would consider a third-party candidate.\n")
    assert pronoun_speakers(doubting, text) == [("he", "Agusein Garcia")]
