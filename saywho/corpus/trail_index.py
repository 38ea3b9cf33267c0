"""Quote trails in a store: the LSH buckets, the trail of each attribution, and the queries.

The same code serves both back ends: `conn` is a sqlite3 connection, or a
PostgreSQL one wrapped in saywho.corpus.postgres.trails.TrailConnection (which
takes SQLite's `?` marks); the few statements that differ ask `_is_sqlite`.
Three tables; a SQLite store creates them here (CREATE TABLE IF NOT EXISTS)
rather than in its migrations, a PostgreSQL store in its schema migration:

- `trail_items`: each attribution long enough to follow, the words compared
  and the trail it belongs to (NULL for a paraphrase that matches no quotation);
- `trail_buckets`: its MinHash LSH band keys, so that adding an article looks up
  candidates by key instead of re-reading the corpus;
- `trails`: per trail its size, articles, outlets and first date, for listing.

An article's attributions are added in the store's transaction for that article
(`add_article`). A quotation joins the trail of the best-matching candidate, or
starts one; a paraphrase joins a quotation's trail or waits, and joins when a
matching quotation arrives. Trails are never merged as articles arrive, so the
grouping depends on the order articles came in; `rebuild` regroups the whole
store in date order.
"""

from __future__ import annotations

import re
import sqlite3
from collections import Counter
from collections.abc import Iterable, Iterator
from collections.abc import Set as AbstractSet
from dataclasses import dataclass
from typing import Any

from saywho.corpus import sqlite_newest
from saywho.corpus.packed import unpacked
from saywho.corpus.store import Page
from saywho.corpus.trail_entries import TrailEntry, trail_entries
from saywho.corpus.trail_rules import days_apart
from saywho.corpus.trail_view import (
    Member,
    Trail,
    TrailRow,
    build_trail,
    member_row,
    trail_row,
)
from saywho.corpus.trails import (
    QUOTED_KINDS,
    Words,
    band_keys,
    content_words,
    matches,
    near_enough,
    words_of,
)

TABLES = [
    """CREATE TABLE IF NOT EXISTS trail_items (
        quotation_id INTEGER PRIMARY KEY,
        article_id INTEGER NOT NULL,
        kind TEXT NOT NULL,
        text TEXT NOT NULL,
        trail_id INTEGER)""",
    "CREATE INDEX IF NOT EXISTS trail_items_trail ON trail_items(trail_id)",
    "CREATE INDEX IF NOT EXISTS trail_items_article ON trail_items(article_id)",
    """CREATE TABLE IF NOT EXISTS trail_buckets (
        bucket INTEGER NOT NULL,
        quotation_id INTEGER NOT NULL,
        PRIMARY KEY (bucket, quotation_id)) WITHOUT ROWID""",
    """CREATE TABLE IF NOT EXISTS trails (
        id INTEGER PRIMARY KEY,
        size INTEGER NOT NULL,
        articles INTEGER NOT NULL,
        outlets INTEGER NOT NULL,
        first_date TEXT,
        first_quotation_id INTEGER)""",
    "CREATE INDEX IF NOT EXISTS trails_outlets ON trails(outlets, size)",
]
MAX_CANDIDATES = 50  # LSH candidates checked per new attribution, those sharing most buckets
# A bucket (band key) that this many trails (or waiting paraphrases) share stands for common words, not for
# one utterance: it takes no more rows and lookups pass over it, so that a lookup reads at most this many rows
# a band however large the store grows. A trail is kept once in a bucket (by its first member there), so a
# quotation that many outlets run does not fill its own buckets; versions of one utterance share many rare
# bands besides.
FULL_BUCKET = 8
CROSS_SPEAKER_WORDS = 8
CROSS_SPEAKER_SHARE = 0.5
_CHUNK = 500  # SQLite bound parameters per lookup
SEARCH_CONFIG = "saywho"  # PostgreSQL's text search configuration (saywho/corpus/postgres/search.py)


