"""The learned word-choice model: scoring, flags with their reasons, training to a flag budget."""

from __future__ import annotations

import saywho
from saywho.analyse.voice_model import Candidate, VoiceModel, shipped_model, word_choices
from saywho.eval import voice_training

TEXT = "The senator gave a stunning, deeply flawed speech on Monday."


def candidate(word: str, pos: str = "ADJ") -> Candidate:
    start = TEXT.index(word)
    return Candidate(start, start + len(word), word.lower(), word.lower(), [f"w={word.lower()}", f"pos={pos}"])


def model(**weights: float) -> VoiceModel:
    return VoiceModel(bias=-1.0, weights=weights, lexicons=["negative"], lexicon_bits={"flawed": 1}, threshold=0.0)


def test_a_word_over_the_threshold_is_flagged_with_its_reasons():
    found = word_choices(TEXT, [candidate("stunning"), candidate("speech", "NOUN")], [], model(**{"w=stunning": 2.0}))
    assert [item["text"] for item in found] == ["stunning"]
    assert found[0]["why"] == ["the word “stunning”"]
    assert 0.5 < found[0]["score"] < 1


def test_lexicon_features_come_from_the_word_or_its_lemma():
    weights = {"lexicon=negative": 0.6, "lexicon=negative|pos=ADJ": 0.6}
    [item] = word_choices(TEXT, [candidate("deeply", "ADV"), candidate("flawed")], [], model(**weights))
    assert item["text"] == "flawed"
    assert item["why"] == ["listed in Liu's negative opinion words"]


def test_neighbouring_flags_make_one_item_and_listed_words_are_left_to_the_lists():
    weights = {"w=deeply": 2.0, "w=flawed": 2.0, "w=stunning": 2.0}
    found = word_choices(TEXT, [candidate(w) for w in ("stunning", "deeply", "flawed")],
                         [(TEXT.index("stunning"), TEXT.index("stunning") + 8)], model(**weights))
    assert [item["text"] for item in found] == ["deeply flawed"]


def test_without_a_model_nothing_is_flagged():
    assert word_choices(TEXT, [candidate("stunning")], [], None) == []


def test_training_learns_a_marked_word_and_keeps_the_flag_budget():
    marked = [voice_training.Example(candidate("stunning"), True),
              voice_training.Example(candidate("gave", "VERB"), False),
              voice_training.Example(candidate("speech", "NOUN"), False)]
    articles = [voice_training.ArticleExamples(marked, writer_words=100)] * 20
    trained = voice_training.train(articles, {"negative": {"flawed"}}, target_rate=1.0)
    scores = {c.candidate.lower: trained.score(c.candidate) for c in marked}
    assert scores["stunning"] > max(scores["gave"], scores["speech"])
    assert scores["stunning"] >= trained.threshold > scores["speech"]  # 1 word per 100: one of the three
    assert voice_training.train(articles, {"negative": set()}).to_dict() == \
        voice_training.train(articles, {"negative": set()}).to_dict()  # a fixed seed


def test_the_shipped_model_loads_and_never_flags_quoted_words():
    assert shipped_model() is not None and shipped_model().weights
    text = "The reckless senator said the plan was “a reckless, disgraceful and shameful betrayal.”"
    analysis = saywho.analyze(text)
    quote_start = text.index("“")
    for item in analysis.voice["word_choices"]:
        assert all(end <= quote_start for _, end in item["spans"])
        assert item["why"]
