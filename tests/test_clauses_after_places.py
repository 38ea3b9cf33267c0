"""Who said what where the parser hung it on something else (s48): what was told, where the clause hangs on the place
it was told at ("told reporters outside the courthouse that …", clauses_after_occasions.PLACES); who asks, where the
asking follows the time spent on it ("teachers spent much of every class asking students to …", after a quotation
too: source_shapes.TIME_SPENDING_LEMMAS, subject_shapes.inverted_after_a_quotation); and who said it, where a
description by age stands for the person named just before ("the 27-year-old said", aged_subject_before). Written
for the test, from short news articles read as a fact-checker would."""

from attribution_rows import attribution_rows, speakers_with_naming


def test_told_reporters_outside_the_courthouse_that():
    text = ("Kelly's lawyer, Michael Critchley, told reporters outside the courthouse that his client had been made a "
            "scapegoat.")
    assert attribution_rows(text) == [("indirect", "Kelly's lawyer, Michael Critchley,", "told",
                                       "that his client had been made a scapegoat", "Michael Critchley")]


def test_who_spends_the_time_asks():
    text = "She told the board that teachers spent much of every class asking students to put their phones away."
    assert attribution_rows(text)[1] == ("indirect", "teachers", "asking", "students to put their phones away",
                                         "teachers")


def test_no_speaker_follows_an_ing_after_a_quotation():
    text = ("The superintendent told the board that teachers spent \"an enormous share of every class\" asking "
            "students to put their phones away.")
    assert attribution_rows(text)[1] == ("indirect", "teachers", "asking", "students to put their phones away",
                                         "teachers")


def test_a_description_by_age_is_the_person_named_before():
    text = ("Simone Manuel, the first Black woman to win an individual Olympic swimming gold medal, announced her "
            "retirement on Monday.\n\n"
            "In a video posted to Instagram, the 27-year-old said she had been struggling with her health for several "
            "years.")
    assert speakers_with_naming(text)[-1] == ("the 27-year-old", "Simone Manuel", True)


def test_a_subject_read_as_the_verbs_object():
    text = "He said the benefit, while real, might be too small for patients to notice."
    assert attribution_rows(text) == [("indirect", "He", "said",
                                       "the benefit, while real, might be too small for patients to notice", None)]


def test_a_relative_clause_after_the_occasion_is_no_part_of_the_cue():
    text = "\"We are working around the clock,\" CDK said in the email, which was reviewed by The New York Times."
    assert attribution_rows(text) == [("direct", "CDK", "said in the email", "\"We are working around the clock,\"",
                                       "CDK")]


def test_a_dateline_with_an_apostrophe_is_no_part_of_what_was_said():
    text = ("Island nation declares state of emergency as drought worsens\n\n"
            "NUKU'ALOFA, Tonga — The government of Tonga declared a state of emergency on Thursday as the worst drought "
            "in decades left villages without drinking water, officials said.")
    assert attribution_rows(text)[-1:] == [("indirect", "officials", "said",
                                       "The government of Tonga declared a state of emergency on Thursday as the worst "
                                       "drought in decades left villages without drinking water", "officials")]


def test_a_quoted_adjective_read_as_the_predicate_still_has_its_object():
    text = "The attorney general, Austin Knudsen, has called the earlier ruling \"absurd.\""
    assert attribution_rows(text) == [("indirect", "The attorney general, Austin Knudsen,", "has called",
                                       "the earlier ruling \"absurd.\"", "Austin Knudsen")]


def test_a_lawsuit_that_says_is_no_inverted_aside():
    text = ("The lawsuit, filed Wednesday in Davidson County Chancery Court, says the manager, Chris Kappy, forged the "
            "singer's signature on at least a dozen checks.")
    assert attribution_rows(text) == [("indirect", "The lawsuit, filed Wednesday in Davidson County Chancery Court,",
                                       "says", "the manager, Chris Kappy, forged the singer's signature on at least a "
                                       "dozen checks", "The lawsuit")]


def test_the_accused_is_not_who_accuses():
    text = ("The aide, Thomas Reece, 52, is accused of photographing pages of the report in a secure room, according to "
            "the indictment.")
    assert [(row[1], row[2]) for row in attribution_rows(text)] == [("the indictment", "according to")]


def test_what_the_residents_in_the_zones_are_urged_to_do():
    text = "Gov. Ron DeSantis urged residents in evacuation zones to leave immediately."
    assert attribution_rows(text) == [("indirect", "Gov. Ron DeSantis", "urged",
                                       "residents in evacuation zones to leave immediately", "Ron DeSantis")]


def test_a_live_blogs_time_stamp_is_no_part_of_what_was_said():
    text = ("Live updates: Storm batters coast\n\n"
            "9:30 a.m. — A man in Tampa was killed when a tree fell on his car, police said. His name was not released.")
    assert attribution_rows(text)[-1] == ("indirect", "police", "said",
                                          "A man in Tampa was killed when a tree fell on his car", "police")
