"""What was said where the small parser splits or misplaces it (s50): a subject it made the verb's object ("said a
pilot program … saw"), a second verb of saying whose subject would be a thing ("said the decision was ridiculous and
claimed"), an adjective's clause hung on the verb ("were “delighted” the portrait would stay"), a "that" clause hung on
a phrase of time ("replied the same day that"), a dateline's agency taken for the subject, and a noun read as a verb
("an emissions report the company submitted"). Written for the test."""

from attribution_rows import attribution_rows


def test_the_subject_the_parser_made_an_object():
    rows = attribution_rows("Achterberg said a pilot program at the library's south branch last year saw return rates "
                            "rise by 4%.")
    assert [row[1:4] for row in rows] == [
        ("Achterberg", "said", "a pilot program at the library's south branch last year saw return rates rise by 4%")]


def test_a_second_verb_of_saying_is_the_sayers_not_the_decisions():
    rows = attribution_rows("Coldwell, 58, who has trained the horse since he was a yearling, said the decision was "
                            "‘ridiculous’ and claimed the stewards had ignored the realities of a close finish.")
    assert [(row[1], row[2], row[3]) for row in rows][-1] == (
        "Coldwell, 58,", "claimed", "the stewards had ignored the realities of a close finish")


def test_the_clause_of_an_adjective_in_quotation_marks():
    rows = attribution_rows("A spokesperson for the Aldridge family said they were \"delighted\" the portrait would "
                            "stay in the country.")
    assert [row[3] for row in rows] == ["they were \"delighted\" the portrait would stay in the country"]


def test_a_that_clause_after_a_phrase_of_time():
    rows = attribution_rows("The agency's chief scientist, Dr Evelyn Hatch, replied the same day that the agency's "
                            "independence required it to publish on its normal schedule.")
    assert [row[2:4] for row in rows] == [
        ("replied", "that the agency's independence required it to publish on its normal schedule")]


def test_the_agency_of_a_dateline_is_not_the_court():
    text = ("Pakistan’s top court restores Balochistan chief minister, overturning disqualification\n\n"
            "ISLAMABAD, March 5 (South Asia Wire) – Pakistan’s Supreme Court on Tuesday overturned the disqualification "
            "of Balochistan’s chief minister over undeclared property abroad, ruling that an election tribunal had "
            "exceeded its powers when it removed him from office in November.")
    assert [(row[1], row[4]) for row in attribution_rows(text)] == [("Pakistan’s Supreme Court", "Supreme Court")]


def test_a_first_name_the_model_took_for_a_place():
    rows = attribution_rows("Police spokeswoman Dorcas Mwende Otieno denied the allegation.")
    assert [row[4] for row in rows] == ["Dorcas Mwende Otieno"]


def test_a_noun_the_parser_read_as_a_verb_reports_nothing():
    rows = attribution_rows("Commission chair Eleanor Voss said the panel needed more time to review a radio-frequency "
                            "emissions report the company submitted two days before the meeting.")
    assert [row[2] for row in rows] == ["said"]