def _is_sqlite(conn) -> bool:
    return isinstance(conn, sqlite3.Connection)


def ensure_tables(conn) -> None:
    if _is_sqlite(conn):  # PostgreSQL's come with its schema migration
        for statement in TABLES:
            conn.execute(statement)


def has_tables(conn) -> bool:
    if not _is_sqlite(conn):
        return True
    return conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'trail_items'").fetchone() is not None


@dataclass
class _Item:
    quotation_id: int
    kind: str
    text: str
    trail_id: int | None
    speaker_id: int | None = None
    date: str | None = None  # the article's

    @property
    def quoted(self) -> bool:
        return self.kind in QUOTED_KINDS


def add_article(conn, article_id: int, analysis: dict[str, Any]) -> None:
    """Put one stored article's attributions on trails (inside the caller's transaction)."""
    add_entries(conn, article_id, trail_entries(analysis))


def add_records(conn, records: list, results: list) -> None:
    """Put the articles a batch just stored on trails (records: saywho.corpus.derive.ArticleRecord, in order).

    Their entries were made with the records (in ingest's workers), so here is only lookup and insert."""
    for record, result in zip(records, results, strict=True):
        if result.added:
            add_entries(conn, result.article_id, record.trails)


def add_entries(conn, article_id: int, entries: list[TrailEntry]) -> None:
    """Put a stored article's trail entries on trails, in order (the attributions it stored)."""
    ids = {attribution: (quotation_id, speaker_id) for attribution, quotation_id, speaker_id in conn.execute(
        "SELECT attribution, id, speaker_id FROM quotations WHERE article_id = ?", (article_id,))}
    date = conn.execute("SELECT date FROM articles WHERE id = ?", (article_id,)).fetchone()[0]
    touched: set[int] = set()
    for entry in entries:
        quotation_id, speaker_id = ids.get(entry.attribution, (None, None))
        if quotation_id is None:
            continue
        item = _Item(quotation_id, entry.kind, entry.text, None, speaker_id, date)
        touched |= _add_item(conn, article_id, item, entry)
    _refresh(conn, touched)


def _add_item(conn, article_id: int, item: _Item, entry: TrailEntry) -> set[int]:
    """Find the item's trail among its LSH candidates, store it and its keys; the trails it touched."""
    words, keys = entry.words, entry.keys
    candidates, holders = _candidates(conn, keys)
    scored = [(_score(item, words, c), c) for c in candidates if _speakers_agree(item, c)]
    scored = [(score, c) for score, c in scored if score > 0]
    joined = [(score, c) for score, c in scored if c.quoted and c.trail_id is not None]
    if joined:
        item.trail_id = max(joined, key=lambda sc: (sc[0], -(sc[1].trail_id or 0)))[1].trail_id
    elif item.quoted:
        item.trail_id = _next_trail(conn)
    conn.execute("INSERT INTO trail_items (quotation_id, article_id, kind, text, trail_id) VALUES (?, ?, ?, ?, ?)",
                 (item.quotation_id, article_id, item.kind, item.text, item.trail_id))
    conn.executemany("INSERT INTO trail_buckets (bucket, quotation_id) VALUES (?, ?) ON CONFLICT DO NOTHING",
                     [(key, item.quotation_id) for key in _keys_to_keep(keys, holders, item.trail_id)])
    if item.trail_id is None:
        return set()
    if item.quoted:  # paraphrases stored before their quotation join it now
        waiting = [c.quotation_id for _, c in scored if c.trail_id is None and not c.quoted]
        conn.executemany("UPDATE trail_items SET trail_id = ? WHERE quotation_id = ?",
                         [(item.trail_id, q) for q in waiting])
    return {item.trail_id}


def _score(item: _Item, words: Words, other: _Item) -> float:
    """How well two items match, 0 when they do not, or when a short one ran too far from the other."""
    other_words = words_of(other.text)
    score = matches(item.kind, words, other.kind, other_words)
    if score and not near_enough(item.kind, words, other.kind, other_words, score,
                                 days_apart(item.date, other.date)):
        return 0.0
    return score


