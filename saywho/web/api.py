"""The REST API: analyse an article, and query the corpus the server was started with."""

from __future__ import annotations

import inspect
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Query
from fastapi.responses import Response
from pydantic import BaseModel, ConfigDict, Field

from saywho.document_schema import analysis_model
from saywho.web.corpus import Corpus
from saywho.web.service import State, analyse_input_json

MAX_LIMIT = 500
DATE_PREFIX = r"^\d{4}(-\d{2}(-\d{2})?)?$"


class AnalyzeRequest(BaseModel):
    """One article: exactly one of `text`, `html` or `url`."""

    model_config = ConfigDict(extra="forbid", json_schema_extra={
        "examples": [{"text": "“We will win,” Jane Smith said on Tuesday.", "date": "2024-05-01"}],
    })

    text: str | None = Field(None, description="plain text, one paragraph per line")
    html: str | None = Field(None, description="an HTML page; its article text is extracted")
    url: str | None = Field(None, description="an http(s) URL of a public page to fetch")
    date: str | None = Field(None, description="publication date (YYYY-MM-DD), used when the input has none",
                             pattern=r"^\s*\d{4}-\d{2}-\d{2}\s*$")


class Error(BaseModel):
    error: str = Field(description="what went wrong, in one line")


# The analysis document as the API returns it: generated from saywho/document.py, never written out here.
AnalysisOut = analysis_model()


class Page(BaseModel):
    rows: list[dict[str, Any]]
    total: int = Field(description="how many match in all")
    limit: int | None
    offset: int


class QuotePage(Page):
    ranked_among: int | None = Field(None, description="set when a search has more matches than it ranks: the rows "
                                                        "are its newest `ranked_among` matches, ranked by relevance, "
                                                        "and paging ends there; null when every match was ranked")
    total_estimated: bool = Field(False, description="true when `total` is an estimate: a search with many matches "
                                                     "counts only its newest, and scales that count (PostgreSQL)")


ERRORS: dict[int | str, dict[str, Any]] = {
    400: {"model": Error, "description": "input saywho cannot analyse (empty, not English, no article, refused URL)"},
    413: {"model": Error, "description": "the article is over the server's size limit"},
    422: {"model": Error, "description": "a malformed request, or an analysis that ran past the server's time limit"},
    502: {"model": Error, "description": "the URL could not be fetched (in time)"},
    503: {"model": Error, "description": "the server is too busy"},
}
CORPUS_ERRORS: dict[int | str, dict[str, Any]] = {
    400: {"model": Error, "description": "a query the store cannot run (such as a malformed search)"},
    422: {"model": Error, "description": "a malformed query"},
    503: {"model": Error, "description": "no corpus: the server was started without --db"},
}
ITEM_ERRORS: dict[int | str, dict[str, Any]] = {404: {"model": Error}, **CORPUS_ERRORS}

# A page of a corpus list: at most MAX_LIMIT rows, after skipping `offset`.
Limit = Annotated[int, Query(ge=1, le=MAX_LIMIT)]
Offset = Annotated[int, Query(ge=0)]


def listing_page(limit: Limit = 50, offset: Offset = 0) -> dict[str, int]:
    """Which slice of a listing: the same two parameters on every listing route."""
    return {"limit": limit, "offset": offset}


PageOf = Annotated[dict[str, int], Depends(listing_page)]
# One outlet filter for every corpus route: the outlet that published the article, or that quotes the speaker.
Outlet = Annotated[str | None, Query(description="only this outlet's articles (outlet names ignore case)")]


def outlet_listing_page(page: PageOf, outlet: Outlet = None) -> dict[str, Any]:
    """A slice of a listing that can be narrowed to one outlet."""
    return {**page, "outlet": outlet}


OutletPageOf = Annotated[dict[str, Any], Depends(outlet_listing_page)]


@dataclass(frozen=True)
class ItemRoute:
    """One item of a corpus listing, found by the key in its path (404 when there is none)."""

    path: str
    lookup: Callable[[Corpus, Any], dict[str, Any]]
    key: type
    summary: str

    def reader(self, state: State) -> Callable[..., dict[str, Any]]:
        def read(**path_key: Any) -> dict[str, Any]:
            return self.lookup(state.require_corpus(), *path_key.values())

        # FastAPI reads the route's path parameter, and its type, from the signature.
        key_name = self.path.rsplit("{", 1)[1].rstrip("}")
        read.__signature__ = inspect.Signature(  # type: ignore[attr-defined]
            [inspect.Parameter(key_name, inspect.Parameter.KEYWORD_ONLY, annotation=self.key)])
        read.__name__ = self.lookup.__name__
        return read


