"""Quotation boundaries that lost a mark: the words inside still go to their speaker."""

from __future__ import annotations

import saywho
from saywho.analyse.quotes import find_quotes
from saywho.analyse.sentences import paragraph_spans


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


# Some outlets leave out the mark that should reopen a quotation running on into the next paragraph.
CARRIED = ("Mayor Ruth Okafor answered the council in a statement on Friday:\n"
           "“I have no idea who wrote the memo, and I had nothing to do with it. I have not, as yet, read it.\n"
           "Lund's problem with the memo is his and his alone, and I certainly hope the council sees it.”\n"
           "The council meets again on Monday.")


def test_a_quotation_carried_on_without_its_reopening_mark_runs_to_its_closing_one():
    quotes, warnings = find_quotes(CARRIED, paragraph_spans(CARRIED))
    assert [CARRIED[start:end] for start, end in (q.outer for q in quotes)] == [
        "“I have no idea who wrote the memo, and I had nothing to do with it. I have not, as yet, read it.",
        "Lund's problem with the memo is his and his alone, and I certainly hope the council sees it.”",
    ]
    assert warnings == []


def test_the_carried_words_are_the_speakers_and_make_no_attribution_of_their_own():
    analysis = saywho.analyze(CARRIED, date="2016-03-25")
    assert [(a.speaker.name, a.kind, len(a.content.spans)) for a in analysis.attributions] == \
        [("Ruth Okafor", "direct", 3)]
    assert analysis.warnings == []