def _speakers_agree(item: _Item, other: _Item) -> bool:
    """A paraphrase is the same utterance as a quotation only if no two different speakers are known.

    Quotations of two different speakers match only when the shorter one is long (CROSS_SPEAKER_WORDS)
    and at least CROSS_SPEAKER_SHARE of the longer one, so that words given to another speaker are
    found but a stock phrase ("to serve as President of the United States") does not join two people."""
    if item.speaker_id is None or other.speaker_id is None or item.speaker_id == other.speaker_id:
        return True
    if item.quoted and other.quoted:
        shorter, longer = sorted((len(words_of(item.text)), len(words_of(other.text))))
        return shorter >= CROSS_SPEAKER_WORDS and shorter >= CROSS_SPEAKER_SHARE * longer
    return False


def _candidates(conn, keys: AbstractSet[int]) -> tuple[list[_Item], dict[int, list[tuple[int, int | None]]]]:
    """The MAX_CANDIDATES items sharing most LSH buckets with `keys` (ties to the oldest), and each bucket's rows.

    A version of the same words shares most of its buckets; an unrelated text that only shares
    common words shares one or two. Keeping the best few bounds the checks each new attribution
    needs, and passing over full buckets (FULL_BUCKET) the rows each lookup reads. The rows are
    (quotation id, trail id) per bucket."""
    holders: dict[int, list[tuple[int, int | None]]] = {}
    keys_list = list(keys)
    for start in range(0, len(keys_list), _CHUNK):
        chunk = keys_list[start:start + _CHUNK]
        for bucket, quotation_id, trail_id in conn.execute(
                f"SELECT b.bucket, b.quotation_id, t.trail_id FROM trail_buckets b "
                f"JOIN trail_items t ON t.quotation_id = b.quotation_id WHERE b.bucket IN ({_marks(chunk)})", chunk):
            holders.setdefault(bucket, []).append((quotation_id, trail_id))
    shared = Counter(q for rows in holders.values() if len(rows) < FULL_BUCKET for q, _ in rows)
    items: list[_Item] = []
    ordered = sorted(sorted(shared, key=lambda q: (-shared[q], q))[:MAX_CANDIDATES])
    for start in range(0, len(ordered), _CHUNK):
        chunk = ordered[start:start + _CHUNK]
        items.extend(_Item(*row) for row in conn.execute(
            f"SELECT t.quotation_id, t.kind, t.text, t.trail_id, q.speaker_id, a.date FROM trail_items t "
            f"JOIN quotations q ON q.id = t.quotation_id JOIN articles a ON a.id = t.article_id "
            f"WHERE t.quotation_id IN ({_marks(chunk)})", chunk))
    return items, holders


def _keys_to_keep(keys: AbstractSet[int], holders, trail_id: int | None) -> list[int]:
    """The buckets a new item goes into: those not full, and not holding its trail already."""
    held = {key: rows for key, rows in holders.items()
            if len(rows) >= FULL_BUCKET or any(trail == trail_id for _, trail in rows if trail is not None)}
    return [key for key in keys if key not in held]


def _next_trail(conn) -> int:
    # The database picks the id: SQLite the next after the largest, PostgreSQL from a sequence that
    # concurrent writers share.
    return conn.execute("INSERT INTO trails (size, articles, outlets) VALUES (0, 0, 0) RETURNING id").fetchone()[0]


def _refresh(conn, trail_ids: Iterable[int]) -> None:
    """Recount the trails an article touched."""
    for trail_id in trail_ids:
        size, articles, outlets = conn.execute(
            "SELECT COUNT(*), COUNT(DISTINCT t.article_id), COUNT(DISTINCT COALESCE(lower(a.outlet), '')) "
            "FROM trail_items t JOIN articles a ON a.id = t.article_id WHERE t.trail_id = ?", (trail_id,)).fetchone()
        first = conn.execute(
            "SELECT t.quotation_id, a.date FROM trail_items t JOIN articles a ON a.id = t.article_id "
            "WHERE t.trail_id = ? ORDER BY a.date IS NULL, a.date, a.id, t.quotation_id LIMIT 1", (trail_id,)).fetchone()
        conn.execute("UPDATE trails SET size = ?, articles = ?, outlets = ?, first_quotation_id = ?, first_date = ? "
                     "WHERE id = ?", (size, articles, outlets, first[0], first[1], trail_id))


