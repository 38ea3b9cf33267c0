"""Entity matching keeps each cluster's answers for the names it met (Cluster.match_answers): they must be
worked out again once the cluster gains a form or its type changes."""

from saywho.analyse.entity_cluster import Cluster
from saywho.analyse.entity_matching import matching_cluster


def test_a_new_form_is_read_for_a_name_asked_before():
    amnesty = Cluster(type_votes={"ORG": 1}, forms=[["Amnesty"]])
    assert matching_cluster([amnesty], ["NATO"], "ORG") is None
    amnesty.forms.append(["North", "Atlantic", "Treaty", "Organization"])
    assert matching_cluster([amnesty], ["NATO"], "ORG") is amnesty


def test_a_new_type_is_read_for_a_name_asked_before():
    podesta = Cluster(type_votes={"ORG": 1}, forms=[["Podesta", "Group"]])
    assert matching_cluster([podesta], ["Podesta"], "ORG") is podesta  # "Podesta Group", for short
    podesta.type_votes["PERSON"] = 2  # now a person's name: a bare "Podesta" is only a variant of its surname
    assert matching_cluster([podesta], ["Podesta"], "ORG") is None
