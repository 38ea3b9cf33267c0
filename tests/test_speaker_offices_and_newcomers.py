"""Speakers named at the end of an office's title, newcomers a description takes up, and kin named together
(noun_readings.name_closing_a_title, speaker_unnamed_leads.brought_in_unnamed and the leads of the sentence before,
name_cleaning.KIN_TOGETHER). Short articles written for these tests, with the exact speakers expected."""

from __future__ import annotations

from attribution_rows import speakers_with_naming as speakers

import saywho


def test_a_name_after_an_office_with_what_it_is_for():
    text = ("Lake report angers iwi\n\n"
            "The recommendations are not binding on the Crown. Minister for Treaty of Waitangi Negotiations Andrew "
            "Pryor said in a statement he would read the report in full.\n\n"
            "Minister of State for Foreign Affairs Anwar Gargash said the council would meet.\n")
    assert speakers(text) == [
        ("Minister for Treaty of Waitangi Negotiations Andrew Pryor", "Andrew Pryor", True),
        ("Minister of State for Foreign Affairs Anwar Gargash", "Anwar Gargash", True),
    ]


def test_a_name_after_an_office_of_two_places():
    text = ("Quota talks stall\n\n"
            "Newfoundland and Labrador Fisheries Minister Brenda Squires said the province had not been consulted.\n")
    assert speakers(text) == [("Newfoundland and Labrador Fisheries Minister Brenda Squires", "Brenda Squires", True)]


def test_not_the_name_whose_office_a_spokesperson_serves_nor_two_people():
    text = ("Senate delays vote\n\n"
            "A spokeswoman for Senate Majority Leader Mitch McConnell said he would act.\n\n"
            "House Speaker Paul Ryan and Senate Majority Leader Mitch McConnell said they would act.\n")
    assert [named for _, _, named in speakers(text)] == [False, False]


def test_not_one_word_the_model_cut_from_a_longer_name():
    # the model tags only "Awan"; "Malik Zaheer" before it are words of his name, not of the office
    text = ("Farmers protest\n\n"
            "In the Punjab Assembly, Leader of the Opposition Malik Zaheer Awan accused the government of "
            "\"surrendering Punjab's farmers to Islamabad\".\n")
    assert speakers(text) == [("Leader of the Opposition Malik Zaheer Awan", "Awan", True)]


def test_the_description_of_a_newcomer_is_not_the_name_it_described_before():
    text = ("Prize in turmoil\n\n"
            "Her agent, Rachel Dunmore, said her client would like the attention to be on the book.\n\n"
            "Others in the trade are less forgiving. A literary agent who has submitted books to the prize for more "
            "than a decade put it starkly. \"Prizes run on trust. This one has spent it,\" the agent said.\n")
    assert speakers(text) == [("Her agent, Rachel Dunmore,", "Rachel Dunmore", True),
                              ("the agent", "the agent", False)]


def test_the_description_of_someone_named_in_the_phrase_that_brought_them_in():
    text = ("Museum sale\n\n"
            "A spokesman for the museum, Tom Hale, said the paintings were safe. The spokesman added that no "
            "decision had been made.\n")
    assert speakers(text) == [("A spokesman for the museum, Tom Hale,", "Tom Hale", True),
                              ("The spokesman", "Tom Hale", True)]


def test_a_body_named_since_the_newcomer_of_its_kind():
    text = ("Plant chief jailed\n\n"
            "SEOUL (AP) — A South Korean court on Wednesday sentenced the head of a chemical company to four years "
            "in prison.\n\n"
            "The Suwon District Court found him guilty of violating the safety law. The court said in its ruling "
            "that he had ignored repeated warnings.\n")
    assert speakers(text)[-1] == ("The court", "Suwon District Court", True)


