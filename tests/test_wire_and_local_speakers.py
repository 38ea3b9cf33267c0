"""Speakers of local news and wire copy (s50): a pupil brought in as "One, a 17-year-old junior", a pensioner whose
quotation stands between him and his "he said", someone a quotation speaks of, a "who" after a school, an organisation
named in apposition to what it makes, a quotation in another actor's clause, nationalities in descriptions, a name of
a first name no list holds, "Sheikh" before a first name, and Spanish double surnames. Written for the test, from
short news articles read as a fact-checker would."""

from attribution_rows import attribution_rows, speakers_with_naming


def test_one_brought_in_with_an_apposition_goes_on_speaking():
    text = ("\"I'd ask her where she'd find that money instead,\" board president Janet Holcomb said.\n\n"
            "Several students attended the meeting. One, a 17-year-old junior who asked that her name not be used, said "
            "she had been suspended five times before transferring.\n\n"
            "\"I have a 3.2 now,\" she said. \"I never had anything above a 1.9 before.\"")
    assert speakers_with_naming(text)[-1] == ("she", "One, a 17-year-old junior", False)


def test_only_his_quotation_stands_between_the_pensioner_and_his_he():
    text = ("State Senator Duane Kessler said the cap would starve rural schools.\n\n"
            "Outside a grocery store on Wednesday, a 68-year-old retired postal worker said his tax bill had gone up by "
            "nearly $1,900 in five years.\n\n"
            "\"I'm not against schools. I'm against losing my house,\" he said.")
    assert speakers_with_naming(text)[-1] == ("he", "a 68-year-old retired postal worker", False)


def test_the_mother_a_quotation_speaks_of_is_not_its_speaker():
    text = ("The couple's daughter, Ellen Haskins-Moore, said outside the courthouse that her family did not want "
            "vengeance.\n\n"
            "\"My mother taught fourth grade in this county for 34 years. She taught the parents of kids his age,\" she "
            "said.")
    assert speakers_with_naming(text)[-1] == ("she", "Ellen Haskins-Moore", True)


def test_who_after_a_school_is_the_teacher():
    text = ("Not all teachers were satisfied. A 34-year-old math teacher at Calder Springs Middle School, who asked not "
            "to be named, said she planned to vote against ratification.")
    assert [row[:2] for row in speakers_with_naming(text)] == [
        ("who", "A 34-year-old math teacher"),
        ("A 34-year-old math teacher at Calder Springs Middle School, who asked not to be named,",
         "A 34-year-old math teacher")]


def test_the_maker_named_in_apposition_to_what_it_makes():
    text = ("A field study found the insecticide slowed bumblebee colonies.\n\n"
            "The manufacturer of flupyradin, Calder Agrosciences, disputed the findings.")
    assert speakers_with_naming(text)[-1] == (
        "The manufacturer of flupyradin, Calder Agrosciences,", "Calder Agrosciences", True)


def test_a_quotation_in_another_actors_clause_is_not_the_first_speakers():
    text = ("The fight had turned personal in recent weeks. Drury posted a series of messages on X mocking the "
            "company's latest advertising campaign, and Meridale filed a presentation with regulators describing "
            "Coldharbor's plan as \"short-term financial engineering.\"")
    rows = attribution_rows(text)
    assert all("engineering" not in row[3] for row in rows if row[4] == "Drury")


def test_the_senegalese_minister_is_not_the_kenyan_one():
    text = ("Senegal's Foreign Minister Aminata Diallo Ndiaye said her country supported the force in principle.\n\n"
            "Kenya's defence minister, Grace Wanjiru Kamau, argued the opposite in a speech to the closed session.\n\n"
            "Speaking to reporters afterwards, the Senegalese minister said the disagreement was about the method of "
            "financing, not about solidarity.")
    assert speakers_with_naming(text)[-1] == ("the Senegalese minister", "Aminata Diallo Ndiaye", True)


