"""Counts the SQLite store keeps up to date as articles come in, so that reading them costs the same at any size.

Two kinds:

* running counts for identity resolution (`name_counts`, `bare_counts`): how many
  articles name each full name, and use each bare word for a speaker;
* aggregates for the pages: per speaker (`speaker_stats`, `speaker_outlets`,
  `speaker_months`, `speaker_labels`), per outlet (`outlet_stats`, `outlet_labels`)
  and for the whole corpus (`totals`).

Each is added to with one set-based statement per batch of new articles
(`count_articles`, `count_speakers`); the speaker aggregates of identities the
identity pass regroups are rebuilt from the rows (`refresh_speakers`). All of it runs
inside the caller's transaction, so the counts never disagree with the rows.
A NULL outlet or label category is kept as '' in these tables (a key cannot be NULL).
"""

from __future__ import annotations

import sqlite3

from saywho.document import KINDS

KIND_COLUMNS = tuple("k_" + kind.replace("-", "_") for kind in KINDS)
_KIND_SUMS = ", ".join(f"SUM(q.kind = '{kind}')" for kind in KINDS)
_KIND_NAMES = ", ".join(KIND_COLUMNS)
_KIND_ADD = ", ".join(f"{c} = {c} + excluded.{c}" for c in KIND_COLUMNS)
TOTALS = ("articles", "quotations", "anonymous_quotations", "labels", "sources")
REFRESH = "temp.refresh_speakers"  # the ids `refresh_speakers` rebuilds


def count_articles(conn: sqlite3.Connection, after: int) -> None:
    """Add the articles with an id above `after` to the counts that do not depend on identities."""
    a = "a.id > ?"
    conn.execute(
        "INSERT INTO outlet_stats (outlet, articles, quotations, first_date, last_date) "
        f"SELECT COALESCE(a.outlet, ''), COUNT(*), SUM(a.quotations), MIN(a.date), MAX(a.date) FROM articles a "
        f"WHERE {a} GROUP BY 1 "
        "ON CONFLICT (outlet) DO UPDATE SET articles = articles + excluded.articles, "
        "quotations = quotations + excluded.quotations, "
        "first_date = COALESCE(MIN(first_date, excluded.first_date), first_date, excluded.first_date), "
        "last_date = COALESCE(MAX(last_date, excluded.last_date), last_date, excluded.last_date)", (after,))
    conn.execute(
        f"INSERT INTO outlet_stats (outlet, anonymous, named, {_KIND_NAMES}) "
        f"SELECT COALESCE(a.outlet, ''), SUM(q.anonymous), SUM(q.named), {_KIND_SUMS} "
        f"FROM quotations q JOIN articles a ON a.id = q.article_id WHERE q.article_id > ? GROUP BY 1 "
        f"ON CONFLICT (outlet) DO UPDATE SET anonymous = anonymous + excluded.anonymous, "
        f"named = named + excluded.named, {_KIND_ADD}", (after,))
    conn.execute(
        "INSERT INTO outlet_labels (outlet, category, word, count, articles) "
        "SELECT COALESCE(a.outlet, ''), COALESCE(l.category, ''), COALESCE(l.word, l.text), COUNT(*), "
        "COUNT(DISTINCT l.article_id) FROM labels l JOIN articles a ON a.id = l.article_id "
        "WHERE l.article_id > ? GROUP BY 1, 2, 3 "
        "ON CONFLICT DO UPDATE SET count = count + excluded.count, articles = articles + excluded.articles", (after,))
    conn.execute(
        "INSERT INTO outlet_sources (outlet, description, type, citations, articles) "
        "SELECT COALESCE(a.outlet, ''), x.description, MIN(x.type), SUM(x.count), COUNT(DISTINCT x.article_id) "
        "FROM sources x JOIN articles a ON a.id = x.article_id WHERE x.article_id > ? AND x.anonymous GROUP BY 1, 2 "
        "ON CONFLICT DO UPDATE SET type = MIN(type, excluded.type), citations = citations + excluded.citations, "
        "articles = articles + excluded.articles", (after,))
    conn.execute(
        "INSERT INTO outlet_source_how (outlet, description, how, n) "
        "SELECT COALESCE(a.outlet, ''), x.description, h.value, COUNT(*) FROM sources x "
        "JOIN articles a ON a.id = x.article_id, json_each(x.how) h WHERE x.article_id > ? AND x.anonymous "
        "GROUP BY 1, 2, 3 ON CONFLICT DO UPDATE SET n = n + excluded.n", (after,))
    added = {
        "articles": "SELECT COUNT(*) FROM articles WHERE id > ?",
        "quotations": "SELECT COUNT(*) FROM quotations WHERE article_id > ?",
        "anonymous_quotations": "SELECT COUNT(*) FROM quotations WHERE article_id > ? AND anonymous",
        "labels": "SELECT COUNT(*) FROM labels WHERE article_id > ?",
        "sources": "SELECT COUNT(*) FROM sources WHERE article_id > ?",
    }
    for name, sql in added.items():
        conn.execute("INSERT INTO totals (name, value) VALUES (?, (" + sql + ")) "
                     "ON CONFLICT (name) DO UPDATE SET value = value + excluded.value", (name, after))


