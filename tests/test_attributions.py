"""Attribution shapes one sentence at a time: every way news writing frames a quotation.

Each case is (text, [(kind, source, cue, content, speaker)]) with exact expected strings.
As in PolNeAR, a quotation's content keeps its quotation marks.
"""

import pytest
from attribution_rows import attribution_rows

import saywho

CASES = [
    # the speaker after the quote, straight marks
    ('"We will rebuild the bridge," the mayor said on Monday.',
     [("direct", "the mayor", "said", '"We will rebuild the bridge,"', "the mayor")]),
    # the speaker before, with a colon (which PolNeAR counts in the cue)
    ('The mayor said: "We will rebuild the bridge."',
     [("direct", "The mayor", "said:", '"We will rebuild the bridge."', "The mayor")]),
    # the speaker inside a split quote: one attribution, two content spans ("she", with no one before her,
    # is no one's name: the speaker is unknown)
    ("“The plan,” she said, “is already late.”",
     [("direct", "she", "said", "“The plan,” … “is already late.”", None)]),
    # present tense, a title stripped from the name
    ("Senator Jane Holt says the plan is already late.",
     [("indirect", "Senator Jane Holt", "says", "the plan is already late", "Jane Holt")]),
    # future tense, that-clause
    ("Holt will tell the committee that the plan is late.",
     [("indirect", "Holt", "will tell", "that the plan is late", "Holt")]),
    # single curly and straight marks
    ("‘We are ready,’ the captain said.", [("direct", "the captain", "said", "‘We are ready,’", "the captain")]),
    ("'We are ready,' the captain said.", [("direct", "the captain", "said", "'We are ready,'", "the captain")]),
    # a nominal cue phrase does not get in the way
    ("In a statement, the company said profits had fallen.",
     [("indirect", "the company", "said", "profits had fallen", "the company")]),
    # according to, at the end and at the start
    ("Profits fell sharply, according to the company.",
     [("according-to", "the company", "according to", "Profits fell sharply", "the company")]),
    # X reported, before and after
    ("The New York Times reported that profits had fallen.",
     [("reported", "The New York Times", "reported", "that profits had fallen", "New York Times")]),
    ("Profits had fallen, the newspaper reported.",
     [("reported", "the newspaper", "reported", "Profits had fallen", "the newspaper")]),
    # a belief counts, as in PolNeAR
    ("Officials believe the fire was started deliberately.",
     [("indirect", "Officials", "believe", "the fire was started deliberately", "Officials")]),
    # partial quotes inside the writer's sentence; the content is what the cue is about, as in PolNeAR
    ("Critics called the plan “a disaster”.", [("partial", "Critics", "called", "the plan “a disaster”", "Critics")]),
    # any verb frames a quotation that opens its paragraph and closes on a comma before a name and its verb
    ("“Go back to Univision,” Trump barked and a guard escorted the reporter out.",
     [("direct", "Trump", "barked", "“Go back to Univision,”", "Trump")]),
    # a participial cue whose subject is the main clause's
    ("The union, praising the deal as “a fair result”, ended the strike.",
     [("partial", "The union", "praising", "the deal as “a fair result”", "The union")]),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[c[0][:40] for c in CASES])
def test_attribution_shapes(text, expected):
    assert attribution_rows(text) == expected


def speakers(text: str) -> list[tuple[str, str, str]]:
    """Each attribution's source as written, the speaker it resolved to, and how."""
    return [(a.source.text, a.speaker.name if a.speaker else None, a.speaker.resolved_by if a.speaker else None)
            for a in saywho.analyze(text).attributions]


def test_pronoun_follows_the_previous_speaker_across_paragraphs():
    text = (
        "Mayor Elena Vasquez opened the meeting on Thursday.\n"
        "“We cannot rush this,” she said.\n"
        "Council member Tom Reyes disagreed.\n"
        "“We have waited long enough,” he said."
    )
    assert speakers(text) == [("she", "Elena Vasquez", "pronoun"), ("he", "Tom Reyes", "pronoun")]


def test_an_indefinite_description_is_never_given_a_name():
    text = "Mayor Elena Vasquez opened the meeting.\nA council official said the vote would be delayed."
    attribution = saywho.analyze(text).attributions[0]
    assert (attribution.speaker.name, attribution.speaker.named) == ("A council official", False)


def test_a_description_that_names_another_organisation_is_not_forced_onto_a_speaker():
    text = (
        "Hamas official Mousa Abu Marzouk spoke to RT on Friday.\n"
        "The Taliban official said the group would hold talks."
    )
    attribution = saywho.analyze(text).attributions[0]
    assert attribution.speaker.name == "The Taliban official"
    assert attribution.speaker.resolved_by == "unnamed"


