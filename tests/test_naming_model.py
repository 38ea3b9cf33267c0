"""The learned naming model (issue 19): where it is sure, a source the article names elsewhere ("The campaign",
"The newspaper") is named; an anonymous aide and an unnamed group stay as the rules read them."""

from __future__ import annotations

import pytest

from saywho.analyse.naming_model import naming_features
from saywho.analyse.role_model import EVIDENCE_KEY, RoleEvidence, RoleModel, refine_roles, shipped_naming_model
from saywho.document import NAMINGS
from saywho.nlp import load_pipeline
from saywho.pipeline import make_doc
from tests.role_rules import analysed_with_evidence

ARTICLE = ("Senator Laura Finch of Ohio opened her re-election campaign in Toledo on Monday.\n"
           "The campaign said it had raised $2 million since January.\n"
           "Ohio Republicans said the figure was inflated.\n"
           "The Toledo Blade reported the rally drew 300 people. The newspaper said most were retirees.\n"
           "A campaign aide who asked not to be named said Finch would visit Dayton next.\n"
           "Mark Ellis, a retired teacher, said he would vote for her.\n")


@pytest.fixture(scope="module")
def analysed():
    return analysed_with_evidence(ARTICLE)


def namings(attributions) -> dict[str, str]:
    return {a.source.text: (a.speaker.profile if a.speaker and a.speaker.profile else a.profile).naming
            for a in attributions}


def test_the_shipped_model_names_what_the_article_names_elsewhere(analysed):
    # "The newspaper" is named by the speaker rules already (the one organisation named just before it, a newspaper
    # by its name: organisation_kinds.py); "The campaign" is left to the model.
    rules = {a.source.text: analysed.user_data[EVIDENCE_KEY][a.id]["naming"] for a in analysed._.attributions}
    assert rules == {"The campaign": "unnamed", "Ohio Republicans": "unnamed", "The Toledo Blade": "named",
                     "The newspaper": "named", "who": "anonymous",
                     "A campaign aide who asked not to be named": "anonymous", "Mark Ellis, a retired teacher,": "named"}
    assert namings(analysed._.attributions) == {
        **rules, "The campaign": "named", "The newspaper": "named"}


def test_the_whole_profiles_with_both_models(analysed):
    profiles = {a.source.text: (p.naming, p.kind, p.role, p.gender) for a in analysed._.attributions
                if (p := a.speaker.profile if a.speaker and a.speaker.profile else a.profile)}
    assert profiles["The campaign"] == ("named", "organisation", "politician", "not stated")
    assert profiles["The newspaper"] == ("named", "organisation", "journalist", "not stated")
    assert profiles["A campaign aide who asked not to be named"] == ("anonymous", "person", "other", "not stated")
    assert profiles["Mark Ellis, a retired teacher,"] == ("named", "person", "other", "male")


def sure_of(naming: str, feature: str, threshold: float, override: float | None) -> RoleModel:
    """A model that gives `naming` probability 0.9 when `feature` is present (1/5 each otherwise)."""
    weights = [0.0] * len(NAMINGS)
    weights[NAMINGS.index(naming)] = 3.6
    return RoleModel(list(NAMINGS), [0.0] * len(NAMINGS), {feature: weights}, threshold, override)


def test_the_threshold_fills_in_unknown_and_the_override_replaces_a_stated_naming():
    he = RoleEvidence(rule="not stated", kind="person", naming="unknown", speaker_type="", source=["he"])
    assert sure_of("named", "src=he", 0.5, None).choose(naming_features(he), "unknown", True) == "named"
    assert sure_of("named", "src=he", 0.95, None).choose(naming_features(he), "unknown", True) == "unknown"
    assert sure_of("named", "src=she", 0.5, None).choose(naming_features(he), "unknown", True) == "unknown"
    assert sure_of("named", "src=he", 0.5, None).choose(naming_features(he), "unnamed", False) == "unnamed"
    assert sure_of("named", "src=he", 0.5, 0.8).choose(naming_features(he), "unnamed", False) == "named"


def test_refine_roles_takes_a_given_naming_model():
    nlp = load_pipeline(None)
    doc = nlp(make_doc(nlp, "Mark Ellis, a retired teacher, said he would vote for her.\n"))
    attributions = list(doc._.attributions)
    assert namings(attributions) == {"Mark Ellis, a retired teacher,": "named"}
    refine_roles(doc, attributions, {}, naming=sure_of("ordinary", "src=teacher", 0.5, 0.8))
    assert namings(attributions) == {"Mark Ellis, a retired teacher,": "ordinary"}


def test_the_shipped_model_knows_the_namings_and_abstains_below_one_half():
    model = shipped_naming_model()
    assert model is not None and model.classes == list(NAMINGS)
    assert model.threshold >= 0.5 and model.override is not None and model.override >= 0.5
