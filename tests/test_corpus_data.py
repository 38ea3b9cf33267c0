"""Short articles written for the corpus tests, with their analyses written out by hand.

The query tests need exact expected rows, so their analyses do not depend on how
the pipeline reads a sentence today: each is an `Analysis` built from the data
model, with the spans computed from the text.
"""

from __future__ import annotations

from saywho.corpus.packed import unpack
from saywho.document import (
    Analysis,
    Article,
    Attribution,
    Entity,
    Segment,
    Speaker,
    paragraph_spans,
)

HOW = {"direct": "direct quote", "partial": "partial quote", "indirect": "paraphrase",
       "according-to": "according to", "reported": "reported"}


def analysis(text: str, outlet: str | None, date: str | None, quotes: list[tuple], *, title: str | None = None,
             url: str | None = None, aliases: dict[str, list[str]] | None = None, anonymous: set[str] = frozenset(),
             labels: list[tuple[str, str, str, str | None]] = ()) -> Analysis:
    """quotes: (speaker as the article names it, speaker name, type, named, kind, content) in text order."""
    aliases = aliases or {}
    entities: dict[str, Entity] = {}
    attributions = []
    cursor = 0
    for number, (source, name, type, named, kind, content) in enumerate(quotes, 1):
        start = text.index(content, cursor)
        cursor = start + len(content)
        source_start = text.rfind(source, 0, start)
        entity = None
        if named:
            if name not in entities:
                entities[name] = Entity(id=f"e{len(entities) + 1}", name=name, type=type,
                                        aliases=list(aliases.get(name, [])))
            entity = entities[name].id
        attributions.append(Attribution(
            id=f"a{number}", kind=kind, cue=None,
            content=Segment.of(text, [(start, start + len(content))]),
            source=Segment.of(text, [(source_start, source_start + len(source))]) if source_start >= 0 else None,
            speaker=Speaker(name=name, type=type, entity=entity, named=named,
                            resolved_by="name" if named else "unnamed"),
            paragraph=0,
        ))
    sources: dict[str, dict] = {}
    for a in attributions:
        group = sources.setdefault(a.speaker.name, {
            "name": a.speaker.name, "type": a.speaker.type, "entity": a.speaker.entity, "how": [], "count": 0,
            "anonymous": a.speaker.name in anonymous, "spans": [], "attributions": [], "text": a.speaker.name})
        if HOW[a.kind] not in group["how"]:
            group["how"].append(HOW[a.kind])
        group["count"] += 1
        group["attributions"].append(a.id)
    voice_labels = []
    for label_text, category, word, target in labels:
        start = text.index(label_text)
        voice_labels.append({"text": label_text, "spans": [[start, start + len(label_text)]], "word": word,
                             "category": category, "target": target})
    return Analysis(
        article=Article(text=text, outlet=outlet, date=date, title=title, url=url, origin=f"test:{title or text[:20]}"),
        paragraphs=paragraph_spans(text),
        attributions=attributions,
        entities=list(entities.values()),
        voice={"sources": list(sources.values()), "hedges": [], "unattributed_claims": [], "labels": voice_labels,
               "loaded_cues": []},
    )