def test_one_of_the_audience_set_beside_a_description():
    text = ("Orchestra cuts anger players\n\n"
            "The orchestra's chief executive, Priya Raman, said the cuts were unavoidable. \"We have no choice,\" "
            "she said.\n\n"
            "Audiences have noticed too. One season-ticket holder, a retired nurse who has attended concerts since "
            "1990, has written to the board. \"I have never complained before. I am complaining now,\" she said.\n\n"
            "Another subscriber, a former accountant from Leeds, wrote to the newspaper last week. \"The board has "
            "lost its way,\" he said.\n")
    assert speakers(text)[2:] == [("she", "One season-ticket holder", False), ("he", "Another subscriber", False)]


def test_a_newcomer_the_parser_made_the_subject_of_a_clause_before_the_verb():
    text = ("Town waits for verdict\n\n"
            "The town's mayor, Giulia Mastroianni, said many residents still feared what would happen.\n\n"
            "A woman selling vegetables in the piazza, asked about the trial, shrugged. \"Trials end and the judges "
            "go home. The families stay here,\" she said.\n")
    assert speakers(text)[-1] == ("she", "A woman", False)


def test_kin_named_together_are_no_word_of_either_name():
    text = ("Playgrounds padlocked\n\n"
            "Brothers Dean and Craig Mullins, who run the youth football club, say the pitch has been fenced off "
            "too.\n\n"
            "\"We've got 60 kids training there twice a week,\" said Dean, 42.\n")
    # "Dean" alone names no one for certain (the lexicon holds no such first name); never "Brothers Dean"
    assert speakers(text) == [
        ("Brothers Dean and Craig Mullins, who run the youth football club,", "Brothers Dean and Craig Mullins", False),
        ("Dean, 42", "Dean", False)]


def test_a_he_opening_a_paragraph_after_a_relative_who_spoke():
    # the closing quotation mark and the paragraph's break are no sentence to take a subject from
    text = ("Rally draws crowds\n\n"
            "Brothers Dale and Kenny Mott, who farm soybeans near Agency, drove in together. Dale Mott said he was "
            "leaning toward Rutherford. His younger brother said he had come \"mostly for the show and the funnel "
            "cakes.\"\n\n"
            "\"I haven't decided anything, and I'm not going to decide in a parking lot,\" he said.\n")
    assert speakers(text)[-1] == ("he", "His younger brother", False)


def test_a_judge_spoken_of_by_the_benchs_style():
    text = ("Theft claim dismissed\n\n"
            "District Court Judge Marcus Pallister dismissed the claim on Friday. \"The evidence establishes "
            "carelessness, but it does not establish theft,\" his Honour wrote.\n")
    assert speakers(text)[-1] == ("his Honour", "Marcus Pallister", True)


def test_the_tabloids_kin_before_a_name_is_no_word_of_it():
    text = ("Killer freed on parole\n\n"
            "Mum Lorraine Pritchard, 58, said the decision was rubbish from start to finish. \"He's had seventeen "
            "years to learn the right words,\" she said.\n")
    assert speakers(text) == [("Mum Lorraine Pritchard, 58,", "Lorraine Pritchard", True),
                              ("she", "Lorraine Pritchard", True)]


def test_a_business_the_model_took_for_a_person_is_no_he():
    text = ("Brewery fire: live updates\n\n"
            "Calderbrook Brewery has confirmed that all eight members of staff on the early shift got out safely.\n\n"
            "One of them, who was in the building when the alarm sounded, told us he had seen smoke pouring out of "
            "the mill room. \"The alarm went and within two minutes you couldn't see your hand in front of you,\" he "
            "said.\n")
    assert speakers(text)[-1] == ("he", None, None)


def test_a_who_after_a_persons_home_town_is_the_person():
    text = ("Travel chaos on the Costa\n\n"
            "But one furious holidaymaker from Glasgow, who asked not to be named, blasted: \"Informed on arrival? "
            "That is a joke.\"\n")
    assert [(name, named) for _, name, named in speakers(text)] == [("one furious holidaymaker", False)]


def test_initials_of_a_name_with_an_owners_mark():
    text = ("Data breach\n\n"
            "The firm reported the breach to the Information Commissioner\u2019s Office on Monday.\n\n"
            "The ICO confirmed it had received a report and said it was making enquiries.\n")
    assert {name for _, name, _ in speakers(text)[1:]} == {"Information Commissioner\u2019s Office"}


