"""The analysis errors a reader notices first (issue 13), each on short articles written for the tests.

Each case is (text, [(kind, source, cue, content, speaker, negated)]) with exact expected values.
"""

import pytest
from rich.console import Console

import saywho
from saywho.document import SCHEMA_VERSION, Analysis
from saywho.render import render_html, render_terminal
from saywho.render.cite import attribution_citation


def found(text: str) -> list[tuple]:
    return [
        (a.kind, a.source.text if a.source else None, a.cue.text if a.cue else None, a.content.text,
         a.speaker.name if a.speaker else None, a.negated)
        for a in saywho.analyze(text, date="2016-01-01").attributions
    ]


NOT_QUOTATIONS = [
    # a show's name is no one's words; the partial quotation of real words stays
    ("Appearing on “Face the Nation,” Senator Ann Ruiz said the bill was “dead on arrival.”",
     [("partial", "Senator Ann Ruiz", "said", "the bill was “dead on arrival.”", "Ann Ruiz", False)]),
    ('Speaking on "The View" on Tuesday, Ruiz said she would run again.',
     [("indirect", "Ruiz", "said", "she would run again", "Ruiz", False)]),
    ("Governor Tom Hale watched the “State of the Union” on Tuesday and said it was too long.",
     [("indirect", "Governor Tom Hale", "said", "it was too long", "Tom Hale", False)]),
    ("Ruiz told viewers of CBS’s “The Late Show” that the race was close.",
     [("indirect", "Ruiz", "told", "that the race was close", "Ruiz", False)]),
    # a name given by a participle ("a series called …") is nobody's words
    ("The station runs a regular series called “Quick Question” on Fridays.", []),
    # scare quotes, where no one is said to have said anything
    ("The so-called “reform” left thousands without care, and the “temporary” closure has lasted a year.", []),
    # two partial quotations of one speaker stay one attribution
    ("Hale said the deal was “good for workers” and “good for the city.”",
     [("partial", "Hale", "said", "the deal was “good for workers” and “good for the city.”", "Hale", False)]),
]

ACTIONS = [
    # a chant belongs to those chanting, the counted people behind "Hundreds of"
    ("Hundreds of protesters marched through downtown on Sunday, chanting “Hands up, don't shoot.”",
     [("partial", "Hundreds of protesters", "chanting", "“Hands up, don't shoot.”", "protesters", False)]),
    # the shout is the man's; what the sources said is the arrest
    ("A man shouting “Allahu Akbar” was arrested near the station, law enforcement sources said.",
     [("indirect", "law enforcement sources", "said", "A man shouting “Allahu Akbar” was arrested near the station",
       "law enforcement sources", False),
      ("partial", "A man", "shouting", "“Allahu Akbar”", "A man", False)]),
    # calling a number is not saying it
    ("A neighbour called 911 after hearing shots, police said.",
     [("indirect", "police", "said", "A neighbour called 911 after hearing shots", "police", False)]),
    ("The reporter told The Daily Star on Monday.", []),
    # how someone or something looks to the writer is no one's statement
    ("Such attacks can appear to be random.", []),
    ("He appears to understand the problem.", []),
    ("Mayor Ana Ruiz seems to be able to show up anywhere.", []),
    ("One of the attackers appeared to have been a refugee.", []),
    # the object of "urged" is whom the words went to: what was urged is what the object is to do
    ("The White House urged Silicon Valley to act on extremist posts.",
     [("indirect", "The White House", "urged", "Silicon Valley to act on extremist posts", "White House", False)]),
    ("Pastor Ruth Dale urged her parishioners to vote on Tuesday.",
     [("indirect", "Pastor Ruth Dale", "urged", "her parishioners to vote on Tuesday", "Ruth Dale", False)]),
    ("A new Register poll showed Mr. Trump leading Mr. Cruz in Iowa.",
     [("indirect", "A new Register poll", "showed", "Mr. Trump leading Mr. Cruz in Iowa", "A new Register poll",
       False)]),
    # a headline's passive, "Expected To Be Indicted", is not the aide's statement
    ("Trump Aide Expected To Be Indicted\nThe aide met prosecutors on Monday.", []),
    # "who" is the source, as PolNeAR marks it; the speaker is the person it stands for
    ("Senator Ann Ruiz, who has said that she will cut taxes, spoke on Monday.",
     [("indirect", "who", "has said", "that she will cut taxes", "Ann Ruiz", False)]),
]

