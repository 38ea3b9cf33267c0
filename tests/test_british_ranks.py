"""Titles before a name: British police ranks and a convener's office are titles, not part of the name, and a
person's title with a surname is a person, whatever the small model tagged it."""

from attribution_rows import attribution_rows


def test_british_ranks_before_a_name_are_titles():
    """From written trail round tB: "Ch Supt Marlow" and "Convener Cllr Morag Fennell" had been names of their own,
    apart from the Helen Marlow and Morag Fennell the same articles named."""
    text = ("Ch Supt Helen Marlow said response times had fallen. \"We will do better,\" Ch Supt Marlow said. "
            "Convener Cllr Morag Fennell said the painting would stay.")
    assert [row[-1] for row in attribution_rows(text, date="2026-03-17")] == [
        "Helen Marlow", "Helen Marlow", "Morag Fennell"]


def test_a_title_and_surname_tagged_an_organisation_is_the_person_named_before():
    """From written trail round tD's speaker flags: "Cllr Hale" and "Dr Anand", which the small model tags as
    organisations, were people of their own beside Desmond Hale and Priya Anand."""
    text = ("Opposition leader Councillor Desmond Hale was not impressed. \"It is a disgrace,\" Cllr Hale said. "
            "Dr Priya Anand led the study. \"We were slow to accept what the data told us,\" Dr Anand said.")
    assert [row[-1] for row in attribution_rows(text, date="2026-03-17")] == ["Desmond Hale", "Priya Anand"]
