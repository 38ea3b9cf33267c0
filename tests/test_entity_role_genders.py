"""The gender a role states is its own noun's, not a word of a phrase hung on it."""

from saywho.analyse.entities import find_entities
from saywho.nlp import load_pipeline


def _genders(text: str) -> dict[str, str | None]:
    entities, _, genders, _ = find_entities(load_pipeline()(text))
    return {e.name: genders[e.id] for e in entities if e.type == "PERSON"}


def test_a_pageant_named_after_the_role_states_no_gender():
    text = "Gradt Voss, the longtime owner of the Miss Universe pageant, said conventions are dull."
    assert _genders(text)["Gradt Voss"] is None


def test_the_roles_own_noun_still_states_it():
    text = "Gradt Voss, the mother of the victim, said the trial was fair."
    assert _genders(text) == {"Gradt Voss": "f"}


def test_a_title_inside_the_role_is_someone_elses():
    text = "James Hamilton, the Washington lawyer leading Mrs. Clinton's search, has begun vetting candidates."
    assert _genders(text)["James Hamilton"] == "m"
