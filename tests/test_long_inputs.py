"""Long and pathological inputs: analysed in batches, in time linear in their length, or refused in one line.

Timings are measured by bench/long_text.py (docs/benchmarks.md), not asserted here.
"""

import pytest

import saywho
from saywho.batches import BATCH_CHARS, batch_bounds
from saywho.cli import main
from saywho.document import joined_text, paragraph_spans
from saywho.errors import AnalysisTimeout, InputError
from saywho.nlp import load_pipeline
from saywho.pipeline import make_doc, time_budget
from tests.conftest import shared_path

DATE = "2021-08-31"


@pytest.fixture(scope="module")
def seed():
    return shared_path("corpus", "seed-article.txt").read_text(encoding="utf-8").strip()


def invalid_spans(analysis) -> list:
    """Every span outside the text, or whose text is not the text's slice."""
    text = analysis.article.text
    segments = [s for a in analysis.attributions for s in (a.source, a.cue, a.content) if s is not None]
    segments += [m for e in analysis.entities for m in e.mentions]
    bad = [s for s in segments if any(not 0 <= start < end <= len(text) for start, end in s.spans)]
    bad += [s for s in segments if joined_text(text, s.spans) != s.text]
    items = [item for items in analysis.voice.values() for item in items] + analysis.dates
    bad += [i for i in items for start, end in i["spans"] if not 0 <= start <= end <= len(text)]
    return bad


def ids_and_offsets(attribution, shift=0):
    content = [(start - shift, end - shift) for start, end in attribution.content.spans]
    return attribution.kind, attribution.content.text, content, attribution.speaker and attribution.speaker.name


# -- over a million characters ------------------------------------------------------------


def test_a_text_over_a_million_characters_is_analysed_in_batches_with_offsets_into_the_whole_text(seed):
    # Two copies of the seed article a million newlines apart: 1,009,266 characters, cheap to parse.
    gap = "\n" * 1_000_000
    text = seed + gap + seed
    alone = saywho.analyze(seed, date=DATE)
    analysis = saywho.analyze(text, date=DATE)

    second_at = len(seed) + len(gap)
    first = [a for a in analysis.attributions if a.content.start < second_at]
    second = [a for a in analysis.attributions if a.content.start >= second_at]
    assert [ids_and_offsets(a) for a in first] == [ids_and_offsets(a) for a in alone.attributions]
    assert [ids_and_offsets(a, second_at) for a in second] == [ids_and_offsets(a) for a in alone.attributions]
    assert [a.id for a in analysis.attributions] == [f"a{n}" for n in range(1, 2 * len(alone.attributions) + 1)]
    assert analysis.paragraphs == paragraph_spans(text)
    assert second[0].paragraph == len(alone.paragraphs)
    assert invalid_spans(analysis) == []


def test_the_same_entity_in_two_batches_is_one_entity(seed):
    analysis = saywho.analyze(seed + "\n" * BATCH_CHARS + seed, date=DATE)
    marzouk = [e for e in analysis.entities if e.name == "Mousa Abu Marzouk"]
    assert len(marzouk) == 1
    mentions = [start for m in marzouk[0].mentions for start, _ in m.spans]
    assert min(mentions) < len(seed) < BATCH_CHARS < max(mentions)
    speakers = {a.speaker.entity for a in analysis.attributions if a.speaker and a.speaker.name == marzouk[0].name}
    assert speakers == {marzouk[0].id}


def test_batches_end_at_paragraph_ends_and_a_longer_paragraph_after_a_sentence():
    paragraph = "The minister said the plan would work. Critics disagreed strongly. " * 30
    text = "\n".join([paragraph.strip()] * 3)
    bounds = batch_bounds(text, limit=3000)
    assert bounds[0][0] == 0 and bounds[-1][1] == len(text)
    assert all(end == next_start for (_, end), (next_start, _) in zip(bounds, bounds[1:]))
    assert all(end - start <= 3000 for start, end in bounds)
    assert all(text[end - 1] == "\n" or text[end - 2 : end] == ". " for _, end in bounds[:-1])


# -- pathological inputs -------------------------------------------------------------------


def test_a_run_of_25000_quotation_marks_is_analysed_with_valid_spans():
    text = '"' * 25_000
    # 25,000 one-character tokens take the parser 8-15 s of CPU depending on the machine's load, near the
    # default budget for 24 KB; this test is about the spans, so it sets no budget (time_budget is tested below)
    analysis = saywho.analyze(text, seconds_per_100kb=0)
    assert analysis.article.text == text
    assert invalid_spans(analysis) == []


