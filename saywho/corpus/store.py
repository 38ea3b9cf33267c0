"""The corpus store: one interface over the analysed articles, whatever keeps them.

`Store` is what the ingest command writes through and what the query commands
and the web app read through; `SQLiteStore` (saywho/corpus/sqlite.py) is the
default back end, `PostgresStore` (saywho/corpus/postgres/) the one for a corpus
shared by many writers and readers. `open_store` (saywho/corpus/backends.py) picks
one from the location.

Every list query takes `limit` and `offset` and returns a `Page`: its `rows`
are plain dataclasses (`dataclasses.asdict` gives JSON-ready dicts) and its
`total` counts all matching rows, for pagination. Dates are ISO strings
(YYYY-MM-DD) compared as text; `since` and `until` are inclusive. Outlet and
speaker names match without regard to case.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field
from typing import TYPE_CHECKING, Any, Generic, TypeVar, cast

from saywho.document import Analysis

if TYPE_CHECKING:
    from saywho.corpus.trail_view import Trail
from saywho.errors import SaywhoError

T = TypeVar("T")

DEFAULT_LIMIT = 50
# A search ranks by relevance only its newest RANKED_MATCHES matches (by date, then id: an index order), so that
# a common word costs the same at any corpus size; its total still counts every match (docs/corpus.md).
RANKED_MATCHES = 1_000
SHARDS = "shards:"  # open_store("shards:DIR"): the Parquet shards `saywho ingest --shards DIR` wrote
TABLES = ("analyses", "articles", "quotations", "speakers", "sources", "labels", "corrections")


class StoreError(SaywhoError):
    """The store cannot be opened or read: missing, not a saywho corpus, or from a newer saywho."""


class StoreFull(StoreError):
    """The disk holding the store is full: what was being written is rolled back, what was stored stays."""


@dataclass
class Page(Generic[T]):
    """One page of a query: `rows`, and `total` matching rows in all.

    `ranked_among` is set when a search had more matches than it ranks: the rows are its newest
    `ranked_among` matches, ranked by relevance, and paging ends there (None: every match was ranked).
    `total_estimated`: `total` is an estimate, as a search with many matches counts only its newest (PostgreSQL)."""

    rows: list[T]
    total: int
    limit: int | None
    offset: int = 0
    ranked_among: int | None = None
    total_estimated: bool = False

    def __iter__(self) -> Iterator[T]:
        return iter(self.rows)

    def __len__(self) -> int:
        return len(self.rows)

    def __getitem__(self, index):
        return self.rows[index]

    def to_dict(self) -> dict[str, Any]:
        return {"total": self.total, "limit": self.limit, "offset": self.offset, "ranked_among": self.ranked_among,
                "total_estimated": self.total_estimated,
                "rows": [asdict(cast(Any, r)) for r in self.rows]}  # rows are dataclasses


def ranked_note(total: int, ranked_among: int | None, estimated: bool = False) -> str:
    """What a search with more matches than it ranks says, on the web and in the CLI ("" when it ranked them all)."""
    return f"ranked among the {ranked_among:,} newest of {total_wording(total, estimated)} matches" \
        if ranked_among else ""


def total_wording(total: int, estimated: bool) -> str:
    """A total as a reader should take it: an estimate rounded to two figures and said to be one."""
    if not estimated:
        return f"{total:,}"
    figures = max(0, len(str(total)) - 2)
    return f"about {round(total, -figures):,}"


@dataclass
class AddResult:
    """What `Store.add` did: `added` is False when an article with the same text hash was already stored."""

    article_id: int
    hash: str
    added: bool


@dataclass
class ArticleRow:
    id: int
    hash: str
    url: str | None
    outlet: str | None
    date: str | None
    title: str | None
    author: str | None
    origin: str | None
    quotations: int


@dataclass
class QuoteRow:
    """One attribution: `speaker` is the canonical identity's name, `speaker_name` the article's own."""

    id: int
    article_id: int
    attribution: str  # the attribution's id within its analysis ("a3")
    kind: str  # direct, partial, indirect, according-to, reported
    speaker_id: int | None
    speaker: str | None
    speaker_name: str | None
    anonymous: bool
    source: str | None
    cue: str | None
    content: str
    outlet: str | None
    date: str | None
    title: str | None
    url: str | None
    spans: dict[str, Any] = field(default_factory=dict)  # {"source", "cue", "content", "quoted"}: lists of [start, end)
    negated: bool = False  # the article reports these words as NOT said ("did not say whether ...")
    # A fact-checker corrected it (saywho/corpus/corrections.py): the values above are the corrected ones,
    # `machine` the machine's for each corrected field; `not_a_quote`: the correction says it is no quotation.
    corrected: bool = False
    not_a_quote: bool = False
    machine: dict[str, Any] | None = None


# Source profile fields, as `saywho voices` and the quotation filters name them, and their store columns.
PROFILE_FIELDS = {"naming": "naming", "kind": "source_kind", "role": "role_kind", "gender": "gender"}
NOT_PROFILED = "not profiled"  # a quotation stored from an analysis older than schema version 2


@dataclass(slots=True)
class ProfileRow:
    """One quotation's source profile, with what `saywho voices` groups it by."""

    id: int  # the quotation
    outlet: str | None
    date: str | None
    kind: str  # direct, partial, indirect, according-to, reported
    speaker_id: int | None
    speaker: str | None
    naming: str
    source_kind: str
    role_kind: str
    gender: str


