"""analyze_many batches articles of like length together, and still gives each its own analysis, in order.

Real articles of different lengths (the bundled ones, the seed article, one-line texts, an empty one and
one long enough to be read in paragraph batches) go through in batches of two; each analysis must be
the one the article gets alone.
"""

from pathlib import Path

import saywho
from saywho.batches import BATCH_CHARS
from tests.conftest import shared_path

ARTICLES = Path(__file__).parent / "data" / "articles"


def test_each_article_gets_its_own_analysis_in_order():
    texts = [path.read_text(encoding="utf-8") for path in sorted(ARTICLES.glob("*.txt"))]
    seed = shared_path("corpus", "seed-article.txt").read_text(encoding="utf-8")
    long = "\n\n".join([texts[0]] * (BATCH_CHARS // len(texts[0]) + 1))
    texts = [seed, "Trump said the wall would be built.", texts[0], "", long, *texts[1:], "“No,” she said."]
    articles = [saywho.Article(text=text, date="2024-05-01", origin=f"#{n}") for n, text in enumerate(texts)]
    # the long article takes about 10 s of one core, the default budget for its size: a budget of its own keeps a
    # busy machine from failing a test of order (tests/test_long_inputs.py tests the budget)
    together = list(saywho.analyze_many(articles, batch_size=2, seconds_per_100kb=60))
    assert [a.article.origin for a in together] == [f"#{n}" for n in range(len(texts))]
    for article, analysis in zip(articles, together, strict=True):
        alone = next(saywho.analyze_many([article], seconds_per_100kb=60))
        assert analysis.to_dict() == alone.to_dict(), article.origin
