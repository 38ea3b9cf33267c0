"""Source profiles' roles from more of the article's words (issue 19's third pass), on short articles
written for these tests: a candidate described just after the name, an inverted "be", a race done to
someone, a rally addressed, "(R-Utah)" after another mention, shares of voters, titles joined by "and"."""

from __future__ import annotations

import pytest

import saywho
from tests.role_rules import rules_roles

RACE = ("Israeli Prime Minister Avi Dror will meet with Walt Brody when the Republican presidential "
        "front-runner arrives in Israel.\n"
        "Brody said he wanted a total shutdown.\n"
        "After the debate, the candidate holding the spotlight was Nils Ostrander, who took to the talk shows.\n"
        "Ostrander said the praise was welcome.\n"
        "Pat Gorman went after Sam Tully at the debate on Tuesday.\n"
        "“I am ready,” Tully said.\n"
        "Kurt Maddox told a rally audience that he would skip the next forum.\n"
        "Lyle Hanford toured a plant in Provo on Monday.\n"
        "Later that day Hanford (R-Utah) spoke to reporters.\n"
        "“We will keep going,” Hanford said.\n"
        "June Pike said at a rally in Des Moines that she liked the music.\n")

PEOPLE = ("Some 55 percent of voters nationwide said the economy was bad.\n"
          "Other netizens said the show was a farce.\n"
          "Japanese journalist and author Hiro Aida said the plan was odd.\n"
          "Eddie Whitlock, the Henrico County GOP chairman, said turnout would be high.\n"
          "“It’s unanimous,” councilmember Mark Levine said of the vote.\n"
          "Secrecy is not new when it comes to Maria Lenz’s health, the Democratic presidential candidate’s "
          "former doctor said.\n")


def profiles(text: str) -> dict:
    return {a.source.text: a.speaker.profile for a in saywho.analyze(text).attributions if a.speaker}


@pytest.fixture(scope="module")
def race():
    return profiles(RACE)


@pytest.fixture(scope="module")
def people():
    return profiles(PEOPLE)


def test_a_front_runner_just_after_the_name_is_that_person(race):
    assert race["Brody"].role == "politician"


def test_the_candidate_who_was_someone(race):
    assert race["Ostrander"].role == "politician"


def test_someone_gone_after_at_a_debate_is_a_candidate(race):
    assert race["Tully"].role == "politician"


def test_whoever_tells_a_rally_is_a_candidate_not_whoever_speaks_at_one(race):
    assert race["Kurt Maddox"].role == "politician"
    assert rules_roles(RACE)["June Pike"] == "not stated"
    # the learned model fills in a role only where it is at least 0.5 sure; retrained on today's
    # evidence it is not sure that someone who speaks at a rally is running
    assert race["June Pike"].role == "not stated"


def test_party_and_state_after_another_mention(race):
    assert race["Hanford"].role == "politician"


def test_a_share_of_voters_and_netizens_are_citizens(people):
    assert people["Some 55 percent of voters nationwide"].role == "citizen"
    assert people["Other netizens"].role == "citizen"


def test_titles_joined_by_and_and_party_chairs(people):
    assert people["Japanese journalist and author Hiro Aida"].role == "journalist"
    assert people["Eddie Whitlock, the Henrico County GOP chairman,"].role == "politician"
    assert people["councilmember Mark Levine"].role == "politician"


def test_the_candidates_doctor_is_a_doctor(people):
    assert people["the Democratic presidential candidate’s former doctor"].role == "other"


def test_a_list_of_named_people_takes_the_role_they_share():
    found = profiles("President Barack Obama met Sen. Hillary Clinton in Ohio on Monday.\n"
                     "Barack Obama and Hillary Clinton said the deal was good.\n"
                     "Oversight Committee Chairman Jason Chaffetz (R-Utah) and Judiciary Committee Chairman "
                     "Bob Goodlatte (R-Va.) said the FBI erred.\n"
                     "Karen Wills, a nurse, met Sen. Dave Ross on Friday.\n"
                     "Wills and Ross said the clinic must stay open.\n")
    assert rules_roles("Karen Wills, a nurse, met Sen. Dave Ross on Friday.\n"
                       "Wills and Ross said the clinic must stay open.\n")["Wills and Ross"] == "not stated"
    assert found["Barack Obama and Hillary Clinton"].role == "politician"
    assert found["Oversight Committee Chairman Jason Chaffetz (R-Utah) and Judiciary Committee Chairman "
                 "Bob Goodlatte (R-Va.)"].role == "politician"
    assert found["Wills and Ross"].role == "not stated"  # a nurse and a senator share no role


def test_whoever_leads_an_institute_is_an_expert_a_director_of_the_fbi_an_official():
    found = profiles("“He never proposed it,” said Len Burman, head of the centrist Tax Policy Center.\n"
                     "“Turnout is key,” said Michael Berkman, director of the McCourtney Institute for Democracy.\n"
                     "“We are watching,” said Jim Comey, director of the FBI.\n")
    assert found["Len Burman, head of the centrist Tax Policy Center"].role == "expert"
    assert found["Michael Berkman, director of the McCourtney Institute for Democracy"].role == "expert"
    assert found["Jim Comey, director of the FBI"].role == "official"


def test_a_candidate_in_what_someone_says_and_voters_spoken_of_are_not_theirs():
    found = profiles("Walt Brody toured Ohio on Monday.\n"
                     "The campaign chief, Paul Manafort, suggested that the candidate's style was an act.\n"
                     "Glenn Beck, the author, has also criticized evangelical voters for not backing Brody.\n"
                     "“They are wrong,” Beck said.\n")
    assert found["The campaign chief, Paul Manafort,"].role == "other"
    assert found["Beck"].role == "other"
