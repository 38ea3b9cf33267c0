"""A speaker's aside the parser read as the clause the cue reports, and a closing frame it coordinated with the clause
before (s42): the subject with its aside is who speaks, and what follows the cue, or precedes the frame, is said."""

from attribution_rows import attribution_rows


def test_a_relative_clause_read_as_the_reported_clause_stays_with_its_subject():
    text = ("One attendee, who like others spoke on the condition of anonymity to discuss the private meeting, said the "
            "message was that \"this is not going to be over in February or March.\"")
    assert attribution_rows(text, date="2016-01-24") == [
        ("partial", "One attendee, who like others spoke on the condition of anonymity to discuss the private meeting,",
         "said", "the message was that \"this is not going to be over in February or March.\"", "One attendee")]


def test_a_speaker_set_off_after_an_adverb_is_the_subject():
    text = ("Sanders, meanwhile, who sits at zero such endorsements, said that fact speaks volumes about which of the two "
            "candidates is \"prepared to take on the establishment.\"")
    rows = attribution_rows(text, date="2015-11-09")
    assert rows[0][:4] == ("partial", "Sanders", "said",
                           "that fact speaks volumes about which of the two candidates is \"prepared to take on the "
                           "establishment.\"")


def test_a_closing_said_coordinated_with_the_clause_before_reports_it():
    text = ("In nearby Decatur, the big steel plant is hanging on, but it is under intense pressure from Asian imports, "
            "said the company's chief executive, John J. Ferriola.")
    rows = attribution_rows(text, date="2016-04-27")
    assert rows == [("indirect", "the company's chief executive, John J. Ferriola", "said",
                     "In nearby Decatur, the big steel plant is hanging on, but it is under intense pressure from Asian "
                     "imports", "John J. Ferriola")]
