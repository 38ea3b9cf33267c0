"""How words were said, after "with" (s42): "said with a grin", "said with an eye roll" is the cue whole, as PolNeAR's
annotators mark it; the cue had stopped at "with"."""

from attribution_rows import attribution_rows


def test_the_manner_after_with_is_part_of_the_cue():
    text = "“What do you know, it's our best friends,” Ms. Guzman said with an eye roll."
    assert attribution_rows(text, date="2016-07-31") == [
        ("direct", "Ms. Guzman", "said with an eye roll", "“What do you know, it's our best friends,”", "Ms. Guzman")]
