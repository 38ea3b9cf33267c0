"""“His remarks indicated …”: a source that is a he's or she's own words or act is that person
(speaker_possessors.py); "his aides", "her campaign" are other people."""

from __future__ import annotations

from attribution_rows import named_speakers


def test_his_remarks_are_his():
    text = ("Governor Tom Whitaker spoke to reporters in Denver on Tuesday about the new budget.\n\n"
            "His remarks suggested that the state would cut funding for highways next year.\n")
    assert ("His remarks", "Tom Whitaker") in named_speakers(text)


def test_her_appointment_is_hers():
    text = ("Senator Maria Lopez named a new chief of staff on Friday.\n\n"
            "Her appointment of a former union leader suggests that she wants labor on her side.\n")
    found = dict(named_speakers(text))
    assert any(source.startswith("Her appointment") and name == "Maria Lopez" for source, name in found.items())


def test_his_aides_are_not_him():
    text = ("Governor Tom Whitaker spoke to reporters in Denver on Tuesday about the new budget.\n\n"
            "His aides said that the state would cut funding for highways next year.\n")
    assert ("His aides", "Tom Whitaker") not in named_speakers(text)
