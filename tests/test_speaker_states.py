"""A bare "the state" as the one US state named just before it (speaker_states.py); otherwise left as it is."""

from __future__ import annotations

from attribution_rows import speakers_with_naming


def test_the_state_is_the_one_state_named_in_the_sentence_before():
    text = ("Gov. Maggie Hassan touts her record of leading New Hampshire through a period of growth. "
            "The state said its unemployment rate fell to 2.8 percent in June.")
    assert speakers_with_naming(text)[-1] == ("The state", "New Hampshire", True)


def test_the_state_is_the_one_state_its_own_sentence_names_before_it():
    text = "Gov. Rick Scott spoke in Tallahassee about Florida's budget on Monday, and the state said it would cut taxes."
    assert speakers_with_naming(text)[-1] == ("the state", "Florida", True)


def test_the_state_after_two_states_stays_the_state():
    text = "Trump won Florida and Ohio on Tuesday. The state said turnout was high."
    assert speakers_with_naming(text)[-1] == ("The state", "The state", False)


def test_the_state_party_is_not_the_state():
    text = "Trump won Florida on Tuesday. The state's attorney said turnout was high."
    assert "Florida" not in [speaker for _, speaker, _ in speakers_with_naming(text)]
