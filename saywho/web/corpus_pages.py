"""The corpus pages: speakers, one speaker, outlets, one outlet, articles, and search over quotations."""

from __future__ import annotations

import csv
import io
import json

from fastapi import APIRouter, Query, Request
from fastapi.responses import HTMLResponse, Response
from markupsafe import Markup

from saywho.web.charts import fill_months, share_bars_svg, share_colour, timeline_svg
from saywho.web.corrections import machine_said
from saywho.web.pages import render, report_filename
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
                      quotes=corpus.quotes(speaker=found["id"], limit=PAGE_SIZE),
                      trails=corpus.trails(speaker=found["id"], limit=10))

    @routes.get("/outlets", response_class=HTMLResponse)
    def outlets(request: Request):
        return render(request, "outlets.html", result=state.require_corpus().outlets())

    @routes.get("/outlets/{name}", response_class=HTMLResponse)
    def outlet(request: Request, name: str):
        return render(request, "outlet.html", outlet=state.require_corpus().outlet(name))

    @routes.get("/articles/{article_id}", response_class=HTMLResponse)
    def article(request: Request, article_id: str):
        analysis, applied, trail = state.require_corpus().corrected_article(article_id)
        said = {attribution: machine_said(found) for attribution, found in applied.items()}
        return render(request, "result.html", view=result_view(analysis), json_url=f"/api/articles/{article_id}",
                      report_url=f"/articles/{article_id}/report.html", filename=report_filename(analysis),
                      article_id=article_id, machine_said=said, trail=trail,
                      editable=state.config.editable and not state.config.read_only)

    @routes.get("/articles/{article_id}/report.html")
    def article_report(article_id: str):
        from saywho.render import render_html

        analysis = state.require_corpus().analysis(article_id)
        name = report_filename(analysis) + ".html"
        return Response(render_html(analysis), media_type="text/html; charset=utf-8",
                        headers={"Content-Disposition": f'attachment; filename="{name}"'})

    @routes.get("/speakers/{speaker_id}/quotes.csv")
    def speaker_csv(speaker_id: str):
        corpus = state.require_corpus()
        found = corpus.speaker(speaker_id)
        return quotes_csv(corpus, f"saywho-speaker-{found['id']}.csv", speaker=found["id"])

    @routes.get("/search.csv")
    def search_csv(q: str = ""):
        if not q.strip():
            from saywho.web.corpus import BadQuery

            raise BadQuery("search.csv needs words to search for: /search.csv?q=WORDS")
        return quotes_csv(state.require_corpus(), "saywho-search.csv", q=q.strip())

    @routes.get("/search", response_class=HTMLResponse)
    def search(request: Request, q: str = "", page: int = Query(1, ge=1, le=10_000)):
        corpus = state.require_corpus()
        result = None
        if q.strip():
            result = corpus.quotes(q=q.strip(), limit=PAGE_SIZE, offset=(page - 1) * PAGE_SIZE)
        return render(request, "search.html", q=q, result=result, page=page, page_size=PAGE_SIZE)

    @routes.get("/voices", response_class=HTMLResponse)
    def voices(request: Request, of: str = Query("sources", pattern="^(sources|quotations)$"), q: str = ""):
        report = state.require_corpus().voices(by="outlet", q=q.strip() or None)
        charts = {field: Markup(share_bars_svg(share_bars(report["groups"], field, of), f"{of} by {title}"))
                  for field, title in VOICE_FIELDS.items()}
        return render(request, "voices.html", report=report, charts=charts, of=of, q=q, fields=VOICE_FIELDS,
                      colour=share_colour, view="outlet")

    @routes.get("/voices/time", response_class=HTMLResponse)
    def voices_over_time(request: Request, of: str = Query("sources", pattern="^(sources|quotations)$"),
                               q: str = "", outlet: str = ""):
        report = state.require_corpus().voices(by="month", q=q.strip() or None, outlet=outlet or None)
        report["groups"] = [g for g in report["groups"] if not g["group"].startswith("(")]
        charts = {field: Markup(share_bars_svg(share_bars(report["groups"], field, of), f"{of} by {title}",
                                               columns=True))
                  for field, title in VOICE_FIELDS.items()}
        return render(request, "voices.html", report=report, charts=charts, of=of, q=q, fields=VOICE_FIELDS,
                      colour=share_colour, view="month", outlet=outlet,
                      outlets=state.require_corpus().outlets()["rows"])

    @routes.get("/voices.csv")
    def voices_csv(by: str = Query("outlet", pattern="^(outlet|month)$"), q: str = "", outlet: str = ""):
        rows = state.require_corpus().voices_csv(by=by, about=q.strip() or None, outlet=outlet or None)
        from saywho.corpus.voices import CSV_COLUMNS

        out = io.StringIO()
        writer = csv.DictWriter(out, fieldnames=CSV_COLUMNS)
        writer.writeheader()
        writer.writerows(rows)
        return Response(out.getvalue(), media_type="text/csv; charset=utf-8",
                        headers={"Content-Disposition": f'attachment; filename="saywho-voices-by-{by}.csv"'})

    @routes.get("/voices/quotes", response_class=HTMLResponse)
    def voices_quotes(request: Request, outlet: str = "", since: str = "", until: str = "", q: str = "",
                            profile: str = "", page: int = Query(1, ge=1, le=10_000)):
        result = state.require_corpus().quotes(outlet=outlet or None, since=since or None, until=until or None,
                                               q=q.strip() or None, profile=profile or None, limit=PAGE_SIZE,
                                               offset=(page - 1) * PAGE_SIZE)
        query = {"outlet": outlet, "since": since, "until": until, "q": q, "profile": profile}
        from urllib.parse import urlencode

        base = "/voices/quotes?" + urlencode({k: v for k, v in query.items() if v}) + "&"
        return render(request, "voices_quotes.html", result=result, query=query, page=page, page_size=PAGE_SIZE,
                      base=base)

    return routes