def count_words(conn: sqlite3.Connection, after: int) -> None:
    """Add the words of the articles above `after` to their outlets' (schema version 7).

    Apart from `count_articles`, which the version 4 migration runs before this column exists."""
    conn.execute(
        "INSERT INTO outlet_stats (outlet, words) SELECT COALESCE(outlet, ''), COALESCE(SUM(words), 0) FROM articles "
        "WHERE id > ? GROUP BY 1 ON CONFLICT (outlet) DO UPDATE SET words = words + excluded.words", (after,))


def count_names(conn: sqlite3.Connection, after: int) -> None:
    """Add the names of the articles above `after` to the running counts identity resolution reads.

    The writer keeps these up to date article by article (a new article's bare words are resolved
    against them at once); this is for a store that had none, when it is upgraded."""
    conn.execute(
        "INSERT INTO name_counts (key, form, surname, acronym, articles) "
        "SELECT key, MIN(form), MIN(surname), MIN(acronym), COUNT(*) FROM names "
        "WHERE article_id > ? AND (form = 'full' OR (form = 'other' AND acronym IS NOT NULL)) GROUP BY key "
        "ON CONFLICT (key) DO UPDATE SET articles = articles + excluded.articles", (after,))
    conn.execute(
        "INSERT INTO bare_counts (surname, articles) "
        "SELECT surname, COUNT(DISTINCT article_id) FROM mentions "
        "WHERE article_id > ? AND form = 'single' AND (speaks OR cited) GROUP BY surname "
        "ON CONFLICT (surname) DO UPDATE SET articles = articles + excluded.articles", (after,))


def count_speakers(conn: sqlite3.Connection, after: int) -> None:
    """Add the quotations, labels and names of the articles above `after` to their speakers' aggregates."""
    _add_named_speakers(conn, conn.execute(
        "SELECT COUNT(DISTINCT q.speaker_id) FROM quotations q INDEXED BY quotations_paragraph "
        "JOIN speakers s ON s.id = q.speaker_id WHERE q.article_id > ? AND s.named "
        "AND NOT EXISTS (SELECT 1 FROM speaker_stats t WHERE t.speaker_id = q.speaker_id)", (after,)).fetchone()[0])
    _speaker_aggregates(conn, "q.article_id > ?", (after,), "l.article_id > ?", "l.article_id > ?", (after, after),
                        add=True, by_article=True)
    _aliases(conn, "m.article_id > ?", (after,), add=True)


def refresh_speakers(conn: sqlite3.Connection, ids: list[int] | None) -> None:
    """Rebuild the aggregates and aliases of these speakers (None: of every speaker) from their rows."""
    if ids is None:
        for table in ("speaker_stats", "speaker_outlets", "speaker_months", "speaker_labels", "aliases"):
            conn.execute(f"DELETE FROM {table}")
        _speaker_aggregates(conn, "1", (), "1", "1", (), add=False)
        _aliases(conn, "1", (), add=False)
        return
    conn.execute(f"CREATE TEMP TABLE IF NOT EXISTS {REFRESH.split('.')[1]} (id INTEGER PRIMARY KEY)")
    conn.execute(f"DELETE FROM {REFRESH}")
    conn.executemany(f"INSERT OR IGNORE INTO {REFRESH} VALUES (?)", [(i,) for i in ids])
    chosen = f"IN (SELECT id FROM {REFRESH})"
    named_rows = f"SELECT COUNT(*) FROM speaker_stats WHERE speaker_id {chosen} AND named = 1"
    before = conn.execute(named_rows).fetchone()[0]
    for table in ("speaker_stats", "speaker_outlets", "speaker_months", "speaker_labels", "aliases"):
        conn.execute(f"DELETE FROM {table} WHERE speaker_id {chosen}")
    _speaker_aggregates(conn, f"q.speaker_id {chosen}", (), f"l.speaker_id {chosen}", f"q.speaker_id {chosen}", (),
                        add=False)
    _aliases(conn, f"m.speaker_id {chosen}", (), add=False)
    _add_named_speakers(conn, conn.execute(named_rows).fetchone()[0] - before)


# totals' count of the named speakers with quotations (rows of speaker_stats), which the speaker list and the
# corpus's counts read rather than counting the rows (issue 16: /api/speakers at 500,000 articles); a full
# `refresh_speakers` is followed by `count_named_speakers`.
COUNT_NAMED_SPEAKERS = ("INSERT OR REPLACE INTO totals (name, value) "
                        "SELECT 'speakers', COUNT(*) FROM speaker_stats WHERE named = 1")


