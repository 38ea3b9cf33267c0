"""Writing to the PostgreSQL store: batches of articles with COPY, and the identity pass.

A batch is one transaction: its new articles are inserted with ON CONFLICT DO
NOTHING on the unique text hash, so writers on several machines may offer the
same article and it is stored once; their rows then go in with COPY. Writers
hold the identity lock shared and the identity pass holds it exclusively, so the
pass never regroups names under an article half written. Rows that several
writers may touch (speakers, aliases) are written in key order, so two writers
wait for each other rather than deadlock; a deadlock or serialization failure
all the same retries the whole batch.
"""

from __future__ import annotations

import json
from collections import Counter
from typing import TYPE_CHECKING, Any

from saywho.corpus import trail_index
from saywho.corpus.derive import ArticleRecord, derive
from saywho.corpus.identity import (
    FULL,
    NOT_PEOPLE,
    OTHER,
    SINGLE,
    UNNAMED,
    MentionRow,
    NameKey,
    description_key,
    display_name,
    single_target,
)
from saywho.corpus.identity_pass import IdentityPass, corpus_target, majority_type, moves
from saywho.corpus.postgres import counts
from saywho.corpus.postgres.schema import IDENTITY_LOCK
from saywho.corpus.postgres.trails import TrailConnection
from saywho.corpus.store import AddResult, StoreError, StoreFull
from saywho.document import Analysis

if TYPE_CHECKING:
    from psycopg import Connection

RETRIES = 5
_ANALYSED = ("articles", "speakers", "mentions", "names", "aliases", "quotations", "sources", "labels")

_ARTICLE_COLUMNS = ("hash", "url", "outlet", "date", "title", "author", "origin", "words", "quotations")
_MENTION_COLUMNS = ("id", "article_id", "name", "type", "named", "anonymous", "speaks", "cited", "form", "key",
                    "surname", "acronym", "exact", "local", "forms", "speaker_id")
_QUOTATION_COLUMNS = ("article_id", "attribution", "kind", "mention_id", "speaker_id", "speaker_name", "named",
                      "anonymous", "source", "cue", "content", "paragraph", "start", "spans", "role", "affiliation",
                      "resolved_by", "naming", "source_kind", "role_kind", "gender", "negated", "date")
_SOURCE_COLUMNS = ("article_id", "mention_id", "speaker_id", "name", "description", "type", "named", "anonymous",
                   "how", "count", "spans", "attributions")
_LABEL_COLUMNS = ("article_id", "text", "word", "category", "target", "mention_id", "speaker_id", "paragraph",
                  "start", "spans")


