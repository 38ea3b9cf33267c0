"""Wrong speakers from more parse shapes (issue 13, s19-subj2), on sentences written for the tests: a passive cue with
no agent ("when it was revealed that …"), a participle after a passive ("was booed by supporters after telling …"),
"praised/mocked X for V-ing", and a capitalised verb read as a noun at a sentence's start ("Keeps saying …"). Each
case: text, then the (source, cue, content, speaker name) of every attribution found."""

import pytest

import saywho

CASES = [
    # 1. a passive cue with no "by" names no speaker: not the subject of the clause it hangs on
    ("The council voted on Tuesday, when it was revealed that the mayor had lied.",
     [(None, "was revealed", "that the mayor had lied", None)]),
    ("The board met again on Monday, after it was announced that the plant would close.",
     [(None, "was announced", "that the plant would close", None)]),
    # 2. a participle after a passive, led by "after", "for" …, is the passive subject's, not the agent's
    ("Ms. Vale was booed by supporters after telling them the plant would close.",
     [("Ms. Vale", "telling", "the plant would close", "Ms. Vale")]),
    ("Mr. Ortiz was fined by the league for claiming the referee was paid.",
     [("Mr. Ortiz", "claiming", "the referee was paid", "Mr. Ortiz")]),
    # ("by V-ing" is the means of someone unnamed: still no speaker)
    ("His plan was defended by arguing that the old bridge was unsafe.",
     [(None, "arguing", "that the old bridge was unsafe", None)]),
    # 3. "praised / mocked X for V-ing": X does the V-ing; not "took home the award for showing"
    ("Critics mocked Senator Ray Dunn for saying the tax was fair.",
     [("Critics", "mocked", "Senator Ray Dunn for saying the tax was fair", "Critics"),
      ("Senator Ray Dunn", "saying", "the tax was fair", "Ray Dunn")]),
    ("The union praised Governor Ada Lind for promising that no school would close.",
     [("The union", "praised", "Governor Ada Lind for promising that no school would close", "The union"),
      ("Governor Ada Lind", "promising", "that no school would close", "Ada Lind")]),
    ("The singer took home the top award for showing that country music can still surprise.",
     [("The singer", "showing", "that country music can still surprise", "The singer")]),
    # 4. a verb that takes a gerund, read as a noun at a sentence's start, is no one
    ("Dear editor,\n\nKeeps saying she opposed the war, but the record shows otherwise.",
     [(None, "saying", "she opposed the war", None)]),
]


def rows(text: str) -> list[tuple]:
    return [(a.source.text if a.source else None, a.cue.text if a.cue else None, a.content.text,
             a.speaker.name if a.speaker else None)
            for a in saywho.analyze(text, date="2016-01-01").attributions]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[c[0][:40] for c in CASES])
def test_the_speaker_the_parse_shape_names(text, expected):
    assert rows(text) == expected
