"""The saywho web app: analyse an article in the browser, browse a corpus, and a REST API.

    from saywho.web.app import WebConfig, create_app
    app = create_app(WebConfig(db="corpus.db"))      # an ASGI app for uvicorn

Pages are rendered on the server from Jinja2 templates (saywho/web/templates);
the only JavaScript is the article page's filters and copy buttons (saywho/render/static) and the API
explorer at /docs, both served from saywho/web/static or a Python package,
never from a CDN.
"""

from __future__ import annotations

import asyncio
import json
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, RedirectResponse, Response
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException

from saywho import __version__
from saywho.web import pages
from saywho.web.corpus import BadQuery, Moved, NoCorpus, NotFound
from saywho.web.limits import BodyLimit, SecurityHeaders, TooLarge, megabytes
from saywho.web.service import State, WebConfig, WebError

STATIC = Path(__file__).parent / "static"
ARTICLE_STATIC = Path(__file__).parent.parent / "render" / "static"

def create_app(config: WebConfig | None = None) -> FastAPI:
    config = config or WebConfig()
    state = State(config)

    @asynccontextmanager
    async def lifespan(_app: FastAPI):
        state.analyzer.start()
        if config.warm_up and not config.read_only:
            await asyncio.get_running_loop().run_in_executor(None, state.analyzer.warm_up)
        try:
            yield
        finally:
            state.analyzer.close()
            state.fetches.close()
            state.readers.close()
            state.results.close()
            if state.corpus is not None:
                state.corpus.close()

    app = FastAPI(
        title="saywho",
        version=__version__,
        summary="Who said what, on whose authority, and in whose words.",
        description=API_DESCRIPTION,
        docs_url=None,  # served below from local files, not from a CDN
        redoc_url=None,
        lifespan=lifespan,
    )
    app.state.saywho = state
    app.add_middleware(BodyLimit, max_bytes=2 * config.max_bytes + 64 * 1024, message=_too_large_message(config))
    app.add_middleware(SecurityHeaders)
    _mount_swagger(app)  # before /static, which would otherwise answer for /static/swagger
    app.mount("/static/article", StaticFiles(directory=ARTICLE_STATIC), name="article")  # shared with the report
    app.mount("/static", StaticFiles(directory=STATIC), name="static")
    _add_error_handlers(app)

    from saywho.web import api, corpus_pages, corrections, trails

    app.include_router(pages.router(state))
    app.include_router(corpus_pages.router(state))
    app.include_router(trails.page_router(state))
    app.include_router(api.router(state))
    app.include_router(trails.api_router(state))
    app.include_router(corrections.router(state))
    return app


def _too_large_message(config: WebConfig) -> str:
    return f"the request is too large; this server accepts articles of up to {megabytes(config.max_bytes)}"


# -- errors -----------------------------------------------------------------------------


def wants_json(request: Request) -> bool:
    return request.url.path.startswith("/api/") or request.url.path == "/openapi.json"


def error_response(request: Request, status: int, message: str) -> Response:
    # A message may quote the request, lone surrogates and all; the response must still encode as UTF-8.
    message = message.encode("utf-8", "backslashreplace").decode("utf-8")
    if wants_json(request):
        return JSONResponse({"error": message}, status_code=status)
    return pages.error_page(request, status, message)


def _add_error_handlers(app: FastAPI) -> None:
    @app.exception_handler(WebError)
    async def web_error(request: Request, error: WebError):
        return error_response(request, error.status, error.message)

    @app.exception_handler(TooLarge)
    async def too_large(request: Request, error: TooLarge):
        return error_response(request, 413, str(error))

    @app.exception_handler(NoCorpus)
    async def no_corpus(request: Request, error: NoCorpus):
        return error_response(request, 503, str(error))

    @app.exception_handler(NotFound)
    async def not_found(request: Request, error: NotFound):
        return error_response(request, 404, str(error))

    @app.exception_handler(Moved)
    async def moved(request: Request, error: Moved):
        # The same page or API path, with the id of the speaker it was merged into.
        path = request.url.path.rsplit("/", 1)[0] + f"/{error.new_id}"
        query = f"?{request.url.query}" if request.url.query else ""
        return RedirectResponse(path + query, status_code=301)

    @app.exception_handler(BadQuery)
    async def bad_query(request: Request, error: BadQuery):
        return error_response(request, 400, str(error))

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, error: StarletteHTTPException):
        message = error.detail if isinstance(error.detail, str) else json.dumps(error.detail)
        if error.status_code == 404 and message == "Not Found":
            message = f"not found: {request.url.path}"
        elif error.status_code == 405:
            message = f"{request.method} is not allowed on {request.url.path}"
        response = error_response(request, error.status_code, message)
        for name, value in (error.headers or {}).items():
            response.headers[name] = value
        return response

    @app.exception_handler(RequestValidationError)
    async def invalid(request: Request, error: RequestValidationError):
        return error_response(request, 422, validation_message(list(error.errors())))


def validation_message(errors: list[dict[str, Any]]) -> str:
    """Pydantic's errors as one line: "body.text: Input should be a valid string; ..."."""
    parts = []
    for item in errors[:5]:
        where = ".".join(str(part) for part in item.get("loc", ()) if part != "body") or "body"
        parts.append(f"{where}: {item.get('msg', 'invalid')}")
    return "invalid request: " + "; ".join(parts)


# -- API explorer ----------------------------------------------------------------------------


def _mount_swagger(app: FastAPI) -> None:
    """Swagger UI from the fastapi-offline package's files; a plain list of endpoints without it."""
    try:
        import fastapi_offline
    except ImportError:
        assets = None
    else:
        assets = Path(fastapi_offline.__file__).parent / "static"
        if not (assets / "swagger-ui-bundle.js").exists():
            assets = None
    if assets is not None:
        app.mount("/static/swagger", StaticFiles(directory=assets), name="swagger")

    @app.get("/docs", include_in_schema=False)
    async def docs(request: Request) -> HTMLResponse:
        return pages.docs_page(request, app.openapi(), swagger=assets is not None)


API_DESCRIPTION = """\
Find every quotation and reported statement in a news article, with its speaker resolved.

`POST /api/analyze` returns saywho's analysis document (schema version 1): every
attribution with its source, cue and content as `[start, end)` character spans into
`article.text`, the speakers, entities, the writer's voice and resolved dates.

The corpus endpoints (`/api/articles`, `/api/quotes`, `/api/speakers`) answer from the
store the server was started with (`saywho serve --db FILE`), and 503 without one.
Lists take `limit` and `offset`. Errors are `{"error": "..."}` with the HTTP status:
400 input saywho cannot analyse or a search the store cannot run, 404 not found, 413 too large,
422 a malformed request or an analysis past the server's time limit, 502 a URL that could not be
fetched in time, 503 no corpus or too busy.
"""
