"""A clause set apart by a semicolon, colon or dash is a sentence of its own or the writer's lead-in, not what the
verb after it reports (s45): the parser hung "He calls for $1 trillion …" on the "calls for" after the semicolon, and
saywho gave it to "she"."""

from attribution_rows import attribution_rows


def test_a_clause_before_a_semicolon_is_not_the_next_verbs_content():
    text = ("The mayor wants a new stadium; the governor calls for a smaller arena downtown. "
            "He proposes a tax on hotel rooms; she supports a bond measure instead.")
    rows = attribution_rows(text, date="2024-05-01")
    assert [row[1:4] for row in rows] == [
        ("the governor", "calls for", "a smaller arena downtown"), ("He", "proposes", "a tax on hotel rooms")]


def test_a_clause_before_a_comma_still_is():
    text = "The stadium will open next spring, the governor said on Tuesday."
    rows = attribution_rows(text, date="2024-05-01")
    assert [row[1:4] for row in rows] == [("the governor", "said", "The stadium will open next spring")]


def test_a_clause_before_a_colon_or_dash_is_the_writers_lead_in():
    text = ("The pattern is familiar: Voters prefer a candidate who can win in November. "
            "Turnout has fallen in every county — officials blamed the snow.")
    rows = attribution_rows(text, date="2024-05-01")
    assert [row[1:4] for row in rows] == [
        ("Voters", "prefer", "a candidate who can win in November"), ("officials", "blamed", "the snow")]


def test_a_hyphen_inside_a_name_sets_nothing_apart():
    text = "In Tacoma, marchers carried white roses, KIRO-TV reported."
    rows = attribution_rows(text, date="2024-05-01")
    assert [row[1:4] for row in rows] == [("KIRO-TV", "reported", "In Tacoma, marchers carried white roses")]


def test_a_clause_set_apart_is_read_as_a_sentence_of_its_own():
    rows = attribution_rows("Officials blamed the pandemic; critics pointed to service cuts.", date="2024-05-01")
    assert [row[1:4] for row in rows] == [("Officials", "blamed", "the pandemic"), ("critics", "pointed to", "service cuts")]