class Writing:
    """The writing half of PostgresStore (`self.conn`, `self.read_only`, `self.name` come from it)."""

    conn: Connection[Any]
    read_only: bool
    name: str
    follows_trails: bool

    def add(self, analysis: Analysis | dict[str, Any], hash: str | None = None) -> AddResult:
        return self.add_many([derive(analysis.to_dict() if isinstance(analysis, Analysis) else analysis, hash)])[0]

    def add_many(self, records: list[ArticleRecord]) -> list[AddResult]:
        """Store derived records in one transaction, all or none; one AddResult each, in order."""
        return self._retrying(lambda: self._write(records))

    def _retrying(self, work):
        from psycopg import errors

        self._check_writable()
        for attempt in range(RETRIES):
            try:
                with self.conn.transaction():
                    return work()
            except (errors.DeadlockDetected, errors.SerializationFailure):
                if attempt == RETRIES - 1:
                    raise
            except errors.DiskFull:
                raise StoreFull(f"{self.name}: the PostgreSQL server's disk is full") from None
            except errors.ReadOnlySqlTransaction:
                raise StoreError(f"{self.name}: is opened read-only; it cannot be written") from None

    def _check_writable(self) -> None:
        if self.read_only:
            raise StoreError(f"{self.name}: is opened read-only; it cannot be written")

    def _write(self, batch: list[ArticleRecord]) -> list[AddResult]:
        c = self.conn
        c.execute("SELECT pg_advisory_xact_lock_shared(%s)", (IDENTITY_LOCK,))
        first: dict[str, ArticleRecord] = {}
        for d in batch:
            first.setdefault(d.hash, d)  # the first of equal texts is stored, as one add after another would
        offered = list(first.values())
        ids = self._insert_articles(offered)
        fresh = [(ids[d.hash], d) for d in offered if d.hash in ids]
        found = dict(c.execute("SELECT hash, id FROM articles WHERE hash = ANY(%s)",
                               ([d.hash for d in batch if d.hash not in ids],)).fetchall())
        if fresh:
            self._insert_rows(fresh)
        results, seen = [], set()
        for d in batch:
            added = d.hash in ids and d.hash not in seen
            seen.add(d.hash)
            results.append(AddResult(ids[d.hash] if d.hash in ids else found[d.hash], d.hash, added))
        if self.follows_trails:
            trail_index.add_records(TrailConnection(c), batch, results)
        return results

    def _insert_articles(self, batch: list[ArticleRecord]) -> dict[str, int]:
        """The id of each article that is new; the others are left alone (ON CONFLICT DO NOTHING)."""
        rows = [(d.hash, *(d.article.get(f) for f in _ARTICLE_COLUMNS[1:-1]), len(d.quotations)) for d in batch]
        marks = ", ".join(["(" + ", ".join(["%s"] * len(_ARTICLE_COLUMNS)) + ")"] * len(rows))
        inserted = self.conn.execute(
            f"INSERT INTO articles ({', '.join(_ARTICLE_COLUMNS)}) VALUES {marks} "
            f"ON CONFLICT (hash) DO NOTHING RETURNING hash, id", [v for row in rows for v in row]).fetchall()
        return dict(inserted)

    def _insert_rows(self, fresh: list[tuple[int, ArticleRecord]]) -> None:
        self._copy("analyses", ("article_id", "json"), [(article_id, d.json) for article_id, d in fresh])
        self._copy("names", ("article_id", "form", "key", "surname", "acronym", "exact", "name"),
                   [(article_id, k.form, k.key, k.surname, k.acronym, k.exact, name)
                    for article_id, d in fresh for name, k in d.names])
        self._count_names([d for _, d in fresh])
        speaker_of = self._provisional_speakers(fresh)
        mention_ids = self._new_ids("mentions", sum(len(d.mentions) for _, d in fresh))
        mentions, quotations, sources, labels = [], [], [], []
        aliases: Counter = Counter()
        for article_id, d in fresh:
            own = [(mention_ids.pop(), speaker_of[(article_id, index)]) for index in range(len(d.mentions))]
            named_here: set[tuple[int, str]] = set()  # an alias counts the articles using it, as SQLite's does
            for (mention_id, speaker_id), m in zip(own, d.mentions, strict=True):
                k = m.key
                mentions.append((mention_id, article_id, m.name, m.type, m.named, m.anonymous, m.speaks, m.cited,
                                 k.form, k.key, k.surname, k.acronym, k.exact, json.dumps(m.local),
                                 json.dumps(m.forms, ensure_ascii=False), speaker_id))
                named_here.update((speaker_id, alias) for alias in [m.name, *m.forms])
            aliases.update(named_here)
            quotations += [_quotation(article_id, d, q, own) for q in d.quotations]
            sources += [_source(article_id, d, s, own) for s in d.sources]
            labels += [(article_id, lb.text, lb.word, lb.category, lb.target, *_ids(own, lb.mention), lb.paragraph,
                        lb.start, lb.spans) for lb in d.labels]
        self._copy("mentions", _MENTION_COLUMNS, mentions)
        if aliases:
            keys = sorted(aliases)
            self.conn.execute(
                "INSERT INTO aliases (speaker_id, alias, articles) "
                "SELECT * FROM unnest(%s::bigint[], %s::text[], %s::integer[]) ORDER BY 1, 2 "
                "ON CONFLICT (speaker_id, alias) DO UPDATE SET articles = aliases.articles + EXCLUDED.articles",
                ([s for s, _ in keys], [a for _, a in keys], [aliases[k] for k in keys]))
        self._copy("quotations", _QUOTATION_COLUMNS, quotations)
        self._copy("sources", _SOURCE_COLUMNS, sources)
        self._copy("labels", _LABEL_COLUMNS, labels)
        counts.count_articles(self.conn, [article_id for article_id, _ in fresh])

    def _provisional_speakers(self, fresh: list[tuple[int, ArticleRecord]]) -> dict[tuple[int, int], int]:
        """The identity each new mention joins now; `resolve_identities` may regroup it later."""
        wanted: dict[str, tuple] = {}
        target_of: dict[tuple[int, int], str] = {}
        cache: dict[tuple, str] = {}
        for article_id, d in fresh:
            wanted.update(_unnamed_speakers(article_id, d))
            for index, m in enumerate(d.mentions):
                if m.key.form == UNNAMED:
                    target_of[(article_id, index)] = m.key.key
                    continue
                target = self._target(m.key, m.local, m.type, cache)
                display = next((n for k, n in m.local if k == target), m.name) if target != m.key.key else m.name
                wanted.setdefault(target, (display, "PERSON" if target.startswith("p:") else m.type, True,
                                           m.anonymous, None))
                target_of[(article_id, index)] = target
        keys = sorted(wanted)
        if keys:
            columns = list(zip(*(wanted[k] for k in keys), strict=True))
            self.conn.execute(
                "INSERT INTO speakers (key, name, type, named, anonymous, article_id) "
                "SELECT * FROM unnest(%s::text[], %s::text[], %s::text[], %s::boolean[], %s::boolean[], "
                "%s::bigint[]) ORDER BY 1 ON CONFLICT (key) DO NOTHING", (keys, *map(list, columns)))
        ids = dict(self.conn.execute("SELECT key, id FROM speakers WHERE key = ANY(%s)", (keys,)).fetchall())
        return {place: ids[target] for place, target in target_of.items()}

    def _target(self, key: NameKey, local, type: str, cache: dict) -> str:
        """A bare surname or acronym joins the full name that dominates it in the running counts, as in SQLite."""
        if key.form != SINGLE:
            return key.key
        if local:
            return single_target(key, tuple(tuple(p) for p in local), Counter())
        place = (key.surname, key.acronym, type in NOT_PEOPLE)
        if place not in cache:
            cache[place] = corpus_target(TrailConnection(self.conn), key, type)
        return cache[place]

    def _count_names(self, batch: list[ArticleRecord]) -> None:
        """Add the batch's articles to the running counts: the full names each gives, the bare words each uses.

        Rows go in key order, so that two writers counting the same names wait for each other, never deadlock."""
        named: Counter = Counter()
        forms: dict[str, NameKey] = {}
        bare: Counter = Counter()
        for d in batch:
            for _, k in d.names:
                if k.form == FULL or (k.form == OTHER and k.acronym):
                    named[k.key] += 1
                    forms[k.key] = k
            bare.update({m.key.surname for m in d.mentions
                         if m.key.form == SINGLE and m.key.surname and (m.speaks or m.cited)})
        if named:
            keys = sorted(named)
            self.conn.execute(
                "INSERT INTO name_counts (key, form, surname, acronym, articles) "
                "SELECT * FROM unnest(%s::text[], %s::text[], %s::text[], %s::text[], %s::integer[]) ORDER BY 1 "
                "ON CONFLICT (key) DO UPDATE SET articles = name_counts.articles + EXCLUDED.articles",
                (keys, [forms[k].form for k in keys], [forms[k].surname for k in keys],
                 [forms[k].acronym for k in keys], [named[k] for k in keys]))
        if bare:
            words = sorted(bare)
            self.conn.execute(
                "INSERT INTO bare_counts (surname, articles) SELECT * FROM unnest(%s::text[], %s::integer[]) "
                "ORDER BY 1 ON CONFLICT (surname) DO UPDATE SET articles = bare_counts.articles + EXCLUDED.articles",
                (words, [bare[w] for w in words]))

    def _new_ids(self, table: str, count: int) -> list[int]:
        """`count` fresh ids of `table`, last first (so pop() hands them out in order)."""
        if not count:
            return []
        rows = self.conn.execute(f"SELECT nextval(pg_get_serial_sequence('{table}', 'id')) "
                                 f"FROM generate_series(1, %s)", (count,)).fetchall()
        return sorted((r[0] for r in rows), reverse=True)

    def _copy(self, table: str, columns: tuple[str, ...], rows: list[tuple]) -> None:
        if not rows:
            return
        with self.conn.cursor() as cursor, cursor.copy(f"COPY {table} ({', '.join(columns)}) FROM STDIN") as copy:
            for row in rows:
                copy.write_row(row)

    # -- identities ---------------------------------------------------------------------------

    def resolve_identities(self, *, full: bool = False) -> dict[str, int]:
        """The identity pass over the articles stored since the last one (every article when `full`).

        Set-based, under the identity lock (saywho/corpus/identity_pass.py): only the bare words the new
        articles touch are re-resolved, and only rows whose identity changes are written."""
        new = self._count("SELECT COUNT(*) FROM articles WHERE id > (SELECT resolved_to FROM identity_state)")
        result = self._retrying(lambda: self._resolve(full))
        if full or 10 * new >= self._count("SELECT COUNT(*) FROM articles"):
            # The planner's statistics, fresh after a bulk load (a tenth of the store new, autovacuum's own
            # threshold) rather than whenever autovacuum next looks; after a small ingest they are left to it,
            # as ANALYZE samples every table and would cost more than the pass.
            self.conn.execute(f"ANALYZE {', '.join(_ANALYSED)}")
        return result

    def _resolve(self, full: bool) -> dict[str, int]:
        c = self.conn
        c.execute("SELECT pg_advisory_xact_lock(%s)", (IDENTITY_LOCK,))
        changes = IdentityPass(TrailConnection(c), self._speaker_id, full=full).run()
        self._record_moves(moves(changes, self._alive))
        regrouped = sorted({ch.new for ch in changes} | {ch.old for ch in changes if ch.old is not None})
        if regrouped:
            c.execute("DELETE FROM aliases WHERE speaker_id = ANY(%s)", (regrouped,))
            c.execute(
                "INSERT INTO aliases (speaker_id, alias, articles) "
                "SELECT speaker_id, alias, COUNT(DISTINCT article_id) FROM ("
                "  SELECT m.speaker_id, m.article_id, m.name AS alias FROM mentions m WHERE m.speaker_id = ANY(%s)"
                "  UNION ALL SELECT m.speaker_id, m.article_id, f.value FROM mentions m, "
                "  jsonb_array_elements_text(m.forms::jsonb) f(value) WHERE m.speaker_id = ANY(%s)"
                ") x GROUP BY speaker_id, alias ORDER BY 1, 2", (regrouped, regrouped))
            counts.refresh_speakers(c, regrouped)
            c.execute("DELETE FROM speakers s WHERE s.id = ANY(%s) "
                      "AND NOT EXISTS (SELECT 1 FROM mentions m WHERE m.speaker_id = s.id)", (regrouped,))
        identities = self._count("SELECT COUNT(*) FROM speakers")
        return {"identities": identities, "merged": sum(ch.key != ch.own_key for ch in changes),
                "changed": len(changes)}

    def _speaker_id(self, key: str) -> int:
        """The id of the identity `key`, made now if it is new (its name and type the pass then sets)."""
        row = self.conn.execute("SELECT id FROM speakers WHERE key = %s", (key,)).fetchone()
        if row:
            return row[0]
        made = self.conn.execute(
            "INSERT INTO speakers (key, name, type, named, anonymous) VALUES (%s, %s, %s, true, false) RETURNING id",
            (key, key.partition(":")[2], "PERSON" if key.startswith("p:") else "UNKNOWN")).fetchone()
        assert made is not None  # INSERT … RETURNING gives its row
        return made[0]

    def _count(self, sql: str) -> int:
        row = self.conn.execute(sql).fetchone()
        return int(row[0]) if row else 0

    def _alive(self, speaker_id: int) -> bool:
        return self.conn.execute("SELECT 1 FROM mentions WHERE speaker_id = %s LIMIT 1",
                                 (speaker_id,)).fetchone() is not None

    def _record_moves(self, went: dict[int, int]) -> None:
        """Each speaker that lost all its mentions moved to where most of them went."""
        for old, new in sorted(went.items()):
            self.conn.execute("UPDATE speaker_moves SET new_id = %s WHERE new_id = %s", (new, old))  # chains
            self.conn.execute("INSERT INTO speaker_moves (old_id, new_id) VALUES (%s, %s) "
                              "ON CONFLICT (old_id) DO UPDATE SET new_id = EXCLUDED.new_id", (old, new))