def test_the_french_government_is_not_the_european_union():
    text = ("MONTEVIDEO, Dec 6 (Atlantic Newswire) - The European Union and the South American bloc Mercosur announced on "
            "Friday that they had concluded negotiations on a free trade agreement.\n\n"
            "The French government said in a statement that the agreement remained unacceptable in its current form. It "
            "said Paris would work with Poland and other member states to build a blocking minority when the text comes "
            "before EU governments.")
    assert speakers_with_naming(text)[-2][:2] == ("The French government", "The French government")
    assert "European Union" not in [row[1] for row in speakers_with_naming(text)]


def test_a_name_between_commas_after_a_ministers_office():
    text = ("Nigeria's Minister of State for Foreign Affairs, Chukwuemeka Obi-Nnadi, said in a post on X that Abuja "
            "would host an extraordinary meeting on the standby force in July.")
    assert speakers_with_naming(text) == [
        ("Nigeria's Minister of State for Foreign Affairs, Chukwuemeka Obi-Nnadi,", "Chukwuemeka Obi-Nnadi", True)]


def test_sheikh_before_a_first_name():
    text = ("The deal was signed in Doha by Qatar's Minister of State for Foreign Trade, Sheikh Mansour bin Jassim "
            "al-Kuwari.\n\n"
            "Sheikh Mansour said the agreement would help Qatar diversify its economy.")
    assert speakers_with_naming(text)[-1] == ("Sheikh Mansour", "Mansour bin Jassim al-Kuwari", True)


def test_the_first_of_two_spanish_surnames():
    text = ("Rosa Quispe held a razor-thin lead over conservative businessman Rodrigo Alarcón de la Puente in Peru's "
            "presidential runoff on Monday.\n\n"
            "Alarcón, 61, said at a hotel in Lima that his campaign had found irregularities at more than 800 polling "
            "stations.")
    assert speakers_with_naming(text)[-1] == ("Alarcón, 61,", "Rodrigo Alarcón de la Puente", True)


def test_the_pole_is_described_not_named():
    text = ("Security staff had to separate Tyrell Osgood and Bartosz Wilk on Thursday after a press conference turned "
            "into a shoving match.\n\n"
            "Speaking through an interpreter, the Pole said Osgood had been disrespecting his family for weeks.")
    assert speakers_with_naming(text)[-1][1:] == ("the Pole", False)


def test_a_name_set_beside_the_orchestra_is_its_conductors():
    text = ("The chief conductor of the Northern Philharmonia, Anders Lindqvist, resigned on Monday, saying he could no "
            "longer lead an orchestra that was being hollowed out by cuts.")
    assert speakers_with_naming(text) == [
        ("The chief conductor of the Northern Philharmonia, Anders Lindqvist,", "Anders Lindqvist", True)]


def test_a_hearings_turns_quoted_after_the_speakers_names():
    text = ("Under questioning from the committee's chairwoman, Representative Gail Sutter, Jared Whitaker acknowledged "
            "that he never saw the envelopes himself.\n\n"
            "Sutter: \"So everything you know about these payments, you know from Mr. Pryce?\"\n\n"
            "Whitaker: \"Yes, ma'am. From Colin.\"")
    assert speakers_with_naming(text)[-2:] == [("Sutter", "Gail Sutter", True), ("Whitaker", "Jared Whitaker", True)]


def test_an_analyst_of_a_firm_the_model_took_for_one():
    text = ("Not every analyst was as gloomy. Marcus Feld of Orrin & Byrne said the company had a strong order book. "
            "\"This is a cyclical air pocket, not a structural problem,\" he wrote in a note to clients.")
    assert [row[1] for row in speakers_with_naming(text)] == ["Marcus Feld", "Marcus Feld"]


def test_a_name_beside_a_role_that_is_no_source():
    text = ("Orvanta's president for North America, Dominic Reyes, addressed customers in a video posted on the "
            "company's website. \"You trusted us with your families,\" he said.")
    assert speakers_with_naming(text)[-1] == ("he", "Dominic Reyes", True)