@dataclass
class SpeakerRow:
    """A canonical speaker: counts of quotations (in all, per kind), articles and outlets; its name variants."""

    id: int
    key: str  # stable identity key: p:first last, o:organisation, s:single word, u:<article>:<description>
    name: str
    type: str
    named: bool
    anonymous: bool
    quotes: int
    articles: int
    outlets: int
    by_kind: dict[str, int] = field(default_factory=dict)
    aliases: list[str] = field(default_factory=list)


@dataclass
class SpeakerDetail(SpeakerRow):
    """A speaker page: aliases with how many articles use each, outlets, quotations per month, labels near them."""

    alias_counts: list[dict[str, Any]] = field(default_factory=list)  # {"alias", "articles"}
    outlet_counts: list[dict[str, Any]] = field(default_factory=list)  # {"outlet", "quotes", "articles"}
    timeline: list[dict[str, Any]] = field(default_factory=list)  # {"period": "YYYY-MM", "quotes"}
    labels: list[dict[str, Any]] = field(default_factory=list)  # {"category", "word", "count"}


@dataclass
class SourceRow:
    """Who is cited: a named identity, or an unnamed description counted across articles ("officials")."""

    name: str
    speaker_id: int | None  # the identity, for named sources
    type: str
    anonymous: bool
    citations: int
    articles: int
    outlets: int
    how: dict[str, int] = field(default_factory=dict)  # "direct quote", "paraphrase", "according to", …


@dataclass
class LabelRow:
    """A count of labels in the writers' own voice, grouped by the fields that are not None."""

    category: str | None
    count: int
    articles: int
    word: str | None = None
    outlet: str | None = None
    target: str | None = None


def per_1000_words(count: int, words: int | None) -> float | None:
    """A count per 1,000 words of text: what compares outlets that publish more or longer articles."""
    return round(1000 * count / words, 2) if words else None


@dataclass
class OutletRow:
    outlet: str | None
    articles: int
    quotations: int
    anonymous: int  # quotations whose source is anonymous
    named: int  # quotations whose speaker is named
    first_date: str | None
    last_date: str | None
    words: int | None = None  # words in its articles, for counts per 1,000 words

    def per_1000_words(self, count: int) -> float | None:
        return per_1000_words(count, self.words)

    @property
    def anonymous_share(self) -> float:
        return self.anonymous / self.quotations if self.quotations else 0.0


@dataclass
class OutletDetail(OutletRow):
    """An outlet page: whom it quotes, how, how often anonymously, and the labels in its own voice."""

    speakers: list[SpeakerRow] = field(default_factory=list)
    by_kind: dict[str, int] = field(default_factory=dict)
    anonymous_sources: list[SourceRow] = field(default_factory=list)
    labels: list[LabelRow] = field(default_factory=list)


