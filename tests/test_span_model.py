"""saywho_spans, the trained span tagger: a spaCy component that saves, loads and trains."""

import json
import os
import subprocess
import sys

import numpy
import pytest
import spacy
from thinc.api import fix_random_seed

import saywho
from saywho.analyse.span_features import TAGS, close_gaps, role_tags, tag_spans
from saywho.analyse.span_model import (
    DEFAULT_MODEL,
    MODEL_ENV,
    SPAN_GROUPS,
    build_network,
    model_architecture,
    shipped_model_path,
    tagged_spans,
)
from saywho.nlp import add_saywho_components, add_span_tagger, load_base_model, load_pipeline
from tests.conftest import ROOT, shared_path

ARTICLE = (
    "Mayor Ana Ruiz said on Tuesday that the new bridge would open in May.\n"
    "“We have waited long enough,” Ruiz told reporters.\n"
    "According to the city engineer, the work is two weeks ahead of schedule.\n"
)


def _spans_by_role(doc):
    return {role: [(s.start_char, s.end_char) for s in spans] for role, spans in tagged_spans(doc).items()}


def test_tags_and_spans_go_both_ways():
    nlp = spacy.blank("en")
    doc = nlp("Ruiz said the bridge opens.")
    wanted = [{"source": [(0, 4)], "cue": [(5, 9)], "content": [(10, 26)]}]
    tags = role_tags(doc, wanted)
    assert [TAGS[t] for t in tags] == ["B-source", "B-cue", "B-content", "I-content", "I-content", "O"]
    assert tag_spans(doc, tags) == wanted[0]


def test_short_gaps_in_one_span_are_closed_and_spaces_do_not_cut_a_span():
    doc = spacy.blank("en")("Ruiz said that it  opens , she said .")
    assert doc[4].is_space
    names = ["B-source", "B-cue", "B-content", "O", "O", "I-content", "O", "B-source", "B-cue", "O"]
    tags = close_gaps([TAGS.index(name) for name in names])
    assert [TAGS[t] for t in tags] == [*names[:3], "I-content", "I-content", *names[5:]]
    assert tag_spans(doc, tags) == {"source": [(0, 4), (27, 30)], "cue": [(5, 9), (31, 35)], "content": [(10, 24)]}


def test_the_combined_pipeline_finds_each_role_exactly():
    analysis = next(saywho.analyze_many([saywho.Article(text=ARTICLE)], spans="combined"))
    found = [(a.source and a.source.text, a.cue and a.cue.text, a.content.text) for a in analysis.attributions]
    assert found == [
        ("Mayor Ana Ruiz", "said", "that the new bridge would open in May"),
        ("Ruiz", "told", "“We have waited long enough,”"),
        ("the city engineer", "According to", "the work is two weeks ahead of schedule"),
    ]
    assert [a.kind for a in analysis.attributions] == ["indirect", "direct", "according-to"]
    assert analysis.attributions[0].speaker.name == "Ana Ruiz"


def test_the_component_saves_and_loads_in_a_fresh_process(tmp_path):
    nlp = add_span_tagger(add_saywho_components(load_base_model()), "combined")
    doc = nlp(ARTICLE)
    nlp.to_disk(tmp_path / "pipeline")
    script = (
        "import json, sys, spacy, saywho.analyse\n"
        "from saywho.analyse.span_model import tagged_spans\n"
        "doc = spacy.load(sys.argv[1])(sys.argv[2])\n"
        "print(json.dumps({r: [(s.start_char, s.end_char) for s in v] for r, v in tagged_spans(doc).items()}))\n"
    )
    run = subprocess.run([sys.executable, "-c", script, str(tmp_path / "pipeline"), ARTICLE],
                         capture_output=True, text=True, cwd=ROOT, check=True)
    loaded = {role: [tuple(span) for span in spans] for role, spans in json.loads(run.stdout).items()}
    assert loaded == _spans_by_role(doc)
    assert all(doc.spans[group] for group in SPAN_GROUPS.values())


