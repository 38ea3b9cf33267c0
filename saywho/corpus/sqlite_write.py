"""Writing articles into the SQLite store: rows made elsewhere (`derive`, in the workers), inserted here.

`insert_batch` stores a batch of `ArticleRecord` records in the caller's transaction: the
rows of each article, a provisional identity for each of its names (indexed lookups
in the running counts, see saywho.corpus.identity_pass), then one set-based update
of the counts and aggregates for the whole batch. Its cost per article does not
grow with the store.
"""

from __future__ import annotations

import json
import sqlite3
from collections import defaultdict
from datetime import UTC, datetime

from saywho.corpus import sqlite_counts, sqlite_newest
from saywho.corpus.derive import ArticleRecord, MentionRecord
from saywho.corpus.identity import FULL, OTHER, SINGLE, UNNAMED, MentionRow, display_name
from saywho.corpus.identity_pass import (
    corpus_target,
    count_article_names,
    majority_type,
)
from saywho.corpus.store import AddResult


def insert_batch(conn: sqlite3.Connection, records: list[ArticleRecord]) -> list[AddResult]:
    """Store each record not stored yet (by text hash, also within the batch); one result per record."""
    after = conn.execute("SELECT COALESCE(MAX(id), 0) FROM articles").fetchone()[0]
    ids = _NextIds(conn)
    results = []
    for record in records:
        row = conn.execute("SELECT id FROM articles WHERE hash = ?", (record.hash,)).fetchone()
        if row:
            results.append(AddResult(row[0], record.hash, False))
        else:
            results.append(AddResult(_insert(conn, record, ids), record.hash, True))
    if any(r.added for r in results):
        sqlite_newest.index_articles_after(conn, after)
        sqlite_counts.count_articles(conn, after)
        sqlite_counts.count_words(conn, after)
        sqlite_counts.count_speakers(conn, after)
    return results


class _NextIds:
    """Row ids given out here, so that a batch's rows go in with `executemany` (there is one writer)."""

    def __init__(self, conn: sqlite3.Connection):
        self.conn = conn
        self.next = {table: conn.execute(f"SELECT COALESCE(MAX(id), 0) + 1 FROM {table}").fetchone()[0]
                     for table in ("mentions", "quotations")}
        self.next["speakers"] = _first_free_speaker_id(conn)

    def take(self, table: str, count: int) -> list[int]:
        first = self.next[table]
        self.next[table] += count
        return list(range(first, first + count))


def _insert(conn: sqlite3.Connection, d: ArticleRecord, next_ids: _NextIds) -> int:
    a = d.article
    article_id = conn.execute(
        "INSERT INTO articles (hash, url, outlet, date, title, author, origin, quotations, added, words) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (d.hash, a["url"], a["outlet"], a["date"], a["title"], a["author"], a["origin"], len(d.quotations),
         datetime.now(UTC).isoformat(timespec="seconds"), a.get("words")),
    ).lastrowid
    if article_id is None:  # sqlite3 gives one after every INSERT
        raise sqlite3.DatabaseError("no row id for the new article")
    conn.execute("INSERT INTO analyses (article_id, json) VALUES (?, ?)", (article_id, d.packed))
    conn.executemany("INSERT INTO names (article_id, form, key, surname, acronym, exact, name) "
                     "VALUES (?, ?, ?, ?, ?, ?, ?)",
                     [(article_id, k.form, k.key, k.surname, k.acronym, k.exact, name) for name, k in d.names])
    count_article_names(conn, [k for _, k in d.names if k.form == FULL or (k.form == OTHER and k.acronym)],
                        {m.key.surname for m in d.mentions if m.key.form == SINGLE and m.key.surname and (m.speaks or m.cited)})
    speaker_ids = _speakers(conn, d.mentions, article_id, next_ids)
    mention_ids = next_ids.take("mentions", len(d.mentions))
    conn.executemany(
        "INSERT INTO mentions (id, article_id, name, type, named, anonymous, speaks, cited, form, key, surname, "
        "acronym, exact, local, forms, speaker_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [(mention_id, article_id, m.name, m.type, m.named, m.anonymous, m.speaks, m.cited, m.key.form, m.key.key,
          m.key.surname, m.key.acronym, m.key.exact, json.dumps(m.local), json.dumps(m.forms, ensure_ascii=False),
          speaker_id) for mention_id, m, speaker_id in zip(mention_ids, d.mentions, speaker_ids, strict=True)])

    def ids(index: int | None) -> tuple[int | None, int | None]:
        return (None, None) if index is None else (mention_ids[index], speaker_ids[index])

    def named(index: int | None) -> bool:
        return index is not None and d.mentions[index].named

    conn.executemany(
        "INSERT INTO quotations (id, article_id, attribution, kind, mention_id, speaker_id, speaker_name, named, "
        "anonymous, source, cue, content, paragraph, start, spans, role, affiliation, resolved_by, "
        "naming, source_kind, role_kind, gender, date, negated) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [(quote_id, article_id, q.attribution, q.kind, *ids(q.mention), q.speaker_name, named(q.mention), q.anonymous,
          q.source, q.cue, q.content, q.paragraph, q.start, q.spans, q.role, q.affiliation, q.resolved_by,
          q.naming, q.source_kind, q.role_kind, q.gender, a["date"], q.negated)
         for quote_id, q in zip(next_ids.take("quotations", len(d.quotations)), d.quotations, strict=True)])
    conn.executemany(
        "INSERT INTO sources (article_id, mention_id, speaker_id, name, description, type, named, anonymous, "
        "how, count, spans, attributions) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [(article_id, *ids(s.mention), s.name, s.description, s.type, named(s.mention), s.anonymous, s.how, s.count,
          s.spans, s.attributions) for s in d.sources])
    conn.executemany(
        "INSERT INTO labels (article_id, text, word, category, target, mention_id, speaker_id, paragraph, "
        "start, spans) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [(article_id, label.text, label.word, label.category, label.target, *ids(label.mention), label.paragraph,
          label.start, label.spans) for label in d.labels])
    return article_id


