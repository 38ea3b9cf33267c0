"""No speaker across all of PolNeAR (train and dev, 924 articles) is named by a word that names no one.

"a statement", "UPDATE", a pronoun ("he", "you", "i") or a determiner ("that those", "the") is how an
article refers to a speaker, not who they are: the source may say "he", but the speaker must be
resolved, or described ("a 33-year-old woman"), never that word.

The whole corpus takes several minutes on this machine, so this runs only when asked:
SAYWHO_CORPUS_TESTS=1 (docs/testing.md); it skips cleanly without ../shared.
"""

from __future__ import annotations

import os

import pytest
from conftest import shared_path

if not os.environ.get("SAYWHO_CORPUS_TESTS"):
    pytest.skip("analyses all 924 PolNeAR articles (minutes): set SAYWHO_CORPUS_TESTS=1", allow_module_level=True)

PRONOUNS = {"i", "me", "my", "you", "your", "he", "him", "his", "she", "her", "it", "its", "we", "us", "our",
            "they", "them", "their", "one", "who", "whom", "which", "what", "whose", "this", "that", "these",
            "those", "someone", "somebody", "anyone", "everyone", "nobody", "himself", "herself", "themselves"}
DETERMINERS = {"a", "an", "the", "this", "that", "these", "those", "some", "any", "each", "every", "all", "both",
               "either", "neither", "no", "another", "such"}
NOT_SPEAKERS = {"a statement", "the statement", "statement", "update", "updated"}


def names_no_one(name: str) -> bool:
    """A speaker's name that is only pronouns and determiners, or a notice such as "UPDATE"."""
    words = name.lower().strip(" .,:;'\"“”‘’").split()
    return not words or " ".join(words) in NOT_SPEAKERS or all(w in PRONOUNS | DETERMINERS for w in words)


def test_the_check_itself():
    assert [names_no_one(n) for n in ("he", "You", "that those", "a statement", "UPDATE", "I")] == [True] * 6
    assert [names_no_one(n) for n in ("Mike Pence", "the mayor", "a 33-year-old woman", "Those close to him")] \
        == [False] * 4


def test_no_speaker_in_polnear_is_named_by_a_pronoun_determiner_or_notice():
    import saywho
    from saywho.eval import polnear

    data = shared_path("data", "polnear", "data")
    articles = polnear.load_split("train", data) + polnear.load_split("dev", data)
    assert len(articles) == 924
    analyses = saywho.analyze_many([polnear.saywho_article(gold) for gold in articles])
    bad = [(gold.stem, a.id, a.speaker.name) for gold, analysis in zip(articles, analyses)
           for a in analysis.attributions if a.speaker is not None and names_no_one(a.speaker.name)]
    assert not bad, f"{len(bad)} speakers named by a word that names no one, e.g. {bad[:10]}"
