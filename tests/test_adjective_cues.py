"""A verb of saying that completes an adjective (s44): "Caucus-goers were slightly more likely to say …", "Sexton was
quick to point out …". The source is the copula's subject, and PolNeAR's cue runs from the copula to the verb; the
source walk stopped at the adjective, so the attribution had no source and the keep model dropped it."""

from attribution_rows import attribution_rows


def test_a_poll_share_more_likely_to_say():
    text = "Caucus-goers were slightly more likely to say they preferred the governor to handle court nominations."
    assert attribution_rows(text, date="2016-02-20") == [
        ("indirect", "Caucus-goers", "were slightly more likely to say",
         "they preferred the governor to handle court nominations", "Caucus-goers")]


def test_quick_to_point_out():
    text = "Advisers to the senator are quick to point out that he has placed second in the last two contests."
    assert attribution_rows(text, date="2016-02-25")[0][1:4] == (
        "Advisers to the senator", "are quick to point out", "that he has placed second in the last two contests")
