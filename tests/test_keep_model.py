"""The keep model over candidate attributions (saywho/analyse/attributions/keep_model.py), on an article written
for the test: the rules find every candidate, the model rates the writer talking to the reader below what was said
(and drops it at a stricter keep threshold). The model is on by default (the component's `keep_model` setting, or SAYWHO_KEEP_MODEL=0 to turn it off)."""

from __future__ import annotations

import pytest

from saywho.analyse import cues
from saywho.analyse.attributions import find_attributions
from saywho.analyse.attributions import keep_model as keeping
from saywho.analyse.components import make_attribution_finder
from saywho.document import Article
from saywho.nlp import add_saywho_components, load_base_model, load_pipeline
from saywho.pipeline import _doc_for, analyze_many

ARTICLE = """Bridge plan runs late

The city's new bridge will open a year late, Mayor Elena Vasquez said on Monday.

As you know, the bridge is old.

“We will rebuild it before winter,” she said at a briefing.
"""
SETTINGS = {"threshold": 0.5, "min_frame_evidence": 3, "prior_weight": 2.0, "lemma_prior": [1.0, 4.0]}


@pytest.fixture(scope="module")
def doc():
    nlp = load_pipeline()
    return nlp(_doc_for(nlp, ARTICLE, "2024-05-01"))


def test_the_model_doubts_the_writer_addressing_the_reader(doc):
    # the model rates "As you know" (0.51 since s28-keep, 0.41 before) well below what was said (0.79, 0.92); the
    # component drops it all the same, as a generic "you" (test_an_aim_and_the_reader_addressed_are_no_attributions)
    doc.user_data[keeping.FEATURES_KEY] = []
    with cues.using(cues.shipped_model()):
        find_attributions(doc)
    model = keeping.shipped_model()
    assert model is not None
    said, you_know, quoted = (model.probabilities(row)[1] for row in doc.user_data.pop(keeping.FEATURES_KEY))
    assert you_know + 0.25 < min(said, quoted)


def test_a_stricter_keep_threshold_drops_the_writer_addressing_the_reader():
    # "As you know" goes at keep 0.5, the component's setting for precision over recall (and at any: a generic "you")
    settings = {"keep_model": True, "keep_threshold": 0.5}
    nlp = add_saywho_components(load_base_model(), {"saywho_attributions": settings})
    analysis = next(analyze_many([Article(text=ARTICLE, date="2024-05-01")], nlp=nlp))
    assert [(a.kind, a.source.text, a.cue.text, a.content.text, a.speaker.name) for a in analysis.attributions] == [
        ("indirect", "Mayor Elena Vasquez", "said", "The city's new bridge will open a year late", "Elena Vasquez"),
        ("direct", "she", "said", "“We will rebuild it before winter,”", "Elena Vasquez"),
    ]


def test_the_rules_alone_keep_it(doc):
    with cues.using(cues.shipped_model()):
        found, _ = find_attributions(doc)
    assert [(a.source.text if a.source else None, a.content.text) for a in found] == [
        ("Mayor Elena Vasquez", "The city's new bridge will open a year late"),
        ("you", "the bridge is old"),
        ("she", "“We will rebuild it before winter,”"),
    ]


def test_the_features_say_who_the_source_is_and_where(doc):
    doc.user_data[keeping.FEATURES_KEY] = []
    with cues.using(cues.shipped_model()):
        find_attributions(doc)
    rows = doc.user_data.pop(keeping.FEATURES_KEY)
    assert {"source=you", "where=lead", "kind=reported", "lemma=know"} <= set(rows[1])
    assert {"kind=quoted", "source=she", "lemma=say"} <= set(rows[2])


def test_the_settings_turn_the_model_on_and_off(monkeypatch):
    monkeypatch.delenv(keeping.KEEP_ENV, raising=False)
    learned = make_attribution_finder(None, "learned", **SETTINGS, keep_threshold=0.4)
    assert learned.keep_model is not None and learned.keep_model.threshold == 0.4
    # the lowered threshold is for verbs framing a clause: other frames keep the rules' own (issue 13's actions)
    assert (learned.cue_model.threshold, learned.cue_model.rules_threshold) == (keeping.CANDIDATE_THRESHOLD, 0.5)
    rules = make_attribution_finder(None, "rules", **SETTINGS, keep_model=False)
    assert rules.keep_model is None and rules.cue_model.threshold == rules.cue_model.rules_threshold == 0.5
    monkeypatch.setenv(keeping.KEEP_ENV, "0")
    assert make_attribution_finder(None, "by-environment", **SETTINGS).keep_model is None
    assert make_attribution_finder(None, "on", **SETTINGS, keep_model=True).keep_model is not None


def test_the_model_travels_with_the_component(tmp_path):
    saved = make_attribution_finder(None, "saved", **SETTINGS, keep_model=True)
    saved.to_disk(tmp_path)
    assert (tmp_path / keeping.MODEL_FILE).exists()
    loaded = make_attribution_finder(None, "loaded", **SETTINGS, keep_model=True, keep_threshold=0.6).from_disk(tmp_path)
    assert loaded.keep_model is not None and loaded.keep_model.threshold == 0.6
    assert loaded.keep_model.weights == saved.keep_model.weights


AIMS_AND_READERS = """Port plan stalls

Shipping companies seek to cut their costs before the new season begins.

If you think the port is busy now, wait until the summer.

The spokeswoman, Maria Lopez, said the new cranes would arrive in May.
"""


def test_an_aim_and_the_reader_addressed_are_no_attributions():
    # s19-fam: an aim told with an infinitive and a generic "you" are dropped whatever the model says
    analysis = next(analyze_many([Article(text=AIMS_AND_READERS, date="2024-05-01")]))
    assert [(a.source.text, a.cue.text, a.content.text, a.speaker.name) for a in analysis.attributions] == [
        ("The spokeswoman, Maria Lopez,", "said", "the new cranes would arrive in May", "Maria Lopez"),
    ]


def test_the_rules_alone_keep_the_aim_and_the_reader_addressed():
    # it is the keep step that drops them: with the keep model off, the rules find all three
    nlp = add_saywho_components(load_base_model(), {"saywho_attributions": {"keep_model": False}})
    rules = next(analyze_many([Article(text=AIMS_AND_READERS, date="2024-05-01")], nlp=nlp))
    assert [(a.source.text, a.cue.text, a.content.text, a.speaker.name if a.speaker else None)
            for a in rules.attributions] == [
        ("Shipping companies", "seek", "to cut their costs before the new season begins", "Shipping companies"),
        ("you", "think", "the port is busy now", None),
        ("The spokeswoman, Maria Lopez,", "said", "the new cranes would arrive in May", "Maria Lopez"),
    ]


@pytest.mark.parametrize(("row", "kept"), [
    (["kind=reported", "rate=>=0.4", "lemma=realize"], False),  # a doubtful verb needs 0.5
    (["kind=reported", "rate=>=0.7", "lemma=say"], True),
    (["kind=reported", "tag=VB", "negated=False"], False),  # "to say", "would assume"
    (["kind=reported", "tag=VB", "negated=True"], True),  # "did not say": a report of what was not said
    (["kind=quoted", "rate=>=0.4"], True),  # words in quotation marks keep the model's own threshold
])
def test_a_doubtful_candidate_needs_a_higher_probability(row, kept):
    model = keeping.RoleModel(["drop", "keep"], [0.0, -0.01], {}, 0.2)  # every candidate just under p 0.5
    assert keeping._kept_by(model, row) is kept
