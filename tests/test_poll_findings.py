"""A standing in a poll (issue 12, s32): "he fell to 10 percent in the latest Tribune poll". The poll is the source,
"in" the cue and the clause without the phrase the content, as PolNeAR marks a poll's finding; the writer's words after
a comma are not the poll's. Polls at large ("Okafor leads in the polls", "in national polls") are the writer's summary,
no one's finding (s40). A description in a relative clause ("who
is third in many city polls") stays part of the source of the sentence's own attribution. What a poll, a paper or an
inquiry found is its finding ("found Ms. Okafor about even with …"); what the police found is not. Sentences written
for the tests; each expected value is exact."""

from attribution_rows import attribution_rows

TEXT = ("Mayor Ruth Okafor has a decisive lead in the polls ahead of the May 3 primary.\n\n"
        "Dale Lund once drew close to Okafor in local polls. But he fell to 10 percent in the latest Tribune poll "
        "released Wednesday, a collapse driven by a string of gaffes.\n\n"
        "Lund, who is third in many city polls, stressed the budget at a rally on Monday.")


def test_a_standing_in_one_poll_is_its_finding():
    assert attribution_rows(TEXT, date="2016-04-05") == [
        ("indirect", "the latest Tribune poll released Wednesday", "in", "he fell to 10 percent",
         "the latest Tribune poll"),
        ("indirect", "Lund", "stressed", "the budget", "Dale Lund"),
    ]


def test_polls_at_large_are_the_writers_summary_and_polls_singled_out_are_sources():
    text = ("Mayor Okafor leads Dale Lund in national polls by four points. Lund has slipped in most surveys.\n\n"
            "Okafor is ahead in exit polls. Lund was even with her in January polls. "
            "Okafor has gained in the most recent polls. Lund trails Okafor in polls from the Tribune.")
    assert [(row[1], row[3]) for row in attribution_rows(text, date="2016-04-05")] == [
        ("exit polls", "Okafor is ahead"),
        ("January polls", "Lund was even with her"),
        ("the most recent polls", "Okafor has gained"),
        ("polls from the Tribune", "Lund trails Okafor"),
    ]


def test_a_report_or_survey_in_which_something_was_said_is_no_finding():
    text = "The senator said in a survey of members that the plan would pass. Ms. Okafor spoke in a report on Monday."
    assert [row[2] for row in attribution_rows(text, date="2016-04-05")] == ["said"]


def test_what_a_poll_or_a_study_found_is_its_finding():
    text = ("A Tribune poll this month found Mayor Ruth Okafor about even with Dale Lund citywide.\n\n"
            "One influential 2009 paper found improvements in fourth-grade math scores.\n\n"
            "The police found the car in a ditch on Monday.")
    assert attribution_rows(text, date="2016-04-05") == [
        ("indirect", "A Tribune poll", "found", "Mayor Ruth Okafor about even with Dale Lund citywide", "A Tribune poll"),
        ("indirect", "One influential 2009 paper", "found", "improvements in fourth-grade math scores",
         "One influential 2009 paper"),
    ]


def test_polls_showing_a_standing_are_its_source_not_the_sentences_subject():
    text = "Despite polls showing her well behind, Mayor Ruth Okafor campaigned hard in the city."
    assert attribution_rows(text, date="2016-04-05") == [("indirect", "polls", "showing", "her well behind", "polls")]


def test_an_opening_poll_frames_a_sentence_the_parser_gave_no_subject():
    # The small parser makes "conducted" (or "percent") the sentence's root; the finding starts after the phrase's
    # comma, past the poll's own participle.
    text = ("In the new Harbor Research poll, conducted May 2-4, 40 percent of likely voters back Okafor.\n\n"
            "In the most recent Tribune/Channel 9 survey, 71 percent of Lund supporters approved of the mayor.")
    assert attribution_rows(text, date="2016-05-06") == [
        ("indirect", "the new Harbor Research poll", "In", "40 percent of likely voters back Okafor",
         "the new Harbor Research poll"),
        ("indirect", "the most recent Tribune/Channel 9 survey", "In",
         "71 percent of Lund supporters approved of the mayor", "the most recent Tribune/Channel 9 survey"),
    ]


def test_a_finding_that_quotes_words_in_passing_is_still_the_polls():
    text = "In a September Tribune poll, 75 percent of voters said \"most people at city hall\" can't be trusted."
    assert attribution_rows(text, date="2016-04-05")[0] == \
        ("indirect", "a September Tribune poll", "In",
         "75 percent of voters said \"most people at city hall\" can't be trusted", "a September Tribune poll")
