"""The `sources` rows of a corrected article: who the article cites, with its corrections applied.

`saywho sources` counts the article's cited sources (its `voice.sources`, or its speakers), each
with the attributions it stands for. A correction that gives an attribution another speaker, or
says it is no quotation, takes it from its source's row (a row left with none goes); attributions
given to one corrected speaker make one row of their own, with no mention (so the identity pass
leaves it alone) and the speaker's identity if the corpus has one. The rows are rewritten from the
machine's (`derive`) each time, so undoing a correction puts them back.
"""

from __future__ import annotations

import json
from typing import Any

from saywho.corpus.derive import ArticleRecord, description_key

HOW = {"direct": "direct quote", "partial": "partial quote", "indirect": "paraphrase",
       "according-to": "according to", "reported": "reported"}


def rewrite_sources(run, article_id: int, derived: ArticleRecord, corrected: dict[str, dict[str, Any]], *,
                    totals: bool) -> None:
    """`run(sql, params)` runs one statement (?-marks); `corrected` maps each attribution whose speaker a
    correction changed to its values ({"speaker_id", "speaker_name", "not_a_quote"}); `totals`: the store
    keeps a running count of source rows (`totals`, on both back ends) to keep in step."""
    mention_ids = [row[0] for row in run("SELECT id FROM mentions WHERE article_id = ? ORDER BY id", (article_id,))]
    rows = []
    for source in derived.sources:
        attributions = json.loads(source.attributions)
        kept = [a for a in attributions if a not in corrected]
        count = source.count - (len(attributions) - len(kept))
        if len(kept) < len(attributions) and count <= 0:
            continue
        mention_id = mention_ids[source.mention] if source.mention is not None else None
        speaker_id, named = run("SELECT speaker_id, named FROM mentions WHERE id = ?", (mention_id,)).fetchone() \
            if mention_id is not None else (None, False)
        rows.append((article_id, mention_id, speaker_id, source.name, source.description, source.type, bool(named),
                     bool(source.anonymous), source.how, count, source.spans, json.dumps(kept)))
    kinds = {q.attribution: q.kind for q in derived.quotations}
    groups: dict[tuple[int | None, str], list[str]] = {}
    for attribution, values in sorted(corrected.items()):
        if not values.get("not_a_quote"):
            groups.setdefault((values["speaker_id"], values["speaker_name"]), []).append(attribution)
    for (speaker_id, name), attributions in groups.items():
        how = sorted({HOW.get(kinds.get(a, ""), kinds.get(a, "")) for a in attributions})
        rows.append((article_id, None, speaker_id, name, description_key(name), "PERSON", True, False,
                     json.dumps(how), len(attributions), "[]", json.dumps(attributions)))
    if totals:
        before = run("SELECT COUNT(*) FROM sources WHERE article_id = ?", (article_id,)).fetchone()[0]
        run("UPDATE totals SET value = value + ? WHERE name = 'sources'", (len(rows) - before,))
    run("DELETE FROM sources WHERE article_id = ?", (article_id,))
    for row in rows:
        run("INSERT INTO sources (article_id, mention_id, speaker_id, name, description, type, named, anonymous, "
            "how, count, spans, attributions) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", row)
