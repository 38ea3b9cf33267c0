"""A dateline the model reads into a name ("CLEVELAND - Donald Trump") is not part of it."""

import saywho


def test_a_dateline_before_a_name_is_cut_and_the_surname_joins_the_person():
    text = ("CLEVELAND - Donald Trump painted a dire portrait of the nation on Thursday night.\n\n"
            "\"I will restore law and order,\" Trump said.")
    analysis = saywho.analyze(text, date="2016-07-22")
    names = {(e.name, e.type) for e in analysis.entities}
    assert ("Donald Trump", "PERSON") in names and not any("CLEVELAND" in name for name, _ in names)
    assert [a.speaker.name for a in analysis.attributions if a.speaker] == ["Donald Trump"]


def test_a_dateline_in_capitals_names_a_place_not_a_person():
    text = ("Voters Meet.\n\nMANCHESTER, N.H. — It was a striking sight at Manchester Memorial High School on "
            "primary day.\n\nA man greeted voters. \"We are friends,\" Jim Bennett, 57, told a voter.")
    analysis = saywho.analyze(text, date="2016-02-09")
    entities = [(e.name, e.type, e.aliases) for e in analysis.entities]
    assert entities == [("MANCHESTER", "GPE", []), ("N.H.", "GPE", []),
                        ("Manchester Memorial High School", "ORG", []), ("Jim Bennett", "PERSON", [])]
    assert [a.speaker.name for a in analysis.attributions if a.speaker] == ["Jim Bennett"]



def sources_cues_speakers(text: str, date: str) -> list[tuple[str, str, str]]:
    return [(a.source.text, a.cue.text, a.speaker.name) for a in saywho.analyze(text, date=date).attributions]


def test_an_agency_credited_in_the_dateline_is_not_the_one_who_acts():
    text = ("Strike goes on\n\n"
            "DETROIT (AP) — The United Auto Workers on Sunday rejected a new contract offer from Stellantis, saying "
            "the company had not moved far enough on wages.\n\n"
            "LONDON, Oct 3 (Reuters) - British Prime Minister Rishi Sunak said on Tuesday that the economy was "
            "turning a corner.")
    assert sources_cues_speakers(text, date="2023-10-04") == [
        ("The United Auto Workers", "rejected", "United Auto Workers"),
        ("The United Auto Workers", "saying", "United Auto Workers"),
        ("British Prime Minister Rishi Sunak", "said", "Rishi Sunak"),
    ]


def test_a_wire_dateline_is_neither_content_nor_the_company():
    text = ("Tech giant to cut jobs\n\n"
            "SAN FRANCISCO (Reuters) - Meridian Systems will cut about 10,000 jobs, the company said on Wednesday.")
    analysis = saywho.analyze(text, date="2023-01-18")
    assert [(a.source.text, a.speaker.name, a.speaker.named, a.content.text) for a in analysis.attributions] == [
        ("the company", "the company", False, "Meridian Systems will cut about 10,000 jobs")]


def test_a_dateline_in_title_case_with_an_agency_credit_is_a_place():
    text = ("Biden stumps for Clinton\n\n"
            "New York (AFP) – Vice President Joe Biden stumped for Hillary Clinton on Monday, trashing Donald Trump as "
            "unqualified for the White House.\n\n"
            "Washington (AFP) – Democrat Hillary Clinton swiped at her rival on Saturday, saying that “bombastic "
            "comments” do more harm than good.")
    assert sources_cues_speakers(text, date="2016-08-15") == [
        ("Vice President Joe Biden", "trashing", "Joe Biden"),
        ("Democrat Hillary Clinton", "saying", "Hillary Clinton"),
    ]
