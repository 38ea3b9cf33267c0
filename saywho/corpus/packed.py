"""A stored analysis document, deflated in ingest's workers and inflated by whoever reads it.

The analyses are the store's largest rows (about 7 of the ~57 pages each article
dirtied at 100,000 articles, written to the WAL and again to the file): SQLite
schema 12 stores them deflated. Rows stored before stay JSON text, so a reader
takes either.
"""

from __future__ import annotations

import json
import zlib
from typing import Any

# Level 1: most of the size for a fraction of the CPU of the default level, spent in the workers.
LEVEL = 1


def pack(text: str) -> bytes:
    return zlib.compress(text.encode("utf-8"), LEVEL)


def unpack(value: str | bytes) -> str:
    """The JSON text of a stored analysis, deflated (schema 12 on) or not (rows stored before, PostgreSQL)."""
    return zlib.decompress(value).decode("utf-8") if isinstance(value, bytes) else value


def unpacked(value: str | bytes) -> Any:
    """The stored analysis as the dict its JSON holds."""
    return json.loads(unpack(value))
