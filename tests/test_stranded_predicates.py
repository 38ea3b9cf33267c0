"""A reported subject's own verb, which the parser hung on the cue, stays in the content (s46): "speculated that the
men detained [could be part of the same ring]", "calls for $4 million in new grants [to keep the branches open]"."""

from attribution_rows import attribution_rows

ARTICLE = ("The council voted on Tuesday to close two libraries. The sheriff speculated that the men detained could "
           "be part of the same ring. The treasurer, noting that most of the money raised would go to the county, "
           "urged patience. The mayor calls for $4 million in new grants to keep the branches open.")


def test_a_reported_subject_keeps_its_verb():
    rows = attribution_rows(ARTICLE, date="2024-05-01")
    assert [row[1:4] for row in rows if row[2] in {"speculated", "noting"}] == [
        ("The sheriff", "speculated", "that the men detained could be part of the same ring"),
        ("The treasurer", "noting", "that most of the money raised would go to the county")]


def test_what_is_called_for_keeps_its_purpose():
    rows = attribution_rows(ARTICLE, date="2024-05-01")
    assert [row[1:4] for row in rows if row[2] == "calls for"] == [
        ("The mayor", "calls for", "$4 million in new grants to keep the branches open")]


def test_the_next_report_stays_its_own():
    text = ("One in three said the board does not care very much about the library and one in four said the board "
            "was hostile to it.")
    assert [row[1:4] for row in attribution_rows(text, date="2024-05-01")] == [
        ("One in three", "said", "the board does not care very much about the library"),
        ("one in four", "said", "the board was hostile to it")]


def test_the_condition_of_what_was_said_stays_in_it():
    text = ("Councillor Ann Dobbs said she would run for mayor should the incumbent retire. Library staff say they "
            "will strike unless the council restores the hours.")
    assert [row[1:4] for row in attribution_rows(text, date="2024-05-01")] == [
        ("Councillor Ann Dobbs", "said", "she would run for mayor should the incumbent retire"),
        ("Library staff", "say", "they will strike unless the council restores the hours")]


def test_a_place_opening_the_paragraph_stays_in_what_was_announced():
    text = ("Star striker leaves club\n\nPortside United's top scorer, Leo Mendes, is leaving the club, the team "
            "announced Thursday.")
    assert [row[1:4] for row in attribution_rows(text, date="2024-05-01")] == [
        ("the team", "announced Thursday", "Portside United's top scorer, Leo Mendes, is leaving the club")]
