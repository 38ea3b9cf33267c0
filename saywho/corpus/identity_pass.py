"""The identity pass: settle who each new name is, touching only what new articles change.

`saywho.corpus.identity` says how names group into identities; this module applies
it to a store incrementally and mostly in SQL, so that the pass after an ingest of
1,000 articles costs the same in a store of 1,000 or 1,000,000.

What can change when articles are added:

* A full name or organisation keeps its own key: it never moves.
* A bare word its article explains (the article names one Clinton in full) goes to
  that name, fixed when the article is stored.
* A bare word its article does not explain goes where the corpus counts say
  (`single_target`): those counts live in `name_counts` and `bare_counts`, kept up to
  date as each article is written, and they change only for the words ("clinton",
  "fbi") that new articles use. So the pass re-resolves those words alone: the
  target of each (word, initials, place-or-person) group is recomputed and compared
  with the one `single_targets` recorded at the last pass; where it moved, every
  mention of the group is checked, otherwise only the new articles' mentions.
* Display name, type and anonymity are recomputed for the identities that gained or
  lost a mention, from running counts of their names and types (saywho.corpus.identity_counts,
  which the pass keeps), and rows are written only where a value changed.
* Unnamed speakers ("a senior official") belong to their article and are never
  merged: their identity is written with the article and the pass leaves them alone.

The SQL is plain (qmark parameters, ON CONFLICT upserts, flags read through CASE) and runs
on SQLite and on PostgreSQL (through saywho.corpus.postgres.trails.TrailConnection);
`speaker_id_for` and `record_moves` are the only writes outside the mentions' own tables,
which the caller (the store) owns.
"""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from dataclasses import dataclass

from saywho.corpus import identity_counts, name_tops
from saywho.corpus.identity import NOT_PEOPLE, SINGLE, NameKey, dominant, single_target

_NOT_PEOPLE = "(" + ", ".join(f"'{t}'" for t in sorted(NOT_PEOPLE)) + ")"
_GROUPS = [(acronym, not_people) for acronym in (True, False) for not_people in (0, 1)]
_CHUNK = 500  # values in one IN list (SQLite's bound parameters are limited)


@dataclass
class Change:
    mention: int
    old: int | None
    new: int
    own_key: str
    key: str
    article: int


def candidates(conn, word: str, acronym: str | None, not_people: bool) -> Counter:
    """The full names (and organisations with these initials) a bare word could stand for, by articles."""
    found: Counter = Counter()
    if not not_people:
        found.update(dict(conn.execute(
            "SELECT key, articles FROM name_counts WHERE form = 'full' AND surname = ?", (word,)).fetchall()))
    if acronym:
        found.update(dict(conn.execute(
            "SELECT key, articles FROM name_counts WHERE form = 'other' AND acronym = ?", (acronym,)).fetchall()))
    return found


def bare_articles(conn, word: str) -> int:
    row = conn.execute("SELECT articles FROM bare_counts WHERE surname = ?", (word,)).fetchone()
    return row[0] if row else 0


def corpus_target(conn, key: NameKey, type: str) -> str:
    """Where a bare word its article does not explain goes now, by the running counts."""
    return single_target(key, (), candidates(conn, key.surname or "", key.acronym, type in NOT_PEOPLE),
                         bare_articles(conn, key.surname or ""))


def count_article_names(conn, names: list[NameKey], bare_words: set[str]) -> None:
    """Add one new article to the running counts: the full names it gives, the bare words it uses."""
    conn.executemany(
        "INSERT INTO name_counts (key, form, surname, acronym, articles) VALUES (?, ?, ?, ?, 1) "
        "ON CONFLICT (key) DO UPDATE SET articles = articles + 1",
        [(k.key, k.form, k.surname, k.acronym) for k in names])
    conn.executemany(
        "INSERT INTO bare_counts (surname, articles) VALUES (?, 1) ON CONFLICT (surname) DO UPDATE "
        "SET articles = articles + 1", [(w,) for w in sorted(bare_words)])


