"""The BASIL loader and scorer on a small corpus written here, and the real data's spans located."""

from __future__ import annotations

import json

import pytest

from saywho.document import Analysis, Article, Attribution, Segment, Speaker
from saywho.eval import basil, basil_data, voice_training

UUID = "00000000-0000-0000-0000-000000000001"
PARAGRAPHS = [
    ["Smith accused Jones of lying on Monday.", "The remarkable vote passed 52 to 48."],
    ["“It is a disgrace,” Jones said."],
]
TEXT = (
    "Smith accused Jones of lying on Monday. The remarkable vote passed 52 to 48.\n"
    "“It is a disgrace,” Jones said."
)


def annotation(ident, start, end, txt, bias="lex", quote="no"):
    return {"id": ident, "start": start, "end": end, "txt": txt, "bias": bias, "quote": quote,
            "speaker": "", "polarity": "neg", "aim": "dir", "target": "", "notes": "",
            "indirect-ally-opponent-sentiment": ""}


ANNOTATIONS = [
    annotation("p0", 6, 13, "accused"),
    annotation("p1", 4, 14, "remarkable"),
    annotation("p1", 20, 35, "passed 52 to 48"),
    annotation("p1", 0, 8, "The vote", bias="inf"),  # wrong text at these offsets: not findable
    annotation("p2", 9, 17, "disgrace", quote="yes"),
    annotation("p0", 0, 5, "Jones"),  # offsets point at "Smith": found by searching the sentence
    annotation("title", 0, 4, "Vote"),
]


def write_corpus(root, annotations=ANNOTATIONS, stems=(f"{UUID}_1",)):
    (root / "articles" / "2020").mkdir(parents=True)
    (root / "annotations" / "2020").mkdir(parents=True)
    for stem in stems:
        article = {"title": "Vote", "date": "2020-03-01", "source": "fox", "uuid": UUID,
                   "body-paragraphs": PARAGRAPHS}
        (root / "articles" / "2020" / f"{stem}.json").write_text(json.dumps(article), encoding="utf-8")
        notes = {"uuid": UUID, "phrase-level-annotations": annotations, "article-level-annotations": {}}
        (root / "annotations" / "2020" / f"{stem}_ann.json").write_text(json.dumps(notes), encoding="utf-8")
    return root


def write_lexicons(root):
    """The reference lexicons' layout, each file holding a word or two."""
    wnc = root / "pryzant2020_wnc_lexicons"
    wnc.mkdir(parents=True)
    for file in voice_training.WNC_FILES:
        (wnc / file).write_text("# a comment\nremarkable\n", encoding="utf-8")
    hutto = root / "hutto2015_bsd_lexicon"
    hutto.mkdir()
    lexicon = {key: ["remarkable", "academ*", "ace in the hole"] for key in voice_training.HUTTO_KEYS}
    (hutto / "lexicon.json").write_text(json.dumps(lexicon), encoding="utf-8")
    return root


def at(piece: str) -> tuple[int, int]:
    start = TEXT.index(piece)
    return start, start + len(piece)


def test_the_text_is_rebuilt_one_paragraph_a_line(tmp_path):
    text, sentences = basil_data.article_text(PARAGRAPHS)
    assert text == TEXT
    assert [text[s:e] for s, e in sentences] == [s for p in PARAGRAPHS for s in p]


def test_spans_are_located_by_offset_or_by_search(tmp_path):
    [article] = basil.load(write_corpus(tmp_path))
    assert article.text == TEXT and article.outlet == "fox" and article.date == "2020-03-01"
    assert article.skipped == 1  # the title's span
    found = {s.text: (s.located_by, TEXT[s.start : s.end] if s.located else None) for s in article.spans}
    assert found == {
        "accused": ("offset", "accused"),
        "remarkable": ("offset", "remarkable"),
        "passed 52 to 48": ("offset", "passed 52 to 48"),
        "The vote": (None, None),
        "disgrace": ("offset", "disgrace"),
        "Jones": ("search", "Jones"),
    }


def test_missing_data_says_where_it_looked(tmp_path):
    with pytest.raises(basil_data.BasilMissing, match="BASIL data not found"):
        basil.load(tmp_path / "nowhere")


def analysis_of(voice, attributions=()):
    return Analysis(
        article=Article(text=TEXT), paragraphs=[], attributions=list(attributions), entities=[], voice=voice
    )


def item(piece: str) -> dict:
    start, end = at(piece)
    return {"text": piece, "spans": [[start, end]]}


def jones_said() -> Attribution:
    quote = at("It is a disgrace,")
    jones = at("Jones said")[0]
    return Attribution(
        id="a1", kind="direct", cue=Segment.of(TEXT, [at("said")]), content=Segment.of(TEXT, [quote]),
        source=Segment.of(TEXT, [(jones, jones + len("Jones"))]),
        speaker=Speaker(name="Jones", type="PERSON"), paragraph=1, quoted=[quote],
    )


