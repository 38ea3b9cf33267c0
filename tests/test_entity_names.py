"""Names as the article writes them: cut from its text, never rebuilt from tokens or swept up with a verb."""

from __future__ import annotations

import saywho


def names(text: str) -> list[str]:
    return [a.speaker.name if a.speaker else None for a in saywho.analyze(text, date="2024-05-01").attributions]


def test_a_hyphenated_name_keeps_its_hyphen():
    text = ("Douglas Holtz-Eakin, an economist, said the plan would fail.\n"
            "Mr. Holtz-Eakin added that it would cost too much.")
    assert names(text) == ["Douglas Holtz-Eakin", "Douglas Holtz-Eakin"]


def test_a_headline_verb_is_no_part_of_a_name():
    text = "Reyes Says City Will Build Homes.\nTom Reyes said the city would build homes."
    analysis = saywho.analyze(text, date="2024-05-01")
    assert [entity.name for entity in analysis.entities] == ["Tom Reyes"]


def test_a_name_only_inside_a_quotation_does_not_name_the_person():
    text = ("He says, “Working that microphone was a lot more difficult than working Crooked Anna Kowalski.”\n"
            "Anna Kowalski said the attack was beneath a candidate.")
    assert names(text)[1:] == ["Anna Kowalski"]


def test_a_word_linking_the_sentence_to_the_one_before_is_no_part_of_a_name():
    # BASIL: "… and took other steps. Plus Obama is nominating …" had made every speaker "Plus Obama"
    text = ("President Obama called Wednesday for a new assault-weapons ban. He directed federal agencies to share "
            "information and took other steps. Plus Obama is nominating Todd Jones to lead the agency.\n\n"
            "“If there's even one life that can be saved, then we've got an obligation to try,” Obama said.")
    analysis = saywho.analyze(text, date="2013-01-16")
    assert "Plus Obama" not in [entity.name for entity in analysis.entities]
    assert names(text)[-1] == "President Obama"
