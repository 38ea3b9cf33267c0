"""An "it" or "they" taking up the organisation just quoted (speaker_organisation_pronouns.py), in short
hand-written articles; and where another organisation comes between, no name."""

from __future__ import annotations

from attribution_rows import speakers_with_naming


def test_it_takes_up_the_organisation_just_quoted():
    # the ranker alone leaves this "It" unnamed
    text = ("The council has warned against the plan before, according to the Harbour Watch Institute, which "
            "tracks coastal policy.\n"
            "It said the town's pier would be unsafe within a year.")
    assert speakers_with_naming(text)[-1] == ("It", "Harbour Watch Institute", True)


def test_another_organisation_in_between_leaves_it_unnamed():
    text = ("The council has warned against the plan before, according to the Harbour Watch Institute, which "
            "works with Greenline Partners on coastal policy.\n"
            "It said the town's pier would be unsafe within a year.")
    assert speakers_with_naming(text)[-1] == ("It", None, None)
