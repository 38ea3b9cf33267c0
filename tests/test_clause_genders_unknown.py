"""The resolver's genders: a person no list knows is a he where a his of a clause they alone lead says so."""

from saywho.analyse.clause_genders import genders_unknown_till_now
from saywho.analyse.entities import find_entities
from saywho.nlp import load_pipeline


def _filled(text: str) -> dict[str, str]:
    doc = load_pipeline()(text)
    entities, by_token, genders, _ = find_entities(doc)
    people = {e.id for e in entities if e.type == "PERSON"}
    names = {e.id: e.name for e in entities}
    return {names[i]: g for i, g in genders_unknown_till_now(doc, by_token, set(), genders, people).items()}


def test_his_in_a_clause_the_person_leads_fills_an_unknown_gender():
    assert _filled("Zorvat Kellan came to Clarkston in 2011. Kellan opened his own bakery a year later.") == {
        "Zorvat Kellan": "m"}


def test_a_known_gender_or_a_clause_naming_another_fills_nothing():
    assert _filled("Tom Reyes opened his own bakery.") == {}
    assert _filled("Zorvat Kellan faulted Tom Reyes for his remarks.") == {}