def test_a_bare_surname_goes_to_whoever_was_named_last_and_never_merges_two_people():
    text = (
        "Hillary Clinton spoke in Ohio on Monday about jobs and trade.\n"
        "Clinton said the plan would help workers.\n"
        "Former President Bill Clinton also spoke at the rally.\n"
        "Clinton told the crowd that his wife would win.\n"
        "Hillary Rodham Clinton later said she was grateful."
    )
    analysis = saywho.analyze(text)
    assert [a.speaker.name for a in analysis.attributions] == [
        "Hillary Rodham Clinton", "Bill Clinton", "Hillary Rodham Clinton",
    ]
    people = {e.name: e.aliases for e in analysis.entities if e.type == "PERSON"}
    assert people == {"Hillary Rodham Clinton": ["Hillary Clinton", "Clinton"], "Bill Clinton": ["Clinton"]}


def test_mr_and_mrs_keep_two_people_apart_and_they_is_never_one_person():
    text = (
        "Hillary Clinton spoke in Ohio on Monday about jobs and trade.\n"
        "Mrs. Clinton said the plan would help workers.\n"
        "Mr. Clinton said he was proud of his wife.\n"
        "They said the rally had gone well."
    )
    assert [(source, name) for source, name, _ in speakers(text)] == [
        ("Mrs. Clinton", "Hillary Clinton"), ("Mr. Clinton", "Mr. Clinton"), ("They", None),
    ]


def test_a_possessed_or_plural_description_is_someone_else():
    text = (
        "Senator Bernie Sanders spoke in Iowa on Monday.\n"
        "Mr. Sanders's aides said the campaign had raised more money.\n"
        "His chief aide said the senator would win.\n"
        "The senator said he was confident."
    )
    assert speakers(text) == [
        ("Mr. Sanders's aides", "Mr. Sanders's aides", "unnamed"),
        ("His chief aide", "His chief aide", "unnamed"),
        ("The senator", "Bernie Sanders", "description"),
    ]


@pytest.mark.parametrize("text, expected", [
    # a headline's speaker and whom they address; PolNeAR leaves the line's full stop out
    ("Vasquez to city council: The bridge will wait.\n\nMayor Elena Vasquez spoke on Monday.",
     [("indirect", "Vasquez", ":", "The bridge will wait")]),
    # a finding given to what found it
    ("Poll: Most voters back the bridge plan.\n\nThe survey was taken last week.",
     [("indirect", "Poll", ":", "Most voters back the bridge plan")]),
    # a transcript's label once, for someone the article names in full
    ("OBI: We found the problem on paper.\n\nMarcus Obi leads the engineering team.",
     [("direct", "OBI", ":", "We found the problem on paper")]),
    # labels that are nobody: an update notice, a participle that addresses something
    ("UPDATE: The vote was delayed.\n\nThe mayor spoke.", []),
    ("Responding to the critics: the council has not met.\n\nThe mayor spoke.", []),
])
def test_labelled_lines(text, expected):
    found = saywho.analyze(text, date="2016-01-01").attributions
    assert [(a.kind, a.source.text, a.cue.text, a.content.text) for a in found] == expected


@pytest.mark.parametrize("text, speaker", [
    # what scraped pages leave glued to a name: markup, a dash, a colon
    ('<p>">Sanders said on Monday that the plan would fail.', "Sanders"),
    ("-Craig Fehrman said the primary was over.", "Craig Fehrman"),
    ('Marco Rubio : "We will win," he said.', "Marco Rubio"),
    ("Martin Luther King Jr. said the time was now.", "Martin Luther King Jr."),  # a final period stays
])
def test_speaker_names_shed_stray_punctuation(text, speaker):
    (attribution,) = saywho.analyze(text, date="2016-01-01").attributions
    assert attribution.speaker.name == speaker


def test_a_name_and_age_between_the_quotation_and_its_cue_is_the_source():
    # the parser hangs "Ramos" on the quotation's verb and leaves "told" without a subject
    text = (
        "Jorge Ramos is a reporter.\n\n"
        "“We were tremendously wrong to not have confronted him from the beginning,” Ramos, 58, told AFP "
        "in an interview in Mexico City on Monday.\n\n"
        "“Many governments simply did not react to the danger,” he said."
    )
    assert speakers(text) == [("Ramos, 58,", "Jorge Ramos", "alias"), ("he", "Jorge Ramos", "pronoun")]
