"""The worker side of ingest: read, check and analyse one batch of jobs, wherever it runs.

`process_batch` runs in a local worker process (saywho/corpus/ingest.py), on a
Dask worker (saywho/corpus/dask_runner.py) or, with one worker, in the ingest
process itself. Each job is read, skipped if its text hash is already stored,
checked, and analysed with `analyze_many`; each analysis is turned into the rows
the store keeps (`derive`), so the process that writes them only inserts. A
failure is confined to its article: when a batch raises, its articles are
analysed one by one to find the one that fails.
"""

from __future__ import annotations

import signal
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

from saywho.corpus.derive import ArticleRecord, derive, text_hash
from saywho.corpus.inputs import Job, read_job
from saywho.document import Analysis, Article
from saywho.errors import SaywhoError
from saywho.processes import die_with_parent

ANALYSIS_BATCH = 16

DONE, DUPLICATE, FAILED = "done", "duplicate", "failed"


@dataclass
class Outcome:
    origin: str
    status: str  # done, duplicate or failed
    hash: str | None = None
    record: ArticleRecord | None = None  # the rows to store, made where the article was analysed
    reason: str | None = None


# A worker's lookup of the hashes already stored; `init_worker` sets it.
_known: Callable[[str], bool] = lambda digest: False


def init_worker(store_path: str, parent: int) -> None:
    """Load the pipeline, and open the store read-only to look up the hashes of articles already stored."""
    global _known
    die_with_parent(parent)
    try:
        from saywho.corpus.backends import open_store

        _known = open_store(store_path, read_only=True).has
    except Exception:  # the writer still refuses duplicates; the worker only analyses them for nothing
        pass
    # Ctrl-C is for the main process, which stops the pool; a worker finishes its batch quietly.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    from saywho.nlp import load_pipeline

    load_pipeline()


def process_batch(jobs: list[Job], known: Callable[[str], bool] | None = None) -> list[Outcome]:
    """Read, check and analyse a batch; one Outcome per job, in order. Never raises for one bad article."""
    from saywho.read import check_article

    is_known = known or _known
    outcomes: list[Outcome | None] = [None] * len(jobs)
    pending: list[tuple[int, Article, list[str], str]] = []
    for index, job in enumerate(jobs):
        try:
            item = read_job(job)
            if isinstance(item, Analysis):
                digest = text_hash(item.article.text)
                outcomes[index] = (Outcome(job.origin, DUPLICATE, digest) if is_known(digest)
                                   else _derived(job.origin, item.to_dict(), digest))
                continue
            digest = text_hash(item.text)
            if is_known(digest):
                outcomes[index] = Outcome(job.origin, DUPLICATE, digest)
                continue
            warnings = check_article(item)
        except SaywhoError as error:
            outcomes[index] = Outcome(job.origin, FAILED, reason=_reason(error, job.origin))
            continue
        except Exception as error:  # a reader's bug must not take the batch down
            outcomes[index] = Outcome(job.origin, FAILED, reason=f"cannot read ({type(error).__name__}: {error})")
            continue
        pending.append((index, item, warnings, digest))
    digests = {index: digest for index, _, _, digest in pending}
    for index, analysis, failure in _analyse(pending):
        job = jobs[index]
        if failure is not None or analysis is None:
            outcomes[index] = Outcome(job.origin, FAILED, reason=failure)
        else:
            outcomes[index] = _derived(job.origin, analysis, digests[index])
    return [o for o in outcomes if o is not None]


def _derived(origin: str, analysis: dict[str, Any], digest: str) -> Outcome:
    """The rows to store, made here so that the process that writes them only inserts."""
    try:
        return Outcome(origin, DONE, digest, derive(analysis, digest))
    except Exception as error:  # a malformed analysis document fails alone
        return Outcome(origin, FAILED, reason=f"could not be stored ({type(error).__name__}: {error})")


def _analyse(pending: list[tuple[int, Article, list[str], str]]) -> Iterator[tuple[int, dict | None, str | None]]:
    """Analyse in one spaCy pipe; if that raises, one article at a time, so only the bad one fails."""
    if not pending:  # analyses read back (saywho export) need no model: spaCy is not even imported
        return
    from saywho.pipeline import analyze_many

    try:
        results = list(analyze_many([article for _, article, _, _ in pending], batch_size=ANALYSIS_BATCH))
    except Exception:
        results = None
    if results is not None and len(results) == len(pending):
        for (index, _, warnings, _), analysis in zip(pending, results, strict=True):
            analysis.warnings[:0] = warnings
            yield index, analysis.to_dict(), None
        return
    for index, article, warnings, _ in pending:
        try:
            analysis = next(analyze_many([article]))
        except Exception as error:
            yield index, None, f"analysis failed ({type(error).__name__}: {error})"
            continue
        analysis.warnings[:0] = warnings
        yield index, analysis.to_dict(), None


def _reason(error: Exception, origin: str) -> str:
    return str(error).removeprefix(f"{origin}: ")


def lost_batch(jobs: list[Job], reason: str) -> list[Outcome]:
    """The outcomes of a batch that could not be analysed: each of its articles failed, for `reason`."""
    return [Outcome(job.origin, FAILED, reason=reason) for job in jobs]
