"""An inverted aside, "X, said Y, Z" (s42): the parser made the fronted words the cue's subject and the speaker the
subject of the clause the aside interrupts, so "The contrast with Trump" was shown as the speaker. The speaker is
the one after the cue, and what was said is the two pieces around the aside."""

from attribution_rows import attribution_rows


def test_the_speaker_after_an_inverted_cue_is_the_source():
    text = "The contrast with Trump, said Doyle and others, would be clear since Trump has no former presidents by his side."
    assert attribution_rows(text, date="2016-07-08") == [
        ("indirect", "Doyle and others", "said",
         "The contrast with Trump … would be clear since Trump has no former presidents by his side",
         "Doyle and others")]


def test_a_described_speaker_keeps_the_comma_closing_the_description():
    text = "Part of the problem in detecting tunnels, say experts like Paul Bauman, a Canadian geophysicist, is the ground."
    assert attribution_rows(text, date="2016-09-03") == [
        ("indirect", "experts like Paul Bauman, a Canadian geophysicist,", "say",
         "Part of the problem in detecting tunnels … is the ground", "experts")]


def test_a_word_quoted_in_passing_in_the_fronted_words_stays_in_the_content():
    text = ("Any ''cleareyed'' reading of the minister's actions, said Michael Kofman, an expert on Russia at the Wilson "
            "Center, would see this as a retreat.")
    rows = attribution_rows(text, date="2016-09-06")
    assert rows[0] == ("indirect", "Michael Kofman, an expert on Russia at the Wilson Center,", "said",
                       "Any ''cleareyed'' reading of the minister's actions … would see this as a retreat",
                       "Michael Kofman")


def test_a_subject_with_its_own_aside_before_said_is_not_inverted():
    text = ("Aides to Gov. John Kasich, who had a long career in Congress, said their speeches, already full of "
            "references to security, would focus on it.")
    rows = attribution_rows(text, date="2015-11-17")
    assert rows[0][1] == "Aides to Gov. John Kasich, who had a long career in Congress,"


def test_a_person_introduced_with_a_role_before_said_is_the_speaker():
    """From a written trail round (bench/trail_rounds/tA, Morning Ledger on A2): "the girl" had been the speaker and
    the paediatrician what was said, so his later "Dr Okafor" was a person of its own across the trail."""
    text = ("Dr Samuel Okafor, chief of paediatrics at Port Averill General Hospital, said the girl, admitted on "
            "Saturday night with measles pneumonia, had been breathing on her own since Monday afternoon.")
    assert attribution_rows(text, date="2026-04-14") == [
        ("indirect", "Dr Samuel Okafor, chief of paediatrics at Port Averill General Hospital,", "said",
         "the girl, admitted on Saturday night with measles pneumonia, had been breathing on her own since Monday "
         "afternoon", "Samuel Okafor")]



def test_a_source_after_the_cue_still_says_after_an_introduced_name():
    """A review's texts: the noun after the cue is the one who says when it is a source's noun, a source described
    as unnamed on request, or a plural the clause's verb does not agree with."""
    rows = attribution_rows("Merkel, the former chancellor, said one official, who spoke on condition of anonymity, "
                            "has no plans to return to politics.", date="2026-03-01")
    assert rows[0][1] == "one official, who spoke on condition of anonymity,"
    rows = attribution_rows("And Erdogan, a former mayor of Istanbul, said diplomats, who have dealt with him for "
                            "years, never forgets a slight.", date="2026-03-01")
    assert rows[0][1] == "diplomats, who have dealt with him for years,"
    rows = attribution_rows("Angela Ruiz, a lawyer for the family, said the officers, who have not been named, "
                            "should face criminal charges.", date="2026-03-01")
    assert rows[0][1] == "Angela Ruiz, a lawyer for the family,"
