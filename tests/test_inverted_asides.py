"""An inverted aside, "X, said Y, Z" (s42): the parser made the fronted words the cue's subject and the speaker the
subject of the clause the aside interrupts, so "The contrast with Trump" was shown as the speaker. The speaker is
the one after the cue, and what was said is the two pieces around the aside."""

from attribution_rows import attribution_rows


def test_the_speaker_after_an_inverted_cue_is_the_source():
    text = "The contrast with Trump, said Doyle and others, would be clear since Trump has no former presidents by his side."
    assert attribution_rows(text, date="2016-07-08") == [
        ("indirect", "Doyle and others", "said",
         "The contrast with Trump … would be clear since Trump has no former presidents by his side",
         "Doyle and others")]


def test_a_described_speaker_keeps_the_comma_closing_the_description():
    text = "Part of the problem in detecting tunnels, say experts like Paul Bauman, a Canadian geophysicist, is the ground."
    assert attribution_rows(text, date="2016-09-03") == [
        ("indirect", "experts like Paul Bauman, a Canadian geophysicist,", "say",
         "Part of the problem in detecting tunnels … is the ground", "experts")]