ITEM_ROUTES = [
    ItemRoute("/articles/{article_id}", Corpus.article, int, "One article's analysis document"),
    ItemRoute("/speakers/{speaker_id}", Corpus.speaker, int,
              "One speaker: aliases, counts by outlet and over time, labels near them"),
    ItemRoute("/outlets/{name}", Corpus.outlet, str,
              "One outlet: whom it quotes, how often anonymously, labels in its own voice"),
]


def router(state: State) -> APIRouter:
    routes = APIRouter(prefix="/api")
    # The corpus routes: a page of rows; ITEM_ROUTES add one item of each.
    corpus_page = partial(routes.get, response_model=Page, responses=CORPUS_ERRORS, tags=["corpus"])

    if not state.config.read_only:
        @routes.post("/analyze", response_model=AnalysisOut, responses=ERRORS, tags=["analyse"],
                     summary="Analyse one article")
        async def analyze(request: AnalyzeRequest):
            """Find every attribution in the article given as `text`, `html` or `url`.

            Returns the analysis document: the spans of every source, cue and
            content, each speaker, the entities, the writer's voice and dates.
            """
            # Already encoded, by the analysis process (saywho/web/analysis_process.py): returned as is
            # rather than decoded, validated against AnalysisOut and encoded again.
            body = await analyse_input_json(state, text=request.text, html=request.html, url=request.url,
                                            date=request.date)
            return Response(body, media_type="application/json")

    @corpus_page("/articles", summary="Articles in the corpus")
    def articles(page: OutletPageOf, q: str | None = Query(None, description="words in the title")):
        return state.require_corpus().articles(q=q, **page)

    @corpus_page("/quotes", response_model=QuotePage, summary="Quotations, with full-text search")
    def quotes(
        page: OutletPageOf,
        q: str | None = Query(None, description="full-text search over the quoted words, ranked by relevance; "
                                                 "with more than 1,000 matches only the newest 1,000 are ranked and "
                                                 "paged, and `ranked_among` says so"),
        speaker: str | None = Query(None, description="a speaker id, or a name (matched through aliases)"),
        kind: str | None = Query(None, description="direct, partial, indirect, according-to or reported",
                                 pattern="^(direct|partial|indirect|according-to|reported)$"),
        since: str | None = Query(None, description="articles published on or after (YYYY, YYYY-MM or YYYY-MM-DD)",
                                  pattern=DATE_PREFIX),
        until: str | None = Query(None, description="articles published on or before", pattern=DATE_PREFIX),
        profile: str | None = Query(None, description="a source profile class, FIELD:VALUE: gender:female, "
                                                      "naming:anonymous, kind:document, role:expert"),
    ):
        return state.require_corpus().quotes(q=q, speaker=speaker, kind=kind, since=since, until=until,
                                             profile=profile, **page)

    @routes.get("/voices", responses=CORPUS_ERRORS, tags=["corpus"],
                summary="Who gets a voice: sources by gender, naming, kind and role, per outlet or month")
    def voices(
        by: str | None = Query(None, description="outlet or month; the whole corpus when absent",
                               pattern="^(outlet|month)$"),
        q: str | None = Query(None, description="only quotations matching this full-text search"),
        outlet: Outlet = None,
        since: str | None = Query(None, pattern=DATE_PREFIX),
        until: str | None = Query(None, pattern=DATE_PREFIX),
        top: int = Query(5, ge=1, le=100, description="top sources per group"),
    ):
        """The figures of `saywho voices`: for each group and each class of each profile field,
        quotations, distinct sources and the share quoted directly; `quotes_url` and `api_url`
        list the quotations behind each figure."""
        return state.require_corpus().voices(by=by, q=q, outlet=outlet, since=since, until=until, top=top)

    @corpus_page("/speakers", summary="Speakers, most quoted first")
    def speakers(page: OutletPageOf, q: str | None = Query(None, description="part of a speaker's name")):
        return state.require_corpus().speakers(q=q, **page)

    @corpus_page("/outlets", summary="Outlets in the corpus")
    def outlets(page: PageOf):
        return state.require_corpus().outlets(**page)

    for item in ITEM_ROUTES:
        routes.get(item.path, responses=ITEM_ERRORS, tags=["corpus"], summary=item.summary,
                   name=item.lookup.__name__)(item.reader(state))
    return routes
