"""One article's rows for the shard tables, made from `derive()`'s record where the article was analysed.

The columns are those of `layout.SCHEMAS`; the values are what the SQLite store would
insert for the same record (`saywho/corpus/sqlite_write.py`), with the article's text
hash and the task's key in place of row ids, and each mention referred to by its index
within the article.
"""

from __future__ import annotations

import json
from typing import Any

from saywho.corpus.derive import ArticleRecord
from saywho.corpus.shards.layout import month_of


def article_rows(record: ArticleRecord, key: str) -> dict[str, list[dict[str, Any]]]:
    """Every table's rows for one article, by table name."""
    a = record.article
    ids = {"hash": record.hash, "task_key": key}
    text = record.json  # inflated once, for both uses
    analysis = json.loads(text)
    mentions = record.mentions

    def named(index: int | None) -> bool:
        return index is not None and mentions[index].named

    return {
        "articles": [{**ids, **{name: a.get(name) for name in ("origin", "url", "outlet", "date", "title", "author")},
                      "quotations": len(record.quotations),
                      "words": a["words"] if a.get("words") is not None else _words(analysis),
                      "analysis": text}],
        "quotations": [{**ids, "attribution": q.attribution, "kind": q.kind, "mention": q.mention,
                        "speaker_name": q.speaker_name, "named": named(q.mention), "anonymous": q.anonymous,
                        "source": q.source, "cue": q.cue, "content": q.content, "paragraph": q.paragraph,
                        "start": q.start, "spans": q.spans, "role": q.role, "affiliation": q.affiliation,
                        "resolved_by": q.resolved_by, "naming": q.naming, "source_kind": q.source_kind,
                        "role_kind": q.role_kind, "gender": q.gender, "date": a.get("date"),
                        "negated": q.negated} for q in record.quotations],
        "sources": [{**ids, "mention": s.mention, "name": s.name, "description": s.description, "type": s.type,
                     "named": named(s.mention), "anonymous": s.anonymous, "how": s.how, "count": s.count,
                     "spans": s.spans, "attributions": s.attributions} for s in record.sources],
        "mentions": [{**ids, "mention": index, "name": m.name, "type": m.type, "named": m.named,
                      "anonymous": m.anonymous, "speaks": m.speaks, "cited": m.cited, "form": m.key.form,
                      "key": m.key.key, "surname": m.key.surname, "acronym": m.key.acronym, "exact": m.key.exact,
                      "local": json.dumps(m.local), "forms": json.dumps(m.forms, ensure_ascii=False)}
                     for index, m in enumerate(mentions)],
        "names": [{**ids, "form": k.form, "key": k.key, "surname": k.surname, "acronym": k.acronym,
                   "exact": k.exact, "name": name} for name, k in record.names],
        "labels": [{**ids, "text": label.text, "word": label.word, "category": label.category,
                    "target": label.target, "mention": label.mention, "paragraph": label.paragraph,
                    "start": label.start, "spans": label.spans} for label in record.labels],
        "dates": [_date_row(ids, item) for item in analysis.get("dates") or [] if isinstance(item, dict)],
    }


def partition_of(record: ArticleRecord) -> tuple[str, str | None]:
    """(month, outlet): the folder an article's rows go into."""
    return month_of(record.article.get("date")), record.article.get("outlet") or None


def _date_row(ids: dict[str, str], item: dict[str, Any]) -> dict[str, Any]:
    spans = item.get("spans") or []
    return {**ids, "text": item.get("text"), "start": spans[0][0] if spans else None, "value": _str(item.get("value")),
            "range_start": _str(item.get("start")), "range_end": _str(item.get("end")),
            "granularity": item.get("granularity"), "resolved": bool(item.get("resolved", False)),
            "relative": bool(item.get("relative", False)), "spans": json.dumps(spans)}


def _words(analysis: dict[str, Any]) -> int:
    return len((analysis.get("article") or {}).get("text", "").split())


def _str(value: Any) -> str | None:
    return None if value is None else str(value)
