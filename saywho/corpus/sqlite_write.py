"""Writing articles into the SQLite store: rows made elsewhere (`derive`, in the workers), inserted here.

`insert_batch` stores a batch of `Derived` records in the caller's transaction: the
rows of each article, a provisional identity for each of its names (indexed lookups
in the running counts, see saywho.corpus.identity_pass), then one set-based update
of the counts and aggregates for the whole batch. Its cost per article does not
grow with the store.
"""

from __future__ import annotations

import json
import sqlite3
from collections import defaultdict
from datetime import datetime, timezone

from saywho.corpus import sqlite_counts
from saywho.corpus.derive import Derived, MentionRow
from saywho.corpus.identity import FULL, OTHER, SINGLE, UNNAMED, Mention, description_key, display_name
from saywho.corpus.identity_pass import corpus_target, count_article_names, majority_type
from saywho.corpus.store import AddResult


def insert_batch(conn: sqlite3.Connection, records: list[Derived]) -> list[AddResult]:
    """Store each record not stored yet (by text hash, also within the batch); one result per record."""
    after = conn.execute("SELECT COALESCE(MAX(id), 0) FROM articles").fetchone()[0]
    results = []
    for record in records:
        row = conn.execute("SELECT id FROM articles WHERE hash = ?", (record.hash,)).fetchone()
        if row:
            results.append(AddResult(row[0], record.hash, False))
        else:
            results.append(AddResult(_insert(conn, record), record.hash, True))
    if any(r.added for r in results):
        sqlite_counts.count_articles(conn, after)
        sqlite_counts.count_speakers(conn, after)
    return results


def _insert(conn: sqlite3.Connection, d: Derived) -> int:
    a = d.article
    article_id = conn.execute(
        "INSERT INTO articles (hash, url, outlet, date, title, author, origin, quotations, added) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (d.hash, a["url"], a["outlet"], a["date"], a["title"], a["author"], a["origin"], len(d.quotations),
         datetime.now(timezone.utc).isoformat(timespec="seconds")),
    ).lastrowid
    conn.execute("INSERT INTO analyses (article_id, json) VALUES (?, ?)", (article_id, d.json))
    conn.executemany("INSERT INTO names (article_id, form, key, surname, acronym, exact, name) "
                     "VALUES (?, ?, ?, ?, ?, ?, ?)",
                     [(article_id, k.form, k.key, k.surname, k.acronym, k.exact, name) for name, k in d.names])
    count_article_names(conn, [k for _, k in d.names if k.form == FULL or (k.form == OTHER and k.acronym)],
                        {m.key.surname for m in d.mentions if m.key.form == SINGLE and (m.speaks or m.cited)})
    speaker_ids = _speakers(conn, d.mentions, article_id)
    mention_ids = []
    for m, speaker_id in zip(d.mentions, speaker_ids, strict=True):
        k = m.key
        mention_ids.append(conn.execute(
            "INSERT INTO mentions (article_id, name, type, named, anonymous, speaks, cited, form, key, surname, "
            "acronym, exact, local, forms, speaker_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (article_id, m.name, m.type, m.named, m.anonymous, m.speaks, m.cited, k.form, k.key, k.surname,
             k.acronym, k.exact, json.dumps(m.local), json.dumps(m.forms, ensure_ascii=False), speaker_id),
        ).lastrowid)

    def ids(index: int | None) -> tuple[int | None, int | None]:
        return (None, None) if index is None else (mention_ids[index], speaker_ids[index])

    for q in d.quotations:
        mention_id, speaker_id = ids(q.mention)
        named = q.mention is not None and d.mentions[q.mention].named
        quote_id = conn.execute(
            "INSERT INTO quotations (article_id, attribution, kind, mention_id, speaker_id, speaker_name, named, "
            "anonymous, source, cue, content, paragraph, start, spans, role, affiliation, resolved_by, "
            "naming, source_kind, role_kind, gender, date) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (article_id, q.attribution, q.kind, mention_id, speaker_id, q.speaker_name, named, q.anonymous,
             q.source, q.cue, q.content, q.paragraph, q.start, q.spans, q.role, q.affiliation, q.resolved_by,
             q.naming, q.source_kind, q.role_kind, q.gender, a["date"]),
        ).lastrowid
        conn.execute("INSERT INTO quotations_fts (rowid, content) VALUES (?, ?)", (quote_id, q.content))
    sources = []
    for s in d.sources:
        mention_id, speaker_id = ids(s.mention)
        named = s.mention is not None and d.mentions[s.mention].named
        sources.append((article_id, mention_id, speaker_id, s.name, description_key(s.name), s.type, named,
                        s.anonymous, s.how, s.count, s.spans, s.attributions))
    conn.executemany(
        "INSERT INTO sources (article_id, mention_id, speaker_id, name, description, type, named, anonymous, "
        "how, count, spans, attributions) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", sources)
    conn.executemany(
        "INSERT INTO labels (article_id, text, word, category, target, mention_id, speaker_id, paragraph, "
        "start, spans) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [(article_id, label.text, label.word, label.category, label.target, *ids(label.mention), label.paragraph,
          label.start, label.spans) for label in d.labels])
    return article_id


def _speakers(conn: sqlite3.Connection, mentions: list[MentionRow], article_id: int) -> list[int]:
    """Each mention's identity now: its own key, the article's full name for a bare word, or the corpus's.

    The identity pass may regroup bare words when later articles change the counts; an unnamed
    description's identity (one per article) is final here."""
    unnamed: dict[str, list[Mention]] = defaultdict(list)
    for index, m in enumerate(mentions):
        if m.key.form == UNNAMED:
            unnamed[m.key.key].append(Mention(index, article_id, m.name, m.type, False, m.key))
    ids = []
    for m in mentions:
        key = m.key
        if key.form == UNNAMED:
            group = unnamed[key.key]
            types = defaultdict(int)
            for mention in group:
                types[mention.type] += 1
            anonymous = any(mentions[g.id].anonymous for g in group)
            ids.append(speaker_id(conn, key.key, display_name(key.key, group), majority_type(key.key, types),
                                  False, anonymous, article_id))
            continue
        target = key.key
        if key.form == SINGLE:
            if len(m.local) == 1:
                target = m.local[0][0]
            elif not m.local:
                target = corpus_target(conn, key, m.type)
        display = next((n for k, n in m.local if k == target), m.name) if target != key.key else m.name
        ids.append(speaker_id(conn, target, display, "PERSON" if target.startswith("p:") else m.type, True,
                              m.anonymous, None))
    return ids


def speaker_id(conn: sqlite3.Connection, key: str, name: str = "", type: str = "UNKNOWN", named: bool = True,
               anonymous: bool = False, article_id: int | None = None) -> int:
    """The id of the identity `key`, made now if it is new; an id once given out is never given again."""
    row = conn.execute("SELECT id FROM speakers WHERE key = ?", (key,)).fetchone()
    if row:
        return row[0]
    new = 1 + max(conn.execute("SELECT COALESCE(MAX(id), 0) FROM speakers").fetchone()[0],
                  conn.execute("SELECT COALESCE(MAX(old_id), 0) FROM speaker_moves").fetchone()[0])
    conn.execute("INSERT INTO speakers (id, key, name, type, named, anonymous, article_id) VALUES (?, ?, ?, ?, ?, ?, ?)",
                 (new, key, name or key.partition(":")[2], "PERSON" if key.startswith("p:") else type, named,
                  anonymous, article_id))
    return new