def test_the_quick_network_tags_as_thinc_does():
    """span_network.py redoes thinc's arithmetic in numpy: the tags must be the very same."""
    nlp = add_span_tagger(add_saywho_components(load_base_model()), "combined")
    tagger = nlp.get_pipe("saywho_spans")
    rules_only = [name for name in nlp.pipe_names if name != "saywho_spans"]
    with nlp.select_pipes(enable=rules_only):
        docs = list(nlp.pipe([ARTICLE, "Nobody spoke.", ARTICLE.upper()]))
    by_thinc = [scores.argmax(axis=1).tolist() for scores in tagger.model.predict(docs)]
    assert [tags.tolist() for tags in tagger.predict(docs)] == by_thinc
    assert tagger.predict([nlp.make_doc("")])[0].tolist() == []


def test_the_quick_network_runs_the_bilstm_as_thinc_does():
    """The same with the optional BiLSTM, its weights (the initial states too) random and large enough
    that the tags depend on it; the documents differ in length, so the packing by length matters."""
    fix_random_seed(3)
    nlp = add_saywho_components(load_base_model())
    model = {"@architectures": "saywho.SpanTagger.v1", "width": 32, "depth": 2, "lstm": 16}
    tagger = nlp.add_pipe("saywho_spans", after="saywho_attributions", config={"model": model})
    tagger.initialize()
    for layer in tagger.network.walk():
        for name in layer.param_names:
            if layer.has_param(name):
                shape = layer.get_param(name).shape
                layer.set_param(name, numpy.random.normal(0, 0.3, shape).astype("float32"))
    rules_only = [name for name in nlp.pipe_names if name != "saywho_spans"]
    with nlp.select_pipes(enable=rules_only):
        docs = list(nlp.pipe([ARTICLE, "Nobody spoke.", ARTICLE.upper(), ARTICLE * 3]))
    by_thinc = [scores.argmax(axis=1).tolist() for scores in tagger.model.predict(docs)]
    assert [tags.tolist() for tags in tagger.predict(docs)] == by_thinc
    assert len({tag for tags in by_thinc for tag in tags}) > 2


def test_an_odd_bilstm_width_is_refused():
    with pytest.raises(ValueError, match="lstm must be even"):
        build_network(32, 2, lstm=15)


def test_a_candidate_model_is_read_with_its_own_architecture(tmp_path, monkeypatch):
    (tmp_path / "training.json").write_text(json.dumps({"architecture": {"width": 32, "depth": 2, "lstm": 16}}))
    monkeypatch.setenv(MODEL_ENV, str(tmp_path))
    assert shipped_model_path() == tmp_path
    assert {key: model_architecture(tmp_path)[key] for key in ("width", "depth", "lstm")} == {
        "width": 32, "depth": 2, "lstm": 16}
    (tmp_path / "training.json").write_text(json.dumps({"width": 64, "depth": 3}))  # written before the BiLSTM
    assert {key: model_architecture(tmp_path)[key] for key in ("width", "depth", "lstm")} == {
        "width": 64, "depth": 3, "lstm": 0}
    monkeypatch.delenv(MODEL_ENV)
    assert model_architecture(shipped_model_path())["lstm"] == DEFAULT_MODEL["lstm"]


def test_a_bad_mode_is_refused():
    with pytest.raises(ValueError, match="spans must be one of"):
        add_span_tagger(spacy.blank("en"), "everything")


def test_training_runs_on_a_tiny_subset(tmp_path):
    data = shared_path("data", "polnear", "data")
    out = tmp_path / "model"
    subprocess.run(
        [sys.executable, "tools/train_span_model.py", "--data", str(data), "--limit", "2", "--epochs", "1",
         "--out", str(out)],
        cwd=ROOT, check=True, capture_output=True, text=True,
    )
    record = json.loads((out / "training.json").read_text(encoding="utf-8"))
    assert record["train_articles"] == 2 and record["chosen_epoch"] == 1 and record["seed"] == 0
    tagger = load_base_model().create_pipe("saywho_spans")
    tagger.initialize()
    tagger.from_disk(out, exclude=["vocab"])  # the saved weights fit the component


def test_a_bad_mode_in_the_environment_is_one_line_not_a_traceback(tmp_path):
    article = tmp_path / "a.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    run = subprocess.run([sys.executable, "-m", "saywho", "analyze", str(article)], capture_output=True, text=True,
                         cwd=ROOT, env={**os.environ, "SAYWHO_SPANS": "everything"}, check=False)
    assert run.returncode != 0
    assert "spans must be one of rules, combined, model, not 'everything'" in run.stderr
    assert "Traceback" not in run.stderr


