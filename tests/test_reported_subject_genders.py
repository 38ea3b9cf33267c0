"""The he or she a named person says something of is that person (s45): "Clinton said she would win" tells that this
Clinton is a woman, so a later "he said" is not her (a wrong name is worse than none)."""

from attribution_rows import attribution_rows


def test_she_said_of_oneself_keeps_a_later_he_from_her():
    rows = attribution_rows("Clinton said she would win the primary. Later he said the race was close.",
                            date="2024-05-01")
    assert [(row[1], row[4]) for row in rows] == [("Clinton", "Clinton"), ("he", None)]


def test_a_he_after_someone_addressed_is_theirs_to_take():
    text = ("Neera Tanden asked Eric Holder whether he had thoughts on the committee's work. "
            "She said she asked the question to build on earlier comments.")
    rows = attribution_rows(text, date="2024-05-01")
    assert [(row[1], row[4]) for row in rows if row[1] == "She"] == [("She", "Neera Tanden")]


def test_a_participle_says_for_its_clauses_subject():
    rows = attribution_rows("Clinton left the stage, saying she would win. Later he said the race was close.",
                            date="2024-05-01")
    assert [(row[1], row[4]) for row in rows] == [("Clinton", "Clinton"), ("he", None)]
