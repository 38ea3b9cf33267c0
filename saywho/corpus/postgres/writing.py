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
from collections import Counter, defaultdict
from typing import TYPE_CHECKING, Any

from saywho.corpus import trail_index
from saywho.corpus.derive import ArticleRecord, derive
from saywho.corpus.identity import (
    NOT_PEOPLE,
    SINGLE,
    MentionRow,
    NameKey,
    description_key,
    resolve,
    single_target,
)
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
                      "resolved_by", "naming", "source_kind", "role_kind", "gender", "negated")
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
        speaker_of = self._provisional_speakers(fresh)
        mention_ids = self._new_ids("mentions", sum(len(d.mentions) for _, d in fresh))
        mentions, quotations, sources, labels = [], [], [], []
        aliases: Counter = Counter()
        for article_id, d in fresh:
            own = [(mention_ids.pop(), speaker_of[(article_id, index)]) for index in range(len(d.mentions))]
            for (mention_id, speaker_id), m in zip(own, d.mentions, strict=True):
                k = m.key
                mentions.append((mention_id, article_id, m.name, m.type, m.named, m.anonymous, m.speaks, m.cited,
                                 k.form, k.key, k.surname, k.acronym, k.exact, json.dumps(m.local),
                                 json.dumps(m.forms, ensure_ascii=False), speaker_id))
                aliases.update((speaker_id, alias) for alias in dict.fromkeys([m.name, *m.forms]))
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

    def _provisional_speakers(self, fresh: list[tuple[int, ArticleRecord]]) -> dict[tuple[int, int], int]:
        """The identity each new mention joins now; `resolve_identities` may regroup it later."""
        wanted: dict[str, tuple] = {}
        target_of: dict[tuple[int, int], str] = {}
        cache: dict[tuple, tuple[Counter, int]] = {}
        for article_id, d in fresh:
            for index, m in enumerate(d.mentions):
                target = self._target(m.key, m.local, m.type, cache)
                display = next((n for k, n in m.local if k == target), m.name) if target != m.key.key else m.name
                wanted.setdefault(target, (display, "PERSON" if target.startswith("p:") else m.type, m.named,
                                           m.anonymous, None if m.named else article_id))
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
        """A bare surname or acronym joins the full name that dominates it in the store, as in SQLite."""
        if key.form != SINGLE:
            return key.key
        people = type not in NOT_PEOPLE
        found = cache.get((key.surname, key.acronym, people))
        if found is None:
            clause = "(form = 'full' AND surname = %s) OR " if people else ""
            rows = self.conn.execute(
                f"SELECT key, COUNT(*) FROM names WHERE {clause}(form = 'other' AND acronym = %s) GROUP BY key",
                (key.surname, key.acronym) if people else (key.acronym,)).fetchall()
            # The new articles' own mentions are not written yet, so none needs leaving out here.
            bare = (self.conn.execute(
                "SELECT COUNT(DISTINCT article_id) FROM mentions WHERE form = 'single' AND surname = %s AND "
                "(speaks OR cited)", (key.surname,)).fetchone() or (0,))[0] + 1
            found = cache[(key.surname, key.acronym, people)] = (Counter(dict(rows)), bare)
        return single_target(key, tuple(tuple(p) for p in local), found[0], found[1])

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
        """Every name, every time (`full` or not): one pass over the store, under the identity lock."""
        result = self._retrying(self._resolve)
        # The planner's statistics, fresh after a bulk load rather than whenever autovacuum next looks.
        self.conn.execute(f"ANALYZE {', '.join(_ANALYSED)}")
        return result

    def _resolve(self) -> dict[str, int]:
        c = self.conn
        c.execute("SELECT pg_advisory_xact_lock(%s)", (IDENTITY_LOCK,))
        mentions, current, anonymous = [], {}, set()
        for (mid, article_id, name, type, named, anon, speaks, cited, form, key, surname, acronym, exact, local,
             speaker_id) in c.execute(
                "SELECT id, article_id, name, type, named, anonymous, speaks, cited, form, key, surname, acronym, "
                "exact, local, speaker_id FROM mentions ORDER BY id"):
            mentions.append(MentionRow(
                id=mid, article_id=article_id, name=name, type=type, named=named,
                key=NameKey(form, key, surname, acronym, exact),
                local=tuple(tuple(p) for p in json.loads(local)), counts=speaks or cited))
            current[mid] = speaker_id
            if anon:
                anonymous.add(mid)
        names = [(article_id, NameKey(form, key, surname, acronym, exact), name)
                 for article_id, form, key, surname, acronym, exact, name in c.execute(
                     "SELECT article_id, form, key, surname, acronym, exact, name FROM names")]
        identities = resolve(mentions, names)
        own_key = {m.id: m.key.key for m in mentions}
        merged = sum(1 for i in identities.values() for mid in i.mentions if own_key[mid] != i.key)
        ids = self._write_identities(identities, anonymous)
        target = {mid: ids[key] for key, ident in identities.items() for mid in ident.mentions}
        changed = [(mid, sid) for mid, sid in target.items() if current.get(mid) != sid]
        if changed:
            c.execute("CREATE TEMP TABLE moved (mention_id BIGINT PRIMARY KEY, speaker_id BIGINT) ON COMMIT DROP")
            self._copy("moved", ("mention_id", "speaker_id"), changed)
            c.execute("UPDATE mentions m SET speaker_id = x.speaker_id FROM moved x WHERE m.id = x.mention_id")
            for table in ("quotations", "sources", "labels"):
                c.execute(f"UPDATE {table} t SET speaker_id = x.speaker_id FROM moved x "
                          f"WHERE t.mention_id = x.mention_id")
        c.execute("DELETE FROM aliases")
        c.execute(
            "INSERT INTO aliases (speaker_id, alias, articles) "
            "SELECT speaker_id, alias, COUNT(DISTINCT article_id) FROM ("
            "  SELECT m.speaker_id, m.article_id, m.name AS alias FROM mentions m"
            "  UNION ALL SELECT m.speaker_id, m.article_id, f.value FROM mentions m, "
            "  jsonb_array_elements_text(m.forms::jsonb) f(value)"
            ") x GROUP BY speaker_id, alias")
        self._record_moves(current, target)
        c.execute("DELETE FROM speakers s WHERE NOT EXISTS (SELECT 1 FROM mentions m WHERE m.speaker_id = s.id)")
        return {"identities": len(identities), "merged": merged, "changed": len(changed)}

    def _write_identities(self, identities: dict, anonymous: set[int]) -> dict[str, int]:
        """Each identity's speaker id: existing rows updated where something changed, new ones inserted."""
        existing = {row[0]: row[1:] for row in self.conn.execute(
            "SELECT key, id, name, type, named, anonymous, article_id FROM speakers")}
        updates, inserts = [], []
        for key in sorted(identities):
            ident = identities[key]
            values = (ident.name, ident.type, ident.named, any(m in anonymous for m in ident.mentions),
                      ident.article_id)
            if key not in existing:
                inserts.append((key, *values))
            elif tuple(existing[key][1:]) != values:
                updates.append((*values, existing[key][0]))
        if updates:
            with self.conn.cursor() as cursor:
                cursor.executemany("UPDATE speakers SET name = %s, type = %s, named = %s, anonymous = %s, "
                                   "article_id = %s WHERE id = %s", updates)
        ids = {key: row[0] for key, row in existing.items()}
        if inserts:
            columns = [list(column) for column in zip(*inserts, strict=True)]
            ids.update(self.conn.execute(
                "INSERT INTO speakers (key, name, type, named, anonymous, article_id) "
                "SELECT * FROM unnest(%s::text[], %s::text[], %s::text[], %s::boolean[], %s::boolean[], "
                "%s::bigint[]) ORDER BY 1 RETURNING key, id", columns).fetchall())
        return ids

    def _record_moves(self, before: dict[int, int | None], after: dict[int, int]) -> None:
        """Each speaker that loses all its mentions moved to where most of them went."""
        live = set(after.values())
        went: dict[int, Counter] = defaultdict(Counter)
        for mention, old in before.items():
            if old is not None and old not in live and mention in after:
                went[old][after[mention]] += 1
        for old, targets in sorted(went.items()):
            new = targets.most_common(1)[0][0]
            self.conn.execute("UPDATE speaker_moves SET new_id = %s WHERE new_id = %s", (new, old))  # chains
            self.conn.execute("INSERT INTO speaker_moves (old_id, new_id) VALUES (%s, %s) "
                              "ON CONFLICT (old_id) DO UPDATE SET new_id = EXCLUDED.new_id", (old, new))


def _ids(own: list[tuple[int, int]], index: int | None) -> tuple[int | None, int | None]:
    return (None, None) if index is None else own[index]


def _quotation(article_id: int, d: ArticleRecord, q, own) -> tuple:
    named = q.mention is not None and d.mentions[q.mention].named
    mention_id, speaker_id = _ids(own, q.mention)
    return (article_id, q.attribution, q.kind, mention_id, speaker_id, q.speaker_name, named, q.anonymous, q.source,
            q.cue, q.content, q.paragraph, q.start, q.spans, q.role, q.affiliation, q.resolved_by, q.naming,
            q.source_kind, q.role_kind, q.gender, q.negated)


def _source(article_id: int, d: ArticleRecord, s, own) -> tuple:
    named = s.mention is not None and d.mentions[s.mention].named
    mention_id, speaker_id = _ids(own, s.mention)
    return (article_id, mention_id, speaker_id, s.name, description_key(s.name), s.type, named, s.anonymous, s.how,
            s.count, s.spans, s.attributions)
