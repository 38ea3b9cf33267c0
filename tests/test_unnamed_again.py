"""Unnamed speakers taken up again (s48): "The official said" after "A police official … said" is that official, and
"He" after "An Egyptian official, speaking on condition of anonymity, said" is the official where no name fits
(speaker_unnamed_leads.described_again, unnamed_lead); "The group" after "The Heritage Foundation, a conservative
think tank," is the foundation (organisation_kinds.ANY_ORGANISATION). Written for the test, from short news articles
read as a fact-checker would."""

from attribution_rows import speakers_with_naming


def test_the_official_is_the_official_brought_in_before():
    text = ("Police detained the opposition leader at his home, according to party spokesman Zahir Uddin Swapan.\n\n"
            "A police official, who spoke on the condition that he not be named, said the leader was wanted in "
            "connection with violence at a protest last month. The official said more arrests were likely.")
    assert speakers_with_naming(text)[1:] == [
        ("A police official, who spoke on the condition that he not be named,", "A police official", False),
        ("The official", "A police official", False)]


def test_he_after_an_anonymous_official():
    text = ("CAIRO — Negotiations on a ceasefire in Gaza stalled on Sunday, with Hamas and Israel each accusing the other "
            "of adding new conditions, according to two officials briefed on the talks.\n\n"
            "A senior Hamas official, Osama Hamdan, told reporters in Beirut that the group would not accept any deal "
            "that did not include a full Israeli withdrawal. \"We have shown flexibility. The occupation has shown "
            "none,\" he said.\n\n"
            "Israeli Prime Minister Benjamin Netanyahu's office said in a statement that Hamas had \"rejected every "
            "reasonable proposal.\" The statement did not say what Israel had offered.\n\n"
            "An Egyptian official, speaking on condition of anonymity because he was not authorized to discuss the "
            "talks, said mediators would meet again in Cairo later in the week. He said the gaps were \"narrower than "
            "the public statements suggest.\"")
    assert speakers_with_naming(text)[-2:] == [("An Egyptian official", "An Egyptian official", False),
                                               ("He", "An Egyptian official", False)]


def test_the_group_is_the_think_tank_named_before():
    text = ("The Heritage Foundation, a conservative think tank, urged lawmakers to reject the bill. The group said in "
            "a statement that the measure \"fails to end catch and release.\"")
    assert speakers_with_naming(text) == [("The Heritage Foundation, a conservative think tank,", "Heritage Foundation", True),
                                          ("The group", "Heritage Foundation", True)]


def test_he_after_a_sentence_led_by_a_name_of_unknown_gender():
    text = ("\"We just kept believing,\" Hurts said.\n\n"
            "Eagles coach Nick Sirianni praised his offensive line. Asked about the winning run, he said it was a play "
            "the team had practiced all week.\n\n"
            "Cowboys quarterback Dak Prescott threw for 274 yards and two touchdowns. He said afterward that the loss "
            "\"stings, but it doesn't define us.\"")
    assert speakers_with_naming(text)[-1] == ("He", "Dak Prescott", True)


def test_the_juror_is_the_one_juror_before():
    text = ("One juror, who asked not to be named, said the panel had been swayed by emails. \"It was all in writing,\" "
            "the juror said.")
    assert speakers_with_naming(text)[-1] == ("the juror", "One juror", False)


def test_mr_is_not_the_daughter_who_shares_the_surname():
    text = ("Ahmad Jamal, the pianist and composer whose spare, elegant style influenced Miles Davis, died on Sunday. "
            "He was 92.\n\n"
            "His daughter, Sumayah Jamal, said the cause was prostate cancer.\n\n"
            "Mr. Jamal was best known for his 1958 album. Mr. Jamal himself was more modest. \"I am just a servant of "
            "the music,\" he said in a 2014 interview.")
    assert speakers_with_naming(text)[-1] == ("he", "Ahmad Jamal", True)


def test_the_pontiff_after_a_dateline_and_the_pope():
    text = ("VATICAN CITY — Pope Francis used his Christmas Day address on Monday to call for an end to the wars in Gaza "
            "and Ukraine.\n\n"
            "Speaking from the central balcony of St. Peter's Basilica, the 87-year-old pontiff said his heart was with "
            "the victims of the conflicts.\n\n"
            "The pope also mentioned the suffering of people in Sudan, Myanmar and Haiti.")
    assert speakers_with_naming(text) == [("the 87-year-old pontiff", "Pope Francis", True),
                                          ("The pope", "Pope Francis", True)]


def test_the_authority_is_the_canal_authority():
    text = ("PANAMA CITY — The Panama Canal Authority said on Wednesday that it would further reduce the number of ships "
            "allowed to pass through the waterway each day.\n\n"
            "The canal will allow 24 crossings a day starting next month, down from 32, the authority said.")
    assert speakers_with_naming(text)[-1] == ("the authority", "Panama Canal Authority", True)


def test_the_champion_by_his_count_of_titles():
    text = ("PARIS — Rafael Nadal withdrew from the French Open on Thursday, saying a hip injury had not healed in time.\n\n"
            "\"I am not able to be ready,\" the 14-time champion told reporters at his academy in Mallorca.")
    assert speakers_with_naming(text)[-1] == ("the 14-time champion", "Rafael Nadal", True)


def test_she_said_after_what_an_unnamed_spokeswoman_said():
    text = ("\"No amount of money will bring Jonathan back,\" said his mother, Diane Whitlock.\n\n"
            "A spokeswoman for the Sheriff's Department said the department had since installed new monitoring "
            "systems. County supervisors approved the settlement in a closed session, she said.")
    assert speakers_with_naming(text)[-1] == ("she", "A spokeswoman", False)


def test_a_headlines_bare_description_leaves_the_general_taken_up():
    text = ("Retired general warns of risks in troop withdrawal\n\n"
            "A retired four-star general who commanded U.S. forces in Afghanistan warned on Tuesday that a rapid "
            "withdrawal of American troops from Syria could allow the Islamic State to regroup.\n\n"
            "\"ISIS is down, but it is not out,\" the general said.")
    assert speakers_with_naming(text)[-1] == ("the general", "A retired four-star general", False)


def test_the_company_is_no_commission():
    text = ("The California Public Utilities Commission must still approve the plan. If it does, PG&E would move about "
            "1,200 miles of lines underground, the company said.")
    assert speakers_with_naming(text)[-1] == ("the company", "PG&E", True)


def test_she_goes_on_after_the_girl_no_name_was_found_for():
    text = ("Her father, Sivanandan Velayutham, said she had taught herself the game during the pandemic.\n\n"
            "The girl, who attends a primary school in Harrow, said she wanted to become a grandmaster. She said her "
            "favorite player was Magnus Carlsen.")
    assert speakers_with_naming(text)[-2:] == [("The girl, who attends a primary school in Harrow,", "The girl", False),
                                               ("She", "The girl", False)]


def test_a_federal_corporation_is_an_agency():
    text = ("The Federal Deposit Insurance Corporation said all depositors would be protected. The agency estimated that "
            "the failure would cost its insurance fund about $13 billion.")
    assert speakers_with_naming(text)[-1] == ("The agency", "Federal Deposit Insurance Corporation", True)
