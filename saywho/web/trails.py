"""Quote trails on the web: the pages /trails and /trails/{id}, and GET /api/trails and /api/trails/{id}.

Thin over the store (saywho/corpus/trail_index.py through `Corpus`); store calls
run in plain `def` routes, which FastAPI runs in its thread pool.
"""

from __future__ import annotations

from fastapi import APIRouter, Query, Request
from fastapi.responses import HTMLResponse
from pydantic import BaseModel, Field

from saywho.corpus.trail_view import TrailRow
from saywho.web.api import CORPUS_ERRORS, MAX_LIMIT, Error
from saywho.web.pages import render
from saywho.web.service import State

PAGE_SIZE = 50
FLAG_NAMES = {"changed": "words changed inside quotation marks", "shortened": "shortened",
              "speaker": "given to a different speaker", "paraphrase": "quotation run as paraphrase"}


class FlagOut(BaseModel):
    kind: str = Field(description="changed, shortened, speaker or paraphrase")
    text: str = Field(description="the fact, in words")
    words: list[str] = Field(description="the words concerned: changed pairs (\"old → new\"), cut stretches, speakers")


class DiffPartOut(BaseModel):
    op: str = Field(description="same, changed, cut (in the reference only) or added (in this member only)")
    reference: str = Field(description="the reference's words in this stretch")
    words: str = Field(description="this member's words in this stretch")


class MemberOut(BaseModel):
    quotation_id: int
    article_id: int
    article_url: str = Field(description="the article's page on this server")
    attribution: str
    kind: str = Field(description="direct, partial, indirect, according-to or reported")
    date: str | None
    outlet: str | None
    title: str | None
    url: str | None = Field(description="where the article was published")
    speaker_id: int | None
    speaker: str | None = Field(description="the speaker's identity in the corpus")
    speaker_named: bool
    source: str | None = Field(description="the speaker as this article writes it")
    cue: str | None = Field(description="the verb of saying this outlet used")
    text: str = Field(description="the words compared: inside quotation marks, or the paraphrase")
    paragraph: int | None
    diff: list[DiffPartOut] = Field(description="word-level difference from the reference (empty for it)")
    flags: list[FlagOut]


class TrailOut(BaseModel):
    """One trail: its members in date order, each compared with the reference."""

    id: int
    reference_id: int | None = Field(description="the quotation every member is compared with: the earliest full "
                                                 "version in quotation marks")
    size: int
    outlets: list[str]
    flags: dict[str, int] = Field(description="how many members carry each flag")
    members: list[MemberOut]


class TrailPage(BaseModel):
    rows: list[TrailRow]  # the store's own row: one definition for the CLI, the pages and the API
    total: int = Field(description="how many match in all")
    limit: int | None
    offset: int


def api_router(state: State) -> APIRouter:
    routes = APIRouter(prefix="/api")

    @routes.get("/trails", response_model=TrailPage, responses=CORPUS_ERRORS, tags=["corpus"],
                summary="Quote trails: the same utterance across articles, most outlets first")
    def trails(
        q: str | None = Query(None, description="trails with a quotation matching these words"),
        speaker: str | None = Query(None, description="a speaker id, or a name (matched through aliases)"),
        outlets: int = Query(1, ge=1, le=1000, description="only trails spanning at least this many outlets"),
        limit: int = Query(50, ge=1, le=MAX_LIMIT),
        offset: int = Query(0, ge=0),
    ):
        return state.require_corpus().trails(q=q, speaker=speaker, outlets=outlets, limit=limit, offset=offset)

    @routes.get("/trails/{trail_id}", response_model=TrailOut, responses={404: {"model": Error}, **CORPUS_ERRORS},
                tags=["corpus"], summary="One trail: who ran the quotation when, and what each changed")
    def trail(trail_id: int):
        return state.require_corpus().trail(trail_id)

    return routes


def page_router(state: State) -> APIRouter:
    routes = APIRouter(include_in_schema=False)

    @routes.get("/trails", response_class=HTMLResponse)
    def trails(request: Request, q: str = "", outlets: int = Query(2, ge=1, le=1000),
               page: int = Query(1, ge=1, le=10_000)):
        result = state.require_corpus().trails(q=q.strip() or None, outlets=outlets, limit=PAGE_SIZE,
                                               offset=(page - 1) * PAGE_SIZE)
        return render(request, "trails.html", result=result, q=q, outlets=outlets, page=page, page_size=PAGE_SIZE,
                      flag_names=FLAG_NAMES)

    @routes.get("/trails/{trail_id}", response_class=HTMLResponse)
    def trail(request: Request, trail_id: str):
        return render(request, "trail.html", trail=state.require_corpus().trail(trail_id), flag_names=FLAG_NAMES)

    return routes
