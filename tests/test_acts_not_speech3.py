"""Non-speech read as speech, third round (issue 13, s20-acts): a thing pumping air, finding oneself somewhere or
finding something hard, a court's ruling on a request, a lawyer's defence, "which" standing for a thing that
confirms, the writer's gloss ("…, he said, referring to …"), the writer's "It is worth noting that …", a generic
"everything X says", a Title Case heading whose "to" is an infinitive's, the writer's "That said, …" and a tally
after a name ("Hillary Clinton: 1,769."). Sentences written for the tests.

Each case is (text, [(kind, source, cue, content, speaker)]) with exact expected values.
"""

import pytest
from attribution_rows import attribution_rows


def found(text: str) -> list[tuple]:
    return attribution_rows(text, date="2016-01-01")


NOT_SPEECH = [
    # a thing moving something from somewhere
    "The giant fans in the tunnel were pumping cold air from below.",
    "The pumps were pumping water from the river.",
    # where someone ends up, or how hard something is
    "The mayor will also find it hard to repeat his attacks on the council.",
    "Mr. Romney found it difficult to explain the plan.",
    "Hale found himself embroiled in a fight over the budget.",
    "The party found itself defending a plan it had opposed.",
    # a lawyer's work and a court's ruling
    "Before she ran for office, she defended people accused of fraud.",
    "As a lawyer, Ms. Ruiz defended clients charged with murder.",
    "A judge has rejected a request to unseal the file.",
    # "which" standing for a thing that confirms
    "My father died of cancer, which confirmed what I feared.",
    "The storm flooded the town, which confirmed that the levees were too low.",
    # the writer's own aside, and all of someone's words
    "It is worth noting that the mayor never held a job in the city.",
    "Everything the senator says is a lie.",
    # the writer's concession, and a tally after a name
    "The bridge opens in June. That said, the council cannot pay for the new road this year.",
    "That being said, the budget will not balance.",
    "Delegate count: the latest tally in the race.\n\nHillary Clinton: 1,769.\n\nBernie Sanders: 1,501.",
]

GLOSSED = [
    # the writer's gloss on whom or what the speaker meant: the quotation stays, the gloss goes
    ('"We will not go," he said, referring to the country\'s official name.',
     [("direct", "he", "said", '"We will not go,"', None)]),
    ('"He has won three," Hale said, referring to Ruiz.',
     [("direct", "Hale", "said", '"He has won three,"', "Hale")]),
    # a heading with an infinitive's "to" names no speaker
    ("Fraud Agency Struggles\n\nThe Hale Foundation has struggled since it began, Ms. Ruiz said.\n\n"
     "Hale Foundation to Fight Crime: The agency was set up in 1950 to fight fraud, but it has few staff.\n\n"
     "Officials said the budget would grow.",
     [("indirect", "Ms. Ruiz", "said", "The Hale Foundation has struggled since it began", "Ms. Ruiz"),
      ("indirect", "Officials", "said", "the budget would grow", "Officials")]),
]

WORDS = [
    # a finding, a stance and a doubt told with "find"
    ("The poll found that most voters back the plan.",
     [("indirect", "The poll", "found", "that most voters back the plan", "The poll")]),
    ("I find his message chilling.", [("indirect", "I", "find", "his message chilling", None)]),
    ("Hale finds it hard to believe that the plan will work.",
     [("indirect", "Hale", "finds", "it hard to believe that the plan will work", "Hale")]),
    # a judge weighing a claim, a person rejecting an offer
    ("The judge rejected the claim that the votes were forged.",
     [("indirect", "The judge", "rejected", "the claim that the votes were forged", "The judge")]),
    ("Ms. Ruiz rejected the offer on Tuesday.", [("indirect", "Ms. Ruiz", "rejected", "the offer", "Ms. Ruiz")]),
    # defending a record or a person is a stance
    ("Hale defended his record on taxes.", [("indirect", "Hale", "defended", "his record on taxes", "Hale")]),
    ("Hale defended Ruiz as a decent man.", [("indirect", "Hale", "defended", "Ruiz as a decent man", "Hale")]),
    # a person referring to someone, and a poll or study "which" confirms
    ("Hale referred to Ruiz as a friend.", [("indirect", "Hale", "referred to", "Ruiz as a friend", "Hale")]),
    ("A poll, which confirmed that voters were angry, was released on Monday.",
     [("indirect", "which", "confirmed", "that voters were angry", "A poll")]),
    ("The study, which confirmed that the river was clean, was published on Monday.",
     [("indirect", "which", "confirmed", "that the river was clean", "The study")]),
    # what someone said about everything, and "worth" inside what was said
    ("The senator said everything was fine.",
     [("indirect", "The senator", "said", "everything was fine", "The senator")]),
    ("Ms. Ruiz noted that the plan was worth the cost.",
     [("indirect", "Ms. Ruiz", "noted", "that the plan was worth the cost", "Ms. Ruiz")]),
    # what a pronoun said
    ("The mayor spoke for an hour. That said it all, the council told reporters.",
     [("indirect", "the council", "told", "That said it all", "the council")]),
    # a headline's speaker and whom she addresses
    ("Clinton to Planned Parenthood: Trump will reverse Roe v. Wade",
     [("indirect", "Clinton", ":", "Trump will reverse Roe v. Wade", "Clinton")]),
]


@pytest.mark.parametrize("text", NOT_SPEECH, ids=[text[:40] for text in NOT_SPEECH])
def test_no_attribution(text):
    assert found(text) == []


@pytest.mark.parametrize(("text", "expected"), GLOSSED, ids=[c[0][:40] for c in GLOSSED])
def test_the_gloss_and_the_heading_go(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize(("text", "expected"), WORDS, ids=[c[0][:40] for c in WORDS])
def test_words_told_with_the_same_verbs_stay(text, expected):
    assert found(text) == expected
