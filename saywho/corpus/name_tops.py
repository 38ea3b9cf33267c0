"""Per bare word, the articles that name any of its candidates and the candidate most of them name.

Where a bare word goes (saywho.corpus.identity.single_target) depends on its candidates' counts only
through three numbers: the articles that name any full name with that surname (or any organisation with
those initials), the candidate named in most of them (ties: the first key) and its count. The identity
pass read every candidate's count from `name_counts` for each word new articles touch, which for a
common surname is every first name the corpus pairs with it, a number that grows with the store
(110,000 rows for 6,700 words at 100,000 synthetic articles). `name_tops` keeps the three numbers per
(word, form) instead, for the articles up to `identity_state.resolved_to`, and the pass brings them up
to date from the keys the new articles name: a key's count only grows, so the top is the old top or
one of those keys. form is 'full' (word: a surname) or 'other' (word: initials), as in `name_counts`.
"""

from __future__ import annotations

from collections import Counter, defaultdict

# The tops counted from the names of the articles `{where}` chooses (in `n`).
_COUNT = """INSERT INTO name_tops (word, form, articles, top_key, top_articles)
    WITH counted AS (
        SELECT c.form, CASE WHEN c.form = 'full' THEN c.surname ELSE c.acronym END AS word, c.key, COUNT(*) AS articles
        FROM names n JOIN name_counts c ON c.key = n.key
        WHERE {where} GROUP BY c.form, c.surname, c.acronym, c.key),
    totals AS (SELECT word, form, SUM(articles) AS articles, MAX(articles) AS top FROM counted GROUP BY word, form)
    SELECT t.word, t.form, t.articles, MIN(c.key), t.top FROM totals t
    JOIN counted c ON c.word = t.word AND c.form = t.form AND c.articles = t.top
    GROUP BY t.word, t.form, t.articles, t.top"""
# ... of the articles already through a pass (the migration that makes the table)
COUNT_RESOLVED = _COUNT.format(where="n.article_id <= (SELECT resolved_to FROM identity_state)")


def update(conn, after: int, rows) -> None:
    """Add the names of the articles stored after `after` to the tops (all of them, afresh, when `after` is 0).

    `rows(sql, values)` runs `sql` with its IN list (written `{}`) filled a few hundred values at a time. The new
    names are counted here, not by a GROUP BY, which SQLite would serve by reading the names' key index whole."""
    if not after:
        conn.execute("DELETE FROM name_tops")
        conn.execute(_COUNT.format(where="1 = 1"))
        return
    named = Counter(key for (key,) in conn.execute("SELECT key FROM names WHERE article_id > ?", (after,)))
    added: defaultdict[tuple[str, str], int] = defaultdict(int)
    candidates: defaultdict[tuple[str, str], dict[str, int]] = defaultdict(dict)
    for form, surname, acronym, key, articles in rows(
            "SELECT form, surname, acronym, key, articles FROM name_counts WHERE key IN ({})", sorted(named)):
        word = (surname if form == "full" else acronym, form)
        added[word] += named[key]
        candidates[word][key] = articles
    stored = read(conn, sorted({w for w, _ in added}), rows)
    old_tops = sorted({stored[w][1] for w in added if w in stored} - {k for c in candidates.values() for k in c})
    counts = dict(rows("SELECT key, articles FROM name_counts WHERE key IN ({})", old_tops))
    changed = []
    for word in sorted(added):
        total, top, _ = stored.get(word, (0, None, 0))
        if top is not None:
            candidates[word].setdefault(top, counts.get(top, 0))
        best, count = min(candidates[word].items(), key=lambda item: (-item[1], item[0]))
        changed.append((*word, total + added[word], best, count))
    conn.executemany(
        "INSERT INTO name_tops (word, form, articles, top_key, top_articles) VALUES (?, ?, ?, ?, ?) "
        "ON CONFLICT (word, form) DO UPDATE SET articles = excluded.articles, top_key = excluded.top_key, "
        "top_articles = excluded.top_articles", changed)


def read(conn, words: list[str], rows) -> dict[tuple[str, str], tuple[int, str, int]]:
    """(word, form) -> (articles naming a candidate, the top candidate, its articles), for these words."""
    return {(word, form): (articles, top, count) for word, form, articles, top, count in rows(
        "SELECT word, form, articles, top_key, top_articles FROM name_tops WHERE word IN ({})", words)}
