"""A clause of when or while is not what a verb reports (s43): "supported the bill when it came to the Senate for a
vote", "backed the deal, while Trump has threatened to tear it up". The parser tags "when" and "while" as adverbs
there rather than as marks, and the clause, with its subject, read as the verb's reported clause."""

from attribution_rows import attribution_rows


def test_the_object_not_the_clause_of_when_is_what_was_defended():
    text = "Mr. Trump was defending his support of waterboarding and other enhanced interrogation techniques when he " \
           "told the tale of Gen. John Pershing."
    rows = attribution_rows(text, date="2016-02-20")
    assert rows[0][2:4] == ("was defending", "his support of waterboarding and other enhanced interrogation techniques")


def test_a_clause_of_when_is_reported_by_no_one():
    text = "Rubio supported the bill when it came to the Senate for a vote."
    assert [row[3] for row in attribution_rows(text, date="2016-08-23")] == []


def test_a_clause_of_while_is_the_writers_contrast():
    text = "Presumptive Democratic nominee Hillary Clinton backed the deal, while presumptive Republican nominee " \
           "Donald Trump has threatened to tear it up."
    rows = attribution_rows(text, date="2016-06-01")
    assert all(not row[3].startswith("while") for row in rows)