def count_named_speakers(conn: sqlite3.Connection) -> None:
    conn.execute(COUNT_NAMED_SPEAKERS)


def _add_named_speakers(conn: sqlite3.Connection, added: int) -> None:
    if added:
        conn.execute("INSERT INTO totals (name, value) VALUES ('speakers', ?) "
                     "ON CONFLICT (name) DO UPDATE SET value = value + excluded.value", (added,))


def _speaker_aggregates(conn: sqlite3.Connection, quotes: str, params: tuple, labels_aimed: str,
                        labels_near: str, label_params: tuple, *, add: bool, by_article: bool = False) -> None:
    """Per speaker, per speaker and outlet, per speaker and month, labels near each speaker.

    `quotes` chooses the quotations counted; `labels_aimed` the labels aimed at a speaker and
    `labels_near` (on the quotation or the label) those in a paragraph that quotes one.
    `by_article`: `quotes` is a range of new articles. SQLite would otherwise read the
    speaker index whole to save sorting the groups, a cost that grows with the store.
    """
    q = "quotations q INDEXED BY quotations_paragraph" if by_article else "quotations q"
    add_up = lambda columns: (
        "ON CONFLICT DO UPDATE SET " + ", ".join(f"{c} = {c} + excluded.{c}" for c in columns) if add else "")
    conn.execute(
        f"INSERT INTO speaker_stats (speaker_id, named, name, quotes, articles, {_KIND_NAMES}) "
        f"SELECT q.speaker_id, s.named, s.name, COUNT(*), COUNT(DISTINCT q.article_id), {_KIND_SUMS} "
        f"FROM {q} JOIN speakers s ON s.id = q.speaker_id WHERE {quotes} GROUP BY q.speaker_id "
        f"{add_up(('quotes', 'articles', *KIND_COLUMNS))}", params)
    conn.execute(
        f"INSERT INTO speaker_outlets (speaker_id, outlet, named, quotes, articles, {_KIND_NAMES}) "
        f"SELECT q.speaker_id, COALESCE(a.outlet, ''), MIN(s.named), COUNT(*), COUNT(DISTINCT q.article_id), "
        f"{_KIND_SUMS} FROM {q} JOIN articles a ON a.id = q.article_id JOIN speakers s ON s.id = q.speaker_id "
        f"WHERE {quotes} GROUP BY 1, 2 {add_up(('quotes', 'articles', *KIND_COLUMNS))}", params)
    conn.execute(
        "UPDATE speaker_stats SET outlets = (SELECT COUNT(*) FROM speaker_outlets o "
        "WHERE o.speaker_id = speaker_stats.speaker_id AND o.outlet != '') "
        f"WHERE speaker_id IN (SELECT q.speaker_id FROM {q} WHERE {quotes})", params)
    conn.execute(
        "INSERT INTO speaker_months (speaker_id, month, quotes) "
        f"SELECT q.speaker_id, substr(q.date, 1, 7), COUNT(*) FROM {q} "
        f"WHERE q.speaker_id IS NOT NULL AND q.date IS NOT NULL AND {quotes} GROUP BY 1, 2 {add_up(('quotes',))}",
        params)
    near = (f"SELECT l.id AS label_id, l.speaker_id FROM labels l WHERE l.speaker_id IS NOT NULL AND {labels_aimed} "
            f"UNION SELECT l.id, q.speaker_id FROM labels l JOIN quotations q ON q.article_id = l.article_id "
            f"AND q.paragraph = l.paragraph WHERE q.speaker_id IS NOT NULL AND {labels_near}")
    conn.execute(
        "INSERT INTO speaker_labels (speaker_id, category, word, count, articles) "
        "SELECT n.speaker_id, COALESCE(l.category, ''), COALESCE(l.word, l.text), COUNT(*), "
        f"COUNT(DISTINCT l.article_id) FROM ({near}) n JOIN labels l ON l.id = n.label_id WHERE 1 GROUP BY 1, 2, 3 "
        f"{add_up(('count', 'articles'))}", label_params)


def _aliases(conn: sqlite3.Connection, mentions: str, params: tuple, *, add: bool) -> None:
    """Each name and entity form of a speaker's mentions, with the number of articles that use it."""
    conn.execute(
        "INSERT INTO aliases (speaker_id, alias, articles) "
        "SELECT speaker_id, alias, COUNT(DISTINCT article_id) FROM ("
        f"  SELECT m.speaker_id, m.article_id, m.name AS alias FROM mentions m WHERE {mentions}"
        f"  UNION ALL SELECT m.speaker_id, m.article_id, f.value FROM mentions m, json_each(m.forms) f WHERE {mentions}"
        ") WHERE speaker_id IS NOT NULL GROUP BY speaker_id, alias "
        + ("ON CONFLICT (speaker_id, alias) DO UPDATE SET articles = articles + excluded.articles" if add else ""),
        params + params)
