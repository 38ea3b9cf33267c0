"""A title-case headline's report (issue 12, s37): "Mayor Alma Pruitt Slams Rail Plan As ‘Reckless’" — the capitals
lead the tagger to read the verb as a noun, so the parse gave no cue and the named-entity model ran the name on into
the verb ("Alma Pruitt Slams Rail Plan"). Written for these tests."""

from __future__ import annotations

import saywho

BODY = ("\n\nBRIDGETON, Maine — Mayor Alma Pruitt on Tuesday called the state's rail plan reckless and said the town "
        "would fight it in court.")


def found(headline: str) -> list[tuple[str | None, str, str, str | None]]:
    analysis = saywho.analyze(headline + BODY)
    return [(a.source.text if a.source else None, a.cue.text, a.content.text, a.speaker.name if a.speaker else None)
            for a in analysis.attributions if a.cue.start < len(headline)]


def test_a_named_speaker_and_a_verb_of_saying_in_title_case():
    assert found("Mayor Alma Pruitt Slams State Rail Plan As ‘Reckless’.") == [
        ("Mayor Alma Pruitt", "Slams", "State Rail Plan As ‘Reckless’", "Alma Pruitt"),
    ]


def test_an_adverb_before_the_verb_is_part_of_the_cue():
    assert found("Alma Pruitt Finally Endorses Governor Ray Doucette.") == [
        ("Alma Pruitt", "Finally Endorses", "Governor Ray Doucette", "Alma Pruitt"),
    ]


def test_a_description_before_the_verb_is_left_alone():
    # the speakers step would name "Another Bridgeton Figure" after the town
    assert found("Another Bridgeton Figure Endorses Governor Ray Doucette.") == []


def test_a_verb_the_tagger_read_as_a_noun_in_sentence_case():
    assert found("Pruitt blasts state for skipping rail hearings.") == [
        ("Pruitt", "blasts", "state for skipping rail hearings", "Alma Pruitt"),
    ]


def test_a_plural_noun_before_a_verb_is_no_headline_verb():
    assert found("Harbor talks resume.") == []
    assert found("Harbor Talks Resume Today.") == []


def test_a_verb_the_parse_found_without_its_subject_takes_the_name_before_it():
    # the parser hangs the name on a later verb, so the verb has a cue but no source
    assert found("Trump Just Announced Who He ‘Would Love’ To See Run For President – It May Surprise You.") == [
        ("Trump", "Just Announced", "Who He ‘Would Love’", "Trump"),
    ]
    assert found("Dems hope Pruitt's behavior will help them regain Senate.") == [
        ("Dems", "hope", "Pruitt's behavior will help them regain Senate", "Dems"),
    ]


def test_the_words_before_an_accusation_in_a_headline_are_what_it_says():
    assert found("FDIC Accused Of Covering Up China Hacking To Protect Chair.") == [
        (None, "Accused Of", "FDIC … Covering Up China Hacking To Protect Chair", None),
    ]
