"""The PolNeAR loader and scorers, and the seed-gold scorer, on snippets made here.

None of these tests runs saywho's analysis: predictions are written by hand.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from saywho.document import Analysis, Article, Attribution, Segment, Speaker
from saywho.eval import gold as seed
from saywho.eval.polnear import build_report, format_errors, format_report
from saywho.eval.polnear_gold import ROLES, AttributionSpans, PolnearMissing, load_split, parse_brat
from saywho.eval.polnear_scoring import add_up, greedy_pairs, normalise, score_article


def at(text: str, piece: str, start: int = 0) -> tuple[int, int]:
    index = text.index(piece, start)
    return index, index + len(piece)


def t_line(ident: str, label: str, text: str, *pieces: str) -> str:
    spans = [at(text, piece) for piece in pieces]
    offsets = ";".join(f"{s} {e}" for s, e in spans)
    shown = " ".join(text[s:e] for s, e in spans)
    return f"{ident}\t{label} {offsets}\t{shown}"


SNIPPET = 'Smith and Jones said the vote, held Monday, was "a farce." It is said that rain is coming.'


def snippet_ann() -> str:
    text = SNIPPET
    return "\n".join([
        t_line("T1", "Source", text, "Smith"),
        t_line("T2", "Source", text, "Jones"),
        t_line("T3", "Cue", text, "said"),
        t_line("T4", "Content", text, "the vote", 'was "a farce."'),  # discontinuous
        t_line("T5", "Attribution", text, "said"),
        "E1\tAttribution:T5 Source:T1 Source:T2 Cue:T3 Content:T4",
        t_line("T6", "Cue", text, "is said"),
        t_line("T7", "Content", text, "that rain is coming"),
        t_line("T8", "Attribution-no-source", text, "is said"),
        "E2\tAttribution-no-source:T8 Content:T7 Cue:T6",
        "E3\tAttribution-no-source:T8 ",  # a left-over trigger: no roles
        "#1\tAnnotatorNotes T7\tcheck this one",
        "a stray second line of a multi-line annotation text",
    ]) + "\n"


# -- the brat loader -----------------------------------------------------------


def test_parse_brat_groups_roles_and_merges_repeated_ones():
    first, second = parse_brat(snippet_ann())
    assert first.source == [at(SNIPPET, "Smith"), at(SNIPPET, "Jones")]
    assert first.cue == [at(SNIPPET, "said")]
    assert first.content == [at(SNIPPET, "the vote"), at(SNIPPET, 'was "a farce."')]
    assert second.source == []
    assert second.cue == [at(SNIPPET, "is said")]
    assert second.content == [at(SNIPPET, "that rain is coming")]


def test_parse_brat_reads_numbered_repeats():
    text = '"Yes," he said. "And no."'
    ann = "\n".join([
        t_line("T1", "Source", text, "he"),
        t_line("T2", "Cue", text, "said"),
        t_line("T3", "Content", text, '"Yes,"'),
        t_line("T4", "Content", text, '"And no."'),
        "E1\tAttribution:T9 Cue:T2 Source:T1 Content:T3 Content2:T4",
    ])
    (attribution,) = parse_brat(ann)
    assert attribution.content == [at(text, '"Yes,"'), at(text, '"And no."')]


def write_corpus(root, annotations: dict[str, str]) -> None:
    (root / "dev" / "text").mkdir(parents=True)
    (root / "dev" / "attributions").mkdir()
    (root / "dev" / "text" / "paper_2016-01-01_vote.txt").write_text(SNIPPET, encoding="utf-8")
    for name, ann in annotations.items():
        (root / "dev" / "attributions" / name).write_text(ann, encoding="utf-8")
    (root / "metadata.tsv").write_text(
        "compartment\tfilename\tlevel\tannotators\tpublisher\tpublication_date\tauthor\ttitle\n"
        "dev\tpaper_2016-01-01_vote\tNone\taa|zz\tpaper\t2016-01-01\tNone\tThe Vote\n",
        encoding="utf-8",
    )


def test_load_split_uses_metadata_and_the_first_annotator(tmp_path):
    write_corpus(tmp_path, {"paper_2016-01-01_vote_zz.ann": "", "paper_2016-01-01_vote_aa.ann": snippet_ann()})
    (article,) = load_split("dev", tmp_path)
    assert (article.stem, article.publisher, article.date, article.title) == (
        "paper_2016-01-01_vote", "paper", "2016-01-01", "The Vote"
    )
    assert article.author is None  # "None" in the metadata
    assert article.annotator == "aa"
    assert article.text == SNIPPET
    assert len(article.attributions) == 2


def test_load_split_says_where_it_looked(tmp_path):
    with pytest.raises(PolnearMissing, match=str(tmp_path / "nowhere")):
        load_split("dev", tmp_path / "nowhere")
    write_corpus(tmp_path, {})
    with pytest.raises(PolnearMissing, match="train"):
        load_split("train", tmp_path)


# -- span comparison -------------------------------------------------------------


def test_normalise_trims_ends_and_merges_spans_split_at_whitespace():
    text = " said  that it rains. "
    assert normalise([(0, 6)], text) == ((1, 5),)
    assert normalise([(1, 5), (6, 21)], text) == ((1, 21),)  # only spaces between
    assert normalise([(1, 5), (12, 20)], text) == ((1, 5), (12, 20))
    assert normalise([(0, 1)], text) == ()


def test_greedy_pairs_is_one_to_one_highest_first():
    assert greedy_pairs({(0, 0): 0.6, (0, 1): 0.9, (1, 1): 0.8}) == [(0, 1)]
    assert greedy_pairs({(0, 0): 0.6, (1, 1): 0.8, (0, 1): 0.5}) == [(1, 1), (0, 0)]


TEXT = "Alice said that taxes will rise. Bob thinks the plan fails. Carol, an aide, noted costs."


def roles(source=(), cue=(), content=()) -> AttributionSpans:
    """Spans from pieces of TEXT; a piece may carry a trailing space, which scoring trims."""
    return AttributionSpans(*([at(TEXT, piece) for piece in pieces] for pieces in (source, cue, content)))


GOLD = [
    roles(["Alice"], ["said"], ["that taxes will rise"]),
    roles(["Bob"], ["thinks"], ["the plan fails"]),
    roles(["Carol, an aide,"], ["noted"], ["costs"]),
]
PREDICTED = [
    roles(["Alice "], ["said"], ["taxes will rise"]),  # content: Jaccard 13/17
    roles(["Bob"], ["thinks the"], ["plan"]),  # cue: 6/9; content: 4/12
    roles(["Carol"], [], ["costs"]),  # source: 5/13
    roles([], [], ["Carol, an aide, noted costs"]),  # content vs "costs": 5/23
]


def prf(tally) -> tuple[float, float, float]:
    return round(tally.precision, 4), round(tally.recall, 4), round(tally.f1, 4)


def test_role_scores_exact_and_overlap():
    tallies = score_article(TEXT, GOLD, PREDICTED).tallies
    assert prf(tallies["source.exact"]) == (0.6667, 0.6667, 0.6667)
    assert prf(tallies["source.overlap"]) == (0.6667, 0.6667, 0.6667)
    assert prf(tallies["cue.exact"]) == (0.5, 0.3333, 0.4)
    assert prf(tallies["cue.overlap"]) == (1.0, 0.6667, 0.8)
    assert prf(tallies["content.exact"]) == (0.25, 0.3333, round(2 / 7, 4))
    assert prf(tallies["content.overlap"]) == (0.5, 0.6667, round(4 / 7, 4))


def test_attribution_needs_content_and_source():
    score = score_article(TEXT, GOLD, PREDICTED)
    assert score.pairs == [(0, 0)]  # Carol's content matches but "Carol" is too short a source
    assert prf(score.tallies["attribution"]) == (0.25, 0.3333, round(2 / 7, 4))


def test_sourceless_gold_matches_only_a_sourceless_prediction():
    gold = [roles([], ["thinks"], ["the plan fails"])]
    assert score_article(TEXT, gold, [roles([], ["thinks"], ["the plan fails"])]).pairs == [(0, 0)]
    assert score_article(TEXT, gold, [roles(["Bob"], ["thinks"], ["the plan fails"])]).pairs == []


def test_scores_add_up_over_articles():
    one = score_article(TEXT, GOLD, PREDICTED)
    totals = add_up([one, one])
    assert (totals["content.overlap"].matched, totals["content.overlap"].predicted) == (4, 8)
    assert prf(totals["content.overlap"]) == prf(one.tallies["content.overlap"])


def test_discontinuous_and_two_source_gold_scores_itself_perfectly():
    gold = parse_brat(snippet_ann())
    tallies = score_article(SNIPPET, gold, gold).tallies
    assert all(tally.f1 == 1.0 for tally in tallies.values())
    assert tallies["source.exact"].gold == 1  # the second attribution has no source


def test_report_and_error_listing(tmp_path):
    write_corpus(tmp_path, {"paper_2016-01-01_vote_aa.ann": snippet_ann()})
    (article,) = load_split("dev", tmp_path)
    predicted = [AttributionSpans(source=[], cue=[at(SNIPPET, "said")], content=[at(SNIPPET, 'the vote, held Monday, was "a farce."')])]
    report = build_report("dev", [(article, predicted, score_article(article.text, article.attributions, predicted))], errors=1)
    json.dumps(report)  # the report is plain data
    assert report["per_article"][0] == {
        "stem": "paper_2016-01-01_vote", "gold": 2, "predicted": 1, "matched": 0, "missed": 2, "extra": 1, "misses": 3
    }
    table = format_report(report)
    assert "content      overlap   1.000  0.500  0.667" in table
    errors = format_errors(report, 1)
    assert "-- differs" in errors and "-- missed" in errors
    assert "Smith … Jones" in errors  # the gold's two sources, shown as one role


# -- the real dev split ------------------------------------------------------------


def test_dev_gold_scored_against_itself_is_perfect():
    try:
        articles = load_split("dev")
    except PolnearMissing as missing:
        pytest.skip(f"PolNeAR is not available here: {missing}")
    assert len(articles) == 84
    totals = add_up(score_article(a.text, a.attributions, a.attributions) for a in articles)
    for role in ROLES:
        assert totals[f"{role}.exact"].f1 == 1.0, role
        assert totals[f"{role}.overlap"].f1 == 1.0, role
    assert totals["attribution"].f1 == 1.0
    assert totals["attribution"].gold > 2000


# -- the seed-style gold scorer -------------------------------------------------------

SEED_TEXT = 'Intro line.\n"We will win," she said.\nThe mayor praised the "bold plan" today.\n'


def seed_analysis(*attributions: Attribution) -> Analysis:
    article = Article(text=SEED_TEXT)
    return Analysis(article=article, paragraphs=article.paragraphs(), attributions=list(attributions), entities=[])


def predicted(ident: str, piece: str, speaker: str | None, paragraph: int) -> Attribution:
    return Attribution(
        id=ident, kind="direct", cue=None, source=None, paragraph=paragraph,
        content=Segment.of(SEED_TEXT, [at(SEED_TEXT, piece)]),
        speaker=Speaker(name=speaker, type="PERSON") if speaker else None,
    )


def seed_gold(tmp_path) -> str:
    quotes = [
        {"id": 1, "kind": "direct", "text": "We will win,", "paragraph": 2, "speaker": "Jane Doe"},
        {"id": 2, "kind": "partial", "text": "bold plan", "paragraph": 3, "speaker": "The Mayor"},
        {"id": 3, "kind": "indirect", "text": "Intro line", "paragraph": 1, "speaker": "Nobody"},
    ]
    for quote in quotes:
        quote.update(char_span=list(at(SEED_TEXT, quote["text"])), speaker_mention="x", cue="said")
    path = tmp_path / "seed.gold.json"
    path.write_text(json.dumps({"document": "seed.txt", "quotes": quotes}), encoding="utf-8")
    return str(path)


def test_gold_quotes_found_speakers_and_extras(tmp_path):
    analysis = seed_analysis(
        predicted("a1", '"We will win,"', "jane doe", 1),
        predicted("a2", '"bold plan" today', "mayor", 2),
        predicted("a3", "she said", None, 1),  # overlaps no quotation
    )
    report = seed.score_gold(seed_gold(tmp_path), analysis)
    assert (report["quotes"], report["found"], report["missed"]) == (3, 2, 1)
    assert (report["speaker_right"], report["speaker_wrong"], report["extras"]) == (2, 0, 1)
    assert [q["attribution"] for q in report["per_quote"]] == ["a1", "a2", None]
    assert "2/3 quotations found" in seed.format_gold_report(report)


def test_gold_match_needs_half_the_quotation_in_its_paragraph(tmp_path):
    quotes = json.loads(Path(seed_gold(tmp_path)).read_text(encoding="utf-8"))["quotes"]
    assert seed.match_quote(quotes[1], seed_analysis(predicted("a", "bold", "mayor", 2))) is None  # 4 of 9
    assert seed.match_quote(quotes[1], seed_analysis(predicted("a", "bold p", "mayor", 2))) is not None  # 6 of 9
    moved = {**quotes[1], "paragraph": 2}
    assert seed.match_quote(moved, seed_analysis(predicted("a", "bold plan", "mayor", 2))) is None


def test_gold_speaker_comparison():
    quote_speaker = "The Barnabas Fund"
    analysis = seed_analysis(predicted("a", "bold plan", "barnabas  fund", 2))
    assert seed.same_speaker(quote_speaker, analysis.attributions[0])
    assert not seed.same_speaker("Barnabas", analysis.attributions[0])
    assert not seed.same_speaker("Barnabas", predicted("b", "bold plan", None, 2))


def test_the_command_prints_the_report_and_no_progress_when_piped(tmp_path, capsys):
    from saywho.cli import main

    write_corpus(tmp_path, {"paper_2016-01-01_vote_aa.ann": snippet_ann()})
    assert main(["eval", "polnear", "--split", "dev", "--data", str(tmp_path)]) == 0
    out, err = capsys.readouterr()
    assert "PolNeAR dev: 1 articles" in out and "attribution" in out
    assert err == ""  # the progress bar is for terminals only


def test_all_span_modes_are_set_side_by_side_each_kept_in_its_folder(tmp_path, capsys):
    from saywho.cli import main

    write_corpus(tmp_path / "data", {"paper_2016-01-01_vote_aa.ann": snippet_ann()})
    out = tmp_path / "predictions"
    assert main(["eval", "polnear", "--split", "dev", "--data", str(tmp_path / "data"), "--spans", "all",
                 "--out", str(out), "--json", str(tmp_path / "report.json")]) == 0
    printed = capsys.readouterr().out
    reports = json.loads((tmp_path / "report.json").read_text(encoding="utf-8"))
    assert [report["spans"] for report in reports] == ["rules", "combined", "model"]
    assert f"{reports[0]['scores']['attribution']['f1']:.3f}" in printed
    table = printed[printed.index("side by side"):].splitlines()
    assert [row.split()[0] for row in table[2:]] == ["rules", "combined", "model"]
    assert sorted(path.name for path in out.iterdir()) == ["combined", "model", "rules"]
    assert all((out / mode / "paper_2016-01-01_vote.json").is_file() for mode in ("rules", "combined", "model"))


def test_a_report_that_cannot_be_written_is_one_line_and_a_failure(tmp_path, capsys):
    from saywho.cli import main

    write_corpus(tmp_path / "data", {"paper_2016-01-01_vote_aa.ann": snippet_ann()})
    report = tmp_path / "no such folder" / "report.json"
    assert main(["eval", "polnear", "--split", "dev", "--data", str(tmp_path / "data"), "--json", str(report)]) == 1
    assert capsys.readouterr().err.strip().splitlines() == [f"saywho: error: {report}: cannot write the report "
                                                            f"(no folder {report.parent})"]