def rebuild(conn) -> dict[str, int]:
    """Regroup every stored attribution, articles in date order (inside the caller's transaction)."""
    ensure_tables(conn)
    if _is_sqlite(conn):
        for table in ("trail_items", "trail_buckets", "trails"):
            conn.execute(f"DELETE FROM {table}")
    else:  # and trail ids start from 1 again, as SQLite's do
        conn.execute("TRUNCATE trail_items, trail_buckets, trails RESTART IDENTITY")
    rows = conn.execute("SELECT a.id, n.json FROM articles a JOIN analyses n ON n.article_id = a.id "
                        "ORDER BY a.date IS NULL, a.date, a.id")
    for article_id, document in rows.fetchall():
        add_article(conn, article_id, unpacked(document))
    return summary(conn)


def summary(conn) -> dict[str, int]:
    if not has_tables(conn):
        return {"items": 0, "trails": 0, "multi_article": 0, "multi_outlet": 0}
    items = conn.execute("SELECT COUNT(*) FROM trail_items").fetchone()[0]
    trails, multi_article, multi_outlet = conn.execute(
        "SELECT COUNT(*), COUNT(CASE WHEN articles >= 2 THEN 1 END), COUNT(CASE WHEN outlets >= 2 THEN 1 END) "
        "FROM trails").fetchone()
    return {"items": items, "trails": trails, "multi_article": multi_article, "multi_outlet": multi_outlet}


def _marks(values) -> str:
    return ", ".join("?" for _ in values)


# -- reading ---------------------------------------------------------------------------------

_MEMBER_COLUMNS = """q.id, q.article_id, q.attribution, q.kind, a.date, a.outlet, a.title, a.url, q.speaker_id, s.name,
    CASE WHEN s.named THEN 1 ELSE 0 END, q.source, q.cue, t.text, q.paragraph"""


def members(conn, trail_id: int) -> list[Member]:
    rows = conn.execute(
        f"SELECT {_MEMBER_COLUMNS} FROM trail_items t JOIN quotations q ON q.id = t.quotation_id "
        f"JOIN articles a ON a.id = q.article_id LEFT JOIN speakers s ON s.id = q.speaker_id "
        f"WHERE t.trail_id = ?", (trail_id,)).fetchall()
    return [Member(row[0], row[1], row[2], row[3], row[4], row[5], row[6], row[7], row[8], row[9], bool(row[10]),
                   row[11], row[12], row[13], row[14]) for row in rows]


def trail(conn, trail_id: int) -> Trail | None:
    if not has_tables(conn):
        return None
    found = members(conn, trail_id)
    return build_trail(trail_id, found) if found else None


def trail_ids(conn, *, speaker_ids: list[int] | None = None, text: str | None = None,
              min_outlets: int = 1, min_size: int = 2, limit: int | None = 50,
              offset: int = 0) -> tuple[list[int], int]:
    """Trail ids, largest first (most outlets, then members, then earliest), and how many match in all.

    `speaker_ids` keeps trails with a member attributed to one of them; `text` those holding a
    quotation or paraphrase that matches the text as a member would (or contains it word for word).
    """
    if not has_tables(conn):
        return [], 0
    where, params = ["t.size >= ?", "t.outlets >= ?"], [min_size, min_outlets]
    if speaker_ids is not None:
        where.append(f"t.id IN (SELECT i.trail_id FROM trail_items i JOIN quotations q ON q.id = i.quotation_id "
                     f"WHERE q.speaker_id IN ({_marks(speaker_ids) or 'NULL'}))")
        params.extend(speaker_ids)
    if text is not None:
        ids = matching_trails(conn, text)
        where.append(f"t.id IN ({_marks(ids) or 'NULL'})")
        params.extend(ids)
    clause = " AND ".join(where)
    total = conn.execute(f"SELECT COUNT(*) FROM trails t WHERE {clause}", params).fetchone()[0]
    page = "" if limit is None else f"LIMIT {int(limit)} OFFSET {int(offset)}"
    rows = conn.execute(f"SELECT t.id FROM trails t WHERE {clause} "
                        f"ORDER BY t.outlets DESC, t.size DESC, t.first_date IS NULL, t.first_date, t.id {page}",
                        params).fetchall()
    return [row[0] for row in rows], total


