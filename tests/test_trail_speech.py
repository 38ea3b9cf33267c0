"""Outlets tidy speech their own way: a trail's altered-wording flag reads through it.

A hesitation kept by one outlet and dropped by another ("uh", "um"), and a contraction
against its full form ("we're" / "we are", "can't" / "cannot"), are the same spoken words,
as bench/trails-guidelines.md has annotators judge them; another word is still a change.
Hand-written articles, analysed by saywho and stored in a real SQLite file."""

from __future__ import annotations

import pytest

import saywho
from saywho.corpus import trails
from saywho.corpus.backends import open_store
from saywho.corpus.trail_view import CHANGED, _differences, diff
from saywho.document import Article

TRANSCRIPT = ("“We’re going to, uh, close the Elm Street pool in March because we can’t afford the repairs, "
              "and it’s not a decision anyone here wanted,” Councillor Ann Blake said on Tuesday.")
TIDIED = ("“We are going to close the Elm Street pool in March because we cannot afford the repairs, "
          "and it is not a decision anyone here wanted,” said Ann Blake, who chairs the finance committee.")
CHANGED_WORD = ("“We are going to shut the Elm Street pool in March because we cannot afford the repairs, "
                "and it is not a decision anyone here wanted,” Blake told the meeting.")


def flags_by_outlet(tmp_path, articles: list[tuple[str, str, str]]) -> dict[str, list[list[str]]]:
    with open_store(tmp_path / "speech.db", create=True) as store:
        for outlet, day, text in articles:
            store.add(saywho.analyze(Article(text=text, title=f"{outlet}: the pool", outlet=outlet, date=day)))
        store.resolve_identities()
        [row] = store.trails(min_outlets=2, limit=None).rows
        return {m.outlet or "": [f.words for f in m.flags if f.kind == CHANGED] for m in store.trail(row.id).members}


def test_a_tidied_transcript_is_not_flagged_and_another_word_is(tmp_path):
    flags = flags_by_outlet(tmp_path, [("Daily Bugle", "2026-03-03", TRANSCRIPT),
                                       ("Evening Post", "2026-03-04", TIDIED),
                                       ("River Times", "2026-03-05", CHANGED_WORD)])
    assert flags == {"Daily Bugle": [], "Evening Post": [], "River Times": [["close → shut"]]}


@pytest.mark.parametrize("reference, member", [
    ("Um, we won't let them, er, close it and I'm sure of that", "We will not let them close it and I am sure of that"),
    ("Let's say it's gonna cost more than we've got", "Let us say it is going to cost more than we have got"),
    ("They're wrong and I'd tell them so, they'll see", "They are wrong and I would tell them so, they will see"),
])
def test_hesitations_and_contractions_are_the_same_spoken_words(reference, member):
    assert _differences(trails.words_of(reference, spoken=True), trails.words_of(member, spoken=True)) == ([], [])


@pytest.mark.parametrize("reference, member", [
    ("The mayor's plan will not work in this town", "The mayor is planning to work in this town"),
    ("We took the patient to the ER in the night", "We took the patient to the in the night"),
])
def test_a_possessive_and_the_emergency_room_are_words(reference, member):
    changed, _ = _differences(trails.words_of(reference, spoken=True), trails.words_of(member, spoken=True))
    assert changed


@pytest.mark.parametrize("reference, member", [
    # from the written round bench/trail_rounds/tB (read after it was scored)
    ("That's not a drought, that's a, that's a phone call from the bank manager,",
     "That's not a drought, that's a phone call from the bank manager,"),
    ("She bought it to be safer. I don't ... I don't really have an answer to that,",
     "She bought it to be safer. I don't really have an answer to that,"),
    ("Doctor Imani Rowe and Councillor Bell told us the figures were 80, 90 a week and twelve per cent of calls",
     "Dr Imani Rowe and Cllr Bell told us the figures were eighty, ninety a week and 12 percent of calls"),
])
def test_a_false_start_titles_and_several_numbers_are_the_same_words(reference, member):
    assert _differences(trails.words_of(reference, spoken=True), trails.words_of(member, spoken=True))[0] == []


@pytest.mark.parametrize("reference, member, expected", [
    ("We need very, very strong leadership in this country now", "We need very strong leadership in this country now",
     ["very → (left out, no ellipsis)"]),
    ("the figures were 80, 90 a week and rising all the time", "the figures were eighty, nine a week and rising all the time",
     ["80 90 → eighty nine"]),
])
def test_a_word_said_twice_for_emphasis_and_another_number_are_changes(reference, member, expected):
    assert _differences(trails.words_of(reference, spoken=True), trails.words_of(member, spoken=True))[0] == expected


def test_a_marked_cut_among_repeated_words_is_a_cut_wherever_the_alignment_puts_it():
    reference = trails.words_of("Those who leave the team don't get to pick the plays. … Prime Minister, I'm not trying "
                                "to pick the plays, I'm trying to stop someone dying in a lay-by on the moor road.",
                                spoken=True)
    member = trails.words_of("Those who leave the team don't get to pick the plays. … I'm trying to stop someone dying "
                             "in a lay-by on the moor road.", spoken=True)
    changed, cut = _differences(reference, member)
    assert changed == [] and cut == ["“to pick the plays Prime Minister I'm not trying” in the middle, marked with an ellipsis"]