NEGATED = [
    ("The senator did not say whether he would vote for the bill.",
     [("indirect", "The senator", "did not say", "whether he would vote for the bill", "The senator", True)]),
    ("Ruiz declined to threaten a veto.", [("indirect", "Ruiz", "declined", "to threaten a veto", "Ruiz", True)]),
    # one attribution for the refusal, not a second one for "say"
    ("Ruiz refused to say who had paid for the trip.",
     [("indirect", "Ruiz", "refused", "to say who had paid for the trip", "Ruiz", True)]),
    ("Hale never said that the plan would fail.",
     [("indirect", "Hale", "never said", "that the plan would fail", "Hale", True)]),
    ("Governor Tom Hale did not reference the strike in his speech.",
     [("indirect", "Governor Tom Hale", "did not reference", "the strike", "Tom Hale", True)]),
    # a "not" inside the words said, or in the reported clause, negates nothing
    ("“We will not give up,” Hale said.", [("direct", "Hale", "said", "“We will not give up,”", "Hale", False)]),
    ("Hale said he would not run.", [("indirect", "Hale", "said", "he would not run", "Hale", False)]),
]

GAPS = [
    # one continuous quotation of two sentences: no "…" where the article has none
    ("“We will win. We will win big,” Hale said.",
     [("direct", "Hale", "said", "“We will win. We will win big,”", "Hale", False)]),
    ('"We will win. We will win big," Hale said.',
     [("direct", "Hale", "said", '"We will win. We will win big,"', "Hale", False)]),
    # a real gap keeps its "…"
    ("“We will win,” Hale said, “and we will win big.”",
     [("direct", "Hale", "said", "“We will win,” … “and we will win big.”", "Hale", False)]),
]

SOURCES_AFTER_QUOTES = [
    # the parser gives "said" a second subject inside the quotation ("they"): the speaker is the one outside it
    ('"The early states matter, but they [award] only 4 percent of the delegates," campaign manager Robby Mook said.',
     [("direct", "campaign manager Robby Mook", "said",
       '"The early states matter, but they [award] only 4 percent of the delegates,"', "Robby Mook", False)]),
    # after a quotation, "added X" has X as its speaker even where the parser takes X for the object
    ("“There are more candidates in New Hampshire than ever,” added another New Hampshire Republican.",
     [("direct", "another New Hampshire Republican", "added", "“There are more candidates in New Hampshire than ever,”",
       "another New Hampshire Republican", False)]),
    # ... or the subject of a later verb ("Maynard … joking")
    ('"I am more skilled with my hands than I am with my brain," said Robin Maynard, half joking.',
     [("direct", "Robin Maynard", "said", '"I am more skilled with my hands than I am with my brain,"', "Robin Maynard",
       False)]),
    # but whom words were told to is not who said them
    ("“We will win,” told reporters on Monday.", [("direct", None, "told", "“We will win,”", None, False)]),
]

NOT_SAID = [
    # what someone saw is not what anyone said
    ("I also saw that the senator was weeping.", []),
    ("Voters increasingly see Sanders as electable.", []),
    # one quoted word in the writer's sentence is a label, not what was said; a word said on its own stays
    ("Mainstream Republicans recommended an “autopsy” after the defeat.", []),
    ("“No,” Hale said.", [("direct", "Hale", "said", "“No,”", "Hale", False)]),
    ("The mayor called the plan “reckless” on Monday.",
     [("partial", "The mayor", "called", "the plan “reckless”", "The mayor", False)]),
]

