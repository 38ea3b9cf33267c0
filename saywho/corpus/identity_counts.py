"""Running counts of each named identity's names and types, which its display name and type are read from.

An identity's display name is the name most of its articles use (saywho.corpus.identity.display_name)
and its type the one most of its mentions have; the identity pass recomputes both for every identity
a new article names. Counted from the mentions, that read every mention of a much-quoted identity
(Trump: a mention in one article in eight) once per pass, a cost that grows with the store: at 100,000
articles most of the pass (docs/corpus.md, "The identity pass follows the new articles"). These tables
hold the counts instead, for the articles up to `identity_state.resolved_to`:

* speaker_names: per identity and name, the articles that use that name for it (`articles`), and
  its mentions whose own key is the identity's (`own`), of which exact (`exact`);
* speaker_types: per identity and type, its mentions (`mentions`), of which anonymous (`anonymous`).

The pass adds the new articles' mentions once they are settled, and for an article whose mentions it
moves it takes the article's counts out before the move and adds them again after it, so that the
counts stay those of the rows (tests/test_corpus_scale.py counts them again from the rows). The SQL
is plain and runs on SQLite and on PostgreSQL (qmark parameters through TrailConnection there); `mentions`
names the table of mentions as the back end reads it: SQLite is told to read the new articles' mentions by
article, where it would otherwise read its index of mentions by speaker whole, to save sorting the groups.
"""

from __future__ import annotations

_NAMES = (
    "INSERT INTO speaker_names (speaker_id, name, articles, own, exact) "
    "SELECT m.speaker_id, m.name, {sign} * COUNT(DISTINCT m.article_id), "
    "{sign} * SUM(CASE WHEN m.key = s.key THEN 1 ELSE 0 END), "
    "{sign} * SUM(CASE WHEN m.key = s.key AND m.exact THEN 1 ELSE 0 END) "
    "FROM {mentions} JOIN speakers s ON s.id = m.speaker_id WHERE s.named AND {where} GROUP BY m.speaker_id, m.name "
    "ON CONFLICT (speaker_id, name) DO UPDATE SET articles = speaker_names.articles + excluded.articles, "
    "own = speaker_names.own + excluded.own, exact = speaker_names.exact + excluded.exact")
_TYPES = (
    "INSERT INTO speaker_types (speaker_id, type, mentions, anonymous) "
    "SELECT m.speaker_id, m.type, {sign} * COUNT(*), {sign} * SUM(CASE WHEN m.anonymous THEN 1 ELSE 0 END) "
    "FROM {mentions} JOIN speakers s ON s.id = m.speaker_id WHERE s.named AND {where} GROUP BY m.speaker_id, m.type "
    "ON CONFLICT (speaker_id, type) DO UPDATE SET mentions = speaker_types.mentions + excluded.mentions, "
    "anonymous = speaker_types.anonymous + excluded.anonymous")

# The articles already through a pass, for a store that had no counts (the migration that makes the tables).
RESOLVED = "m.article_id <= (SELECT resolved_to FROM identity_state)"


def counting(where: str, sign: int = 1, mentions: str = "mentions m") -> list[str]:
    """The statements that add (sign 1) or take out (-1) the mentions `where` chooses (in `m`) to the counts."""
    return [sql.format(sign=sign, where=where, mentions=mentions) for sql in (_NAMES, _TYPES)]


def add_new(conn, after: int, mentions: str) -> None:
    """Count the mentions of the articles stored after `after`, as the pass has settled them."""
    for sql in counting("m.article_id > ?", 1, mentions):
        conn.execute(sql, (after,))


def change_articles(conn, articles: list[int], sign: int, mentions: str, chunk: int) -> None:
    """Add (1) or take out (-1) the mentions of these articles, `chunk` articles a statement."""
    for start in range(0, len(articles), chunk):
        part = articles[start:start + chunk]
        for sql in counting(f"m.article_id IN ({', '.join('?' for _ in part)})", sign, mentions):
            conn.execute(sql, tuple(part))


def forget_empty(conn, speaker_ids: list[int], chunk: int) -> None:
    """Drop the rows of these identities that count nothing any more (their mentions moved elsewhere)."""
    for start in range(0, len(speaker_ids), chunk):
        part = speaker_ids[start:start + chunk]
        marks = ", ".join("?" for _ in part)
        conn.execute(f"DELETE FROM speaker_names WHERE speaker_id IN ({marks}) AND articles = 0", tuple(part))
        conn.execute(f"DELETE FROM speaker_types WHERE speaker_id IN ({marks}) AND mentions = 0", tuple(part))


def clear(conn) -> None:
    """Before a full pass, which counts every article again."""
    conn.execute("DELETE FROM speaker_names")
    conn.execute("DELETE FROM speaker_types")
