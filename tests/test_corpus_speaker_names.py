"""No speaker across all of PolNeAR (train and dev, 924 articles) is named by a word that names no one.

"a statement", "UPDATE", a pronoun ("he", "you", "i") or a determiner ("that those", "the") is how an
article refers to a speaker, not who they are: the speaker must be resolved, described ("a 33-year-old
woman", "one of his aides"), or left unknown, never that word. Checked where a reader sees a speaker's
name: each attribution's speaker and the writer's cited sources (voice.sources).

The corpus is analysed on two worker processes (saywho/workers.py, as ingest does); it skips cleanly
without ../shared.
"""

from __future__ import annotations

import pytest
from conftest import shared_path

import saywho
from saywho.analyse.speaker_names import names_no_one
from saywho.document import Article
from saywho.workers import ProcessWorkers, run_batches

WORKERS = 2
BATCH = 24


def test_the_check_itself():
    assert [names_no_one(n) for n in ("he", "You", "that those", "a statement", "UPDATE", "I", ".", "The statement")] \
        == [True] * 8
    assert [names_no_one(n) for n in ("Mike Pence", "the mayor", "a 33-year-old woman", "Those close to him",
                                      "those surveyed", "a White House statement")] == [False] * 6


def test_speakers_in_articles_written_for_the_test_name_someone_or_no_one():
    speakers = [(a.source.text, a.speaker.name if a.speaker else None, a.speaker.resolved_by if a.speaker else None)
                for text in ARTICLES for a in saywho.analyze(text, date="2016-01-01").attributions]
    assert speakers == [
        # "issued a statement saying …": one attribution, whose source is the issuer, not "a statement" (s18-prec;
        # PolNeAR train marks the issuer as such a clause's source, and the cue from "issued" to "saying", s39)
        ("The Harbour Trust", "Harbour Trust", "alias"),
        ("He", None, None),  # nobody before him: unknown, not "He"
        ("One of the city’s engineers", "One of the city’s engineers", "unnamed"),  # not "One"
        ("Those surveyed", "Those surveyed", "unnamed"),  # not "Those"
        ("Mayor Ana Ruiz", "Ana Ruiz", "alias"),
        ("I", None, None),  # the writer's "I", outside any quotation: not the mayor, and not "I"
    ]


ARTICLES = [
    "The Harbour Trust issued a statement saying the pier would reopen on Monday.",
    "It rained all week in the valley.\n\nHe said the roads were closed.",
    "One of the city’s engineers said the bridge was safe. Those surveyed said the tax was too high.",
    "Mayor Ana Ruiz said on Monday that I told her the pier was safe.",
]


def offenders(articles: list[Article]) -> list[tuple[str, str, str]]:
    """(article, where, name) for every speaker or cited source named by a word that names no one."""
    found = []
    for article, analysis in zip(articles, saywho.analyze_many(articles), strict=True):
        found += [(article.origin, a.id, a.speaker.name) for a in analysis.attributions
                  if a.speaker is not None and names_no_one(a.speaker.name)]
        found += [(article.origin, "voice source", s["name"]) for s in analysis.voice.get("sources", [])
                  if names_no_one(s["name"])]
    return found


def test_no_speaker_in_polnear_is_named_by_a_pronoun_determiner_or_notice():
    from saywho.eval import polnear

    data = shared_path("data", "polnear", "data")
    gold = polnear.load_split("train", data) + polnear.load_split("dev", data)
    assert len(gold) == 924
    articles = [polnear.saywho_article(article) for article in gold]
    batches = [articles[i:i + BATCH] for i in range(0, len(articles), BATCH)]
    workers = ProcessWorkers(offenders, WORKERS)
    try:
        bad = [row for rows in run_batches(workers, batches, in_flight=2 * WORKERS, failed=_lost) for row in rows]
    finally:
        workers.close()
    assert not bad, f"{len(bad)} speakers named by a word that names no one: {bad}"


def _lost(batch: list[Article], reason: str) -> list:
    pytest.fail(f"a batch of {len(batch)} articles was lost: {reason}")
