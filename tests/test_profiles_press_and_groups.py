"""Source profiles for the press and for groups (issue 19, s21 tenth pass), on short articles written for these
tests from sentences of the 3035 sample: outlets named together, an outlet's possessive before a person, a
hyphen-joined outlets' poll, a story "by the website", PACs and unions, an aged party member, those surveyed,
a group that includes someone named."""

from __future__ import annotations

import pytest

from saywho.analyse.mention_roles import included_name, included_role_words, led_organisation, mention_role_words
from saywho.analyse.profile_roles import _aged_party_member
from saywho.nlp import load_pipeline
from saywho.pipeline import make_doc
from tests.role_rules import rules_roles

ARTICLE = ("Amid what the New York Times and Los Angeles Times each called a “rough week” for Trump, Cruz gained.\n"
           "The Post’s Chris Cillizza writes: “Should Rubio win Florida, it’s a near-certainty.”\n"
           "Clinton leads by 6 points, according to an average of recent Post-ABC polls.\n"
           "The Club for Growth PAC said it has also endorsed Cruz.\n"
           "“We had to acknowledge that we had a big issue with the trade part of Clinton's history,” said United "
           "Auto Workers Secretary-Treasurer Gary Casteel.\n"
           "“We're not going to let that happen,” said Clinton Communication Director Jennifer Palmieri.\n"
           "81-year-old Parker Eaton, a nominal Republican who voted for JFK and Bill Clinton, said that there is "
           "only one candidate.\n"
           "By big margins, those surveyed say the economy should be the top priority.\n")


@pytest.fixture(scope="module")
def profiles():
    doc = load_pipeline(None)(make_doc(load_pipeline(None), ARTICLE))
    return {a.source.text: (a.speaker.profile if a.speaker is not None else a.profile) for a in doc._.attributions}


@pytest.fixture(scope="module")
def roles():
    return rules_roles(ARTICLE)


def test_outlets_named_together_are_the_press(profiles, roles):
    assert profiles["the New York Times and Los Angeles Times each"].kind == "organisation"
    assert roles["the New York Times and Los Angeles Times each"] == "journalist"


def test_an_outlets_possessive_makes_a_journalist(roles):
    assert roles["The Post’s Chris Cillizza"] == "journalist"


def test_hyphen_joined_outlets_poll_is_the_press(roles):
    assert roles["an average of recent Post-ABC polls"] == "journalist"


def test_a_pac_is_other(roles):
    assert roles["The Club for Growth PAC"] == "other"


def test_a_union_officer_is_a_person_and_other(profiles, roles):
    assert profiles["United Auto Workers Secretary-Treasurer Gary Casteel"].kind == "person"
    assert roles["United Auto Workers Secretary-Treasurer Gary Casteel"] == "other"


def test_a_communication_director_speaks_for_the_campaign(roles):
    assert roles["Clinton Communication Director Jennifer Palmieri"] == "spokesperson"


def test_an_age_and_a_party_word_make_a_voter(roles):
    assert roles["81-year-old Parker Eaton, a nominal Republican who voted for JFK and Bill Clinton,"] == "citizen"


def test_those_surveyed_are_ordinary_citizens(profiles, roles):
    assert profiles["those surveyed"].naming == "ordinary"
    assert roles["those surveyed"] == "citizen"


def test_the_mentions_own_press_words():
    assert mention_role_words("a story by the website", True)[-1] == "journalist"
    assert "journalist" in mention_role_words("Matthews, MSNBC’s Alex Seitz-Wald and Reuters’ Luciana Lopez", True)
    # a role of its own, and a possessor that is no outlet
    assert "journalist" not in mention_role_words("Bloomberg's pollster, Douglas Schoen,", True)
    assert "journalist" not in mention_role_words("Bill Burton, a former top press official in Mr. Obama's White "
                                                  "House", True)


def test_a_group_including_someone_named():
    assert included_name("Some observers, including University of North Carolina at Chapel Hill professor "
                         "Zeynep Tufekci,") == "University of North Carolina at Chapel Hill professor Zeynep Tufekci"
    assert included_name("some liberal economists - including a minority of the Fed's own committee -") == ""
    assert included_name("officials in the Obama administration, including 51 State Department employees") == ""
    assert included_role_words("Several fact checkers, including The Washington Post,") == ["journalist"]
    assert included_role_words("Proponents, including the United States Conference of Mayors,") == []


def test_a_party_leader_takes_the_partys_role():
    assert led_organisation("chairman of the Republican National Committee") == "the Republican National Committee"
    assert led_organisation("chairman of the Iowa Republican Party") == "the Iowa Republican Party"
    assert led_organisation("chairman of the Senate Judiciary Committee") == ""  # the title's own


def test_an_aged_party_member_but_not_a_party_office():
    assert _aged_party_member(["81-year-old", "", "year-old a nominal republican"], "",
                              ["year-old", "a", "nominal", "republican"])
    assert not _aged_party_member(["", "", "a former republican county chairman (age)"], "",
                                  ["a", "former", "republican", "county", "chairman", "(age)"])
