"""saywho's pipeline as spaCy keeps things: saved and loaded in a fresh process, and its Docs serialised."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest
from spacy.tokens import Doc, DocBin

from saywho.analyse.doc_data import SourceLink
from saywho.document import Article
from saywho.nlp import add_saywho_components, load_base_model, load_pipeline
from saywho.pipeline import _doc_for, analysis_of, analyze_many

ROOT = Path(__file__).resolve().parents[1]

ARTICLE = Article(
    text="""Mayor Elena Vasquez defended the bridge plan on Friday, with her deputy, Maria Lopez, beside her.
“We will rebuild it before winter,” she said at a briefing. The crowd cheered.
“Nobody in this city will pay a cent more for it.”
The council's finance chief, Omar Haddad, reportedly warned that the cost could double.
According to the city's engineers, the old bridge is unsafe.
""",
    date="2024-03-15",
    origin="bridge.txt",
)

# In a fresh process: spaCy, then the saved pipeline, with nothing of saywho imported first, so that
# spacy.load finds every saywho factory through the entry points alone.
LOAD_AND_ANALYSE = """
import json, sys
import spacy
nlp = spacy.load(sys.argv[1])
from saywho.document import Article
from saywho.pipeline import analyze_many
article = Article(**json.loads(sys.argv[2]))
print(json.dumps(next(analyze_many([article], nlp=nlp)).to_dict()))
"""


def speakers_of(analysis) -> list[tuple[str, str, str]]:
    return [(a.id, a.speaker.name, a.speaker.resolved_by) for a in analysis.attributions]


@pytest.fixture(scope="module")
def nlp():
    return load_pipeline()


@pytest.fixture(scope="module")
def analysed(nlp) -> Doc:
    return nlp(_doc_for(nlp, ARTICLE.text, ARTICLE.date))


def test_the_test_article_exercises_each_component(analysed):
    analysis = analysis_of(analysed, ARTICLE)
    assert speakers_of(analysis) == [
        ("a1", "Elena Vasquez", "alias"), ("a2", "Elena Vasquez", "pronoun"), ("a3", "Elena Vasquez", "carry-over"),
        ("a4", "Omar Haddad", "alias"), ("a5", "the city's engineers", "unnamed"),
    ]
    # a3 is the quotation that goes on without a frame: it continues a2's source, by index, not by a code
    assert analysed._.sources[2] == SourceLink(head=None, carried_from=1)
    assert analysed[analysed._.sources[1].head].text == "she"
    assert [d["value"] for d in analysis.dates] == ["2024-03-15"]
    assert [h["text"] for h in analysis.voice["hedges"]] == ["reportedly"]
    assert sorted(analysed._.entity_descriptors) == ["e1", "e2", "e3"]  # the mayor, her deputy, the finance chief


def test_an_analysed_doc_round_trips_through_docbin_and_to_bytes(nlp, analysed):
    expected = analysis_of(analysed, ARTICLE).to_dict()
    stored = DocBin(store_user_data=True)
    stored.add(analysed)
    (restored,) = DocBin().from_bytes(stored.to_bytes()).get_docs(nlp.vocab)
    assert analysis_of(restored, ARTICLE).to_dict() == expected
    assert restored._.sources == analysed._.sources
    assert restored._.entity_of_token == analysed._.entity_of_token
    again = Doc(nlp.vocab).from_bytes(analysed.to_bytes())
    assert analysis_of(again, ARTICLE).to_dict() == expected


def test_a_saved_pipeline_loads_with_spacy_load_in_a_fresh_process(nlp, tmp_path):
    expected = next(analyze_many([ARTICLE])).to_dict()
    nlp.to_disk(tmp_path / "pipeline")
    # spaCy finds factories through the installed package's entry points: those pyproject.toml declares,
    # put on the child's path as an install would (the shared venv's install may predate them).
    site = entry_points_site(tmp_path / "site")
    environment = {**os.environ, "PYTHONPATH": os.pathsep.join([str(site), str(ROOT)])}
    article = json.dumps({"text": ARTICLE.text, "date": ARTICLE.date, "origin": ARTICLE.origin})
    child = subprocess.run(
        [sys.executable, "-c", LOAD_AND_ANALYSE, str(tmp_path / "pipeline"), article],
        capture_output=True, text=True, env=environment, timeout=120, cwd=tmp_path,
    )
    assert child.returncode == 0, child.stderr[-2000:]
    assert json.loads(child.stdout) == expected
    saved = json.loads((tmp_path / "pipeline" / "saywho_attributions" / "cue_model.json").read_text())
    assert set(saved) == {"lemmas", "frames", "cue_parts", "places"}


def test_settings_are_in_the_config_with_the_shipped_values(nlp):
    from saywho.analyse.speaker_ranker import shipped_ranker

    config = nlp.config["components"]
    assert config["saywho_attributions"]["threshold"] == 0.5
    assert config["saywho_attributions"]["place_threshold"] == 0.55
    assert config["saywho_speakers"]["ranker_threshold"] == shipped_ranker().threshold
    assert (config["saywho_speakers"]["paragraph_window"], config["saywho_speakers"]["half_life"]) == (6, 1000)


def test_settings_given_in_the_config_change_what_is_found():
    # "defended" is a cue at the table's 0.5, not at 0.99; at 1.0 the ranker names no one, and "she" is named by
    # the rule beside it (speaker_sentence_leads.py): the mayor leads the sentence before, her deputy only stands in it
    config = {"saywho_attributions": {"threshold": 0.99}, "saywho_speakers": {"ranker_threshold": 1.0}}
    nlp = add_saywho_components(load_base_model(), config)
    analysis = analysis_of(nlp(_doc_for(nlp, ARTICLE.text, ARTICLE.date)), ARTICLE)
    speakers = [(a.cue.text, a.speaker.name if a.speaker else None, a.speaker.resolved_by if a.speaker else None)
                for a in analysis.attributions]
    assert speakers == [  # the quotation carried on after "she said" is the mayor's too
        ("said", "Elena Vasquez", "pronoun"), ("said", "Elena Vasquez", "carry-over"),
        ("reportedly warned", "Omar Haddad", "alias"), ("According to", "the city's engineers", "unnamed"),
    ]


def test_each_component_finds_what_it_requires_assigned_before_it(nlp):
    assert all(not problems for problems in nlp.analyze_pipes(pretty=False)["problems"].values())


def entry_points_site(site: Path) -> Path:
    declared = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["entry-points"]["spacy_factories"]
    info = site / "saywho_factories-0.0.dist-info"
    info.mkdir(parents=True)
    (info / "METADATA").write_text("Metadata-Version: 2.1\nName: saywho-factories\nVersion: 0.0\n")
    lines = ["[spacy_factories]", *(f"{name} = {target}" for name, target in declared.items())]
    (info / "entry_points.txt").write_text("\n".join(lines) + "\n")
    return site