def test_long_runs_without_spaces_are_tokenized_in_pieces_of_the_text_itself():
    text = "He wrote “" + "“”" * 5_000 + "” and &amp;" + "&amp;" * 2_000 + " in a line."
    doc = make_doc(load_pipeline(), text)
    assert doc.text == text
    assert all(text[t.idx : t.idx + len(t)] == t.text for t in doc)
    assert [t.text for t in doc[:2]] == ["He", "wrote"]
    assert [t.i for t in doc if t.is_sent_start] == [0]  # the pieces are no sentences: the parser decides


def test_runs_of_curly_pairs_and_of_exclamation_marks_give_valid_spans():
    text = "“We will not stop,” the mayor said. " + "“”" * 5_000 + "\nShe added: “" + "!" * 3_000 + "”"
    analysis = saywho.analyze(text, date=DATE)
    assert invalid_spans(analysis) == []
    assert analysis.attributions[0].content.text == "“We will not stop,”"


def test_a_page_of_100000_tags_is_refused_in_one_line():
    page = "<html><body><article>" + "<p>x</p>" * 100_000 + "</article></body></html>"
    with pytest.raises(InputError) as caught:
        saywho.analyze(page)
    assert str(caught.value) == "input: has 100,003 HTML tags; saywho reads pages with up to 30,000"


def test_200000_escaped_ampersands_end_with_a_refusal():
    with pytest.raises(InputError):
        saywho.analyze("&amp;" * 200_000)
    with pytest.raises(InputError):
        saywho.analyze("<html><body><article><p>" + "&amp;" * 200_000 + "</p></article></body></html>")


# -- the time budget ------------------------------------------------------------------------


def test_the_budget_grows_with_the_text_from_the_100_kb_allowance(monkeypatch):
    monkeypatch.delenv("SAYWHO_SECONDS_PER_100KB", raising=False)
    assert time_budget(5_000) == time_budget(100_000) == 10.0
    assert time_budget(1_000_000) == 100.0
    assert time_budget(1_000_000, seconds_per_100kb=2) == 20.0
    monkeypatch.setenv("SAYWHO_SECONDS_PER_100KB", "0")
    assert time_budget(1_000_000) == float("inf")


def test_an_article_past_its_budget_stops_with_one_line(seed):
    with pytest.raises(AnalysisTimeout) as caught:
        saywho.analyze(seed + "\n" * BATCH_CHARS + seed, seconds_per_100kb=1e-6)
    assert str(caught.value) == ("input: took too long to analyse, stopped after 0 s of processing "
                                 "(the limit for 107 KB of text; set SAYWHO_SECONDS_PER_100KB to change it)")


def test_the_cli_prints_a_timeout_as_one_line(tmp_path, capsys, monkeypatch, seed):
    path = tmp_path / "long.txt"
    path.write_text(seed, encoding="utf-8")
    monkeypatch.setenv("SAYWHO_SECONDS_PER_100KB", "1e-6")
    assert main(["analyze", str(path)]) == 1
    err = capsys.readouterr().err
    assert err == (f"saywho: {path}: took too long to analyse, stopped after 0 s of processing "
                   "(the limit for 5 KB of text; set SAYWHO_SECONDS_PER_100KB to change it)\n")


def test_one_article_past_its_time_limit_does_not_stop_the_others(tmp_path, capsys, monkeypatch):
    """Two inputs analysed together: the one at fault fails alone, the other is written."""
    slow, fine = tmp_path / "slow.txt", tmp_path / "fine.txt"
    slow.write_text('"' * 50_000 + "\nThe mayor said the bridge would close.", encoding="utf-8")
    fine.write_text("The mayor said on Monday that the bridge would close in June for repairs.", encoding="utf-8")
    monkeypatch.setenv("SAYWHO_SECONDS_PER_100KB", "2")
    assert main(["analyze", str(slow), str(fine), "--out", str(tmp_path / "out")]) == 1
    err = capsys.readouterr().err
    assert f"saywho: {slow}: took too long to analyse" in err and "Traceback" not in err
    assert [p.name for p in (tmp_path / "out").iterdir()] == ["fine.json"]
