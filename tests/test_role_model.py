"""The learned role model (issue 19): the evidence the profile step gives it, its answer where it is sure,
the rules' answer where it is not, on a short article written for these tests."""

from __future__ import annotations

import math

import pytest

from saywho.analyse.role_model import EVIDENCE_KEY, RoleEvidence, RoleModel, refine_roles, shipped_role_model
from saywho.document import ROLE_KINDS
from tests.role_rules import analysed_with_evidence

ARTICLE = ("Republican presidential candidate Dana Whitfield toured a steel mill in Dayton on Tuesday.\n"
           "“Jobs come first,” Whitfield said.\n"
           "Greg Olsen, a retired welder, said the mill had been quiet for years.\n")


@pytest.fixture(scope="module")
def analysed():
    doc = analysed_with_evidence(ARTICLE)
    by_source = {a.source.text: a for a in doc._.attributions}
    return doc, by_source


def test_the_evidence_is_the_words_about_the_person_not_the_name(analysed):
    doc, by_source = analysed
    evidence = doc.user_data[EVIDENCE_KEY][by_source["Whitfield"].id]
    assert evidence["rule"] == "politician"
    assert evidence["source"] == []  # "Whitfield" is a name: the model learns roles, not who is who
    assert {"republican", "candidate"} <= set(evidence["described"] + evidence["entity_roles"])
    assert evidence["near"] == ["candidate", "presidential", "republican", "say", "steel", "tour"]  # 3 words either side
    assert evidence["mentions"] == 2 and evidence["in_lead"]
    olsen = doc.user_data[EVIDENCE_KEY][by_source["Greg Olsen, a retired welder,"].id]
    assert olsen["source"] == ["a", "retired", "welder"]


def sure_of(role: str, feature: str, threshold: float, override: float | None = None) -> RoleModel:
    """A model that gives `role` probability 0.9 when `feature` is present and is unsure (1/8 each) otherwise."""
    weights = [0.0] * len(ROLE_KINDS)
    weights[ROLE_KINDS.index(role)] = 4.0
    return RoleModel(list(ROLE_KINDS), [0.0] * len(ROLE_KINDS), {feature: weights}, threshold, override)


def welder(rule: str) -> RoleEvidence:
    return RoleEvidence(rule=rule, kind="person", naming="named", speaker_type="PERSON", source=["a", "retired", "welder"])


def test_the_model_fills_in_where_the_rules_find_no_role_and_it_is_sure():
    assert sure_of("citizen", "src=welder", 0.8).role(welder("not stated")) == "citizen"
    assert sure_of("citizen", "src=plumber", 0.8).role(welder("not stated")) == "not stated"  # unsure: 1/8
    assert sure_of("citizen", "src=welder", 0.95).role(welder("not stated")) == "not stated"  # 0.9 < 0.95


def test_a_role_the_rules_state_stands_unless_the_model_may_override_it():
    assert sure_of("citizen", "src=welder", 0.0).role(welder("other")) == "other"  # override None: never
    assert sure_of("citizen", "src=welder", 0.0, override=0.8).role(welder("other")) == "citizen"
    assert sure_of("citizen", "src=welder", 0.0, override=0.95).role(welder("other")) == "other"


def test_refine_roles_sets_the_profile_role(analysed):
    doc, by_source = analysed
    attributions = list(doc._.attributions)
    refine_roles(doc, attributions, {}, sure_of("citizen", "src=welder", 0.0, override=0.8))
    roles = {a.source.text: (a.speaker.profile if a.speaker and a.speaker.profile else a.profile).role
             for a in attributions}
    assert roles == {"Greg Olsen, a retired welder,": "citizen", "Whitfield": "politician"}


def test_the_shipped_model_knows_the_schema_role_kinds():
    model = shipped_role_model()
    assert model is not None and model.classes == list(ROLE_KINDS)
    assert 0.0 <= model.threshold < 1.0 and model.override is None and len(model.weights) > 50


def test_probabilities_add_each_present_feature_once_per_mention_and_skip_unknown_ones():
    model = RoleModel(["a", "b"], [0.5, -0.5], {"x": [1.0, 0.0], "y": [0.0, 2.0]}, threshold=0.5)
    scores = [0.5 + 1.0 + 1.0, -0.5 + 2.0]  # "x" twice, "y" once, "z" unknown
    total = math.exp(scores[0] - scores[0]) + math.exp(scores[1] - scores[0])
    assert model.probabilities(["x", "z", "y", "x"]) == [1 / total, math.exp(scores[1] - scores[0]) / total]
    assert model.probabilities([]) == pytest.approx([1 / (1 + math.exp(-1.0)), math.exp(-1.0) / (1 + math.exp(-1.0))])


def test_equal_evidence_has_equal_keys_and_any_difference_another():
    one = RoleEvidence(rule="not stated", kind="person", naming="named", speaker_type="PERSON", source=["a"], near=["b"])
    same = RoleEvidence(rule="not stated", kind="person", naming="named", speaker_type="PERSON", source=["a"], near=["b"])
    assert one.key() == same.key() and hash(one.key()) == hash(same.key())
    assert one.key() != RoleEvidence(rule="not stated", kind="person", naming="named", speaker_type="PERSON",
                                     source=["a"], near=["c"]).key()
