"""A clause set apart by a semicolon is a sentence of its own, not what the verb after it reports (s45): the parser
hung "He calls for $1 trillion …" on the "calls for" after the semicolon, and saywho gave it to "she"."""

from attribution_rows import attribution_rows


def test_a_clause_before_a_semicolon_is_not_the_next_verbs_content():
    text = ("The mayor wants a new stadium; the governor calls for a smaller arena downtown. "
            "He proposes a tax on hotel rooms; she supports a bond measure instead.")
    rows = attribution_rows(text, date="2024-05-01")
    assert [row[1:4] for row in rows] == [("the governor", "calls for", "a smaller arena downtown")]


def test_a_clause_before_a_comma_still_is():
    text = "The stadium will open next spring, the governor said on Tuesday."
    rows = attribution_rows(text, date="2024-05-01")
    assert [row[1:4] for row in rows] == [("the governor", "said", "The stadium will open next spring")]
