"""The gender a text states of a person with "he" or "she" in a clause the person's own verb governs."""

from saywho.analyse.entities import find_entities
from saywho.nlp import load_pipeline


def _genders(text: str) -> dict[str, str | None]:
    entities, _, genders, _ = find_entities(load_pipeline()(text))
    return {e.name: genders[e.id] for e in entities if e.type == "PERSON"}


def test_he_or_she_in_a_clause_under_the_persons_verb_states_the_gender():
    text = ("Luay Sami, a refugee from Iraq, said he found the town welcoming. "
            "Guccifer told her he had read the emails.")
    assert _genders(text) == {"Luay Sami": "m", "Guccifer": "m"}


def test_a_pronoun_after_another_person_or_in_a_clause_of_its_own_states_nothing():
    text = ("Guccifer told Maria Lopez he had read the emails. "
            "Tal Rubin attacked the plan, and she left the room.")
    assert _genders(text) == {"Guccifer": None, "Maria Lopez": "f", "Tal Rubin": None}
