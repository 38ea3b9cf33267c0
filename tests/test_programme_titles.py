"""A programme's title after "appeared on" is not a quotation (issue 13's show titles, s45): "appeared on “Fox &
Friends”" was a partial quotation with "appeared on" for its cue."""

from attribution_rows import attribution_rows


def test_a_show_appeared_on_is_no_quotation():
    assert attribution_rows("The senator appeared on “Fox & Friends” on Monday morning.", date="2024-05-01") == []


def test_how_someone_appeared_is_still_framed_by_who_said_so():
    rows = attribution_rows("The senator appeared “tired and frustrated,” aides said.", date="2024-05-01")
    assert [row[1:4] for row in rows] == [("aides", "said", "The senator appeared “tired and frustrated,”")]