class IdentityPass:
    """One pass over the articles stored since the last one (all of them when `full`)."""

    def __init__(self, conn, speaker_id_for, *, full: bool = False, keeps_stats: bool = True,
                 mentions: str = "mentions m"):
        self.conn = conn
        self.mentions = mentions  # how the back end reads mentions by article (identity_counts)
        self.keeps_stats = keeps_stats  # whether the store keeps speaker_stats (SQLite's page aggregates)
        self.speaker_id_for = speaker_id_for  # key -> the id of that identity, made if new
        self.after = 0 if full else conn.execute("SELECT resolved_to FROM identity_state").fetchone()[0]
        self.last = conn.execute("SELECT COALESCE(MAX(id), 0) FROM articles").fetchone()[0]
        self.changes: list[Change] = []

    def run(self) -> list[Change]:
        if self.last > self.after:
            if not self.after:
                identity_counts.clear(self.conn)  # a full pass (or the first) counts every article
            self._retarget(self._touched_words())
            moved = sorted({c.article for c in self.changes if c.article <= self.after})
            identity_counts.change_articles(self.conn, moved, -1, self.mentions, _CHUNK)
            self._apply()
            identity_counts.change_articles(self.conn, moved, 1, self.mentions, _CHUNK)
            identity_counts.add_new(self.conn, self.after, self.mentions)
            identity_counts.forget_empty(self.conn, sorted({c.old for c in self.changes if c.old is not None}), _CHUNK)
            self._refresh(self._touched_speakers())
        self.conn.execute("UPDATE identity_state SET resolved_to = ?", (self.last,))
        return self.changes

    def _touched_words(self) -> list[str]:
        rows = self.conn.execute(
            "SELECT surname FROM mentions WHERE article_id > ? AND form = 'single' "
            "UNION SELECT surname FROM names WHERE article_id > ? AND form = 'full' "
            "UNION SELECT acronym FROM names WHERE article_id > ? AND acronym IS NOT NULL",
            (self.after, self.after, self.after)).fetchall()
        return sorted(word for (word,) in rows if word)

    def _retarget(self, words: list[str]) -> None:
        """Point each bare word its article does not explain at the identity the counts now give it.

        The counts, targets and mentions of all the words are read a few hundred words a query, since a
        round trip to a database server costs more than the query (PostgreSQL); the words are then
        settled one by one, in order."""
        name_tops.update(self.conn, self.after, self._rows)
        tops = name_tops.read(self.conn, words, self._rows)
        bare = dict(self._rows("SELECT surname, articles FROM bare_counts WHERE surname IN ({})", words))
        stored: dict[str, dict] = defaultdict(dict)
        for word, acronym, not_people, key in self._rows(
                "SELECT surname, acronym, not_people, key FROM single_targets WHERE surname IN ({})", words):
            stored[word][(acronym, not_people)] = key
        targets = {word: self._targets(word, tops, bare.get(word, 0)) for word in words}
        moved = [word for word in words if stored[word] != targets[word]]
        rows: dict[str, list] = defaultdict(list)
        for since, chosen in ((0, moved), (self.after, [w for w in words if stored[w] == targets[w]])):
            for row in self._rows(
                    f"SELECT m.surname, m.id, m.speaker_id, COALESCE(m.acronym, ''), m.type IN {_NOT_PEOPLE}, m.key, "
                    f"s.key, m.article_id FROM mentions m LEFT JOIN speakers s ON s.id = m.speaker_id WHERE m.form = 'single' "
                    f"AND m.surname IN ({{}}) AND m.article_id > ? AND m.local = '[]'", chosen, (since,)):
                rows[row[0]].append(row[1:])
        settled = []
        for word in words:
            for mention, old, acronym, not_people, own_key, current, article in sorted(rows[word]):
                wanted = targets[word][(acronym, int(not_people))]
                if current != wanted:
                    self.changes.append(Change(mention, old, self.speaker_id_for(wanted), own_key, wanted, article))
            if (rows[word] or stored[word]) and stored[word] != targets[word]:
                settled += [(word, a, n, k) for (a, n), k in targets[word].items()]
        self.conn.executemany(
            "INSERT INTO single_targets (surname, acronym, not_people, key) VALUES (?, ?, ?, ?) "
            "ON CONFLICT (surname, acronym, not_people) DO UPDATE SET key = excluded.key", settled)

    @staticmethod
    def _targets(word: str, tops: dict[tuple[str, str], tuple[int, str, int]], bare: int) -> dict[tuple[str, int], str]:
        """Where the bare word goes, by whether its mention has these initials and is not a person: as
        `single_target` over its candidates, from their tops (name_tops): full names with that surname unless
        the mention is not a person, organisations with those initials if it has them."""
        targets = {}
        for has_acronym, not_people in _GROUPS:
            forms = ([] if not_people else ["full"]) + (["other"] if has_acronym else [])
            found = [tops[(word, form)] for form in forms if (word, form) in tops]
            key = NameKey(SINGLE, "s:" + word, surname=word, acronym=word if has_acronym else None)
            count, best = min(((-top_count, top) for _, top, top_count in found), default=(0, key.key))
            targets[(word if has_acronym else "", not_people)] = dominant(
                key, best, -count, sum(articles for articles, _, _ in found), bare)
        return targets

    def _rows(self, sql: str, values: list, params: tuple = ()) -> list[tuple]:
        """The rows of `sql` (its IN list written `{}`) for every value, _CHUNK values a query."""
        found = []
        for start in range(0, len(values), _CHUNK):
            chunk = values[start:start + _CHUNK]
            found += self.conn.execute(sql.format(", ".join("?" for _ in chunk)), (*chunk, *params)).fetchall()
        return found

    def _apply(self) -> None:
        pairs = [(c.new, c.mention) for c in self.changes]
        if pairs:
            self.conn.executemany("UPDATE mentions SET speaker_id = ? WHERE id = ?", pairs)
            for table in ("quotations", "sources", "labels"):
                self.conn.executemany(f"UPDATE {table} SET speaker_id = ? WHERE mention_id = ?", pairs)

    def _touched_speakers(self) -> list[int]:
        """Identities that gained or lost a mention, or whose full name a new article gives."""
        ids = {c.new for c in self.changes} | {c.old for c in self.changes if c.old is not None}
        # No DISTINCT nor test of speaker_id in SQL: either makes SQLite read the speaker index whole, in order.
        ids.update(r[0] for r in self.conn.execute(
            "SELECT speaker_id FROM mentions WHERE article_id > ? AND named", (self.after,)) if r[0] is not None)
        ids.update(r[0] for r in self.conn.execute(
            "SELECT s.id FROM speakers s WHERE s.key IN (SELECT key FROM names WHERE article_id > ?)", (self.after,)))
        return sorted(ids)

    def _refresh(self, speaker_ids: list[int]) -> None:
        """Recompute these identities' display names, types and anonymity; write them only where they changed."""
        speakers = {row[0]: row[1:] for row in self._rows(
            "SELECT id, key, name, type, anonymous FROM speakers WHERE id IN ({}) AND named", speaker_ids)}
        ids = sorted(speakers)
        types: defaultdict[int, list] = defaultdict(list)
        for speaker_id, *row in self._rows(
                "SELECT speaker_id, type, mentions, CASE WHEN anonymous > 0 THEN 1 ELSE 0 END FROM speaker_types "
                "WHERE speaker_id IN ({})", ids):
            types[speaker_id].append(row)
        names = self._names(speakers)
        changed = []
        for speaker_id in ids:
            if not types[speaker_id]:
                continue  # no mention left: the store deletes it and records where it went
            key, name, type, anonymous = speakers[speaker_id]
            wanted = (self._display_name(speaker_id, key, names[speaker_id]),
                      majority_type(key, {t: n for t, n, _ in types[speaker_id]}),
                      any(a for _, _, a in types[speaker_id]))
            if wanted != (name, type, bool(anonymous)):
                changed.append((*wanted, speaker_id))
        self.conn.executemany("UPDATE speakers SET name = ?, type = ?, anonymous = ? WHERE id = ?", changed)
        if self.keeps_stats:
            self.conn.executemany("UPDATE speaker_stats SET name = ? WHERE speaker_id = ?",
                                  [(name, speaker_id) for name, _, _, speaker_id in changed])

    def _names(self, speakers: dict[int, tuple]) -> defaultdict[int, list]:
        """Each identity's names: (name, articles, of its own key, exact), from the running counts; from the
        articles that name it in full where only bare words stand for it."""
        names: defaultdict[int, list] = defaultdict(list)
        for speaker_id, *row in self._rows(
                "SELECT speaker_id, name, articles, CASE WHEN own > 0 THEN 1 ELSE 0 END, "
                "CASE WHEN exact > 0 THEN 1 ELSE 0 END FROM speaker_names WHERE speaker_id IN ({})", sorted(speakers)):
            names[speaker_id].append(tuple(row))
        bare = {speakers[i][0]: i for i in speakers if not any(own for _, _, own, _ in names[i])}
        in_full: defaultdict[int, list] = defaultdict(list)
        for key, *row in self._rows(
                "SELECT key, name, COUNT(DISTINCT article_id), 1, MAX(CASE WHEN exact THEN 1 ELSE 0 END) FROM names "
                "WHERE key IN ({}) GROUP BY key, name", sorted(bare)):
            in_full[bare[key]].append(tuple(row))
        names.update(in_full)
        return names

    def _display_name(self, speaker_id: int, key: str, names: list[tuple]) -> str:
        """The form most articles use, preferring names of the identity's own key, and plain ones among those."""
        if not any(own for _, _, own, _ in names):
            local = sorted(n for (text,) in self.conn.execute(
                "SELECT local FROM mentions WHERE speaker_id = ?", (speaker_id,)) for k, n in json.loads(text)
                if k == key)
            if local:
                return local[0]
        return min(names, key=lambda r: (not r[2], not r[3], -r[1], len(r[0]), r[0]))[0]


def majority_type(key: str, counts: dict[str, int]) -> str:
    """A person's key says PERSON; otherwise the type most mentions have (PERSON wins ties)."""
    if key.startswith("p:"):
        return "PERSON"
    counts = {t: n for t, n in counts.items() if t and t != "UNKNOWN"}
    if not counts:
        return "UNKNOWN"
    return min(counts.items(), key=lambda item: (-item[1], item[0] != "PERSON", item[0]))[0]


def moves(changes: list[Change], alive) -> dict[int, int]:
    """Each identity that lost all its mentions, and the one most of them went to."""
    went: dict[int, Counter] = defaultdict(Counter)
    for change in changes:
        if change.old is not None and change.old != change.new:
            went[change.old][change.new] += 1
    return {old: targets.most_common(1)[0][0] for old, targets in went.items() if not alive(old)}
