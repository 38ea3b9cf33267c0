"""The pronoun ranker's readings of whom the writer was last talking about (pronoun_choices._topic_features),
each on a short hand-written article."""

from __future__ import annotations

from saywho.analyse.speakers import resolve_speakers
from saywho.nlp import load_pipeline
from saywho.pipeline import _doc_for


def _features(text: str) -> dict[str, dict[str, float]]:
    """The features of each candidate, by its name, at the text's last pronoun source."""
    nlp = load_pipeline()
    doc = nlp(_doc_for(nlp, text, "2024-05-01"))
    record: list = []
    resolve_speakers(doc, ranker=None, record=record)
    names = {entity.id: entity.name for entity in doc._.entities or []}
    _, choices = record[-1]
    return {names[choice.key]: choice.features for choice in choices}


def test_a_quotation_block_is_no_distance_in_the_writers_sentences():
    text = ("Senator Paul Grant met Governor Tom Hale in Albany on Tuesday. Grant urged the governor to sign the bill.\n\n"
            "\"We have waited long enough. The schools need the money now,\" he said.\n")
    features = _features(text)
    grant, hale = features["Paul Grant"], features["Tom Hale"]
    # two sentences back, one of them the writer's: the quotation's first sentence is not
    assert grant["sentences=2"] == 1.0 and grant["writer_sentences=1"] == 1.0
    assert hale["writer_sentences=2"] == 1.0


def test_someone_the_writer_names_after_a_quotation_is_whom_the_text_turned_to():
    text = ("\"The plant will close in June,\" said Mayor Carl Dobbs.\n\n"
            "Councilman Rick Palmer walked out of the meeting. He said the town would sue.\n")
    features = _features(text)
    palmer, dobbs = features["Rick Palmer"], features["Carl Dobbs"]
    assert palmer["named_since_last_speaker"] == 1.0 and dobbs["named_since_last_speaker"] == 0.0
    assert dobbs["last_speaker&other_named_since"] == 1.0 and palmer["last_speaker&other_named_since"] == 0.0
    assert palmer["paragraph_mentions"] > 0.0 and dobbs["paragraph_mentions"] == 0.0


def test_nobody_is_named_since_when_the_last_speaker_goes_on():
    text = ("Councilman Rick Palmer walked out of the meeting.\n\n"
            "\"The plant will close in June,\" said Mayor Carl Dobbs. He said the town would not sue.\n")
    features = _features(text)
    assert all(f["named_since_last_speaker"] == 0.0 and f["last_speaker&other_named_since"] == 0.0
               for f in features.values())
