"""Writing store tables out: JSON Lines, CSV, or Parquet (with pyarrow, the `parquet` extra)."""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable, Iterator
from itertools import islice
from pathlib import Path
from typing import IO, Any

from saywho.errors import SaywhoError

EXPORT_FORMATS = ("jsonl", "csv", "parquet")
PARQUET_CHUNK = 5000


def flat(value: Any) -> Any:
    """Lists and dicts as JSON text, for formats with flat columns."""
    if isinstance(value, (list, dict)):
        return json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    return value


def analysis_rows(documents: Iterable[dict[str, Any]]) -> Iterator[dict[str, Any]]:
    """Analysis documents as flat rows: the article's fields and the whole document as JSON text."""
    for document in documents:
        article = document.get("article", {})
        yield {
            **{name: article.get(name) for name in ("url", "outlet", "date", "title", "author", "origin")},
            "attributions": len(document.get("attributions", [])),
            "analysis": json.dumps(document, ensure_ascii=False),
        }


def write_jsonl(rows: Iterable[dict[str, Any]], out: IO[str]) -> int:
    count = 0
    for row in rows:
        out.write(json.dumps(row, ensure_ascii=False) + "\n")
        count += 1
    return count


def write_csv(rows: Iterable[dict[str, Any]], out: IO[str]) -> int:
    writer: Any = None  # a pyarrow ParquetWriter once the first chunk gives the schema
    count = 0
    for row in rows:
        if writer is None:
            writer = csv.DictWriter(out, fieldnames=list(row), extrasaction="ignore")
            writer.writeheader()
        writer.writerow({k: flat(v) for k, v in row.items()})
        count += 1
    return count


def write_parquet(rows: Iterable[dict[str, Any]], path: Path) -> int:
    try:
        import pyarrow as pa
        import pyarrow.parquet as pq
    except ImportError:
        raise SaywhoError("parquet export needs pyarrow: pip install 'saywho[parquet]'") from None
    iterator = iter(rows)
    writer: Any = None  # a pyarrow ParquetWriter once the first chunk gives the schema
    schema = None
    count = 0
    try:
        while chunk := [{k: flat(v) for k, v in row.items()} for row in islice(iterator, PARQUET_CHUNK)]:
            if schema is None:
                schema = pa.schema([(name, _arrow_type(pa, [r.get(name) for r in chunk])) for name in chunk[0]])
                writer = pq.ParquetWriter(str(path), schema)
            writer.write_table(pa.Table.from_pylist(chunk, schema=schema))
            count += len(chunk)
        if writer is None:  # no rows: an empty file with no columns
            pq.write_table(pa.table({}), str(path))
    finally:
        if writer is not None:
            writer.close()
    return count


def _arrow_type(pa, values: list[Any]):
    present = [v for v in values if v is not None]
    if present and all(isinstance(v, bool) for v in present):
        return pa.bool_()
    if present and all(isinstance(v, int) and not isinstance(v, bool) for v in present):
        return pa.int64()
    if present and all(isinstance(v, (int, float)) and not isinstance(v, bool) for v in present):
        return pa.float64()
    return pa.string()
