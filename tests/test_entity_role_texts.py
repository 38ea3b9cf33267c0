"""The role a noun phrase in apposition gives a name is written as the text writes it (entity_roles.py): words
the parser hung on the noun from the sentence's opening are no part of it, the name's own title is not the role,
and hyphens and spaces stay where they were. Articles written for the tests; each case: text, name, its roles."""

import pytest

from saywho.nlp import load_pipeline

CASES = [
    ("Weeks later, Russia’s leader, President Vladimir V. Putin, annexed Crimea.",
     "Vladimir V. Putin", ["leader"]),
    ("Hillary Clinton’s husband, former President Bill Clinton, spoke in Ohio on Monday.",
     "Bill Clinton", ["former President", "husband"]),
    ("France’s far-right National Front party leader, Marine Le Pen, praised the plan.",
     "Marine Le Pen", ["far-right National Front party leader"]),
    ("The firm’s lead engineer, Marcus Obi, said the bridge was safe.", "Marcus Obi", ["lead engineer"]),
]


@pytest.mark.parametrize(("text", "name", "roles"), CASES, ids=[c[1] for c in CASES])
def test_the_role_in_apposition_as_written(text, name, roles):
    doc = load_pipeline()(text)
    assert {e.name: e.roles for e in doc._.entities}[name] == roles
