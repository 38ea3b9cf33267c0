"""The web app's analyses in batches (saywho/web/analyzer.py): quick articles waiting together share one nlp.pipe.

One real analysis process with a short deadline (0.5 s an article, whatever its
size). Requests are queued while the analyzer's lock is held, as they queue
behind a busy worker, so that they are taken as one batch.
"""

from __future__ import annotations

import asyncio

import pytest

from saywho.document import Article
from saywho.errors import InputError
from saywho.pipeline import analyze
from saywho.web.analysis_process import analysis_json
from saywho.web.analyzer import Analyzer, TooSlow

SHORT = "“We will rebuild the bridge by spring,” Mayor Jane Smith said on Monday."
OTHER = ("The council voted 7-2 to close the library, according to a city spokesman.\n"
         "“It is a sad day,” said Ana Ruiz, who has run the reading club since 2009.")
GERMAN = "Der Bürgermeister sagte am Montag, dass die Brücke bis zum Frühjahr wieder aufgebaut werde. " * 3
# 20 KB, a quick article, but some 3 s of analysis: six times its 0.5 s deadline, and past a batch's deadline too.
SLOW = " ".join(["“We will win,” Jane Smith said, and he said that she said so."] * 300)


@pytest.fixture(scope="module")
def analyzer():
    analyzer = Analyzer(jobs=1, deadline_base=0.5, deadline_per_100kb=0.0, batch_max=4)
    analyzer.warm_up()
    yield analyzer
    analyzer.close()


async def queued_together(analyzer: Analyzer, articles: list[Article]) -> list:
    """Each article's JSON bytes or exception, all of them queued before a worker may take any."""
    with analyzer._free:  # the worker's thread waits for this lock to look at the queue
        tasks = [asyncio.ensure_future(analyzer.analyze_json(article)) for article in articles]
        await asyncio.sleep(0)  # each task runs until it waits for its answer: its job is queued
    return await asyncio.gather(*tasks, return_exceptions=True)


def test_quick_articles_waiting_together_are_analysed_in_one_batch_each_with_its_own_result(analyzer):
    articles = [Article(SHORT, date="2024-05-06"), Article(GERMAN), Article(OTHER, date="2024-05-01")]
    before = analyzer.batch_sizes.copy()
    short, german, other = asyncio.run(queued_together(analyzer, articles))
    assert analyzer.batch_sizes - before == {3: 1}
    # The same bytes as an analysis of each article alone, in this process, encoded as the API encodes it.
    assert short == analysis_json(analyze(articles[0]).to_dict())
    assert other == analysis_json(analyze(articles[2]).to_dict())
    assert isinstance(german, InputError) and "does not look like English" in str(german)


def test_a_batch_past_its_deadline_goes_again_one_at_a_time_and_only_the_slow_article_fails(analyzer):
    before_pids, before = analyzer.pids(), analyzer.batch_sizes.copy()
    short, slow = asyncio.run(queued_together(analyzer, [Article(SHORT), Article(SLOW)]))
    # The batch (1.0 s: the sum of its articles' deadlines) was stopped; then each article alone, on a fresh process.
    assert analyzer.batch_sizes - before == {2: 1, 1: 2}
    assert short == analysis_json(analyze(Article(SHORT)).to_dict())
    assert isinstance(slow, TooSlow)
    assert str(slow) == ("the analysis took longer than 0.5 s, this server's limit for an article of 19,799 bytes, "
                         "and was stopped")
    assert analyzer.pids() and analyzer.pids() != before_pids
