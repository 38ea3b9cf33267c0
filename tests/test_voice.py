"""The writer's voice: the seed article against its gold, then small sentences written here."""

from __future__ import annotations

import re

import pytest

import saywho
from saywho.analyse.quotes import find_quotes
from saywho.analyse.voice import VOICE_KEYS
from saywho.document import paragraph_spans

WRITER_KEYS = ("labels", "hedges", "loaded_cues", "word_choices")


# -- the seed article -------------------------------------------------------------------


@pytest.fixture(scope="module")
def gold(seed_gold):
    return seed_gold


@pytest.fixture(scope="module")
def seed(seed_analysis):
    return seed_analysis


def gold_span(analysis, row) -> tuple[int, int]:
    """Where a gold row's text stands inside its (1-based) paragraph. The gold abridges
    "has also been seen as" to "has been seen as", so a word may stand between two of its words."""
    start, end = analysis.paragraphs[row["paragraph"] - 1]
    pattern = r"\s+(?:\w+\s+)?".join(re.escape(word) for word in row["text"].split())
    found = re.compile(pattern).search(analysis.article.text, start, end)
    assert found, f"gold text not in its paragraph: {row['text']!r}"
    return found.span()


def overlaps(item, span) -> bool:
    return any(s < span[1] and span[0] < e for s, e in item["spans"])


def reported(analysis, key, row) -> bool:
    span = gold_span(analysis, row)
    return any(overlaps(item, span) for item in analysis.voice[key])


def test_every_key_is_there_and_every_item_has_text_and_spans(seed):
    assert tuple(seed.voice) == VOICE_KEYS
    for key in VOICE_KEYS:
        for item in seed.voice[key]:
            assert item["text"] and item["spans"]
            for start, end in item["spans"]:
                assert 0 <= start < end <= len(seed.article.text)


@pytest.mark.parametrize("number", range(9))
def test_each_editorial_label_is_reported(gold, seed, number):
    row = gold["editorial_labels"][number]
    assert reported(seed, "labels", row), f"label not reported: {row['text']!r}"


@pytest.mark.parametrize("number", range(6))
def test_each_loaded_attribution_verb_is_reported(gold, seed, number):
    row = gold["loaded_attribution_verbs"][number]
    assert reported(seed, "loaded_cues", row), f"loaded verb not reported: {row['text']!r} (p{row['paragraph']})"


def test_loaded_cues_carry_lemma_class_and_speaker(seed):
    for item in seed.voice["loaded_cues"]:
        assert item["class"] == "loaded" and item["lemma"]
    speakers = {item["speaker"] for item in seed.voice["loaded_cues"]}
    assert speakers == {"Mousa Abu Marzouk"}


@pytest.mark.parametrize("number", range(4))
def test_each_hedge_is_reported(gold, seed, number):
    row = gold["hedges"][number]
    assert reported(seed, "hedges", row), f"hedge not reported: {row['text']!r}"


def test_hedges_say_what_they_qualify(seed):
    by_text = {item["text"]: item for item in seed.voice["hedges"]}
    assert "in danger" in by_text["reportedly"]["qualifies"]["text"] or any(
        "in danger" in item["qualifies"]["text"] for item in seed.voice["hedges"] if item["text"] == "reportedly"
    )
    seen = next(item for item in seed.voice["hedges"] if "seen as" in item["text"])
    assert "a boost for Islamic extremists" in seen["qualifies"]["text"]


def test_sources_cited_with_and_without_a_speech_cue(gold, seed):
    names = {item["name"].removeprefix("The ").removeprefix("the ") for item in seed.voice["sources"]}
    for row in gold["sources"]:
        assert row["name"] in names, f"source not listed: {row['name']}"
    rt = next(item for item in seed.voice["sources"] if item["name"] == "RT")
    assert rt["how"] == ["aired on"] and rt["type"] == "OUTLET"


def test_abu_marzouk_is_one_source_cited_many_ways(seed):
    marzouk = next(item for item in seed.voice["sources"] if item["name"] == "Mousa Abu Marzouk")
    assert marzouk["count"] >= 10 and not marzouk["anonymous"]  # his 16 quotations, some in one attribution
    assert {"direct quote", "partial quote"} <= set(marzouk["how"])


def test_no_writer_item_stands_inside_quotation_marks(seed):
    text = seed.article.text
    marks = [q.outer for q in find_quotes(text, paragraph_spans(text))[0]]
    for key in WRITER_KEYS:
        for item in seed.voice[key]:
            assert not any(overlaps(item, mark) for mark in marks), f"{key} inside quotes: {item['text']!r}"


