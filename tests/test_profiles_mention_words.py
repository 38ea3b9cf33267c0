"""Source profiles' roles from the source mention's own words and the outlets it names (issue 19, s21), on
short articles written for these tests: a description the resolver tied to a name, the title a possessor
stands before, an organisation its leader heads, a rival, an outlet's poll, a broadcaster's call sign."""

from __future__ import annotations

import pytest

from tests.role_rules import rules_roles

ARTICLE = ("Marco Rubio still believes that the nominee is unfit to be commander-in-chief.\n"
           "“I stand by everything I said during the campaign,” the Florida senator told reporters on Thursday.\n"
           "“They have a fraught relationship,” said Martin Indyk, the president's former special envoy to the "
           "Middle East.\n"
           "“We don't believe that law enforcement should delegate its work,” said David Greene, director for "
           "civil liberties at the Electronic Frontier Foundation.\n"
           "Before dropping out, chief rival Ted Cruz said the party had lost its way.\n"
           "Clinton leads Trump by seven points, according to a CBS poll released Monday.\n"
           "In Seattle, marchers honored the victims with white roses, KING-TV reported.\n")


@pytest.fixture(scope="module")
def roles():
    return rules_roles(ARTICLE)


def test_a_description_tied_to_a_name_gives_its_role(roles):
    assert roles["the Florida senator"] == "politician"


def test_the_title_after_a_possessor_is_the_speakers_own(roles):
    assert roles["Martin Indyk, the president's former special envoy to the Middle East"] == "official"


def test_a_director_of_a_foundation_is_the_foundations(roles):
    assert roles["David Greene, director for civil liberties at the Electronic Frontier Foundation"] == "other"


def test_a_rival_is_a_politician(roles):
    assert roles["chief rival Ted Cruz"] == "politician"


def test_an_outlets_poll_is_the_outlets(roles):
    assert roles["a CBS poll released Monday"] == "journalist"


def test_a_call_sign_is_an_outlet(roles):
    assert roles["KING-TV"] == "journalist"
