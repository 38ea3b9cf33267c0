"""An entity whose name is only a common noun of person names no one (speaker_common_names.py)."""

from __future__ import annotations

from types import SimpleNamespace

from attribution_rows import speakers_with_naming

from saywho.analyse.speaker_common_names import names_no_one
from saywho.document import Entity
from saywho.lexicons import classified

ROLES = classified("role_nouns.txt")


def test_a_capitalised_noun_or_a_possessive_and_a_noun_names_no_one():
    assert names_no_one(Entity("e1", "Attorneys", "PERSON"), ROLES)
    assert names_no_one(Entity("e2", "Trump’s Son", "PERSON"), ROLES)


def test_a_name_ending_in_a_role_word_is_still_a_name():
    assert not names_no_one(Entity("e1", "Angus King", "PERSON"), ROLES)
    assert not names_no_one(Entity("e2", "Susan Miller", "PERSON"), ROLES)
    assert not names_no_one(Entity("e3", "Judge", "PERSON"), {})


def test_a_named_speaker_is_unchanged():
    text = "Sen. Angus King said on Monday that the bill would pass."
    assert speakers_with_naming(text) == [("Sen. Angus King", "Angus King", True)]


def test_a_plural_noun_of_person_is_no_one_person():
    # the entity linker once joined "The lawyers also pointed to … Sen. John McCain" into McCain's entity
    lawyers, senator = SimpleNamespace(tag_="NNS", lower_="lawyers"), SimpleNamespace(tag_="NN", lower_="senator")
    mccain = Entity("e1", "John McCain", "PERSON")
    assert names_no_one(mccain, ROLES, lawyers)
    assert not names_no_one(mccain, ROLES, senator)
    assert not names_no_one(Entity("e2", "Judicial Watch", "ORG"), ROLES, lawyers)
