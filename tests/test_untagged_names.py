"""A full name the small model leaves untagged where it tags the surname later ("Viola Grant, who won an Academy
Award …" then "Grant said") is the person's full name, so the later mentions name her in full (s47,
missed_names.untagged_full_names). Written for the test, from a short news article."""

from attribution_rows import speakers_with_naming


def test_an_untagged_full_name_gives_the_later_surname_its_first_name():
    text = ("Oscar winner returns to the stage\n\n"
            "Viola Grant, who won an Academy Award in 2019, will return to Broadway next spring in a revival of \"The "
            "Glass Menagerie,\" producers announced on Thursday.\n\n"
            "The 54-year-old actress last appeared on stage in 2012. \"I have missed the sound of a live audience more "
            "than I can say,\" Grant said in a statement.")
    assert speakers_with_naming(text)[1] == ("Grant", "Viola Grant", True)


def test_a_company_tagged_in_part_is_the_company_named_in_full():
    """ "Norfolk Southern said", tagged "Southern", after "Norfolk Southern" tagged whole (entities._as_named_in_full)."""
    text = ("Residents filed a class-action lawsuit on Monday against Norfolk Southern, accusing the railroad of "
            "negligence in a derailment that released toxic chemicals.\n\n"
            "Norfolk Southern said it was \"committed to doing what's right\" for the community. The company has set "
            "up a $1 million fund for residents and said it would pay for the cleanup.")
    assert [name for _, name, _ in speakers_with_naming(text)[1:]] == ["Norfolk Southern", "Norfolk Southern"]


def test_a_headlines_surname_is_the_person_named_in_full_below():
    """ "Musk says …" in a headline, untagged, and "Elon Musk said" below it (missed_names.missed_name_label)."""
    text = ("Musk says Tesla will cut prices again\n\n"
            "Elon Musk said on Wednesday that Tesla would cut prices on its cars again this year.")
    assert [name for _, name, _ in speakers_with_naming(text)] == ["Elon Musk", "Elon Musk"]
