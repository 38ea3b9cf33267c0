"""Source profiles' roles for the families the ten hand-checked samples found the rules getting wrong (issue 19,
s22): callings the role list lacked (a dissident, a hacker, a staff member), the leader of an organisation named
by what it is ("the president of the lawyers association"), a union's president, and a headline's misparse
making a comedian a candidate. Short articles written for these tests in the
words of the sampled ones."""

from __future__ import annotations

import pytest

from tests.role_rules import rules_roles

CALLINGS = ("Soviet dissident Milovan Djilas once warned about a new class of rulers.\n"
            "“The new class is the most deceived,” Soviet dissident Milovan Djilas wrote.\n"
            "Marcel Lehel, the hacker known as Guccifer, said he had read the emails easily.\n"
            "Richard Cross, a former staff member for Maryland Republicans, said he wrote the speech.\n"
            "Luis Osuna, the president of the lawyers association, said the group supports candidates on both "
            "sides of the aisle.\n"
            "Christopher M. Shelton, the president of the Communications Workers of America, said the union would "
            "back Sanders.\n")

COMEDIAN = ("Sarah Silverman heckles Sanders supporters at the convention\n"
            "The comedian Sarah Silverman was booed by Bernie Sanders supporters on Monday.\n"
            "Silverman, herself a Sanders supporter during the primary, said, “Hillary heard the passion of "
            "the people.”\n")


@pytest.fixture(scope="module")
def callings():
    return rules_roles(CALLINGS)


def test_a_dissident_is_other(callings):
    assert callings["Soviet dissident Milovan Djilas"] == "other"


def test_a_hacker_is_other(callings):
    assert callings["Marcel Lehel, the hacker known as Guccifer,"] == "other"


def test_a_staff_member_is_other(callings):
    assert callings["Richard Cross, a former staff member for Maryland Republicans,"] == "other"


def test_the_president_of_an_association_has_its_role_not_a_presidents(callings):
    assert callings["Luis Osuna, the president of the lawyers association,"] == "other"


def test_the_president_of_a_union_of_workers_is_no_private_person(callings):
    # the union's "Workers" read as citizens; its president speaks for a body (other), as a lawyers' association's
    assert callings["Christopher M. Shelton, the president of the Communications Workers of America,"] == "other"


def test_a_comedian_beside_a_candidates_supporters_in_a_headline_is_no_candidate():
    # no longer a politician; the rules read "a Sanders supporter" as a citizen's, before the comedian's other
    # (the samples' annotators gave a celebrity supporter other but a pastor and supporter citizen: left alone)
    assert rules_roles(COMEDIAN)["Silverman"] == "citizen"