def _speakers(conn: sqlite3.Connection, mentions: list[MentionRecord], article_id: int,
              next_ids: _NextIds) -> list[int]:
    """Each mention's identity now: its own key, the article's full name for a bare word, or the corpus's.

    The identity pass may regroup bare words when later articles change the counts; an unnamed
    description's identity (one per article) is final here."""
    unnamed: dict[str, list[MentionRow]] = defaultdict(list)
    for index, m in enumerate(mentions):
        if m.key.form == UNNAMED:
            unnamed[m.key.key].append(MentionRow(index, article_id, m.name, m.type, False, m.key))
    ids = []
    for m in mentions:
        key = m.key
        if key.form == UNNAMED:
            group = unnamed[key.key]
            types: defaultdict[str, int] = defaultdict(int)
            for mention in group:
                types[mention.type] += 1
            anonymous = any(mentions[g.id].anonymous for g in group)
            ids.append(speaker_id(conn, key.key, display_name(key.key, group), majority_type(key.key, types),
                                  False, anonymous, article_id, next_ids))
            continue
        target = key.key
        if key.form == SINGLE:
            if len(m.local) == 1:
                target = m.local[0][0]
            elif not m.local:
                target = corpus_target(conn, key, m.type)
        display = next((n for k, n in m.local if k == target), m.name) if target != key.key else m.name
        ids.append(speaker_id(conn, target, display, "PERSON" if target.startswith("p:") else m.type, True,
                              m.anonymous, None, next_ids))
    return ids


def speaker_id(conn: sqlite3.Connection, key: str, name: str = "", type: str = "UNKNOWN", named: bool = True,
               anonymous: bool = False, article_id: int | None = None, next_ids: _NextIds | None = None) -> int:
    """The id of the identity `key`, made now if it is new; an id once given out is never given again.

    A batch's writer passes its `next_ids`, so that a new identity costs no reads of the highest ids."""
    row = conn.execute("SELECT id FROM speakers WHERE key = ?", (key,)).fetchone()
    if row:
        return row[0]
    new = next_ids.take("speakers", 1)[0] if next_ids else _first_free_speaker_id(conn)
    conn.execute("INSERT INTO speakers (id, key, name, type, named, anonymous, article_id) VALUES (?, ?, ?, ?, ?, ?, ?)",
                 (new, key, name or key.partition(":")[2], "PERSON" if key.startswith("p:") else type, named,
                  anonymous, article_id))
    return new


def _first_free_speaker_id(conn: sqlite3.Connection) -> int:
    """Above every identity's id and every id a merged identity had (speaker_moves keeps those)."""
    return 1 + max(conn.execute("SELECT COALESCE(MAX(id), 0) FROM speakers").fetchone()[0],
                   conn.execute("SELECT COALESCE(MAX(old_id), 0) FROM speaker_moves").fetchone()[0])
