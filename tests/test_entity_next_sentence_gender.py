"""The gender a text states of a person by the "he" or "she" that opens the sentence after the one they lead."""

from saywho.analyse.entities import find_entities
from saywho.nlp import load_pipeline


def _genders(text: str) -> dict[str, str | None]:
    entities, _, genders, _ = find_entities(load_pipeline()(text))
    return {e.name: genders[e.id] for e in entities if e.type == "PERSON"}


def test_a_subject_pronoun_opening_the_next_sentence_states_the_leaders_gender():
    text = ("Councillor Okafor has pushed for a new bus depot in the east of the city. "
            "She also wants longer library hours.")
    assert _genders(text)["Councillor Okafor"] == "f"


def test_a_quoted_sentence_between_is_passed_over():
    text = ("Boston developer Robin Castellano doubted the plan at first. "
            "\"I never thought it would work.\" "
            "He now backs it.")
    assert _genders(text)["Robin Castellano"] == "m"


def test_someone_else_named_beside_the_leader_states_nothing():
    text = ("Senator Okafor met Governor Brandt about the depot. "
            "She also wants longer library hours.")
    assert _genders(text)["Senator Okafor"] is None
