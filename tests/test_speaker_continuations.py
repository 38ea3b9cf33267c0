"""A "he added" the ranker doubts goes to the one who was speaking (speaker_continuations.py).

The ranker is made to doubt every pronoun (threshold 1.0), so what names "he" here is the rule alone."""

import pytest

from saywho.nlp import add_saywho_components, load_base_model
from saywho.pipeline import _doc_for, analysis_of, to_article

TWO_MEN = ("Senator Bernie Sanders said on Sunday that the United States should not send troops. Sanders spoke in "
           "Iowa.\n\n"
           "\"It is our fight,\" Jeb Bush, the former Florida governor and a Republican presidential candidate, told "
           "CNN. \"Hillary Clinton last night said that it is not our fight.\"\n\n")


@pytest.fixture(scope="module")
def doubting():
    return add_saywho_components(load_base_model(), {"saywho_speakers": {"ranker_threshold": 1.0}})


def pronoun_speakers(nlp, text: str) -> list[tuple[str, str | None]]:
    article = to_article(text, "2024-05-01")
    analysis = analysis_of(nlp(_doc_for(nlp, article.text, article.date)), article)
    return [(a.source.text, a.speaker.name if a.speaker and a.speaker.named else None)
            for a in analysis.attributions if a.source is not None and a.source.text in {"He", "he", "She", "she"}]


def test_he_added_is_the_one_who_spoke_just_before(doubting):
    text = TWO_MEN + "He added, \"Without American leadership, the world will not organize itself.\""
    assert pronoun_speakers(doubting, text) == [("He", "Jeb Bush")]


def test_he_said_is_left_to_the_ranker(doubting):
    text = TWO_MEN + "He said, \"Without American leadership, the world will not organize itself.\""
    assert pronoun_speakers(doubting, text) == [("He", None)]


def test_someone_reported_inside_another_speakers_words_does_not_go_on(doubting):
    text = ("Reporter Cynthia McFadden spoke to the hacker in prison.\n\n"
            "McFadden added that the hacker, Maria Lazar, told her she had downloaded files from the server. "
            "She continued that an FBI official had called the claims serious.")
    assert ("She", "Maria Lazar") not in pronoun_speakers(doubting, text)
