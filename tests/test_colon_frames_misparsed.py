"""A frame before a colon whose verb the parser read as a participle on the name before it (s42): "Mitt Romney, the
2012 Republican nominee, tweeted in response: ''…''" is Romney's quotation."""

from attribution_rows import attribution_rows


def test_a_verb_read_as_a_participle_on_the_name_before_the_colon_frames_the_quotation():
    text = ("Mitt Romney, the 2012 Republican presidential nominee, tweeted in response: ''Important distinction: thug "
            "Putin kills journalists and opponents.''")
    assert attribution_rows(text, date="2015-12-22") == [
        ("direct", "Mitt Romney, the 2012 Republican presidential nominee,", "tweeted",
         "''Important distinction: thug Putin kills journalists and opponents.''", "Mitt Romney")]
