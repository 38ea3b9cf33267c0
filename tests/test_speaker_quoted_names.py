"""Who a quotation names is not who speaks it (speaker_quoted_names.py)."""

from __future__ import annotations

from attribution_rows import named_speakers

from saywho.analyse.speaker_quoted_names import SURE, entities_named_in, open_choices
from saywho.analyse.speaker_ranker import Choice, SpeakerRanker


def test_the_judge_the_governor_names_in_his_quote_is_not_he():
    text = ("Judge Carl Reeves blocked the state law on Friday.\n\n"
            "Gov. Phil Bryant said he expects an appeal of the ruling. \"I am disappointed Judge Reeves did not see it. "
            "I look forward to an appeal,\" he said.\n")
    assert named_speakers(text) == [("Gov. Phil Bryant", "Phil Bryant"), ("he", "Phil Bryant")]


def test_the_entities_named_in_quoted_spans():
    offsets, ids = [5, 40, 90], ["e1", "e2", "e1"]
    assert entities_named_in([(30, 60)], offsets, ids) == {"e2"}
    assert entities_named_in([(0, 10), (85, 95)], offsets, ids) == {"e1"}
    assert entities_named_in([], offsets, ids) == frozenset()


def _ranker() -> SpeakerRanker:
    return SpeakerRanker(weights={"w": 1.0}, none_score=0.0, threshold=0.5)


def test_the_barred_are_left_out_of_the_choice_unless_the_ranker_is_sure_of_them():
    doubted = [Choice("e1", {"w": 2.0}, None), Choice("e2", {"w": 1.5}, None)]
    assert [c.key for c in open_choices(_ranker(), doubted, frozenset({"e1"}))] == ["e2"]
    sure = [Choice("e1", {"w": 9.0}, None), Choice("e2", {"w": 1.0}, None)]
    assert _ranker().probabilities(sure)[0] >= SURE
    assert open_choices(_ranker(), sure, frozenset({"e1"})) == sure


def test_a_name_the_pronoun_governs_is_someone_else():
    text = ("Reached by phone, Hammond hesitated to repeat his criticism of Donald Trump. He agreed that Trump may "
            "struggle in Indiana, but he said that sentiment will change if Trump can win in November.\n")
    assert named_speakers(text) == [("He", "Hammond"), ("he", "Hammond")]


def test_names_under_the_pronouns_clause_but_not_in_a_relative_clause():
    from saywho.analyse.entities import find_entities
    from saywho.analyse.speaker_quoted_names import named_under
    from saywho.nlp import load_pipeline

    doc = load_pipeline()("He accused Tom Reyes of lying to the council, which Ana Ortiz leads.")
    entities, by_token, _, _ = find_entities(doc)
    names = {e.id: e.name for e in entities}
    assert {names[i] for i in named_under(doc[0], by_token)} == {"Tom Reyes"}