def test_a_calling_before_a_first_name_is_no_word_of_the_name():
    text = ("Bride lost gown\n\n"
            "Chloe Marsh was due to wed fianc\u00e9 Danny Okoye three days later.\n\n"
            "Groom Danny Okoye, 33, insisted nobody noticed a thing. \"She looked absolutely stunning in it,\" he "
            "said.\n\n"
            "Nurse Tina Ward said the ward was full.\n")
    assert [name for _, name, _ in speakers(text)] == ["Danny Okoye", "Danny Okoye", "Tina Ward"]


def test_first_names_that_are_nouns_too_stay_names():
    text = ("Club in crisis\n\n"
            "Dean Ryan, the director of rugby, said the squad had let the supporters down. Fly-half Ryan Mills said "
            "the players knew it.\n\n"
            "\"We have to look at ourselves,\" Ryan said.\n")
    assert [name for _, name, _ in speakers(text)][0] == "Dean Ryan"


def test_a_first_name_also_written_as_a_surname_keeps_the_word_before_it():
    # "Dean" is a person's noun too, but "Drake" is Kelly Drake's surname: "Dean Drake" is her husband's name
    text = ("Holiday chaos\n\n"
            "Kelly Drake, 34, was due to fly to Tenerife with husband Dean and their kids.\n\n"
            "Dean Drake, 36, said the couple had already spent more than \u00a3200 on food.\n")
    assert speakers(text)[-1] == ("Dean Drake, 36,", "Dean Drake", True)


def test_a_newcomer_brought_in_as_an_object():
    text = ("Rent strike\n\n"
            "Rosa Ferreira, a retired bookkeeper, runs the strike table.\n\n"
            "The firm hired a lawyer last year. The lawyer said the strike was unlawful.\n")
    assert speakers(text)[-1] == ("The lawyer", "The lawyer", False)


def test_no_newcomer_where_a_name_stands_between():
    text = ("Carson campaign\n\n"
            "Carson campaign manager Barry Bennett has run the campaign since spring.\n\n"
            "A new campaign manager, Millis said, could set a new tone for the campaign.\n\n"
            "When the AP asked Bennett about the comments, the campaign manager said he needed to speak to the "
            "candidate first.\n")
    assert speakers(text)[-1] == ("the campaign manager", "Barry Bennett", True)


def test_kin_in_a_nickname_stays():
    text = ("Tax bill\n\n"
            "In avoiding tax, he is merely doing what Uncle Sam allows, the accountant said.\n")
    names = [entity.name for entity in saywho.analyze(saywho.Article(text=text, date="2026-11-20")).entities]
    assert "Sam" not in names


def test_not_the_one_an_adviser_serves():
    text = ("Brexit talks\n\n"
            "Adviser to Boris Johnson Dan Rosenfield said the talks would go on.\n\n"
            "Aide to Joe Biden said he was tired.\n")
    assert all(name not in {"Boris Johnson", "Joe Biden"} for _, name, _ in speakers(text))


def test_a_name_after_from_is_no_home_town():
    text = ("Derby win\n\n"
            "Marcus Rashford scored twice on Sunday, and there was a glowing tribute to the young striker from Alex "
            "Ferguson, who said he had never seen such talent.\n")
    assert speakers(text)[-1][1] == "Alex Ferguson"


def test_a_mayor_spoken_of_as_her_worship_is_no_judge():
    text = ("Council sworn in\n\n"
            "District Court Judge Marcus Pallister swore in the new council on Monday.\n\n"
            "Mayor Ann Dobbs promised to fix the roads. \"We will start with the potholes,\" her Worship said.\n")
    assert speakers(text)[-1][1] != "Marcus Pallister"


def test_a_clause_of_its_own_gives_no_lead():
    text = ("Library opens\n\n"
            "Mayor Jane Doe opened the new library on Saturday. When Doe cut the ribbon, among those watching was a "
            "retired nurse who had campaigned for it. \"It's wonderful,\" she said.\n")
    assert speakers(text)[-1][1] != "Jane Doe"

