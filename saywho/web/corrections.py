"""Corrections over the web: the API a stored article page's "correct" control posts to, and its trail.

Writing is off unless the server was started with `saywho serve --db X --editable`; a read-only
server (the default) answers 403. What a correction is: saywho/corpus/corrections.py.
"""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter
from fastapi.responses import JSONResponse
from pydantic import BaseModel, ConfigDict, Field

from saywho.web.service import State

NOT_EDITABLE = "this server takes no corrections: start it with `saywho serve --db FILE --editable`"


class CorrectionRequest(BaseModel):
    """One correction of one attribution: a speaker's name, or that it is not a quotation."""

    model_config = ConfigDict(extra="forbid", json_schema_extra={
        "examples": [{"article": 12, "attribution": "a3", "speaker": "Jane Smith", "note": "see ¶4", "by": "JS"}],
    })

    article: int = Field(description="the article's id in the store")
    attribution: str = Field(description='the attribution\'s id in its analysis ("a3")', max_length=40)
    speaker: str | None = Field(None, description="who really said it", max_length=300)
    not_a_quote: bool = Field(False, description="these words are not a quotation")
    note: str | None = Field(None, max_length=2000)
    by: str | None = Field(None, description="who makes the correction", max_length=200)


def router(state: State) -> APIRouter:
    routes = APIRouter(prefix="/api", tags=["corpus"])

    @routes.post("/corrections", status_code=201, summary="Correct a speaker, or mark words as not a quotation")
    def correct(request: CorrectionRequest) -> Any:
        if not state.config.editable or state.config.read_only:
            return JSONResponse({"error": NOT_EDITABLE}, status_code=403)
        if request.not_a_quote == bool(request.speaker and request.speaker.strip()):
            return JSONResponse({"error": "give either a speaker or not_a_quote: true"}, status_code=400)
        corpus = state.require_corpus()
        field, value = ("not_a_quote", True) if request.not_a_quote else ("speaker", request.speaker)
        return corpus.correct(request.article, request.attribution, field, value,
                              made_by=(request.by or "").strip() or None, note=(request.note or "").strip() or None)

    @routes.get("/articles/{article_id}/corrections", summary="One article's corrections, undone ones included")
    def trail(article_id: int) -> list[dict[str, Any]]:
        return state.require_corpus().corrections(article_id)

    return routes


def machine_said(corrections: list) -> str:
    """What the machine said before these corrections of one attribution, in words."""
    parts = []
    for correction in corrections:
        old = correction.old
        if correction.field in ("speaker", "speaker_id"):
            name = old.get("name") if isinstance(old, dict) else old
            parts.append(f"speaker {name}" if name else "no speaker")
        elif correction.field == "not_a_quote":
            parts.append("a quotation")
        else:
            parts.append(f"{correction.field} “{(old or {}).get('text', '')}”")
    return "; ".join(parts)
