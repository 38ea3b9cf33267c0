"""People and bodies the text leaves unnamed stay so (s47): "She" after "The committee's chairwoman said …" is the
chairwoman, not the senator quoted before her (speaker_unnamed_leads._someones_office); "the town" is no person,
though its town manager is named after it (speaker_named_ahead, PLACE_NOUNS). An untagged name after a judge's title
is the judge's ("U.S. District Judge Ana Torres wrote", entities._after_a_title), so "The judge" after it is her.
Written for the test, from short news articles read as a fact-checker would."""

from attribution_rows import speakers_with_naming


def test_she_after_an_unnamed_chairwoman_is_the_chairwoman():
    text = ("Sen. Karen Holt of Arizona, who wrote the plan, said border towns had been \"left to fend for themselves.\""
            "\n\nHolt called that proposal \"an insult to the people living this crisis every day.\"\n\n"
            "The committee's chairwoman said a vote would take place next week. She did not say whether she supported "
            "the plan.")
    assert speakers_with_naming(text)[-2:] == [("The committee's chairwoman", "The committee's chairwoman", False),
                                               ("She", "The committee's chairwoman", False)]


def test_the_town_is_not_its_town_manager():
    text = ("The library will not close after all. Two local families have pledged $1.2 million to keep it running, "
            "the town announced Friday.\n\n"
            "Town Manager Eric Solis said the gift bought time but not a permanent solution.")
    assert speakers_with_naming(text) == [("the town", "the town", False),
                                          ("Town Manager Eric Solis", "Eric Solis", True)]


def test_a_judge_named_after_her_title_is_the_judge_after():
    text = ("U.S. District Judge Ana Torres wrote that the law \"sweeps far too broadly\" and would burden the speech "
            "of adults as well as children.\n\n"
            "The law had been set to take effect on July 1. The judge said the state was unlikely to win at trial.")
    assert speakers_with_naming(text) == [("U.S. District Judge Ana Torres", "Ana Torres", True),
                                          ("The judge", "Ana Torres", True)]