NOT_ATTRIBUTIONS = [
    # an open question: what no one has said yet
    ("It is unclear whether the judges would rule that the law is void.", []),
    ("Nobody knows whether the council would agree that the budget is too high.",
     [("indirect", "Nobody", "knows", "whether the council would agree that the budget is too high", None, True)]),
    # ... but a refusal to say whether stays, marked not said
    ("The senator did not say whether he would vote for the bill.",
     [("indirect", "The senator", "did not say", "whether he would vote for the bill", "The senator", True)]),
    # "it shows": the writer's inference, or a picture, not a statement
    ("The mayor cut the budget again. It shows how far the city has fallen.", []),
    ("The town has added three parks. This suggests that the plan is working.", []),
    ("The council released a video that showed the mayor shouting at a clerk.", []),
    # ... and a quotation carried on from it in the next paragraph goes with it
    ("The figures are out. This suggests that the city is “in decline.”\n“It will get worse before it gets better.”\n"
     "Hale said the plan would work.", [("indirect", "Hale", "said", "the plan would work", "Hale", False)]),
    # a poll, a report or a person that shows something stays, but not inside what someone else says: the keep
    # model drops it there, as PolNeAR's annotators do (none of train's 22,466 cues lies in another's content)
    ("The report shows that the plan is working.",
     [("indirect", "The report", "shows", "that the plan is working", "The report", False)]),
    ("Hale said the report shows that the plan is working.",
     [("indirect", "Hale", "said", "the report shows that the plan is working", "Hale", False)]),
    # a belief, hope or wish inside what someone says is part of the saying, not an attribution of its own
    ("Hale said he believes the plan will work.",
     [("indirect", "Hale", "said", "he believes the plan will work", "Hale", False)]),
    ("The senator told reporters that she thinks the bill is dead.",
     [("indirect", "The senator", "told", "that she thinks the bill is dead", "The senator", False)]),
    ("Hale said he hopes the council will agree.",
     [("indirect", "Hale", "said", "he hopes the council will agree", "Hale", False)]),
    # ... while a belief of one's own stays
    ("Hale believes the plan will work.", [("indirect", "Hale", "believes", "the plan will work", "Hale", False)]),
]

# Cue and content boundaries (issue 13's audits, issue 12's content F1; docs/benchmarks.md, "Content boundaries,
# second round").
BOUNDARIES = [
    # one unbroken cue, as PolNeAR draws it: through the verb group, never "said … Tuesday" in two pieces
    ("Senator Ann Ruiz spoke favorably of the plan on Monday.",
     [("indirect", "Senator Ann Ruiz", "spoke favorably of", "the plan", "Ann Ruiz", False)]),
    ("Governor Tom Hale told reporters in a rare interview Tuesday that he would run.",
     [("indirect", "Governor Tom Hale", "told", "that he would run", "Tom Hale", False)]),
    # where words were said: "at" and "during" stay out of the cue, "in an interview" stays in (as the gold mostly has it)
    ("Hale said at a rally on Monday that the port would stay open.",
     [("indirect", "Hale", "said", "that the port would stay open", "Hale", False)]),
    ("Hale said in an interview that the port would stay open.",
     [("indirect", "Hale", "said in an interview", "that the port would stay open", "Hale", False)]),
    # a phrase quoted in passing is not a piece of the nearest speaker's quotation; a quoted sentence is
    ("“We will balance the budget,” Mayor Ann Ruiz said. The “47 percent” remark still haunts her rival.",
     [("direct", "Mayor Ann Ruiz", "said", "“We will balance the budget,”", "Ann Ruiz", False)]),
    ("“We will balance the budget,” Mayor Ann Ruiz said. “Believe it.”",
     [("direct", "Mayor Ann Ruiz", "said", "“We will balance the budget,” … “Believe it.”", "Ann Ruiz", False)]),
    # in the frame's own sentence the phrase stays with the frame: often it is the speaker's word
    ("Mayor Ann Ruiz went after the “reckless” budget on Tuesday, saying it would ruin the city.",
     [("indirect", "Mayor Ann Ruiz", "saying", "“reckless” … it would ruin the city", "Ann Ruiz", False)]),
    # whom a call is on belongs to what was called for
    ("Senator Bernie Sanders called on Governor Rick Snyder to resign over the crisis.",
     [("indirect", "Senator Bernie Sanders", "called on", "Governor Rick Snyder to resign over the crisis",
       "Bernie Sanders", False)]),
    # the writer's gloss after a comma is not what was said; before the cue, the phrase is the speaker's
    ("The council said revenue rose to $557 million in 2015, an increase of almost $200 million.",
     [("indirect", "The council", "said", "revenue rose to $557 million in 2015", "The council", False)]),
    ("The mayor said the contest had been rigged against her, a charge that party leaders denied.",
     [("indirect", "The mayor", "said", "the contest had been rigged against her", "The mayor", False)]),
    # ... but the next item of a list the parser hung there as a gloss stays (s46)
    ("Prosecutors said Stoltz spent the money on vacations, a boat and his daughter's wedding.",
     [("indirect", "Prosecutors", "said", "Stoltz spent the money on vacations, a boat and his daughter's wedding",
       "Prosecutors", False)]),
    # ... and inside quotation marks it is the speaker's own words
    ("Mayor Ruiz said the tax was “a disaster for the city, a burden on every family.”",
     [("partial", "Mayor Ruiz", "said", "the tax was “a disaster for the city, a burden on every family.”", "Mayor Ruiz",
       False)]),
]

