"""Speakers named by what the text gave them (s54, second part): "the company" after a sentence that names a street
and a company; "the union" for the one union the article named; the first of two family names ("Alejandra Ruiz Meza"
is "Ruiz"); a "she" after what "the judge" did; an age description the parser hung on the verb after a curly closing
mark; a person's name set after an office's within one name the model read ("…’s Office, Brent Caldwell"); a King's
Counsel's letters after a name. Short texts written for the tests."""

from attribution_rows import speaker_names, speakers_with_naming


def test_the_company_is_the_company_named_before_not_the_street():
    text = ("Legionnaires' outbreak traced to cooling towers\n\n"
            "Health officials said all of the patients had spent time within a few blocks of Flinders Lane.\n\n"
            "One of the buildings under scrutiny, an office tower on Flinders Lane, is managed by Collins Property "
            "Group. The company said it had voluntarily shut down and disinfected its cooling system.")
    assert speaker_names(text)[-1] == ("Collins Property Group", True)


def test_the_union_is_the_one_union_the_article_named():
    text = ("Nurses strike over pay\n\n"
            "Rosalind Achterberg, the general secretary of the state Nurses and Midwives' Union, told the crowd the "
            "hospital had been short of at least 40 full-time nurses for most of the past year.\n\n"
            "Hospital managers said emergency wards would stay open.\n\n"
            "A patient in the waiting room said she had been there since dawn.\n\n"
            "The union said further stoppages at other hospitals could follow.")
    assert speaker_names(text)[-1] == ("Nurses and Midwives' Union", True)


def test_the_first_of_two_family_names_stands_for_the_person():
    text = ("Storm leaves three dead\n\n"
            "“We were expecting a strong storm,” said Alejandra Ruiz Meza, the state’s civil protection coordinator.\n\n"
            "Ruiz said three people had died.")
    assert speaker_names(text) == [("Alejandra Ruiz Meza", True), ("Alejandra Ruiz Meza", True)]


def test_a_she_after_what_the_judge_did_is_the_judge():
    text = ("Trial of officer adjourned\n\n"
            "Senior prosecution counsel Evans Omondi told Justice Rose Atieno that the prosecution would call 14 "
            "witnesses.\n\n"
            "The judge adjourned the hearing to November 6 and directed the prosecution to supply the defence with "
            "copies of all video evidence.\n\n"
            "“Both sides must have equal access to what this court will see,” she said.")
    assert speaker_names(text)[-1] == ("Rose Atieno", True)


def test_an_age_description_after_a_curly_closing_mark_frames_the_quotation():
    text = ("Trial of officer adjourned\n\n"
            "Outside the court, Ouma’s mother, Millicent Akinyi, 61, sat on a bench clutching a framed photograph of "
            "her son in his school uniform.\n\n"
            "“He was carrying a customer to the market. He was not a protester. He was working,” the 61-year-old said.")
    assert speaker_names(text) == [("Millicent Akinyi", True)]


def test_a_name_after_an_offices_name_is_the_spokespersons():
    text = ("Officer will not be charged\n\n"
            "A spokesman for the Maricopa County Attorney’s Office, Brent Caldwell, said prosecutors would review the "
            "case before deciding.")
    assert speaker_names(text) == [("Brent Caldwell", True)]


def test_a_kings_counsels_letters_are_no_surname():
    text = ("Athlete's appeal heard\n\n"
            "Jonathan Heald KC, for the athlete, said the whereabouts system was unfair.\n\n"
            "\"The system relies entirely on trust,\" Mr. Heald said.")
    assert speaker_names(text)[-1] == ("Jonathan Heald", True)  # the letters are no part of the name either (s56)


def test_a_body_named_after_a_place_is_not_another_body_of_that_place():
    text = ("Cocoa smuggling crackdown\n\n"
            "The Ondo State Police Command said it had arrested 23 suspects.\n\n"
            "Ondo State is the largest cocoa producer in the country.\n\n"
            "The Ondo State Government said it was working with cooperatives to register farmers.")
    assert speaker_names(text) == [("Ondo State Police Command", True), ("Ondo State Government", True)]


def test_madam_is_a_title_not_a_first_name():
    text = ("Twins go home\n\n"
            "Afia Serwaa, 29, a yam trader, gave birth to twins in March.\n\n"
            "\"My first baby came early too,\" Madam Serwaa said.")
    assert speaker_names(text)[-1] == ("Afia Serwaa", True)


def test_the_priest_is_the_one_the_text_calls_father():
    text = ("Parish mourns its coach\n\n"
            "Fr Eoin Kiely said the club had lost its heart.\n\n"
            "Players' parents lined the road to the church on Saturday.\n\n"
            "\"Timmy coached boys who went on to play for the county,\" the priest said.")
    assert speaker_names(text)[-1] == ("Eoin Kiely", True)


def test_the_one_woman_in_view_is_the_she_who_speaks_next():
    text = ("Water trucks for a fruit valley\n\n"
            "Felipe Errazuriz, who runs the largest avocado farm, said he had done nothing wrong.\n\n"
            "For Marcela Vidal, the mayor of San Esteban, the numbers only confirm what her office sees every day.\n\n"
            "\"We are a town that grows fruit for half the world,\" she said.")
    assert speaker_names(text)[-1] == ("Marcela Vidal", True)


def test_an_age_set_beside_a_name_with_the_is_that_persons():
    text = ("Trials\n\n"
            "Chiamaka Obi came from behind to beat Grace Ayodele, the 31-year-old who has won four national titles.\n\n"
            "The 31-year-old confirmed she would be part of the relay squad.")
    rows = speakers_with_naming(text)
    assert rows[-1][1:] == ("Grace Ayodele", True)
