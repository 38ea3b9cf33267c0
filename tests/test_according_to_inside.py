"""An "according to X" set off by commas in the middle of a sentence: PolNeAR draws what X reports in two pieces, the
words before the aside and the words after it, when the sentence's verb comes after the aside ("His criticism,
according to the report, was …"), but leaves out a link to the sentence before and a clause of its own ("In addition,
…", "While …, according to X, …"). Written for these tests."""

from __future__ import annotations

import saywho


def found(text: str) -> list[tuple[str | None, str]]:
    analysis = saywho.analyze(text)
    return [(a.source.text if a.source else None, a.content.text) for a in analysis.attributions
            if a.kind == "according-to"]


def test_the_words_before_the_aside_are_part_of_what_is_reported():
    text = ("Storm season.\n\n"
            "Since last spring, according to the county, floods have closed 40 roads. "
            "The biggest problem, according to engineers, is the old drains under Main Street.")
    assert found(text) == [
        ("the county", "Since last spring … floods have closed 40 roads"),
        ("engineers", "The biggest problem … is the old drains under Main Street"),
    ]


def test_a_link_to_the_sentence_before_or_a_clause_of_its_own_stays_out():
    text = ("Storm season.\n\n"
            "In addition, according to the county, 12 bridges need repairs. "
            "While most roads reopened, according to officials, two stay closed.")
    assert found(text) == [
        ("the county", "12 bridges need repairs"),
        ("officials", "two stay closed"),
    ]


def test_an_aside_after_the_verb_keeps_the_longer_side():
    text = ("Storm season.\n\n"
            "Floods closed 40 roads last year, according to the county, the most in a decade.")
    assert found(text) == [("the county", "Floods closed 40 roads last year")]


def sources(text: str) -> list[str | None]:
    return [source for source, _ in found(text)]


def test_who_the_source_is_set_off_by_a_comma_is_part_of_it():
    text = ("Rents.\n\n"
            "Rents rose 8 percent last year, according to Maria Lopez, a housing economist at the university. "
            "Evictions doubled, according to the Tenants Union, which tracks court filings.")
    assert sources(text) == ["Maria Lopez, a housing economist at the university",
                             "the Tenants Union, which tracks court filings"]


def test_a_number_or_a_place_after_the_source_is_not_who_it_is():
    text = ("Rents.\n\n"
            "Rents rose in Austin and Dallas, according to the survey, two of the fastest-growing cities.")
    assert sources(text) == ["the survey"]


def test_a_clause_joined_to_the_verb_after_the_aside_goes_on_with_the_report():
    text = ("Storm season.\n\n"
            "Only one bridge was closed last year, according to the county, and two roads flooded in March.")
    assert found(text) == [("the county", "Only one bridge was closed last year … and two roads flooded in March")]
