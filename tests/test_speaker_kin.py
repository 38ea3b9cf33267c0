"""A relative named once by the same words is the one later "his brother" (speaker_kin.py), in short
hand-written articles; kin never so named, or named by a first name alone, stay unnamed."""

from __future__ import annotations

from attribution_rows import speakers_with_naming


def test_the_same_kin_words_before_a_full_name_name_the_later_source():
    text = ("Tom Reyes was on the boat, according to an interview his brother Daniel Reyes gave to the BBC. "
            "He had just moved to Leeds, his brother added.")
    assert speakers_with_naming(text)[-1] == ("his brother", "Daniel Reyes", True)


def test_kin_never_named_so_stay_unnamed():
    text = ("Tom Reyes was on the boat, the BBC reported. Daniel Reyes lives in York. "
            "He had just moved to Leeds, his brother added.")
    assert speakers_with_naming(text)[-1] == ("his brother", "his brother", False)


def test_a_first_name_alone_does_not_name_the_kin():
    text = ("Tom Reyes was on the boat, according to an interview his brother, Daniel, gave to the BBC. "
            "He had just moved to Leeds, his brother added.")
    assert speakers_with_naming(text)[-1] == ("his brother", "his brother", False)
