"""Source profiles: who a source is as far as the article says, on short articles written for these tests."""

from __future__ import annotations

import pytest

import saywho
from saywho.document import Analysis

ARTICLE = """Governor Tom Reyes announced the new bridge on Monday.
“We will finish it by spring,” he said.
A spokeswoman for the Transit Authority said the work would start in March.
“I drive across it every day,” said a 33-year-old mother who lives nearby.
Sources familiar with the plan said the cost could double.
The report said the bridge was unsafe.
“This is a disaster,” said Ms. Alvarez, a professor of engineering at Lakeside University.
“I am not convinced,” said Jordan Pike, a local business owner.
"""


@pytest.fixture(scope="module")
def profiles():
    analysis = saywho.analyze(ARTICLE)
    return {a.source.text: a.speaker.profile for a in analysis.attributions}


def fields(profile) -> tuple[str, str, str, str]:
    return profile.naming, profile.kind, profile.role, profile.gender


def test_a_named_official_who_is_he(profiles):
    assert fields(profiles["Governor Tom Reyes"]) == ("named", "person", "politician", "male")
    assert fields(profiles["he"]) == ("named", "person", "politician", "male")


def test_a_spokeswoman_for_an_organisation(profiles):
    assert fields(profiles["A spokeswoman for the Transit Authority"]) == \
        ("anonymous", "person", "spokesperson", "female")


def test_an_ordinary_mother(profiles):
    assert fields(profiles["a 33-year-old mother who lives nearby"]) == ("ordinary", "person", "citizen", "female")


def test_sources_familiar_with(profiles):
    assert fields(profiles["Sources familiar with the plan"]) == ("anonymous", "person", "not stated", "not stated")


def test_a_report_is_a_document(profiles):
    assert fields(profiles["The report"]) == ("unnamed", "document", "not stated", "not stated")


def test_ms_and_a_professor(profiles):
    profile = profiles["Ms. Alvarez, a professor of engineering at Lakeside University"]
    assert fields(profile) == ("named", "person", "expert", "female")


def test_a_first_name_alone_states_no_gender(profiles):
    # "Jordan" or "Tom" may be in a list of first names; the article never says he or she of Pike.
    assert profiles["Jordan Pike, a local business owner"].gender == "not stated"


def test_a_first_name_is_never_read_as_a_gender():
    analysis = saywho.analyze("“Prices are too high,” said Mary Collins.\n“We cannot wait,” said John Baker.\n")
    assert [a.speaker.profile.gender for a in analysis.attributions] == ["not stated", "not stated"]


def test_the_next_sentence_opening_with_she():
    analysis = saywho.analyze("Dana Whitfield runs the food bank in Oakdale.\n"
                              "She said the shelves were empty by noon.\n")
    assert [(a.speaker.name, a.speaker.profile.gender) for a in analysis.attributions] == \
        [("Dana Whitfield", "female")]


def test_an_outlet_is_journalism():
    analysis = saywho.analyze("The Springfield Gazette reported that the mill would close.\n")
    assert fields(analysis.attributions[0].speaker.profile) == ("named", "organisation", "journalist", "not stated")


def test_the_profile_round_trips_and_version_1_still_reads():
    data = saywho.analyze(ARTICLE).to_dict()
    assert data["schema_version"] == 2
    assert data["attributions"][0]["speaker"]["profile"] == \
        {"naming": "named", "kind": "person", "role": "politician", "gender": "male"}
    assert Analysis.from_dict(data).to_dict() == data
    old = {**data, "schema_version": 1,
           "attributions": [{**a, "speaker": {k: v for k, v in a["speaker"].items() if k != "profile"}}
                            for a in data["attributions"]]}
    assert all(a.speaker.profile is None for a in Analysis.from_dict(old).attributions)


def test_a_possessive_is_not_the_sources_gender_and_a_title_before_a_name_is_a_role():
    analysis = saywho.analyze("Vermont Sen. Dana Price unveiled her plan on Monday.\n"
                              "Her critics said the plan would cost too much.\n"
                              "Supporters said it was overdue.\n")
    found = {a.source.text: fields(a.speaker.profile) for a in analysis.attributions}
    assert found == {"Her critics": ("anonymous", "person", "not stated", "not stated"),
                     "Supporters": ("ordinary", "person", "citizen", "not stated")}
    analysis = saywho.analyze("“We will win,” said Vermont Sen. Dana Price.\n")
    assert fields(analysis.attributions[0].speaker.profile) == ("named", "person", "politician", "not stated")

