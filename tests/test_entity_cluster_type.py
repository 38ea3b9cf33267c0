"""A cluster's type: a full name that "he" or "she" takes up is a person's, though the model voted organisation."""

from saywho.analyse.entity_cluster import Cluster


def _cluster(pronoun_genders: list[str]) -> Cluster:
    return Cluster(type_votes={"PERSON": 2, "ORG": 5}, forms=[["Zorvat", "Schilling"], ["Schilling"]],
                   pronoun_genders=pronoun_genders)


def test_a_full_name_taken_up_by_he_is_a_person():
    assert _cluster(["m"]).type == "PERSON"


def test_without_a_pronoun_or_a_known_first_name_the_votes_decide():
    assert _cluster([]).type == "ORG"
    one_word = Cluster(type_votes={"PERSON": 1, "ORG": 3}, forms=[["Schilling"]], pronoun_genders=["m"])
    assert one_word.type == "ORG"