HIDDEN_COMPLEMENTS = [
    # the parser hangs the "that" clause on the occasion's noun as a relative clause; it is what was told
    ("Ruiz told reporters at a briefing that the port was safe.",
     [("indirect", "Ruiz", "told", "that the port was safe", "Ruiz", False)]),
    # a true relative clause, whose "that" is its subject, stays the occasion's
    ("Ruiz spoke at a briefing that lasted an hour.", []),
    # a noun the tagger took for a verb, with its determiner, frames no quotation of its own (s46)
    ('Kline said she would not raise taxes. Mercer called that promise "a fairy tale."',
     [("indirect", "Kline", "said", "she would not raise taxes", "Kline", False),
      ("partial", "Mercer", "called", 'that promise "a fairy tale."', "Mercer", False)]),
    # whom the writer has a report from is no part of what the report shows (s46); an aside inside the words stays
    ("Scientists at the state university have studied the aquifer for a decade. Their research shows that salt levels "
     "have tripled since 2015, according to Dr. Kevin Osei, a hydrologist who led the work. He said the town would "
     "need a new water source.",
     [("according-to", "Dr. Kevin Osei, a hydrologist who led the work", "according to",
       "Their research shows that salt levels have tripled since 2015", "Kevin Osei", False),
      ("indirect", "Their research", "shows", "that salt levels have tripled since 2015", "Their research", False),
      ("indirect", "He", "said", "the town would need a new water source", "Kevin Osei", False)]),
    ("The AP reported that, according to an analysis of her calendar, 85 of the 154 meetings were with donors.",
     [("reported", "The AP", "reported",
       "that, according to an analysis of her calendar, 85 of the 154 meetings were with donors", "AP", False),
      ("according-to", "an analysis of her calendar", "according to", "85 of the 154 meetings were with donors",
       "an analysis", False)]),
    # a clause in the writer's gloss on a place ("a plan that …") is not what a cue reports (s46)
    ('The city council voted 7-2 on Thursday to add protected bike lanes along Market Street, a plan that shop '
     'owners have called "a death sentence" for small businesses.',
     [("partial", "shop owners", "have called", '"a death sentence" for small businesses', "shop owners", False)]),
    # who lets the others know is the source, and "let them know" the cue (as PolNeAR's gold draws it)
    ("The mayor let residents know that the water was safe.",
     [("indirect", "The mayor", "let residents know", "that the water was safe", "The mayor", False)]),
    # a question or exclamation in quotation marks, then its frame with a capitalised speaker: one sentence
    ("“Why now?” Mayor Ann Ruiz asked. “We will win!” Tom Hale shouted at the crowd.",
     [("direct", "Mayor Ann Ruiz", "asked", "“Why now?”", "Ann Ruiz", False),
      ("direct", "Tom Hale", "shouted", "“We will win!”", "Tom Hale", False)]),
    # "who" agrees in number with the noun right before its comma, not with the earlier noun the parser chose
    ("The video has become a focal point for demonstrators here, who have taken to the streets and called for "
     "footage to be released.",
     [("indirect", "who", "called for", "footage to be released", "demonstrators here", False)]),
    # after a full stop only a frame that is its whole sentence; a new statement stays a sentence of its own
    ("“We will win.” Hale said.",
     [("direct", "Hale", "said", "“We will win.”", "Hale", False)]),
]

