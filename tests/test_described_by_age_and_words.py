"""Speakers described rather than named (s49, second round): "the 45-year-old" is the one person the text gave that age
(speaker_ages); "The 27-year-old" after "A 27-year-old woman" is that woman, and "she" goes on as her; "The former
executive" is the unnamed one brought in as "a former executive", not the company's chief executive; "the Kansan" and
"The Scot" are described, not named; a quotation that opens "She was …" speaks of the sentence before's subject, who is
not the one speaking; "Sir Geoffrey" is Sir Geoffrey Lanning; police ranks are titles. Written for the test, from short
news articles read as a fact-checker would."""

from attribution_rows import speakers_with_naming, written_article


def test_the_45_year_old_is_the_one_given_that_age():
    text = ("Gemma Routledge, 45, a ward sister on the hospital's acute medical unit, said she regularly finished shifts "
            "without a break.\n\n"
            "Her colleague Aisha Benn, who has worked in the emergency department for twelve years, said several nurses "
            "had left. \"The ones who stay are exhausted,\" she said.\n\n"
            "The 45-year-old said she had raised the problem with managers repeatedly. \"Everyone agrees with you in the "
            "meeting,\" she said. \"Then nothing changes.\"")
    assert speakers_with_naming(text)[-2:] == [("The 45-year-old", "Gemma Routledge", True),
                                               ("she", "Gemma Routledge", True)]


def test_the_27_year_old_woman_goes_on():
    text = ("A 27-year-old woman who asked that her name not be used said she had already made two trips for checkups.\n\n"
            "Dr. Lorraine Baptiste, the state's health commissioner, has not replied to a letter from local doctors.\n\n"
            "The 27-year-old said she had packed a bag and kept it in her car since her sixth month. \"Blankets, towels, "
            "a pair of scissors,\" she said.")
    assert speakers_with_naming(text)[-2:] == [("The 27-year-old", "A 27-year-old woman", False),
                                               ("she", "A 27-year-old woman", False)]


def test_the_former_executive_is_not_the_chief_executive():
    text = ("Nadia Farouk, the company's chief executive, wrote in an online post on Wednesday that she was heartbroken.\n\n"
            "According to a former executive, Omar Farouk pushed for an aggressive expansion into eleven new cities.\n\n"
            "The former executive, who asked not to be named because of a confidentiality agreement, said the board had "
            "approved every step. \"Everyone could see the numbers,\" the former executive said.")
    rows = speakers_with_naming(text)
    assert [row for row in rows if row[1] == "Nadia Farouk"] == [("Nadia Farouk, the company's chief executive,",
                                                                  "Nadia Farouk", True)]
    assert rows[-1] == ("the former executive", "a former executive", False)


def test_the_kansan_is_described_not_named():
    text = ("Sen. Walter Pruett of Kansas, the senior Republican on the Agriculture Committee, said the old deal was "
            "simple.\n\n"
            "\"I've been told a lot of things are impossible in this building,\" the Kansan said.")
    assert speakers_with_naming(text)[-1][1:] != ("Kansan", True)


def test_a_quotation_about_her_is_not_hers():
    rows = speakers_with_naming(written_article("basketball-report.txt"))
    assert ("she", "Patricia Keane", True) in rows
    assert [row for row in rows if row[1] == "Tasha Moreland"] == []


def test_sir_geoffrey_and_a_chief_constable():
    text = ("The inquiry chairman, Sir Geoffrey Lanning, a retired High Court judge, found that engineers had identified "
            "corrosion in 2016.\n\n"
            "\"The people of Dunmore were failed,\" Sir Geoffrey said.\n\n"
            "Chief Constable Rachel Ainsworth of Cumbria Constabulary said the force would study the report.")
    assert [row[1] for row in speakers_with_naming(text)] == ["Geoffrey Lanning", "Geoffrey Lanning", "Rachel Ainsworth"]


def test_who_says_after_a_dateline():
    text = ("RANGOON, Burma - Aung San Suu Kyi's political allies on Monday predicted an overwhelming victory in Burma's "
            "elections.")
    assert speakers_with_naming(text) == [("Aung San Suu Kyi's political allies", "Aung San Suu Kyi's political allies",
                                           False)]


def test_a_quotation_after_a_m_opens_its_sentence():
    text = ("Chief Inspector Rosalind Hart said at least three people had entered through a ground-floor window shortly "
            "after 3 a.m. \"This was not opportunistic,\" she said.")
    from attribution_rows import attribution_rows
    assert [(row[1], row[3]) for row in attribution_rows(text)][-1] == ("she", "\"This was not opportunistic,\"")