class Store(ABC):
    """A corpus of analysed articles. Writing: `add`, `add_many`, `has`, `resolve_identities`. Reading: the rest.

    The reads that pages make (`counts`, `speakers` without dates, `speaker`, `outlets`, `outlet`,
    `quotes` by speaker or unfiltered) are answered from aggregates the store keeps up to date as
    articles are added, so that they cost the same at any size; a back end must keep them so too.
    """

    # Whether `add_many` writes a batch in one transaction (all or nothing), so ingest hands it whole batches.
    writes_batches = False
    location: str = ""  # what `open_store` takes to open this store again (ingest's workers open it read-only)

    # -- writing -------------------------------------------------------------------------

    @abstractmethod
    def add(self, analysis: Analysis | dict[str, Any], hash: str | None = None) -> AddResult:
        """Store one article's analysis and every row derived from it, all in one transaction.

        `hash` defaults to `text_hash(article.text)`; an article whose hash is already
        stored is left alone (`added` is False). New speakers get a provisional identity;
        `resolve_identities` settles them over the whole corpus.
        """

    def add_many(self, records: list[Any]) -> list[AddResult]:
        """Store ready-made records (`saywho.corpus.derive.ArticleRecord`, one per article); one AddResult each, in order.

        A back end with `writes_batches` stores them in one transaction, all or none (SQLite and
        PostgreSQL do): a run killed meanwhile leaves the store as it was. A record whose hash is
        stored already, or comes earlier in the same batch, is a duplicate (`added` False). The
        records are made where the articles were analysed (`derive`, in ingest's workers), so that
        the writer only inserts; with them the store updates its running counts and aggregates
        (see sqlite_counts). This default adds them one by one.
        """
        import json

        return [self.add(json.loads(record.json), record.hash) for record in records]

    @contextmanager
    def held_transaction(self) -> Iterator[Callable[[], None]]:
        """Writes inside share one open transaction; the function it gives commits it (ingest's `--commit-every`).

        Each `add_many` inside stays all or nothing by itself (SQLite: a savepoint), so a refused
        batch rolls back alone and the writes before it stay in the transaction; readers and a killed
        run see only what was committed. The transaction is committed at the end, rolled back on an
        error. A full disk raises StoreFull from a write or from the commit; if it ended the whole
        transaction, the next commit raises StoreFull too. This default holds nothing: each
        `add_many` commits on its own and the function does nothing (PostgreSQL keeps it: its writers
        share aggregate rows, and a long transaction would hold their locks).
        """
        yield lambda: None

    @abstractmethod
    def has(self, hash: str) -> bool:
        """Whether an article with this text hash is stored."""

    @abstractmethod
    def hashes(self) -> set[str]:
        """Every stored text hash."""

    @abstractmethod
    def has_url(self, url: str) -> bool:
        """Whether an article fetched from this URL is stored (lets a resumed URL list skip fetching)."""

    @abstractmethod
    def resolve_identities(self, *, full: bool = False) -> dict[str, int]:
        """Settle the identities of the names stored since the last pass (see saywho.corpus.identity_pass).

        Only the bare words and identities the new articles touch are re-resolved, and only
        changed rows are written; `full` re-resolves every name, with the same result (a back end
        may always do a full pass). The
        grouping depends only on what is stored, not on the order it came in. Returns
        {"identities": n, "merged": mentions this pass attached to another name's identity,
        "changed": mentions this pass moved}.
        """

    # -- reading -------------------------------------------------------------------------

    @abstractmethod
    def counts(self) -> dict[str, int]:
        """{"articles", "quotations", "anonymous_quotations", "speakers" (named, quoted), "outlets", "labels", "sources"}."""

    @abstractmethod
    def articles(self, *, outlet: str | None = None, since: str | None = None, until: str | None = None,
                 speaker: str | None = None, speaker_id: int | None = None, search: str | None = None,
                 limit: int | None = DEFAULT_LIMIT, offset: int = 0) -> Page[ArticleRow]:
        """Articles, newest first; `speaker` keeps those quoting that speaker, `search` matches titles."""

    @abstractmethod
    def article(self, article_id: int) -> Analysis | None:
        """The stored Analysis of one article."""

    @abstractmethod
    def quotes(self, *, speaker: str | None = None, speaker_id: int | None = None, about: str | None = None,
               outlet: str | None = None, since: str | None = None, until: str | None = None,
               kind: str | None = None, anonymous: bool | None = None, article_id: int | None = None,
               limit: int | None = DEFAULT_LIMIT, offset: int = 0,
               profile: dict[str, str] | None = None, rank_among: int = RANKED_MATCHES) -> Page[QuoteRow]:
        """Quotations (all attributions), newest first, in text order within an article.

        `profile` keeps the quotations whose source profile has the given values
        ({"gender": "female", "naming": "named"}; fields in PROFILE_FIELDS; NOT_PROFILED
        matches quotations stored without a profile).

        `speaker` matches a name through every alias and name variant (see `find_speakers`);
        `about` is a full-text (FTS5) query over the quoted content, ranked by relevance:
        words, "exact phrases", OR, NOT, prefix*. Only the newest `rank_among` matches (by date, then id) are
        ranked and paged when there are more (the page's `ranked_among` says so); `total` counts every match.
        """

    @abstractmethod
    def profiles(self, *, outlet: str | None = None, since: str | None = None, until: str | None = None,
                 about: str | None = None) -> Iterator[ProfileRow]:
        """Every quotation with a speaker or a profile of its own (version 5: a he or she tied to no one), as its
        source profile (for `saywho voices`)."""

    @abstractmethod
    def find_speakers(self, name: str) -> list[int]:
        """Identities a name refers to: by identity key ("Donald J. Trump" finds Donald Trump), else by alias."""

    @abstractmethod
    def speakers(self, *, search: str | None = None, outlet: str | None = None, type: str | None = None,
                 named: bool | None = True, since: str | None = None, until: str | None = None,
                 limit: int | None = DEFAULT_LIMIT, offset: int = 0) -> Page[SpeakerRow]:
        """Speakers with at least one quotation, most quoted first; counts within `outlet` and dates if given.

        `search` matches names and aliases by substring; `named=None` includes unnamed speakers.
        """

    @abstractmethod
    def speaker(self, speaker_id: int) -> SpeakerDetail | None:
        """One speaker's page, or None."""

    @abstractmethod
    def speaker_moved_to(self, speaker_id: int) -> int | None:
        """The speaker an identity that no longer exists was merged into (so old links still lead there), or None."""

    @abstractmethod
    def outlet_counts(self, speaker_ids: list[int]) -> dict[int, list[dict[str, Any]]]:
        """For each speaker, {"outlet", "quotes", "articles"} per outlet, most quotes first (one query for a page)."""

    @abstractmethod
    def sources(self, *, outlet: str | None = None, anonymous: bool | None = None, since: str | None = None,
                until: str | None = None, limit: int | None = DEFAULT_LIMIT, offset: int = 0) -> Page[SourceRow]:
        """Who is cited, most cited first: named identities, and unnamed descriptions grouped across articles."""

    @abstractmethod
    def labels(self, *, by: str = "category", outlet: str | None = None, category: str | None = None,
               speaker_id: int | None = None, since: str | None = None, until: str | None = None,
               limit: int | None = DEFAULT_LIMIT, offset: int = 0) -> Page[LabelRow]:
        """Label counts grouped by `by`: "category", "word", "outlet" or "target".

        `speaker_id` keeps labels near that speaker: aimed at them, or in a paragraph that quotes them.
        """

    @abstractmethod
    def outlets(self, *, limit: int | None = None, offset: int = 0) -> Page[OutletRow]:
        """Every outlet with its article and quotation counts, most articles first."""

    @abstractmethod
    def outlet(self, name: str) -> OutletDetail | None:
        """One outlet's page, or None."""

    @abstractmethod
    def timeline(self, *, speaker_id: int | None = None, outlet: str | None = None,
                 by: str = "month") -> list[dict[str, Any]]:
        """Quotations per period ("day", "month" or "year"): [{"period", "quotes"}], oldest first."""

    # -- quote trails (saywho/corpus/trails.py); a back end without them has none -------------

    keeps_trails = False
    # False: `add_many` stores articles without putting them on trails, for a bulk load whose trails
    # `rebuild_trails()` makes afterwards (or a benchmark of the store's own write path).
    follows_trails = True

    def trail_rows(self) -> Iterator[dict[str, Any]]:
        """Every version of every trail of two or more, as flat rows (`saywho export --table trails`)."""
        raise StoreError("this store keeps no quote trails")

    def rebuild_trails(self) -> dict[str, int]:
        """Regroup every stored attribution into trails; returns the counts of `trail_summary`."""
        raise StoreError("this store keeps no quote trails")

    def trail_summary(self) -> dict[str, int]:
        """{"items" followed, "trails", "multi_article" and "multi_outlet": trails over ≥ 2 articles / outlets}."""
        return {"items": 0, "trails": 0, "multi_article": 0, "multi_outlet": 0}

    def trails(self, *, speaker: str | None = None, speaker_id: int | None = None, text: str | None = None,
               min_outlets: int = 1, limit: int | None = DEFAULT_LIMIT, offset: int = 0) -> Page:
        """Trails of two or more members (TrailRow), most outlets first; by speaker or by matching text."""
        return Page([], 0, limit, offset)

    def trail(self, trail_id: int) -> Trail | None:
        """One trail laid out, or None."""
        return None

    @abstractmethod
    def rows(self, table: str) -> Iterator[dict[str, Any]]:
        """Every row of an export table (see TABLES), as flat dicts; "analyses" yields Analysis documents."""

    @abstractmethod
    def close(self) -> None: ...

    def connection_lost(self) -> bool:
        """Whether the store's connection is gone (a database server restarted): open it again to go on."""
        return False

    def __enter__(self):
        return self

    def __exit__(self, *exc) -> None:
        self.close()
