"""British police ranks and a convener's office before a name are titles, not part of the name."""

from attribution_rows import attribution_rows


def test_british_ranks_before_a_name_are_titles():
    """From written trail round tB: "Ch Supt Marlow" and "Convener Cllr Morag Fennell" had been names of their own,
    apart from the Helen Marlow and Morag Fennell the same articles named."""
    text = ("Ch Supt Helen Marlow said response times had fallen. \"We will do better,\" Ch Supt Marlow said. "
            "Convener Cllr Morag Fennell said the painting would stay.")
    assert [row[-1] for row in attribution_rows(text, date="2026-03-17")] == [
        "Helen Marlow", "Helen Marlow", "Morag Fennell"]
