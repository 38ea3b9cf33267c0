"""The web app's window on a corpus store: the only module of saywho.web that knows the store.

`saywho.corpus` is imported lazily, when a server is started with --db, so
the analyse pages work without it. Pages and API endpoints call `Corpus`,
which answers in plain JSON-ready dicts; without a store the app answers 503.

SQLite and psycopg connections belong to the thread that opened them, so
each thread that asks gets its own connection to the same store (SQLite in
WAL mode, or PostgreSQL: readers do not block one another).
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import asdict
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar, cast

if TYPE_CHECKING:
    from saywho.corpus.corrections_store import Corrections
    from saywho.corpus.store import Store
    from saywho.document import Analysis

    class CorpusStore(Corrections, Store):
        """What open_store gives: a store that also keeps corrections (SQLite and PostgreSQL do)."""

T = TypeVar("T")

NO_CORPUS = "no corpus: start the server with --db FILE to browse a corpus"
MAX_INTEGER = 2**63 - 1  # SQLite's largest integer: a larger id or offset cannot be bound to a query


class NoCorpus(Exception):
    """There is no corpus to answer from (503)."""


class NotFound(LookupError):
    """No such speaker, outlet or article (404)."""


class Moved(NotFound):
    """A speaker merged into another since the link was made (301 to the other)."""

    def __init__(self, message: str, new_id: int):
        super().__init__(message)
        self.new_id = new_id


class BadQuery(ValueError):
    """A query the store cannot run, such as a malformed search (400)."""


def open_corpus(db: Path | str | None, read_only: bool = False, rank_among: int | None = None) -> Corpus | None:
    """The corpus in the SQLite file `db`, or None when no --db was given; raises NoCorpus if it cannot be opened.

    `read_only` (serve --read-only) opens the store read-only, so it is never migrated or written; a search ranks
    its newest `rank_among` matches (None: the store's default, RANKED_MATCHES)."""
    if db is None:
        return None
    corpus = Corpus(db, read_only, rank_among)
    corpus.counts()  # open it now, so that a bad file is reported at start-up
    return corpus


class Corpus:
    def __init__(self, path: Path | str, read_only: bool = False, rank_among: int | None = None):
        # A PostgreSQL URL or shards:DIR stays a string (Path would fold its "//"); anything else is a SQLite file.
        self.path = path if str(path).startswith(("postgresql://", "postgres://", "shards:")) else Path(path)
        self.read_only = read_only
        self.ranks = {} if rank_among is None else {"rank_among": rank_among}
        self._local = threading.local()
        # A store every thread may use (shards: one DuckDB reader with its own lock).
        self._shared: CorpusStore | None = None
        self._stores: list[CorpusStore] = []
        self._lock = threading.Lock()

    # -- the store -------------------------------------------------------------------------

    def _store(self) -> CorpusStore:
        store = getattr(self._local, "store", None) or self._shared
        if store is None:
            try:
                from saywho.corpus.backends import open_store
                from saywho.corpus.store import StoreError
            except ImportError:
                raise NoCorpus("cannot open the corpus: this version of saywho has no corpus store") from None
            try:
                store = cast("CorpusStore", open_store(self.path, read_only=self.read_only))
            except StoreError as error:
                raise NoCorpus(str(error)) from None
            if getattr(store, "shared_by_threads", False):
                self._shared = store
            self._local.store = store
            with self._lock:
                self._stores.append(store)
        return store

    def _ask(self, question: Callable[[CorpusStore], T]) -> T:
        """The store's answer to `question`, called with this thread's store. A question whose connection was
        lost (a database server restarted, an idle connection cut) is asked again once, on a new connection:
        all but `correct` only read, and a correction is written in one transaction, which a lost connection
        did not commit."""
        from saywho.corpus.store import StoreError

        for attempt in (1, 2):
            store = self._store()
            try:
                return question(store)
            except StoreError as error:
                raise BadQuery(str(error)) from None
            except Exception:
                if attempt == 2 or not store.connection_lost():
                    raise
                self._forget(store)
        raise AssertionError("unreachable: the second attempt returns or raises")

    def _forget(self, store: CorpusStore) -> None:
        self._local.store = None
        with self._lock:
            self._stores = [s for s in self._stores if s is not store]
        try:
            store.close()
        except Exception:  # closing a dead connection is best effort
            pass

    def close(self) -> None:
        with self._lock:
            stores, self._stores = self._stores, []
        for store in stores:
            try:
                store.close()
            except Exception:  # another thread's connection; closing is best effort
                pass

    # -- questions ---------------------------------------------------------------------------

    def counts(self) -> dict[str, int]:
        return self._ask(lambda store: store.counts())

    def speakers(self, *, q: str | None = None, outlet: str | None = None, limit: int = 50,
                 offset: int = 0) -> dict[str, Any]:
        offset = _offset(offset)
        return _page(self._ask(lambda store: store.speakers(search=q, outlet=outlet, limit=limit, offset=offset)))

    def outlet_counts(self, speaker_ids: list[int]) -> dict[int, list[dict[str, Any]]]:
        return self._ask(lambda store: store.outlet_counts(speaker_ids))

    def speaker(self, speaker_id: int | str) -> dict[str, Any]:
        number = _id(speaker_id, "speaker")
        detail = self._ask(lambda store: store.speaker(number))
        if detail is None:
            moved_to = self._ask(lambda store: store.speaker_moved_to(number))
            if moved_to is not None:
                raise Moved(f"speaker {speaker_id} is now speaker {moved_to}", moved_to)
            raise NotFound(f"no speaker {speaker_id} in this corpus")
        return asdict(detail)

    def quotes(self, *, q: str | None = None, speaker: int | str | None = None, outlet: str | None = None,
               kind: str | None = None, limit: int = 50, offset: int = 0, since: str | None = None,
               until: str | None = None, profile: str | None = None) -> dict[str, Any]:
        by_id = by_name = None
        if speaker is not None and str(speaker).strip():
            text = str(speaker).strip()
            by_id, by_name = (_id(text, "speaker", BadQuery), None) if text.isdigit() else (None, text)
        offset, profiled = _offset(offset), profile_filter(profile)
        page = self._ask(lambda store: store.quotes(
            about=q or None, speaker=by_name, speaker_id=by_id, outlet=outlet or None, kind=kind or None,
            limit=limit, offset=offset, since=since or None, until=until or None, profile=profiled, **self.ranks))
        # A search with more matches than it ranks: its newest `ranked_among` were ranked, and paging ends there.
        return {**_page(page), "ranked_among": page.ranked_among, "total_estimated": page.total_estimated}

    def voices(self, *, by: str | None = None, q: str | None = None, outlet: str | None = None,
               since: str | None = None, until: str | None = None, top: int = 5) -> dict[str, Any]:
        """The `saywho voices` report; every figure with the address of the quotations behind it."""
        from saywho.corpus import voices

        groups = self._ask(lambda store: voices.voices(store, by=by or None, about=q or None, outlet=outlet or None,
                                                       since=since or None, until=until or None, top=top))
        data: dict[str, Any] = {"by": by or voices.ALL, "groups": voices.as_dict(groups)}
        for group, source in zip(data["groups"], groups):
            group["card"] = voices.card(source)
            group["quotes_url"] = quotes_url(group["filter"])
            for figure in group["figures"]:
                figure["quotes_url"] = quotes_url(figure["filter"])
                figure["api_url"] = quotes_url(figure["filter"], "/api/quotes")
        return data

    def voices_csv(self, *, by: str | None = None, about: str | None = None,
                   outlet: str | None = None) -> list[dict[str, Any]]:
        from saywho.corpus import voices

        return voices.csv_rows(self._ask(lambda store: voices.voices(store, by=by, about=about, outlet=outlet)))

    def articles(self, *, outlet: str | None = None, q: str | None = None, limit: int = 50,
                 offset: int = 0) -> dict[str, Any]:
        offset = _offset(offset)
        return _page(self._ask(lambda store: store.articles(outlet=outlet or None, search=q or None, limit=limit,
                                                            offset=offset)))

    def analysis(self, article_id: int | str) -> Analysis:
        """The stored Analysis of one article."""
        number = _id(article_id, "article")
        analysis = self._ask(lambda store: store.article(number))
        if analysis is None:
            raise NotFound(f"no article {article_id} in this corpus")
        return analysis

    def article(self, article_id: int | str) -> dict[str, Any]:
        return self.analysis(article_id).to_dict()

    # -- corrections (saywho/corpus/corrections.py; written only by a server started with --editable) -------

    def corrected_article(self, article_id: int | str):
        """The article as corrected (an Analysis), its corrections by attribution id, and its whole trail."""
        from saywho.document import Analysis

        number = _id(article_id, "article")
        found = self._ask(lambda store: store.corrected_article(number))
        if found is None:
            raise NotFound(f"no article {article_id} in this corpus")
        data, applied, trail = found
        return Analysis.from_dict(data), applied, trail

    def corrections(self, article_id: int | str) -> list[dict[str, Any]]:
        self.analysis(article_id)  # 404 for an article that is not stored
        number = _id(article_id, "article")
        return [c.to_dict() for c in self._ask(lambda store: store.corrections(article_id=number))]

    def correct(self, article_id: int | str, attribution: str, field: str, value: Any, *,
                made_by: str | None = None, note: str | None = None) -> dict[str, Any]:
        from saywho.corpus.corrections import CorrectionError

        try:
            number = _id(article_id, "article")
            return self._ask(lambda store: store.correct(number, attribution, field, value, made_by=made_by,
                                                         note=note)).to_dict()
        except CorrectionError as error:
            raise BadQuery(str(error)) from None

    def outlets(self, *, limit: int | None = None, offset: int = 0) -> dict[str, Any]:
        offset = _offset(offset)
        page = self._ask(lambda store: store.outlets(limit=limit, offset=offset))
        data = _page(page)
        for row, source in zip(data["rows"], page.rows):
            row["anonymous_share"] = round(source.anonymous_share, 4)
        return data

    def outlet(self, name: str) -> dict[str, Any]:
        detail = self._ask(lambda store: store.outlet(name))
        if detail is None:
            raise NotFound(f"no outlet {name!r} in this corpus")
        data = asdict(detail)
        data["anonymous_share"] = round(detail.anonymous_share, 4)
        return data

    # -- quote trails (saywho/web/trails.py) ---------------------------------------------------

    def trails(self, *, q: str | None = None, speaker: int | str | None = None, outlets: int = 1, limit: int = 50,
               offset: int = 0) -> dict[str, Any]:
        by_id = by_name = None
        if speaker is not None and str(speaker).strip():
            text = str(speaker).strip()
            by_id, by_name = (_id(text, "speaker", BadQuery), None) if text.isdigit() else (None, text)
        if q is not None and not q.strip():
            q = None
        offset = _offset(offset)
        return _page(self._ask(lambda store: store.trails(text=q, speaker=by_name, speaker_id=by_id,
                                                          min_outlets=outlets, limit=limit, offset=offset)))

    def trail(self, trail_id: int | str) -> dict[str, Any]:
        number = _id(trail_id, "trail")
        found = self._ask(lambda store: store.trail(number))
        if found is None:
            raise NotFound(f"no trail {trail_id} in this corpus")
        data = asdict(found)
        data["size"] = len(found.members)
        data["outlets"] = found.outlets
        data["flags"] = found.flag_counts()
        for member in data["members"]:
            member["article_url"] = f"/articles/{member['article_id']}"
        return data


def profile_filter(text: str | None) -> dict[str, str] | None:
    """ "gender:female" → {"gender": "female"}; the store refuses unknown fields (400)."""
    if not text or not text.strip():
        return None
    field, _, value = text.partition(":")
    if not value:
        raise BadQuery(f"profile is FIELD:VALUE, such as gender:female, not {text!r}")
    return {field.strip(): value.strip()}


def quotes_url(filter: dict[str, Any], path: str = "/voices/quotes") -> str:
    """The address listing the quotations a voices figure counts (Store.quotes(**filter))."""
    from urllib.parse import urlencode

    query = {"outlet": filter.get("outlet"), "since": filter.get("since"), "until": filter.get("until"),
             "q": filter.get("about")}
    for field, value in (filter.get("profile") or {}).items():  # the pages take one FIELD:VALUE filter
        query["profile"] = f"{field}:{value}"
    return f"{path}?{urlencode({k: v for k, v in query.items() if v})}"


def _page(page) -> dict[str, Any]:
    return {"rows": [asdict(row) for row in page.rows], "total": page.total, "limit": page.limit,
            "offset": page.offset}


def _id(value: int | str, what: str, error: type[Exception] = NotFound) -> int:
    try:
        number = int(value)
    except (TypeError, ValueError):
        raise error(f"no {what} {value!r} in this corpus (ids are numbers)") from None
    if not 0 <= number <= MAX_INTEGER:
        raise error(f"no {what} {value} in this corpus (ids are numbers from 0 to {MAX_INTEGER})")
    return number


def _offset(offset: int) -> int:
    if offset > MAX_INTEGER:
        raise BadQuery(f"offset {offset} is too large (at most {MAX_INTEGER})")
    return offset
