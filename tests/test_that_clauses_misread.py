"""A that-clause the parser read as an adverbial clause of the cue (s42): "recalled in 2008 that before Iowa, Obama
wasn't treated as credibly" is what was recalled; "now that" and "so that" say when or why."""

from attribution_rows import attribution_rows


def test_a_that_clause_read_as_adverbial_is_what_was_recalled():
    text = ("Joe Madison, a talk radio host considered one of the most influential in the community, recalled in 2008 "
            "that before Iowa, Obama wasn’t treated as credibly by his show’s listeners.")
    assert attribution_rows(text, date="2016-02-01") == [
        ("indirect", "Joe Madison, a talk radio host considered one of the most influential in the community,",
         "recalled", "that before Iowa, Obama wasn’t treated as credibly by his show’s listeners", "Joe Madison")]
