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


def test_a_name_set_beside_the_subject_leads_the_sentence(doubting):
    text = ("Pastor Daniel Brooks Jr. and the boxer Sonny Liston were remembered in Louisville on Sunday.\n\n"
            "During the service, pastor Daniel Brooks III asked the congregation to stand.\n\n"
            "Brooks\u2019s father, the Rev. Daniel Brooks Jr., knew Sonny Liston for decades. "
            "He recalled Liston\u2019s generosity to a food bank in the city.\n")
    assert ("He", "Daniel Brooks Jr.") in pronoun_speakers(doubting, text)


def test_a_name_owning_the_subject_with_its_apostrophe_leads_the_sentence(doubting):
    # the parser reads this "Tuttle\u2019s" as a modifier with its "\u2019s", not as a possessive
    text = ("An essay by the Weekly Standard\u2019s Mark Tuttle accuses Donald Trump of exploiting voters.\n\n"
            "Tuttle\u2019s article also attacked Chris Christie by accusing him of endorsing Trump in an attempt to "
            "gain a post. He calls the endorsement \u201cthe most transparent display of affection in years.\u201d\n")
    assert pronoun_speakers(doubting, text) == [("He", "Mark Tuttle")]


def test_a_bare_surname_is_the_one_of_the_pronouns_gender_who_bears_it(doubting):
    from saywho.analyse.speaker_sentence_leads import sentence_lead
    from saywho.analyse.speakers import Resolver
    from saywho.pipeline import _doc_for

    text = ("Marius Dragan Popa, a hacker from Romania, was sentenced on Thursday.\n\n"
            "\u201cWe need him because life is very hard,\u201d his wife, Ioana Maria Popa, wrote to the court.\n\n"
            "A high school graduate, Popa had no formal training. "
            "He told reporters that he guessed passwords from public pages.\n")
    doc = doubting(_doc_for(doubting, text, "2024-05-01"))
    resolver = Resolver(doc, {e.id: e for e in doc._.entities or []})
    head = next(t for t in doc if t.text == "He")
    lead = sentence_lead(head, resolver._candidates(head.idx), resolver)
    assert lead is not None and lead.speaker.name == "Marius Dragan Popa"


def test_someone_asking_only_in_a_clause_under_the_lead_does_not_stand_between(doubting):
    text = ("House Speaker Paul Ryan sat down with the host Jake Tapper on Sunday.\n\n"
            "Ryan also did not sound confident when Tapper asked whether Republicans would keep the Senate.\n\n"
            "\u201cI just think you always run like everything is on the line,\u201d he said.\n")
    assert pronoun_speakers(doubting, text) == [("he", "Paul Ryan")]


def test_a_subject_of_the_pronouns_own_sentence_stands_between_it_and_the_sentence_before(doubting):
    text = ("Nelson Diaz, a former aide, introduced Senator Marco Rubio at the rally on Friday.\n\n"
            "Mr. Diaz praised the crowd for its patience. In West Miami, where Mr. Rubio began his career, "
            "he said that he would bring a Cuban pork roaster to Washington.\n")
    assert pronoun_speakers(doubting, text) == [("he", "Marco Rubio")]  # the clause's subject (clause_subject)


def test_the_same_pronoun_leading_sentences_in_a_row_takes_up_the_name_before_them(doubting):
    text = ("Senator Ann Price opened the forum on Sunday, and Governor Maria Lopez closed it.\n\n"
            "Ms. Lopez faced hard questions on the budget.\n\n"
            "She skirted the first question from the moderator. She also avoided the word \"cuts,\" which some "
            "Republicans want her to use. She said the state would balance its books next year.\n")
    assert pronoun_speakers(doubting, text)[-1] == ("She", "Maria Lopez")


def test_a_pronoun_chain_that_reaches_a_man_leaves_she_open(doubting):
    text = ("Senator Ann Price opened the forum on Sunday, and Governor Maria Lopez closed it.\n\n"
            "Mayor Tom Reyes faced hard questions on the budget.\n\n"
            "She skirted the first question. She said the state would balance its books next year.\n")
    assert pronoun_speakers(doubting, text)[-1] == ("She", None)
