"""Groups that name their members, a "they" after people named together, and people the recogniser took for
organisations (issues 13 and 19, s22-groups), on short articles made of sentences of train articles from the
hand-checked samples (19-042, 3011-063, 3032-048, 3034-013, 2611-070, 3032-001, 3031-045, 3031-031)."""

from __future__ import annotations

import pytest

from saywho.analyse.group_members import before_examples, example_name, names_members
from saywho.nlp import load_pipeline
from saywho.pipeline import make_doc

GROUPS = ("“They have information warfare as a core tenet of what they do,” said Steve Ward, director of "
          "communications for digital security firm FireEye.\n"
          "But Ward and other digital security experts acknowledge that the exact scenario Pelosi was discussing "
          "would be novel.\n"
          "Some 2016 presidential candidates — for instance, Sen. Ted Cruz of Texas, who voted against the earlier "
          "Senate bill in July — have called for getting rid of the federal Department of Education altogether.\n"
          "Democratic presidential hopefuls former Maryland Gov. Martin O’Malley and former Secretary of State "
          "Hillary Clinton called for further action to stem gun violence.\n"
          "Khizr Khan and Ghazala Khan spoke at the convention.\n"
          "During the past year, the Khans say they have heard rising fears from Muslim friends and family members, "
          "especially children.\n")

THEY_ALL = ("New Hampshire polls have shown Cruz, Rubio, Kasich and Bush in a jumble for second place behind Trump.\n"
            "Cruz, Trump and Rubio established their longevity with their Iowa placements, but the New Hampshire "
            "primary threatens to knock one or more of the governors out of the race. Even as they all vowed to "
            "carry their campaigns onward regardless of Tuesday's results, the sense of urgency was evident all "
            "day.\n")

PEOPLE = ("O’Malley’s campaign says it will shift staff from its Baltimore headquarters to the early states. "
          "Spokeswoman Haley Morris says the candidate has “always run a lean campaign and will continue to do so.”\n"
          "Morris says the campaign will be pursuing federal matching funds.\n"
          "At Sunday night’s debate, Sanders compared himself to Clinton, saying, \"I don’t get personal speaking "
          "fees from Goldman Sachs.\"\n"
          "''My eyes well up and we sit there for a moment with something bordering wonder,'' Isabelle writes in "
          "what is presented as her memoir.\n")


def _analysed(text: str):
    nlp = load_pipeline(None)
    return nlp(make_doc(nlp, text))


def _profiles(doc) -> dict[str, tuple[str, str, str, str]]:
    found = {}
    for a in doc._.attributions:
        profile = a.speaker.profile if a.speaker is not None and a.speaker.profile else a.profile
        found[a.source.text] = (profile.gender, profile.naming, profile.kind, profile.role)
    return found


@pytest.fixture(scope="module")
def groups():
    return _profiles(_analysed(GROUPS))


def test_a_member_named_before_and_other(groups):
    assert groups["Ward and other digital security experts"] == ("not stated", "named", "person", "expert")


def test_a_member_given_for_instance(groups):
    source = ("Some 2016 presidential candidates — for instance, Sen. Ted Cruz of Texas, who voted against the "
              "earlier Senate bill in July —")
    assert groups[source] == ("not stated", "named", "person", "politician")


def test_members_right_after_the_plural(groups):
    source = ("Democratic presidential hopefuls former Maryland Gov. Martin O’Malley and former Secretary of State "
              "Hillary Clinton")
    assert groups[source] == ("not stated", "named", "person", "politician")


def test_a_family_by_the_surname_of_people_named(groups):
    assert groups["the Khans"][:3] == ("not stated", "named", "person")


def test_what_names_no_member():
    assert not names_members("officials in the Obama administration, including 51 State Department employees")
    assert not names_members("Republicans and other conservatives", {"Cruz"})
    assert not names_members("the Republicans", {"Cruz"})
    assert names_members("rivals Cruz and Rubio", {"Cruz", "Rubio"})
    assert example_name("Some observers, such as professor Zeynep Tufekci,") == "professor Zeynep Tufekci"
    assert before_examples("Some 2016 presidential candidates — for instance, Sen. Ted Cruz") == (
        "Some 2016 presidential candidates — ")


def test_they_after_people_named_together_is_not_the_primary():
    doc = _analysed(THEY_ALL)
    they = next(a for a in doc._.attributions if a.source.text == "they all")
    assert they.speaker is None
    assert _profiles(doc)["they all"][:3] == ("not stated", "named", "person")


@pytest.fixture(scope="module")
def people():
    doc = _analysed(PEOPLE)
    return {e.name: (e.type, e.roles) for e in doc._.entities}, _profiles(doc)


def test_a_role_word_opening_a_sentence_is_no_part_of_the_name(people):
    entities, profiles = people
    assert entities["Haley Morris"] == ("PERSON", ["Spokeswoman"])
    assert profiles["Spokeswoman Haley Morris"] == ("female", "named", "person", "spokesperson")
    assert profiles["Morris"] == ("female", "named", "person", "spokesperson")


def test_a_surname_taken_up_by_himself_is_a_person(people):
    entities, _ = people
    assert entities["Sanders"][0] == "PERSON"


def test_a_speakers_first_name_the_model_missed_is_a_person(people):
    entities, profiles = people
    assert entities["Isabelle"][0] == "PERSON"
    assert profiles["Isabelle"][2] == "person"
