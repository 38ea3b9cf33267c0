"""The corpus pages: speakers, one speaker, outlets, one outlet, articles, and search over quotations."""

from __future__ import annotations

from fastapi import APIRouter, Query, Request
from fastapi.responses import HTMLResponse, Response
from markupsafe import Markup

from saywho.web.charts import fill_months, timeline_svg
from saywho.web.pages import render
from saywho.web.service import State
from saywho.web.view import result_view

PAGE_SIZE = 50


def router(state: State) -> APIRouter:
    routes = APIRouter(include_in_schema=False)

    @routes.get("/speakers", response_class=HTMLResponse)
    def speakers(request: Request, q: str = "", outlet: str = "", page: int = Query(1, ge=1, le=10_000)):
        corpus = state.require_corpus()
        result = corpus.speakers(q=q.strip() or None, outlet=outlet or None, limit=PAGE_SIZE,
                                 offset=(page - 1) * PAGE_SIZE)
        if not outlet:
            counts = corpus.outlet_counts([row["id"] for row in result["rows"]])
            for row in result["rows"]:
                row["outlet_counts"] = counts.get(row["id"], [])
        return render(request, "speakers.html", result=result, q=q, outlet=outlet, page=page, page_size=PAGE_SIZE,
                      outlets=corpus.outlets()["rows"], counts=corpus.counts())

    @routes.get("/speakers/{speaker_id}", response_class=HTMLResponse)
    def speaker(request: Request, speaker_id: str):
        corpus = state.require_corpus()
        found = corpus.speaker(speaker_id)
        months = fill_months({point["period"]: point["quotes"] for point in found.get("timeline", [])})
        return render(request, "speaker.html", speaker=found, chart=Markup(timeline_svg(months)),
                      quotes=corpus.quotes(speaker=found["id"], limit=PAGE_SIZE))

    @routes.get("/outlets", response_class=HTMLResponse)
    def outlets(request: Request):
        return render(request, "outlets.html", result=state.require_corpus().outlets())

    @routes.get("/outlets/{name}", response_class=HTMLResponse)
    def outlet(request: Request, name: str):
        return render(request, "outlet.html", outlet=state.require_corpus().outlet(name))

    @routes.get("/articles/{article_id}", response_class=HTMLResponse)
    def article(request: Request, article_id: str):
        analysis = state.require_corpus().analysis(article_id)
        return render(request, "result.html", view=result_view(analysis), json_url=f"/api/articles/{article_id}",
                      report_url=f"/articles/{article_id}/report.html", filename=f"saywho-article-{article_id}")

    @routes.get("/articles/{article_id}/report.html")
    def article_report(article_id: str):
        from saywho.render import render_html

        analysis = state.require_corpus().analysis(article_id)
        return Response(render_html(analysis), media_type="text/html; charset=utf-8",
                        headers={"Content-Disposition": f'attachment; filename="saywho-article-{int(article_id)}.html"'})

    @routes.get("/search", response_class=HTMLResponse)
    def search(request: Request, q: str = "", page: int = Query(1, ge=1, le=10_000)):
        corpus = state.require_corpus()
        result = None
        if q.strip():
            result = corpus.quotes(q=q.strip(), limit=PAGE_SIZE, offset=(page - 1) * PAGE_SIZE)
        return render(request, "search.html", q=q, result=result, page=page, page_size=PAGE_SIZE)

    return routes