def matching_trails(conn, text: str) -> list[int]:
    """Trails with a member the text matches: as a quotation would, or contained in it word for word.

    Candidates come from the LSH buckets and, for a few words that sign poorly, from the store's
    full-text index (the words as one phrase)."""
    words = words_of(text)
    found = set()
    for candidate in _candidates(conn, band_keys(content_words(words)))[0] + _phrase_candidates(conn, text):
        if candidate.trail_id is None:
            continue
        other = words_of(candidate.text)
        if matches("direct", words, candidate.kind, other) or _contains(other, words):
            found.add(candidate.trail_id)
    return sorted(found)


def _phrase_candidates(conn, text: str, limit: int = 1000) -> list[_Item]:
    terms = re.findall(r"[^\W_]+", text)
    if not terms:
        return []
    if not _is_sqlite(conn):
        return [_Item(*row) for row in conn.execute(
            "SELECT t.quotation_id, t.kind, t.text, t.trail_id, q.speaker_id FROM quotations q "
            "JOIN trail_items t ON t.quotation_id = q.id "
            f"WHERE q.search @@ phraseto_tsquery('{SEARCH_CONFIG}', ?) LIMIT {int(limit)}", (" ".join(terms),))]
    phrase = '"' + " ".join(terms) + '"'
    try:
        return [_Item(*row) for row in conn.execute(
            f"SELECT t.quotation_id, t.kind, t.text, t.trail_id, q.speaker_id FROM {sqlite_newest.TABLE} f "
            f"JOIN trail_items t ON t.quotation_id = f.rowid & {sqlite_newest.ID_MASK} "
            f"JOIN quotations q ON q.id = t.quotation_id WHERE {sqlite_newest.TABLE} MATCH ? "
            f"ORDER BY t.quotation_id LIMIT {int(limit)}", (phrase,))]  # the first by id, as when the rowid was the id
    except sqlite3.OperationalError:  # a store without the full-text index
        return []


def _contains(longer: Words, shorter: Words) -> bool:
    if not shorter.words:
        return False
    joined = " " + " ".join(longer.words) + " "
    return " " + " ".join(shorter.words) + " " in joined


def trail_page(conn, *, speaker_ids: list[int] | None = None, text: str | None = None,
               min_outlets: int = 1, min_size: int = 2, limit: int | None = 50, offset: int = 0) -> Page[TrailRow]:
    ids, total = trail_ids(conn, speaker_ids=speaker_ids, text=text, min_outlets=min_outlets, min_size=min_size,
                           limit=limit, offset=offset)
    rows = [trail_row(found) for found in (trail(conn, trail_id) for trail_id in ids) if found is not None]
    return Page(rows, total, limit, offset)


def export_rows(conn) -> Iterator[dict[str, Any]]:
    """Every member of every trail of two or more, one flat row each, trail by trail (`saywho export`)."""
    if not has_tables(conn):
        return
    ids = [row[0] for row in conn.execute("SELECT id FROM trails WHERE size >= 2 ORDER BY id")]
    for trail_id in ids:
        found = trail(conn, trail_id)
        if found is not None:
            for position, member in enumerate(found.members, 1):
                yield {**member_row(found, member), "position": position}
