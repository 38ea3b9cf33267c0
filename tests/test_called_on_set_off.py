"""Whom a call is on, with a mark or an aside between it and the call (s43): "called on leaders “not to feed …”",
"calls on all nations - rich and poor - to limit …". PolNeAR's gold starts such a content at the object (21 of 23
"call on" contents on train); the object used to count only right before "to"."""

from attribution_rows import attribution_rows


def test_a_quotation_mark_between_whom_and_the_call_keeps_whom():
    text = "Mayor Ann Hale called on leaders \"not to feed that dark impulse inside of us.\""
    assert attribution_rows(text, date="2016-06-13") == [
        ("partial", "Mayor Ann Hale", "called on", "leaders \"not to feed that dark impulse inside of us.\"",
         "Ann Hale")]


def test_an_aside_between_dashes_stays_with_whom_the_call_is_on():
    text = "The rare accord calls on all nations - rich and poor - to increasingly limit emissions of carbon dioxide."
    assert attribution_rows(text, date="2016-05-09")[0][2:4] == (
        "calls on", "all nations - rich and poor - to increasingly limit emissions of carbon dioxide")


def test_a_party_in_brackets_stays_with_whom_the_call_is_on():
    text = "Senator Ann Ruiz called on Michigan Gov. Rick Snyder (R) to resign over the crisis."
    assert attribution_rows(text, date="2016-01-19")[0][2:4] == (
        "called on", "Michigan Gov. Rick Snyder (R) to resign over the crisis")