def test_labels_name_their_targets(seed):
    targets = {item["text"]: item["target"] for item in seed.voice["labels"]}
    assert targets["the Taliban terrorists"] == "Taliban"
    assert targets["a U.S.-designated terrorist organization"] == "Hamas"
    assert targets["The Gaza-ruling Islamic terror group"] == "Hamas"
    assert targets["Islamic extremists"] is None  # a kind of people, not someone named


# -- sentences written here ---------------------------------------------------------------


def voice_of(text: str) -> dict:
    return saywho.analyze(text, date="2024-05-01").voice


def texts(items) -> list[str]:
    return [item["text"] for item in items]


def test_a_label_inside_quotes_is_the_speakers_not_the_writers():
    voice = voice_of("“They are a terror group and a regime of thugs,” the mayor said on Monday.")
    assert voice["labels"] == []


def test_the_same_label_outside_quotes_is_the_writers():
    voice = voice_of("The terror group attacked a police station in Kabul on Monday.")
    assert texts(voice["labels"]) == ["The terror group"]
    assert voice["labels"][0]["category"] == "terrorism"


@pytest.mark.parametrize("text, expected", [
    ("The Assad regime bombed the city of Aleppo on Monday.", ["The Assad regime"]),
    ("The Iranian regime arrested three journalists last week.", ["The Iranian regime"]),
    ("The new tax regime takes effect in May.", []),
    ("Regime change was never the goal of the talks.", []),
    ("Athletes follow a strict training regime before the games.", []),
])
def test_regime_counts_only_as_a_noun_for_a_government(text, expected):
    assert texts(voice_of(text)["labels"]) == expected


def test_an_entity_adjective_labels_only_people_and_groups():
    labels = voice_of("The notorious warlord crossed the border. The radical plan failed.")["labels"]
    assert texts(labels) == ["The notorious warlord"]


def test_a_label_on_someone_described_by_their_politics_is_the_writers():
    """ "Cole, a firebrand conservative, claimed …": the writer's label on a person (s47, voice_reading.AGENT_NOUNS)."""
    voice = voice_of("Rep. Dana Cole blasted the bill on Tuesday. Cole, a firebrand conservative, claimed the bill would "
                     "add $500 billion to the deficit.")
    assert [(label["text"], label["target"]) for label in voice["labels"]] == [("a firebrand conservative", "Dana Cole")]


def test_an_unnamed_official_is_an_anonymous_source():
    sources = voice_of("“We will not back down,” a senior official said on Tuesday.")["sources"]
    assert len(sources) == 1
    assert sources[0]["anonymous"] is True and sources[0]["how"] == ["direct quote"]


def test_a_named_speaker_is_not_anonymous():
    sources = voice_of("“We will not back down,” Mayor Jane Smith said on Tuesday.")["sources"]
    assert [(s["name"], s["anonymous"]) for s in sources] == [("Jane Smith", False)]


def test_an_agentless_passive_of_saying_is_a_hedge():
    hedges = voice_of("The minister is said to have resigned on Friday.")["hedges"]
    assert [(h["text"], h["kind"]) for h in hedges] == [("is said to", "passive")]
    assert "have resigned on Friday" in hedges[0]["qualifies"]["text"]


def test_it_is_believed_is_a_hedge_on_its_clause():
    hedges = voice_of("It is believed that the ship sank near the coast.")["hedges"]
    assert [h["text"] for h in hedges] == ["It is believed"]
    assert hedges[0]["qualifies"]["text"] == "that the ship sank near the coast"


def test_a_passive_with_its_agent_is_no_hedge():
    assert voice_of("The plan was seen as a failure by most voters.")["hedges"] == []


def test_a_hedge_inside_quotes_is_the_speakers():
    assert voice_of("“He reportedly fled the country,” the lawyer said.")["hedges"] == []


def test_a_loaded_verb_needs_to_report_speech():
    assert texts(voice_of("Senator Jane Smith blasted the plan as a disgrace.")["loaded_cues"]) == ["blasted"]
    assert voice_of("The storm hit the coast on Monday.")["loaded_cues"] == []
    assert voice_of("Smith pleaded guilty to fraud in 2019.")["loaded_cues"] == []


def test_an_unattributed_claim_is_a_checkable_statement_of_the_writers():
    claims = voice_of("Unemployment fell to 4 percent in March. Is it over? “We won,” she said.")["unattributed_claims"]
    assert texts(claims) == ["Unemployment fell to 4 percent in March."]
    assert {"number", "past tense"} <= set(claims[0]["checkable"])
