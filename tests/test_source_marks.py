"""A source that opens a bracket or a title keeps the mark that closes it (issue 12, s38): trimming the source's
trailing punctuation took "”" with the comma in "a host of MSNBC’s “Morning Joe,”", and a noun cue's source
stopped at "(R". PolNeAR's sources keep both marks, and its contents the doubled apostrophes closing a quotation
(s39). Sentences written for these tests."""

from __future__ import annotations

import pytest

import saywho


def sources(text: str) -> list[tuple[str | None, str, str | None]]:
    analysis = saywho.analyze(text)
    return [(a.source.text if a.source else None, a.cue.text, a.speaker.name if a.speaker else None)
            for a in analysis.attributions]


def test_a_show_title_in_curly_quotation_marks():
    assert sources("Dana Wexler, host of WRVX’s “Morning Drive,” suggested the mayor’s refusal to debate could "
                   "cost him the election.") == [
        ("Dana Wexler, host of WRVX’s “Morning Drive,”", "suggested", "Dana Wexler"),
    ]


def test_a_book_title_in_doubled_single_quotes_with_its_full_stop():
    text = ("''I would expect a novel set in the crisis to look at working women,'' said Ruth Ames, an English "
            "professor and the author of ''City of Debts.''")
    assert sources(text) == [
        ("Ruth Ames, an English professor and the author of ''City of Debts.''", "said", "Ruth Ames"),
    ]


def test_a_party_in_brackets_after_a_noun_cue():
    text = "Ted Carver, who badly needs a win in Tuesday's primary, received the endorsement of Gov. Ann Platt (R) on Friday."
    assert [s for s in sources(text) if s[1] == "received the endorsement"] == [
        ("Gov. Ann Platt (R)", "received the endorsement", "Ann Platt"),
    ]


def test_a_closed_title_is_left_as_it_is():
    assert sources("Dana Wexler, the host of “Morning Drive” on WRVX, said the mayor would lose.") == [
        ("Dana Wexler, the host of “Morning Drive” on WRVX,", "said", "Dana Wexler"),
    ]


@pytest.mark.parametrize(("sentence", "content"), [
    ("Most riders said the new schedule was ''a step backward,'' according to a survey by the transit agency.",
     "Most riders said the new schedule was ''a step backward,''"),
    ("''We need more buses,'' the mayor said at the meeting, according to a recording obtained by the paper.",
     "''We need more buses,'' the mayor said at the meeting"),
])
def test_a_content_keeps_the_doubled_apostrophes_around_its_quotation(sentence: str, content: str):
    analysis = saywho.analyze("Transit vote.\n\n" + sentence)
    assert [a.content.text for a in analysis.attributions if a.kind == "according-to"] == [content]