def small_corpus() -> list[Analysis]:
    """Six articles in three outlets: Trump under three names, Hillary and Bill Clinton, a bare "Clinton"."""
    return [
        analysis(
            'Donald Trump said the wall would be built. "We will win," Trump told reporters. '
            "A senior official said the talks had stalled. The regime in Ruritania said nothing.",
            "Planet", "2024-03-01", [
                ("Donald Trump", "Donald Trump", "PERSON", True, "indirect", "the wall would be built"),
                ("Trump", "Donald Trump", "PERSON", True, "direct", '"We will win,"'),
                ("A senior official", "A senior official", "PERSON", False, "indirect", "the talks had stalled"),
            ],
            title="Wall", url="https://planet.example/wall", aliases={"Donald Trump": ["Trump"]},
            anonymous={"A senior official"}, labels=[("The regime in Ruritania", "regime", "regime", "Ruritania")],
        ),
        analysis(
            "Donald J. Trump said taxes were far too high. Hillary Clinton said the plan would help families.",
            "Gazette", "2024-03-05", [
                ("Donald J. Trump", "Donald J. Trump", "PERSON", True, "indirect", "taxes were far too high"),
                ("Hillary Clinton", "Hillary Clinton", "PERSON", True, "indirect", "the plan would help families"),
            ],
            title="Taxes",
        ),
        analysis(
            "Trump said the election was rigged.", "Courier", "2024-04-10",
            [("Trump", "Trump", "PERSON", True, "indirect", "the election was rigged")], title="Rigged",
        ),
        analysis(
            "Hillary Rodham Clinton said on Friday that the plan would help working families. "
            "Sources said the campaign was worried about turnout.",
            "Planet", "2024-04-12", [
                ("Hillary Rodham Clinton", "Hillary Rodham Clinton", "PERSON", True, "indirect",
                 "that the plan would help working families"),
                ("Sources", "Sources", "PERSON", False, "indirect", "the campaign was worried about turnout"),
            ],
            title="Families", anonymous={"Sources"},
        ),
        analysis(
            'Bill Clinton said the economy had never been stronger. "We built this together," Clinton said.',
            "Gazette", "2024-05-01", [
                ("Bill Clinton", "Bill Clinton", "PERSON", True, "indirect", "the economy had never been stronger"),
                ("Clinton", "Bill Clinton", "PERSON", True, "direct", '"We built this together,"'),
            ],
            title="Economy", aliases={"Bill Clinton": ["Clinton"]},
        ),
        analysis(
            "Clinton said the debate had gone well. The terror group said nothing.", "Courier", "2024-05-02",
            [("Clinton", "Clinton", "PERSON", True, "indirect", "the debate had gone well")],
            title="Debate", labels=[("The terror group", "terrorism", "terror", None)],
        ),
    ]


def hillary_articles() -> list[Analysis]:
    """Two more articles naming Hillary Clinton in full: enough for her to dominate the surname."""
    return [
        analysis("Hillary Clinton said the vote was close.", "Herald", "2024-05-10",
                 [("Hillary Clinton", "Hillary Clinton", "PERSON", True, "indirect", "the vote was close")],
                 title="Vote"),
        analysis("Hillary Clinton said turnout was high.", "Herald", "2024-05-11",
                 [("Hillary Clinton", "Hillary Clinton", "PERSON", True, "indirect", "turnout was high")],
                 title="Turnout"),
    ]


_VERSION_4_TABLES = ("name_counts", "bare_counts", "single_targets", "identity_state", "speaker_stats",
                     "speaker_outlets", "speaker_months", "speaker_labels", "outlet_stats", "outlet_labels", "outlet_sources",
                     "outlet_source_how", "totals")


def analyses_as_text(conn) -> None:
    """Each stored analysis as JSON text, as SQLite schema 11 and earlier kept it (version 12 deflates them)."""
    rows = conn.execute("SELECT article_id, json FROM analyses").fetchall()
    conn.executemany("UPDATE analyses SET json = ? WHERE article_id = ?", [(unpack(doc), id) for id, doc in rows])


def as_version_3(conn) -> None:
    """Take a store back to schema version 3, as a saywho before issue 16 left it (to test the upgrade)."""
    analyses_as_text(conn)
    for table in _VERSION_4_TABLES:
        conn.execute(f"DROP TABLE {table}")
    for index in ("quotations_speaker_newest", "quotations_newest", "mentions_speaker", "mentions_surname", "names_key",
                  "quotations_odd_dates"):  # the last, version 10's
        conn.execute(f"DROP INDEX {index}")
    conn.execute("DROP TABLE quotations_newest_fts")  # version 10, the only full-text index since version 11
    conn.execute("CREATE VIRTUAL TABLE quotations_fts USING fts5(content, content='quotations', content_rowid='id', "
                 "tokenize='porter unicode61 remove_diacritics 2')")  # version 1's, which version 11 drops
    conn.execute("INSERT INTO quotations_fts (quotations_fts) VALUES ('rebuild')")
    conn.execute("ALTER TABLE quotations DROP COLUMN date")
    conn.execute("ALTER TABLE quotations DROP COLUMN negated")  # version 5
    conn.execute("CREATE INDEX quotations_speaker ON quotations(speaker_id)")
    conn.execute("CREATE INDEX mentions_speaker ON mentions(speaker_id)")
    conn.execute("CREATE INDEX mentions_surname ON mentions(surname)")
    conn.execute("UPDATE schema_version SET version = 3")