CASES = NOT_QUOTATIONS + ACTIONS + NEGATED + GAPS + SOURCES_AFTER_QUOTES + NOT_SAID + NOT_ATTRIBUTIONS + BOUNDARIES + HIDDEN_COMPLEMENTS


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[c[0][:40] for c in CASES])
def test_what_is_and_is_not_said(text, expected):
    assert found(text) == expected


TRANSCRIPT = (
    "Governor Mike Pence spoke to Chris Wallace on Sunday.\n"
    "WALLACE: Governor, let me start with the debate.\n"
    "PENCE: Thank you, Chris. It's great to be here.\n"
    "WALLACE: You said the economy is strong.\n"
    "PENCE: I did, and I said the jobs numbers prove it.\n"
    "MODERATOR: We have one minute left.\n"
)


def test_every_line_of_a_transcript_is_its_speakers_own_words():
    analysis = saywho.analyze(TRANSCRIPT)
    labelled = [(a.kind, a.source.text, a.content.text) for a in analysis.attributions if a.cue.text == ":"]
    assert labelled == [
        ("direct", "WALLACE", "Governor, let me start with the debate"),
        ("direct", "PENCE", "Thank you, Chris. It's great to be here"),
        ("direct", "WALLACE", "You said the economy is strong"),
        ("direct", "PENCE", "I did, and I said the jobs numbers prove it"),
        ("direct", "MODERATOR", "We have one minute left"),  # a label met once, in a transcript
    ]
    nested = {a.source.text: a.speaker.name for a in analysis.attributions if a.cue.text != ":"}
    assert nested == {"You": "Mike Pence", "I": "Mike Pence"}
    assert not {"I", "You", "i", "you"} & set(analysis.speakers())
    assert [source["name"] for source in analysis.voice["sources"]] == ["Chris Wallace", "Mike Pence", "MODERATOR"]


# -- the "not said" mark in the document and every view ------------------------------------------


def test_negated_is_in_the_document_and_older_versions_read_as_said():
    data = saywho.analyze("Hale never said that the plan would fail.").to_dict()
    assert data["schema_version"] == SCHEMA_VERSION == 5
    assert data["attributions"][0]["negated"] is True
    assert Analysis.from_dict(data).to_dict() == data
    for version in (1, 2):
        old = {**data, "schema_version": version,
               "attributions": [{k: v for k, v in a.items() if k != "negated"} for a in data["attributions"]]}
        assert [a.negated for a in Analysis.from_dict(old).attributions] == [False]
    with pytest.raises(ValueError, match="schema version 5 or older"):
        Analysis.from_dict({**data, "schema_version": 6})


def test_every_view_shows_not_said():
    analysis = saywho.analyze("Hale never said that the plan would fail.\nRuiz said the plan would work.")
    console = Console(width=100, no_color=True, record=True)
    render_terminal(analysis, console)
    terminal = console.export_text()
    assert terminal.count("[not said]") == 1
    html = render_html(analysis)
    assert html.count('class="sw-badge sw-not-said"') == 1
    citation = attribution_citation(analysis.attributions[0], analysis)
    assert citation.startswith("Not said, the article reports: Hale, as reported (the writer's words):")