def test_tagged_content_edges_replace_the_rules_only_where_each_is_one_span():
    from saywho.analyse.span_linking import Link, _tagged_content

    one = Link({"source": [], "cue": [(5, 9)], "content": [(10, 40)]})
    one.tagged["content"] = [(15, 40)]
    pieces = Link({"source": [], "cue": [(50, 54)], "content": [(60, 70), (80, 90)]})
    pieces.tagged["content"] = [(60, 90)]
    _tagged_content([one, pieces])
    assert one.roles["content"] == [(15, 40)]
    assert pieces.roles["content"] == [(60, 70), (80, 90)]


def test_a_bad_content_edges_setting_is_refused():
    with pytest.raises(ValueError, match="content_edges must be one of rules, tagged"):
        load_base_model().add_pipe("saywho_spans", config={"content_edges": "mine"})


@pytest.mark.parametrize(("setting", "value", "message"), [
    ("SAYWHO_SPAN_EDGES", "mine", "content edges must be one of rules, tagged, not 'mine'"),
    ("SAYWHO_TAGGED_CUES", "yes", "tagged cues must be 0 or 1, not 'yes'"),
])
def test_a_bad_combined_setting_in_the_environment_is_one_line_not_a_traceback(tmp_path, setting, value, message):
    article = tmp_path / "a.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    environment = {**os.environ, "SAYWHO_SPANS": "combined", setting: value}
    run = subprocess.run([sys.executable, "-m", "saywho", "analyze", str(article)], capture_output=True, text=True,
                         cwd=ROOT, env=environment, check=False)
    assert run.returncode != 0
    assert message in run.stderr
    assert "Traceback" not in run.stderr


PLANS = (
    "Senator Joan Pike plans to introduce the bill next week.\n"
    "She also views the tax cut as a gift to the rich.\n"
    "Governor Ellen Park laid out her plan to cut the state's sales tax by a third.\n"
)


def test_a_cue_the_tagger_finds_and_the_cue_table_passed_over_is_drawn_by_the_rules():
    rules = next(saywho.analyze_many([saywho.Article(text=PLANS)], spans="rules"))
    assert rules.attributions == []
    analysis = next(saywho.analyze_many([saywho.Article(text=PLANS)], spans="combined"))
    found = [(a.source and a.source.text, a.cue and a.cue.text, a.content.text, a.speaker and a.speaker.name)
             for a in analysis.attributions]
    assert found == [
        ("Senator Joan Pike", "plans", "to introduce the bill next week", "Joan Pike"),
        ("She", "also views", "the tax cut as a gift to the rich", "Joan Pike"),
        ("Governor Ellen Park", "laid out", "her plan to cut the state's sales tax by a third", "Ellen Park"),
    ]


def test_tagged_cues_can_be_left_to_the_cue_table(monkeypatch):
    monkeypatch.setenv("SAYWHO_TAGGED_CUES", "0")
    nlp = add_span_tagger(add_saywho_components(load_base_model()), "combined")
    assert nlp.get_pipe("saywho_spans").cfg["tagged_cues"] is False
    assert nlp(PLANS)._.saywho_attributions == []


def test_a_tagged_verb_stands_in_for_the_cue_table_but_not_for_the_rules_vetoes():
    from saywho.analyse import cues

    doc = load_pipeline()("The mayor laid out a plan that helped families. I saw that it worked.")
    laid, helped, saw = (next(t for t in doc if t.text == word) for word in ("laid", "helped", "saw"))
    assert not any(cues.is_cue(verb) for verb in (laid, helped, saw))
    with cues.forcing(frozenset({laid.i, helped.i, saw.i})):
        assert cues.is_cue(laid)
        assert not cues.is_cue(helped)  # PolNeAR made "help" a cue 6 times in 324
        assert not cues.is_cue(saw)  # what someone saw is no one's statement, whatever the tagger says



def test_an_attribution_inside_anothers_content_stands_with_it_in_combined():
    text = "The union leader urged Councillor Ben Hale to resign for claiming the strike was illegal.\n"
    analysis = next(saywho.analyze_many([saywho.Article(text=text)], spans="combined"))
    found = [(a.source and a.source.text, a.cue and a.cue.text, a.content.text) for a in analysis.attributions]
    assert found == [
        ("The union leader", "urged", "Councillor Ben Hale to resign for claiming the strike was illegal"),
        ("Councillor Ben Hale", "claiming", "the strike was illegal"),
    ]
