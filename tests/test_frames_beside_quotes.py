"""Which frame a quotation has when the parser offers several (s42): the name and verb of saying right after its close
(`"…," Trump said, after a host asked him`), the nearest of the verbs the parser hung below it (`Asked by a host
whether …, she said, "…"`), and a description between its close and a cue the parser left without a subject
(`“…,” an intelligence source, who …, told Fox News`)."""

from attribution_rows import attribution_rows


def test_the_name_and_verb_right_after_the_close_frame_the_quotation():
    text = "\"I never said that. I never said that,\" Trump said, after CNBC's Becky Quick asked him."
    assert attribution_rows(text, date="2015-11-10") == [
        ("direct", "Trump", "said", "\"I never said that. I never said that,\"", "Trump")]


def test_the_nearest_frame_before_the_quotation_is_its_frame():
    text = ("Melania Trump spoke to NBC on Monday. Asked by Matt Lauer whether she had practiced her speech, she said, "
            "\"I read it once over, and that's all.\"")
    rows = attribution_rows(text, date="2016-07-20")
    assert ("direct", "she", "said", "\"I read it once over, and that's all.\"", "Melania Trump") in rows
    assert ("indirect", "Matt Lauer", "Asked", "whether she had practiced her speech", "Matt Lauer") in rows


def test_a_description_between_the_close_and_the_cue_is_the_source():
    text = ("Fox News reported on Thursday that “agents are looking at ‘materially false’ statements.”\n\n"
            "“The agents involved are under a lot of pressure and are busting a–,” an intelligence source, who was not "
            "authorized to speak on the record, told Fox News.")
    rows = attribution_rows(text, date="2015-11-12")
    assert ("direct", "an intelligence source, who was not authorized to speak on the record,", "told",
            "“The agents involved are under a lot of pressure and are busting a–,”", "an intelligence source") in rows


def test_a_verb_read_as_a_participle_on_the_description_after_the_close_frames_the_quotation():
    text = ("\"Is the president going to finally say the words? If he doesn't he should resign!\" the presumptive GOP "
            "nominee, Donald Trump, tweeted Sunday after the attack.")
    assert attribution_rows(text, date="2016-06-15") == [
        ("direct", "the presumptive GOP nominee, Donald Trump,", "tweeted Sunday",
         "\"Is the president going to finally say the words? If he doesn't he should resign!\"", "Donald Trump")]
