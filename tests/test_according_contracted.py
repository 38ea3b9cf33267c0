""""That’s according to …" (s42): PolNeAR's annotators count the contracted "’s" in the cue, and it is no part of what
the source reports."""

from attribution_rows import attribution_rows


def test_the_contracted_is_before_according_to_joins_the_cue():
    text = "Sanders won three in four young voters. That’s according to early results of exit polls conducted for networks."
    rows = attribution_rows(text, date="2016-03-15")
    assert rows[-1] == ("according-to", "early results of exit polls conducted for networks", "’s according to", "That",
                        "early results")
