"""tools/train_speaker_model.py's readings of a model: the kinds of pronoun miss, and cross-validation by article.

Hand-made candidates (two readings each), so that the outcome of every pronoun is known exactly.
"""

import importlib.util
import sys
from pathlib import Path

from saywho.analyse.speaker_ranker import SpeakerRanker

ROOT = Path(__file__).resolve().parent.parent


def _tool():
    spec = importlib.util.spec_from_file_location("train_speaker_model", ROOT / "tools" / "train_speaker_model.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


TOOL = _tool()
# "spoke last" is worth 2, "named far back" -1; "none of them" scores 0; names at probability 0.7 or more
RANKER = SpeakerRanker({"last_speaker": 2.0, "far": -1.0}, none_score=0.0, threshold=0.7)
LAST, FAR, PLAIN = {"last_speaker": 1.0}, {"far": 1.0}, {}


def _mention(choices, right, no_name=False, article="a"):
    return TOOL.Mention(choices=choices, right=right, gold_has_no_name=no_name, article=article)


def test_each_kind_of_miss_is_told_apart():
    # p(last speaker) = e^2 / (e^2 + 1 + e^-1) = 0.84; p(plain) = 1 / (1 + 1 + e^-1) = 0.42
    assert TOOL.miss_kind(RANKER, _mention([LAST, FAR], [True, False])) == "right"
    assert TOOL.miss_kind(RANKER, _mention([LAST, FAR], [False, True])) == "wrong name"
    assert TOOL.miss_kind(RANKER, _mention([PLAIN, FAR], [True, False])) == \
        "missed: abstained, the right person ranked first"
    assert TOOL.miss_kind(RANKER, _mention([PLAIN, FAR], [False, True])) == \
        "missed: abstained, someone else ranked first"
    assert TOOL.miss_kind(RANKER, _mention([PLAIN, FAR], [False, False])) == \
        "missed: the right person was never a candidate"
    assert TOOL.miss_kind(RANKER, _mention([PLAIN], [False], no_name=True)) == "right (nobody named)"
    assert TOOL.miss_kind(RANKER, _mention([LAST], [False], no_name=True)) == "wrong name (the gold names nobody)"


def test_cross_validation_scores_every_pronoun_once_with_a_model_that_never_saw_its_article():
    # ten articles, each with one pronoun whose referent spoke last: every fold learns that from the other eight
    mentions = [_mention([LAST, FAR], [True, False], article=f"article-{n}") for n in range(10)]
    totals = TOOL.cross_validate(mentions)
    assert set(totals) == set(TOOL.CV_THRESHOLDS)
    for right, wrong, unresolved in totals.values():
        assert right + wrong + unresolved == 10
    assert totals[0.5] == (10, 0, 0)


def test_a_model_trained_with_a_given_threshold_says_it_was_given():
    model = TOOL.model_of({"last_speaker": 2.0}, 0.5, 0.7, "train", "given (--threshold), not chosen")
    assert model["threshold"] == 0.7 and model["threshold_chosen_on"] == "given (--threshold), not chosen"
    assert SpeakerRanker.from_dict(model) == SpeakerRanker({"last_speaker": 2.0}, 0.5, 0.7)
