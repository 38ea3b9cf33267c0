"""The speaker-resolution scorer, on an article written here, and the shipped referent gold."""

from __future__ import annotations

from pathlib import Path

import pytest

import saywho
from saywho.document import Attribution, Segment, Speaker
from saywho.eval import polnear
from saywho.eval.speakers import (
    MISSED,
    RIGHT,
    UNRESOLVED,
    WRONG_NAME,
    GoldSource,
    Scores,
    format_report,
    judge,
    judge_article,
    load_gold,
    names_agree,
)

TEXT = (
    "Senator Jane Whitfield said on Tuesday that the bill would fail in the Senate.\n"
    "She added that the vote had been a mistake from the start.\n"
    "A spokesman for the governor said the office had no comment.\n"
    "Republicans said they would try again next year."
)


def gold(mention: str, kind: str, referent: str) -> GoldSource:
    start = TEXT.index(mention)
    return GoldSource("test", ((start, start + len(mention)),), kind, referent)


def attribution(name: str, named: bool = True, source: tuple[int, int] = (0, 22)) -> Attribution:
    speaker = Speaker(name=name, type="PERSON", named=named, resolved_by="pronoun")
    content = Segment.of(TEXT, [(40, 60)])
    return Attribution("a1", "indirect", None, content, Segment.of(TEXT, [source]), speaker, 0)


@pytest.mark.parametrize(
    ("predicted", "referent", "agree"),
    [
        ("Hillary Clinton", "Hillary Rodham Clinton", True),
        ("Clinton", "Hillary Clinton", True),
        ("Crooked Hillary Clinton", "Hillary Clinton", True),
        ("Bill Clinton", "Hillary Clinton", False),
        ("the New York Times", "The New York Times", True),
        ("Mr. Obama", "Barack Obama", True),
        ("AROS", "Alliance to Reclaim Our Schools", True),
        ("Trump", "Melania Trump", True),
        ("Josh Earnest", "Barack Obama", False),
    ],
)
def test_names_agree(predicted, referent, agree):
    assert names_agree(predicted, referent) is agree


def test_every_outcome_of_one_source():
    source = gold("Senator Jane Whitfield", "name", "Jane Whitfield")
    referents = {"Jane Whitfield", "unnamed"}
    assert judge(source, None, referents).outcome == MISSED
    assert judge(source, attribution("Jane Whitfield"), referents).outcome == RIGHT
    assert judge(source, attribution("Whitfield"), referents).outcome == RIGHT
    assert judge(source, attribution("a senator", named=False), referents).outcome == UNRESOLVED
    assert judge(source, attribution("Tom Baker"), referents).outcome == WRONG_NAME


def test_a_bare_surname_two_referents_share_is_a_wrong_name():
    source = gold("Senator Jane Whitfield", "name", "Jane Whitfield")
    judgement = judge(source, attribution("Whitfield"), {"Jane Whitfield", "Paul Whitfield"})
    assert judgement.outcome == WRONG_NAME


def test_the_very_name_with_its_suffix_is_right_beside_a_father_of_the_same_name():
    source = gold("Senator Jane Whitfield", "name", "Charles Elliott III")
    referents = {"Charles Elliott III", "Charles Elliott Jr."}
    assert judge(source, attribution("Charles Elliott III"), referents).outcome == RIGHT
    assert judge(source, attribution("Charles Elliott Jr."), referents).outcome == WRONG_NAME
    assert judge(source, attribution("Elliott"), referents).outcome == WRONG_NAME


def test_an_unnamed_speaker_given_a_name_is_wrong_and_kept_as_described_is_right():
    source = gold("A spokesman for the governor", "description", "unnamed")
    assert judge(source, attribution("Jane Whitfield"), {"unnamed"}).outcome == WRONG_NAME
    assert judge(source, attribution("A spokesman", named=False), {"unnamed"}).outcome == RIGHT
    group = gold("Republicans", "description", "group")
    assert judge(group, attribution("Republicans"), {"group"}, "Republicans").outcome == RIGHT


def test_the_scorer_on_a_real_analysis():
    sources = [
        gold("Senator Jane Whitfield", "name", "Jane Whitfield"),
        gold("She", "pronoun", "Jane Whitfield"),
        gold("A spokesman for the governor", "description", "unnamed"),
        gold("Republicans", "description", "group"),
    ]
    judgements = judge_article(saywho.analyze(TEXT, date="2024-05-01"), sources)
    assert [(j.outcome, j.predicted) for j in judgements] == [
        (RIGHT, "Jane Whitfield"),
        (RIGHT, "Jane Whitfield"),
        (RIGHT, None),
        (RIGHT, None),
    ]
    scores = Scores()
    for judgement in judgements:
        scores.add(judgement)
    assert scores.overall.as_dict()["accuracy"] == 1.0
    assert scores.by_kind["pronoun"].as_dict() == {
        "gold": 1, "found": 1, "right": 1, "accuracy": 1.0, "named": 1, "wrong_names": 0, "wrong_name_rate": 0.0,
    }
    report = {"split": "test", "articles": 1, "scores": {k: t.as_dict() for k, t in scores.by_kind.items()},
              "overall": scores.overall.as_dict()}
    assert "pronoun" in format_report(report)


@pytest.mark.parametrize("split", ["dev", "train"])
def test_the_shipped_gold_marks_polnear_sources(split):
    """Every gold item is a source span of PolNeAR's first annotator, with a known kind."""
    if not (Path(polnear.DEFAULT_DATA) / split).is_dir():
        pytest.skip(f"PolNeAR is not at {polnear.DEFAULT_DATA} (../shared absent)")
    by_article = load_gold(split)
    articles = {a.stem: a for a in polnear.load_split(split) if a.stem in by_article}
    assert set(articles) == set(by_article)
    for stem, sources in by_article.items():
        annotated = {tuple(a.source) for a in articles[stem].attributions}
        for source in sources:
            assert source.spans in annotated
            assert source.kind in ("name", "pronoun", "description", "other")
            assert source.referent.strip()


@pytest.mark.parametrize(
    ("predicted", "referent"),
    [("S.E.C.", "Securities and Exchange Commission"), ("RT", "Russia Today"), ("Mr. Biden", "Joseph R. Biden Jr.")],
)
def test_acronyms_and_suffixes_agree(predicted, referent):
    assert names_agree(predicted, referent)
