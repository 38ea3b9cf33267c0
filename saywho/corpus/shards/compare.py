"""Whether two stores give the same answers to the corpus queries, ids mapped to what they stand for.

A SQLite store numbers articles, quotations and speakers as they come in; shards
name them by hashes (query.py). So before two answers are compared every id becomes
what it identifies: an article its text hash, a quotation its article's hash and
attribution id, a speaker its identity key. Where a query breaks ties by id (two
articles of one date), the tied rows may come in another order: such answers are
"the same up to ties" when the rows are the same and their sort keys come in the
same order.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, fields, is_dataclass
from typing import Any, cast

from saywho.corpus.store import Page, Store

SAME, TIES, DIFFERENT = "same", "same up to ties", "different"


@dataclass
class Ids:
    """What each id of one store stands for."""

    articles: dict[int, str]
    quotations: dict[int, str]
    speakers: dict[int, str]

    @classmethod
    def of(cls, store: Store) -> Ids:
        articles = {r.id: r.hash for r in store.articles(limit=None)}
        quotations = {r.id: f"{articles[r.article_id]}/{r.attribution}" for r in store.quotes(limit=None)}
        speakers = dict(cast(Any, store).conn.execute(  # every SQL store has a conn
            "SELECT id, key FROM speakers").fetchall())
        return cls(articles, quotations, speakers)


_ID_OF = {"QuoteRow": "quotations", "ProfileRow": "quotations", "ArticleRow": "articles", "SpeakerRow": "speakers",
          "SpeakerDetail": "speakers"}


def plain(value: Any, ids: Ids) -> Any:
    """The answer as JSON-ready data, every id replaced by what it stands for."""
    if isinstance(value, Page):
        return {"total": value.total, "rows": [plain(row, ids) for row in value.rows]}
    if is_dataclass(value):
        data = {f.name: plain(getattr(value, f.name), ids) for f in fields(value)}
        kind = _ID_OF.get(type(value).__name__)
        if kind and "id" in data:
            data["id"] = getattr(ids, kind).get(data["id"], data["id"])
        return _mapped(data, ids)
    if isinstance(value, dict):
        return _mapped({k: plain(v, ids) for k, v in value.items()}, ids)
    if isinstance(value, (list, tuple)):
        return [plain(v, ids) for v in value]
    return value


def _mapped(data: dict, ids: Ids) -> dict:
    if data.get("article_id") is not None:
        data["article_id"] = ids.articles.get(data["article_id"], data["article_id"])
    if data.get("speaker_id") is not None:
        data["speaker_id"] = ids.speakers.get(data["speaker_id"], data["speaker_id"])
    return data


def compare(one: Any, other: Any, order: Callable[[dict], Any] | None = None) -> str:
    """SAME, TIES (same rows; the sort keys `order` gives come in the same order) or DIFFERENT."""
    if one == other:
        return SAME
    rows_one, rows_other = _rows(one), _rows(other)
    if rows_one is None or rows_other is None or order is None or _total(one) != _total(other):
        return DIFFERENT
    if [order(r) for r in rows_one] != [order(r) for r in rows_other]:
        return DIFFERENT
    return TIES if sorted(map(_text, rows_one)) == sorted(map(_text, rows_other)) else DIFFERENT


def _rows(answer: Any) -> list | None:
    if isinstance(answer, dict) and "rows" in answer:
        return answer["rows"]
    return answer if isinstance(answer, list) else None


def _total(answer: Any) -> Any:
    return answer.get("total") if isinstance(answer, dict) else len(answer)


def _text(row: Any) -> str:
    return json.dumps(row, sort_keys=True, ensure_ascii=False, default=str)