def _unnamed_speakers(article_id: int, d: ArticleRecord) -> dict[str, tuple]:
    """The article's unnamed speakers ("a senior official"), final when written: the pass never regroups them.

    Named as SQLite's writer names them: the form the article's mentions use most, the type most have."""
    groups: dict[str, list[MentionRow]] = {}
    for index, m in enumerate(d.mentions):
        if m.key.form == UNNAMED:
            groups.setdefault(m.key.key, []).append(MentionRow(index, article_id, m.name, m.type, False, m.key))
    return {key: (display_name(key, group), majority_type(key, Counter(g.type for g in group)), False,
                  any(d.mentions[g.id].anonymous for g in group), article_id) for key, group in groups.items()}


def _ids(own: list[tuple[int, int]], index: int | None) -> tuple[int | None, int | None]:
    return (None, None) if index is None else own[index]


def _quotation(article_id: int, d: ArticleRecord, q, own) -> tuple:
    named = q.mention is not None and d.mentions[q.mention].named
    mention_id, speaker_id = _ids(own, q.mention)
    return (article_id, q.attribution, q.kind, mention_id, speaker_id, q.speaker_name, named, q.anonymous, q.source,
            q.cue, q.content, q.paragraph, q.start, q.spans, q.role, q.affiliation, q.resolved_by, q.naming,
            q.source_kind, q.role_kind, q.gender, q.negated, d.article.get("date"))


def _source(article_id: int, d: ArticleRecord, s, own) -> tuple:
    named = s.mention is not None and d.mentions[s.mention].named
    mention_id, speaker_id = _ids(own, s.mention)
    return (article_id, mention_id, speaker_id, s.name, description_key(s.name), s.type, named, s.anonymous, s.how,
            s.count, s.spans, s.attributions)
