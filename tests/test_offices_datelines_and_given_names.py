"""Speakers on unseen news (s60, second step): a name closing an office's "of" or "for" ("Leader of the opposition
Sunil Deshmukh", "Federal Minister for National Food Security Asif Khakwani"), a wire dateline with a state and a date
before the agency ("SAN JOSE, California, Feb 5 (Reuters) -"), a person called by the first word of their name as
Indonesian papers write ("Rachmat said"), "the finance chief" beside a chief executive of the same surname, a person
brought in with "For X," before a description by age, "it" after an organisation that is the sentence's subject, and
a "that" clause the parser hung on "a statement". Short texts written for the tests."""

from attribution_rows import sourced_speakers

import saywho


def test_a_name_closing_an_offices_of():
    text = ("Onion export ban\n\n"
            "Leader of the opposition Sunil Deshmukh said the state government had stayed silent while farmers lost "
            "money.\n\n"
            "\"This government talks about doubling farmers' income,\" Deshmukh told reporters.")
    assert [name for _, _, name in sourced_speakers(text)] == ["Sunil Deshmukh", "Sunil Deshmukh"]


def test_a_name_closing_an_offices_for():
    text = ("Wheat imports\n\n"
            "Federal Minister for National Food Security Sardar Tariq Mehmood defended the decision, saying the country "
            "could not afford another flour shortage.\n\n"
            "\"We are importing a small quantity,\" Mr Mehmood told a press conference.")
    assert sourced_speakers(text)[0][2] == "Tariq Mehmood"


def test_a_campaign_for_someone_is_not_that_person():
    text = "Campaign for Alvarez says she will recast her image\n\nThe race tightened this week."
    assert "Alvarez" not in {name for _, _, name in sourced_speakers(text)}


def test_a_wire_dateline_with_a_state_and_a_date():
    text = ("Chipmaker forecast disappoints\n\n"
            "SAN JOSE, California, March 12 (Reuters) - Corvane Systems forecast quarterly revenue below estimates on "
            "Wednesday, saying some of its largest customers had paused orders.")
    assert sourced_speakers(text)[0] == ("Corvane Systems", "saying", "Corvane Systems")


def test_a_person_called_by_the_first_word_of_the_name():
    text = ("Export levy\n\n"
            "The levy will rise next month, Coordinating Minister Rachmat Surjadi announced on Tuesday.\n\n"
            "Speaking at a press conference, Rachmat said the extra revenue was needed for biodiesel subsidies.")
    assert sourced_speakers(text)[-1][2] == "Rachmat Surjadi"


def test_the_finance_chief_beside_a_chief_executive_of_the_same_surname():
    text = ("Airline cuts forecast\n\n"
            "\"We were promised 20 aircraft,\" Chief Executive Conor Walsh told a news conference.\n\n"
            "Chief Financial Officer Aoife Walsh, who is not related to the chief executive, said fuel costs had "
            "risen. The finance chief said the airline had hedged most of its fuel needs.\n\n"
            "The chief executive dismissed the pilots' complaints.")
    speakers = {(source, name) for source, _, name in sourced_speakers(text)}
    assert ("The finance chief", "Aoife Walsh") in speakers and ("The chief executive", "Conor Walsh") in speakers


def test_a_person_brought_in_with_for_before_a_description_by_age():
    text = ("Rural emergency rooms\n\n"
            "For Walter MacIsaac, the numbers are personal. The 68-year-old retired lobsterman said he was driven "
            "an hour to the hospital last winter.")
    assert sourced_speakers(text)[-1][2] == "Walter MacIsaac"


def test_it_after_an_organisation_that_is_the_sentences_subject():
    text = ("Strike at car plant\n\n"
            "The Auto Workers' Guild said in a statement that management had refused to improve its offer, which "
            "it called \"an insult to the people who built this company.\"")
    assert sourced_speakers(text)[-1] == ("it", "called", "Auto Workers' Guild")


def test_a_that_clause_the_parser_hung_on_a_statement():
    text = ("Rural emergency rooms\n\n"
            "The health authority said in a statement that unplanned closures fell by 12 per cent in the first half "
            "of the year.")
    attribution = saywho.analyze(text, date="2024-05-01").attributions[0]
    assert (attribution.cue.text, attribution.content.text) == (
        "said in a statement", "that unplanned closures fell by 12 per cent in the first half of the year")
