"""Sourcing to another outlet or an agency at the end of a sentence or in an "as" aside, which the parser hangs
beside the clause: "…, Reuters reported on Monday.", "…, the agency reported -- a gloss of the writer's", "Last
spring, as the Courier reported, the mill …". Written for these tests."""

from __future__ import annotations

import saywho


def found(text: str) -> list[tuple[str, str | None, str, str]]:
    analysis = saywho.analyze(text)
    return [(a.kind, a.source.text if a.source else None, a.cue.text, a.content.text) for a in analysis.attributions]


def test_a_closing_report_sources_the_sentence_before_it():
    text = ("Mill closes.\n\n"
            "It effectively disbanded after the 2008 election, the Ledger reported in 2014.\n\n"
            "Six years of shrinking budget deficits will end this year, sooner than expected, the state budget office "
            "reported on Tuesday -- a development that surprised lawmakers.")
    assert found(text) == [
        ("reported", "the Ledger", "reported", "It effectively disbanded after the 2008 election"),
        ("reported", "the state budget office", "reported",
         "Six years of shrinking budget deficits will end this year, sooner than expected"),
    ]


def test_an_as_aside_after_a_time_reports_both_pieces():
    text = ("Mill closes.\n\n"
            "Last spring, as the Courier reported, the owners were looking for a buyer.")
    assert found(text) == [
        ("reported", "the Courier", "reported", "Last spring … the owners were looking for a buyer"),
    ]


def test_an_as_aside_that_says_when_it_was_reported_still_vouches_for_its_clause():
    text = ("Mill closes.\n\n"
            "As the Courier reported on Saturday, she has already emerged as the owners' favorite buyer.")
    assert found(text) == [
        ("reported", "the Courier", "reported", "she has already emerged as the owners' favorite buyer"),
    ]


def test_a_filing_reported_with_a_gerund_says_what_was_done():
    text = ("Campaign money.\n\n"
            "Overall, conservative outside groups reported spending $6 million attacking the mayor.\n\n"
            "Mr. Okafor reported having $1.3 million in cash on hand at the beginning of March.")
    assert found(text) == [
        ("reported", "conservative outside groups", "reported", "spending $6 million attacking the mayor"),
        ("reported", "Mr. Okafor", "reported", "having $1.3 million in cash on hand at the beginning of March"),
    ]


def test_a_closing_told_with_whom_it_addressed_reports_the_sentence_before_it():
    text = ("Campaign goes on.\n\n"
            "Despite a series of costly defeats on Tuesday night, Sen. Bernie Sanders (I-Vt.) remains committed to "
            "seeing the Democratic primary through to the convention, his top aide, Tad Devine, told The Huffington "
            "Post.")
    assert found(text) == [
        ("indirect", "his top aide, Tad Devine,", "told",
         "Despite a series of costly defeats on Tuesday night, Sen. Bernie Sanders (I-Vt.) remains committed to "
         "seeing the Democratic primary through to the convention"),
    ]
