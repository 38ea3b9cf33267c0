"""Quotation boundaries that lost a mark: the words inside still go to their speaker."""

from __future__ import annotations

import saywho
from saywho.analyse.quotes import find_quotes


def quoted(text: str) -> list[str]:
    quotes, _ = find_quotes(text, [(0, len(text))])
    return [text[start:end] for start, end in (q.outer for q in quotes)]


GRAHAM = ('"He\'s made some pretty outrageous comments, Graham said. '
          '"He\'s getting into conspiracy land and he\'s acting like an Oliver Stone type figure."')
GIULIANI = ("Rudy Giuliani praised the office for “correcting the false story” and asked the press to "
            "take heed that their hysterical desire to destroy this President has gone too far.”")


def test_a_straight_quotation_that_lost_its_closing_mark_ends_before_the_speech_frame():
    assert quoted(GRAHAM) == [
        '"He\'s made some pretty outrageous comments,',
        '"He\'s getting into conspiracy land and he\'s acting like an Oliver Stone type figure."',
    ]


def test_a_lone_closing_mark_opens_its_quotation_after_that():
    assert quoted(GIULIANI)[1] == "their hysterical desire to destroy this President has gone too far.”"


def test_marks_that_pair_are_read_as_before():
    assert quoted('He said "no" and "yes" to them.') == ['"no"', '"yes"']
    assert quoted("He said “no.” She said that it was “fine.”") == ["“no.”", "“fine.”"]
    assert quoted("It was over, he said. That ended it.") == []


def test_the_words_inside_go_to_the_speaker_not_the_writer():
    for text, word, speaker in ((GRAHAM, "outrageous", "Graham"), (GIULIANI, "hysterical", "Rudy Giuliani")):
        analysis = saywho.analyze(text)
        start = text.index(word)
        owners = [a.speaker.name for a in analysis.attributions if a.speaker
                  for s, e in a.content.spans if s <= start < e]
        assert speaker in owners
        flagged = [s for key in ("labels", "loaded_cues", "hedges", "word_choices")
                   for item in analysis.voice[key] for s in item["spans"]]
        assert not any(s <= start < e for s, e in flagged)
