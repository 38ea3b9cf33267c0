"""The analyse pages: the form, the result page, and the result's JSON and report."""

from __future__ import annotations

import json
import re
from functools import lru_cache
from typing import Any

from fastapi import APIRouter, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from jinja2 import Environment, PackageLoader
from markupsafe import Markup
from starlette.datastructures import UploadFile

from saywho import __version__
from saywho.corpus.store import total_wording
from saywho.render.html import template_environment
from saywho.web.limits import TooLarge, megabytes
from saywho.web.service import State, WebError, analyse_input
from saywho.web.view import result_view

TOKEN = r"[A-Za-z0-9_-]{8,64}"


@lru_cache(maxsize=1)
def environment() -> Environment:
    # The article page's template is the standalone report's (saywho.render), so both look the same.
    env = template_environment(PackageLoader("saywho.web", "templates"))
    env.globals["version"] = __version__
    env.filters["megabytes"] = megabytes
    env.filters["mark"] = mark_terms
    # a search's total, said to be an estimate when it is one (a common word on PostgreSQL)
    env.filters["total"] = lambda result: total_wording(result["total"], bool(result.get("total_estimated")))
    env.globals["per_1000"] = per_1000_words
    return env


def per_1000_words(count: int, words: int | None) -> str:
    """A count per 1,000 words of text, as the outlet pages compare outlets; "–" without a word count."""
    return f"{1000 * count / words:.2f}" if words else "–"


def mark_terms(text: str, query: str) -> Markup:
    """`text`, escaped, with the words of a search query (and words they begin) in <mark>."""
    words = [w for w in re.findall(r"\w+", query or "", re.UNICODE) if w.upper() not in ("AND", "OR", "NOT", "NEAR")]
    if not words:
        return Markup.escape(text)
    pattern = re.compile(r"\b(" + "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True)) + r")\w*",
                         re.IGNORECASE | re.UNICODE)
    pieces, position = [], 0
    for match in pattern.finditer(text):
        pieces.append(Markup.escape(text[position:match.start()]))
        pieces.append(Markup("<mark>{}</mark>").format(match.group(0)))
        position = match.end()
    pieces.append(Markup.escape(text[position:]))
    return Markup("").join(pieces)


def render(request: Request, name: str, status: int = 200, **context: Any) -> HTMLResponse:
    state: State = request.app.state.saywho
    context.setdefault("read_only", state.config.read_only)
    context.setdefault("has_corpus", state.corpus is not None)
    context.setdefault("path", request.url.path)
    html = environment().get_template(name).render(**context)
    return HTMLResponse(html, status_code=status)


def error_page(request: Request, status: int, message: str) -> HTMLResponse:
    titles = {400: "Cannot analyse this", 404: "Not found", 405: "Not allowed", 413: "Too large",
              422: "Check the form", 502: "Could not fetch the page", 503: "Not available"}
    return render(request, "error.html", status=status, title=titles.get(status, "Something went wrong"),
                  message=message, status_code=status)


def docs_page(request: Request, openapi: dict[str, Any], swagger: bool) -> HTMLResponse:
    operations = [
        {"method": method.upper(), "path": path, "summary": op.get("summary", ""), "description": op.get("description", "")}
        for path, methods in openapi.get("paths", {}).items()
        for method, op in methods.items()
    ]
    return render(request, "docs.html", swagger=swagger, operations=operations, info=openapi.get("info", {}))


def router(state: State) -> APIRouter:
    routes = APIRouter(include_in_schema=False)

    @routes.get("/", response_class=HTMLResponse)
    async def home(request: Request):
        if state.config.read_only:
            return render(request, "home_read_only.html")
        return render(request, "analyse.html", form={}, max_bytes=state.config.max_bytes)

    @routes.get("/results/{token}", response_class=HTMLResponse)
    def result(request: Request, token: str):
        analysis = _result(state, token)
        permalink = str(request.url.replace(query=None, fragment=None)) if state.results.path is not None else None
        return render(request, "result.html", view=result_view(analysis), json_url=f"/results/{token}/analysis.json",
                      report_url=f"/results/{token}/report.html", permalink=permalink,
                      filename=report_filename(analysis))

    @routes.get("/results/{token}/analysis.json")
    def result_json(token: str):
        analysis = _result(state, token)
        body = json.dumps(analysis.to_dict(), ensure_ascii=False, indent=2)
        return Response(body, media_type="application/json")

    @routes.get("/results/{token}/report.html")
    def result_report(token: str):
        from saywho.render import render_html

        analysis = _result(state, token)
        name = report_filename(analysis) + ".html"
        return Response(render_html(analysis), media_type="text/html; charset=utf-8",
                        headers={"Content-Disposition": f'attachment; filename="{name}"'})

    if state.config.read_only:
        return routes

    @routes.post("/analyse", response_class=HTMLResponse)
    @routes.post("/analyze", response_class=HTMLResponse)
    async def analyse(request: Request):
        form_values: dict[str, str] = {}
        try:
            form = await request.form(max_files=1, max_fields=10, max_part_size=2 * state.config.max_bytes)
            form_values = {key: value for key, value in form.items() if isinstance(value, str)}
            upload = _sample() if form_values.get("sample") else await _upload(form.get("file"))
            analysis = await analyse_input(
                state,
                text=form_values.get("text") or None,
                url=form_values.get("url", "").strip() or None,
                upload=upload,
                date=form_values.get("date") or None,
            )
        except (WebError, TooLarge) as error:
            status = error.status if isinstance(error, WebError) else 413
            return render(request, "analyse.html", status=status, error=str(error),
                          form=_echo(form_values, status), max_bytes=state.config.max_bytes)
        token = await run_in_threadpool(state.results.add, analysis)  # a write to the results file
        return RedirectResponse(f"/results/{token}", status_code=303)

    return routes


async def _upload(value: Any) -> tuple[str, bytes] | None:
    if not isinstance(value, UploadFile) or not value.filename:
        return None
    data = await value.read()
    if not data:
        raise WebError(400, f"{value.filename}: the uploaded file is empty")
    return value.filename, data


def _sample() -> tuple[str, bytes]:
    from importlib.resources import files

    return "sample-article.html", files("saywho").joinpath("data/sample-article.html").read_bytes()


def _echo(values: dict[str, str], status: int) -> dict[str, str]:
    # Put the user's input back in the form, except text that was refused for its size.
    return {key: value for key, value in values.items() if status != 413 or key != "text"}


def _result(state: State, token: str):
    analysis = state.results.get(token) if re.fullmatch(TOKEN, token) else None
    if analysis is None:
        if state.results.path is None:
            raise WebError(404, "this result is no longer kept (this server keeps recent results in memory only); "
                                "analyse the article again")
        raise WebError(404, "no such result on this server; analyse the article again")
    return analysis


def report_filename(analysis) -> str:
    from saywho.render.html import report_stem

    return report_stem(analysis)