@pytest.mark.parametrize("reference, member", [
    # from the written round bench/trail_rounds/tC (read after it was scored)
    ("We paid the cheques on time and the judgement was fair to all of us",
     "We paid the checks on time and the judgment was fair to all of us"),
    ("It will cost thirty-eight and a half million dollars over the next five years",
     "It will cost $38.5 million over the next five years"),
    ("It will cost £5 million over the next five years", "It will cost five million pounds over the next five years"),
    # from bench/trail_rounds/tD, read after it was scored
    ("If you see anyone in the water, call 999 and stay on the bank", "If you see anyone in the water, call nine nine "
     "nine and stay on the bank"),
    # from bench/trail_rounds/tE, read after it was scored: years and times said in halves, "councillors"
    ("We have waited for this since twenty nineteen and the plant opens in twenty twenty-seven",
     "We have waited for this since 2019 and the plant opens in 2027"),
    ("The alarm went off at two forty in the morning and the councillors were told at once",
     "The alarm went off at 2.40 in the morning and the councilors were told at once"),
    ("I've been through the rotas line by line, and I've come to the view that this is the least bad choice, … People "
     "can disagree with me. I'd rather they disagreed with me than lost somebody.",
     "I did say that, and I did argue for other options, I'm not going to pretend otherwise, … People can disagree "
     "with me. I'd rather they disagreed with me than lost somebody."),
])
def test_spellings_and_a_currency_sign_are_the_same_words(reference, member):
    assert _differences(trails.words_of(reference, spoken=True), trails.words_of(member, spoken=True))[0] == []


def test_another_currency_is_a_change():
    changed, _ = _differences(trails.words_of("It will cost $38.5 million over the next five years", spoken=True),
                              trails.words_of("It will cost 38.5 million pounds over the next five years", spoken=True))
    assert changed == ["(nothing) → pounds"]


@pytest.mark.parametrize("reference, member, expected", [
    # a review's pairs: what reading speech as spoken must not hide
    ("We are going to win this election in May", "We are not going to win this election in May", ["(nothing) → not"]),
    ("I can't do it on my own and I know that", "I can do it on my own and I know that", ["not → (left out, no ellipsis)"]),
    ("It's been a long, long day for all of us here", "It has been a long day for all of us here",
     ["long → (left out, no ellipsis)"]),
    ("It saved about 1.1 million for families", "It saved about 1.5 million for families", ["1.1 → 1.5"]),
    ("We have waited for this since twenty nineteen, and no longer", "We have waited for this since 2018, and no longer",
     ["twenty nineteen → 2018"]),
    ("It's been a long day for all of us here", "It has been a long day for all of us here", []),
    ("Let 'em come and we will see who is right", "Let them come and we will see who is right", []),
    ("The meeting starts at 3.30 in the main hall today", "The meeting starts at 3:30 in the main hall today", []),
    # a number is changed whole, on whichever side of its point the figures differ
    ("It saved about 2.5 million for families this year", "It saved about 1.5 million for families this year",
     ["2.5 → 1.5"]),
    ("It saved about 1.1 million for families this year", "It saved about 1 million for families this year",
     ["1.1 → 1"]),
    ("the figures were 80 per cent, 90 per cent of the calls we had", "the figures were eighty percent, ninety "
     "percent of the calls we had", []),
    ("the figures were 80 per cent, 90 per cent of the calls we had", "the figures were eighty percent, ninety cents "
     "of the calls we had", ["80 per cent 90 per cent → eighty percent ninety cents"]),
])
def test_what_reading_speech_keeps_apart_and_together(reference, member, expected):
    assert _differences(trails.words_of(reference, spoken=True), trails.words_of(member, spoken=True))[0] == expected


@pytest.mark.parametrize("reference, member, shown", [
    ("It saved about 1.1 million for families", "It saved about 1.5 million for families", [("changed", "1.1", "1.5")]),
    ("It saved about 2.5 million for families", "It saved about 1.5 million for families", [("changed", "2.5", "1.5")]),
    ("It saved about 1.1 million for families now", "It saved about 1 million for families now",
     [("changed", "1.1", "1")]),
    ("We can't pay 3.25 or 3.75 now", "We could not pay 3.75 or 3.25 now",
     [("changed", "can't", "could"), ("changed", "3.25", "3.75"), ("changed", "3.75", "3.25")]),
    ("I said that's what they wanted to hear", "I said that was what they wanted to hear",
     [("changed", "is", "was")]),
])
def test_the_trail_page_shows_a_changed_number_whole(reference, member, shown):
    """What the trail page highlights reads as the flag does: "1.1 → 1.5", not "1" in common and "1 → 5"."""
    parts = diff(trails.words_of(reference, spoken=True), trails.words_of(member, spoken=True))
    assert [(p.op, p.reference, p.words) for p in parts if p.op != "same"] == shown
    assert " ".join(p.words for p in parts if p.op != "cut") == member