CSV_ROWS = 5000  # a CSV holds at most this many quotations, newest first
QUOTE_CSV_COLUMNS = ["date", "outlet", "speaker", "speaker_name", "anonymous", "kind", "negated", "content", "source", "cue",
                     "paragraph", "title", "url", "article", "citation", "corrected", "machine_said"]


def quotes_csv(corpus, filename: str, **query) -> Response:
    """The quotations a page lists, as CSV: one row each, with its ¶ (from 1) and its citation."""
    from types import SimpleNamespace

    from saywho.render.cite import quote_citations, quote_paragraphs

    rows: list[SimpleNamespace] = []
    while len(rows) < CSV_ROWS:
        page = corpus.quotes(limit=min(500, CSV_ROWS - len(rows)), offset=len(rows), **query)
        rows += [SimpleNamespace(**row) for row in page["rows"]]
        if not page["rows"] or len(rows) >= page["total"]:
            break
    analyses: dict = {}
    paragraphs = quote_paragraphs(rows, corpus.analysis, analyses)
    citations = quote_citations(rows, corpus.analysis, analyses)
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(QUOTE_CSV_COLUMNS)
    for row, paragraph, citation in zip(rows, paragraphs, citations):
        writer.writerow([row.date, row.outlet, row.speaker, row.speaker_name, int(bool(row.anonymous)), row.kind,
                         int(bool(row.negated)),
                         row.content, row.source, row.cue, paragraph, row.title, row.url,
                         f"/articles/{row.article_id}", citation, "yes" if row.corrected else "no",
                         json.dumps(row.machine, ensure_ascii=False) if row.machine else ""])
    return Response(out.getvalue(), media_type="text/csv; charset=utf-8",
                    headers={"Content-Disposition": f'attachment; filename="{filename}"'})


VOICE_FIELDS = {"gender": "gender as the articles state it", "naming": "named or anonymous", "role": "role",
                "kind": "person, organisation or document"}


def share_bars(groups: list[dict], field: str, of: str) -> list[dict]:
    """The bars of one chart: each group's classes of one profile field, by share of sources or quotations."""
    bars = []
    for group in groups:
        segments = [{"value": f["value"], "count": f[of], "share": f[f"{of[:-1]}_share"], "href": f["quotes_url"]}
                    for f in group["figures"] if f["field"] == field and f[of]]
        bars.append({"group": group["group"], "total": group[of], "segments": segments})
    return bars