def test_scores_are_exact_on_a_hand_made_prediction(tmp_path):
    [article] = basil.load(write_corpus(tmp_path))
    voice = {
        "labels": [item("remarkable vote")],
        "loaded_cues": [item("accused")],
        "hedges": [item("on Monday")],  # overlaps no positive
        "sources": [item("Jones")],  # not a word choice: not counted
    }
    score = basil.score_article(article, analysis_of(voice, [jones_said()]))
    # Positives: the lexical spans outside quotes that were located: accused, remarkable, "passed 52 to 48", Jones.
    assert (score.positives, score.recalled) == (4, 2)
    assert score.predicted == {"labels": 1, "loaded_cues": 1, "hedges": 1, "word_choices": 0}
    assert score.correct == {"labels": 1, "loaded_cues": 1, "hedges": 0, "word_choices": 0}
    # Writer's words: 7 + 7 in the first paragraph ("52" and "48" are words), "Jones said" after the quote.
    assert score.writer_words == 16
    assert score.flagged_words == 5  # accused, remarkable, vote, on, Monday
    assert (score.quoted, score.quoted_attributed, score.quoted_kept_out) == (1, 1, 1)
    assert score.unlocated == 1

    report = basil.build_report([article], [score])
    voice_scores = report["writer_voice"]
    assert voice_scores["recall"] == 0.5
    assert voice_scores["precision"] == round(2 / 3, 4)
    assert voice_scores["f1"] == round(2 * (2 / 3) * 0.5 / (2 / 3 + 0.5), 4)
    assert voice_scores["flagged_per_100_words"] == round(100 * 5 / 16, 4)
    assert report["quote_accuracy"]["accuracy"] == 1.0
    assert (report["spans"], report["spans_located"], report["spans_searched"], report["spans_skipped"]) == (6, 5, 1, 1)
    assert "recall    0.500" in basil.format_report(report)


def test_a_quoted_span_the_analysis_leaves_to_the_writer_is_a_quote_error(tmp_path):
    [article] = basil.load(write_corpus(tmp_path))
    score = basil.score_article(article, analysis_of({}))
    assert (score.quoted, score.quoted_attributed, score.quoted_kept_out) == (1, 0, 1)
    assert (score.recalled, score.flagged_words) == (0, 0)


def test_evaluate_runs_saywho_over_the_corpus(tmp_path):
    report = basil.evaluate(data=write_corpus(tmp_path))
    assert report["articles"] == 1
    assert report["quote_accuracy"]["accuracy"] == 1.0  # "disgrace" is Jones's
    hits = set(report["hits"])
    assert {"accused", "remarkable"} <= hits  # a loaded cue and an evaluative word


def test_the_real_corpus_loads_and_every_span_is_located():
    from tests.conftest import shared_path

    articles = basil.load(shared_path("data", "basil"))
    assert len(articles) == 225
    for article in articles:
        for span in article.spans:
            assert span.located_by == "offset" and article.text[span.start : span.end] == span.text
    spans = [span for article in articles for span in article.spans]
    assert len([s for s in spans if s.bias == "lex" and not s.quote]) == 271
    assert len([s for s in spans if s.bias == "lex" and s.quote]) == 84


def test_folds_keep_the_three_outlets_of_an_event_together():
    stems = [f"event{e}_{outlet}" for e in range(10) for outlet in (1, 2, 3)]
    folds = voice_training.event_folds(stems, 5)
    by_event = {}
    for stem, fold in zip(stems, folds):
        by_event.setdefault(voice_training.event_of(stem), set()).add(fold)
    assert all(len(f) == 1 for f in by_event.values())
    assert sorted(folds.count(f) for f in range(5)) == [6] * 5
    assert folds == voice_training.event_folds(stems, 5)  # a fixed seed


def test_cross_validation_trains_on_other_folds_and_scores_each_once(tmp_path):
    stems = [f"{UUID[:-1]}{e}_{o}" for e in range(3) for o in (1, 2, 3)]
    data = write_corpus(tmp_path / "basil", stems=stems)
    report = basil.evaluate_folds(data, folds=3, lexicons=write_lexicons(tmp_path / "lexicons"))
    assert [r["articles"] for r in report["folds"]] == [3, 3, 3]
    assert set(report["summary"]) == {"recall", "precision", "flagged_per_100_words", "quote_accuracy"}
    assert report["summary"]["quote_accuracy"]["min"] == 1.0
    assert report["tuned_on_all"]["articles"] == 9
    text = basil.format_folds(report)
    assert "mean" in text and "on data used for tuning" in text


def test_the_lexicons_keep_single_words_only(tmp_path):
    lexicons = voice_training.load_lexicons(write_lexicons(tmp_path))
    assert lexicons["npov"] == {"remarkable"} and lexicons["value_laden"] == {"remarkable"}
