"""A hyphenated family name ("Mark-Viverito") opens with no first name: no gender from "Mark"."""

from saywho.analyse.entities import find_entities
from saywho.nlp import load_pipeline


def test_a_hyphenated_surname_is_not_a_man_and_joins_the_woman_it_names():
    text = ("Mark-Viverito stands with activists.\n\n"
            "City Council Speaker Melissa Mark-Viverito said she backs Clinton. Mark-Viverito said she was proud.")
    entities, _, genders, _ = find_entities(load_pipeline()(text))
    people = {e.name: genders[e.id] for e in entities if e.type == "PERSON"}
    assert people == {"Melissa Mark-Viverito": "f", "Clinton": None}
