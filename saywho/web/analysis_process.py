"""What runs inside an analysis process of the web app (saywho/web/analyzer.py): a batch of articles in, outcomes out.

Only plain data crosses the pipe: articles go as dicts, and each analysis comes
back as the bytes of its JSON document, encoded here, in the process that has
it, exactly as the API sends it (`analysis_json`); the server passes them on
without decoding them again.
"""

from __future__ import annotations

import json
from typing import Any

from saywho.document import Analysis, Article
from saywho.errors import InputError

WARM_UP_TEXT = "“We will rebuild the bridge by spring,” Mayor Jane Smith said on Monday."

# ("ok", the analysis as JSON bytes), ("input", message), ("failed", message) or ("died", reason)
Outcome = tuple[str, Any]


def analysis_json(document: dict[str, Any]) -> bytes:
    """An analysis document as JSON bytes, byte for byte as Starlette's JSONResponse renders it."""
    return json.dumps(document, ensure_ascii=False, allow_nan=False, indent=None, separators=(",", ":")).encode()


def load_pipeline() -> None:
    from saywho.nlp import load_pipeline

    load_pipeline()


def outcomes(articles: list[dict[str, Any]]) -> list[Outcome]:
    """Each article's outcome, in order: those that pass their checks go through the pipeline together.

    One `nlp.pipe` for the batch lets the batched parser step the documents
    together. If the batch fails as a whole (its shared time budget, say), its
    articles go again one at a time, so that only the one at fault fails.
    """
    from saywho.read import check_article

    results: list[Outcome | None] = [None] * len(articles)
    checked: list[tuple[int, Article, list[str]]] = []
    for index, fields in enumerate(articles):
        article = Article(**fields)
        try:
            checked.append((index, article, check_article(article)))
        except InputError as error:
            results[index] = ("input", str(error))
        except Exception as error:
            results[index] = _failed(error)
    together = _analysed_together([article for _, article, _ in checked])
    for (index, _, warnings), outcome in zip(checked, together):
        results[index] = _with_warnings(outcome, warnings)
    return [outcome for outcome in results if outcome is not None]


def _analysed_together(articles: list[Article]) -> list[Outcome]:
    if len(articles) == 1:
        return _each_alone(articles)
    try:
        return _analysed(articles)
    except Exception:
        return _each_alone(articles)


def _analysed(articles: list[Article]) -> list[Outcome]:
    from saywho.pipeline import analyze_many

    return [("ok", analysis) for analysis in analyze_many(articles, batch_size=max(1, len(articles)))]


def _each_alone(articles: list[Article]) -> list[Outcome]:
    outcomes_: list[Outcome] = []
    for article in articles:
        try:
            outcomes_ += _analysed([article])
        except InputError as error:
            outcomes_.append(("input", str(error)))
        except Exception as error:
            outcomes_.append(_failed(error))
    return outcomes_


def _failed(error: Exception) -> Outcome:
    return "failed", f"{type(error).__name__}: {error}"


def _with_warnings(outcome: Outcome, warnings: list[str]) -> Outcome:
    """The checks' warnings first, as saywho.pipeline.analyze gives them; an analysis encoded for the pipe."""
    kind, value = outcome
    if kind != "ok":
        return outcome
    analysis: Analysis = value
    analysis.warnings[:0] = warnings
    return "ok", analysis_json(analysis.to_dict())


def start_process(parent: int) -> None:
    """A worker process as it starts: end with the server, load the pipeline, and analyse once."""
    from saywho.processes import die_with_parent

    die_with_parent(parent)  # a killed server must not leave its analyses running
    load_pipeline()
    # The first analysis sets up more than loading does; a user's first request should not pay for it.
    outcomes([{"text": WARM_UP_TEXT}])


def started() -> bool:
    """Runs once a process has finished starting (a pool runs nothing before its initializer is done)."""
    return True
