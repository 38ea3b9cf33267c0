"""From one Analysis document to the flat rows a store indexes.

This is the only place that reads the analysis JSON for the store; every back end
writes what `derive` returns. It works on the dict form (`Analysis.to_dict()`),
the versioned document that is saywho's one data model.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from typing import Any

from saywho.corpus.identity import local_candidates
from saywho.corpus.packed import pack, unpack
from saywho.corpus.trail_entries import TrailEntry, trail_entries
from saywho.document import CHECKED_SPEAKERS_SINCE, SCHEMA_VERSION, Analysis, paragraph_index
from saywho.lexicons import classified
from saywho.names import FULL, OTHER, SINGLE, UNNAMED, NameKey, description_key, is_pronoun, name_key

ARTICLE_FIELDS = ("url", "outlet", "date", "title", "author", "origin")


def text_hash(text: str) -> str:
    """The article's identity in the store: SHA-256 of its text with whitespace collapsed (case kept)."""
    return hashlib.sha256(" ".join(text.split()).encode("utf-8")).hexdigest()


@dataclass
class MentionRecord:
    """A name (or description) as one article uses it, for a speaker, a cited source or a label's target."""

    name: str
    type: str
    named: bool
    key: NameKey
    local: tuple[tuple[str, str], ...] = ()  # (key, name) of the names a single word could stand for
    anonymous: bool = False
    speaks: bool = False  # has attributions
    cited: bool = False  # is in voice.sources
    forms: list[str] = field(default_factory=list)  # the entity's name and aliases in this article


@dataclass
class QuotationRecord:
    attribution: str
    kind: str
    mention: int | None  # index into ArticleRecord.mentions
    speaker_name: str | None
    source: str | None
    cue: str | None
    content: str
    paragraph: int
    start: int
    spans: str  # JSON: {"source": [...], "cue": [...], "content": [...], "quoted": [...]}
    anonymous: bool
    role: str | None
    affiliation: str | None
    resolved_by: str | None
    # the speaker's source profile (analysis schema version 2); None for older analyses
    naming: str | None = None
    source_kind: str | None = None
    role_kind: str | None = None
    gender: str | None = None
    negated: bool = False  # "did not say whether ..." (analysis schema version 3; false before)


@dataclass
class SourceRecord:
    mention: int | None
    name: str
    type: str
    anonymous: bool
    how: str  # JSON list
    count: int
    spans: str  # JSON
    attributions: str  # JSON list of attribution ids
    description: str = ""  # the name without its determiner: what unnamed sources are counted by across articles

    def __post_init__(self) -> None:
        self.description = self.description or description_key(self.name)


@dataclass
class LabelRecord:
    text: str
    word: str | None
    category: str | None
    target: str | None
    mention: int | None
    paragraph: int
    start: int
    spans: str  # JSON


@dataclass
class ArticleRecord:
    hash: str
    article: dict[str, Any]
    mentions: list[MentionRecord]
    quotations: list[QuotationRecord]
    sources: list[SourceRecord]
    labels: list[LabelRecord]
    names: list[tuple[str, NameKey]]  # every full name and organisation the article uses, for identity resolution
    packed: bytes  # the whole Analysis document, deflated (saywho.corpus.packed)
    trails: list[TrailEntry]  # its attributions a quote trail may follow, with their LSH keys

    @property
    def json(self) -> str:
        """The document as JSON text, for the stores that keep it so (PostgreSQL, shards)."""
        return unpack(self.packed)


def derive(data: dict[str, Any], hash: str | None = None) -> ArticleRecord:
    article = data["article"]
    digest = hash or text_hash(article["text"])
    paragraphs = [tuple(p) for p in data.get("paragraphs", [])]
    entities = data.get("entities", [])
    voice = data.get("voice") or {}
    builder = _Mentions(digest, entities)

    voice_sources = [s for s in voice.get("sources", []) or [] if isinstance(s, dict)]
    anonymous_attributions = {a for s in voice_sources if s.get("anonymous") for a in s.get("attributions", [])}

    quotations = []
    for attribution in _checked_attributions(data):
        speaker = attribution.get("speaker")
        mention = None
        anonymous = False
        if speaker:
            anonymous = attribution["id"] in anonymous_attributions if voice_sources else _looks_anonymous(speaker)
            mention = builder.add(speaker["name"], speaker.get("type", "UNKNOWN"), _is_named(speaker),
                                  entity=speaker.get("entity"), anonymous=anonymous, speaks=True)
        content = attribution["content"]
        quotations.append(QuotationRecord(
            attribution=attribution["id"],
            kind=attribution["kind"],
            mention=mention,
            speaker_name=speaker["name"] if speaker else None,
            source=_text(attribution.get("source")),
            cue=_text(attribution.get("cue")),
            content=content["text"],
            paragraph=attribution.get("paragraph", 0),
            start=content["spans"][0][0] if content["spans"] else 0,
            spans=_json({role: (attribution.get(role) or {}).get("spans", []) for role in ("source", "cue", "content")}
                        | {"quoted": attribution.get("quoted", [])}),
            anonymous=anonymous,
            role=speaker.get("role") if speaker else None,
            affiliation=speaker.get("affiliation") if speaker else None,
            resolved_by=speaker.get("resolved_by") if speaker else None,
            **_profile_columns(attribution),
            negated=bool(attribution.get("negated", False)),
        ))

    sources = []
    if voice_sources:
        for item in voice_sources:
            name = item.get("name") or item.get("text") or ""
            kind = item.get("type") or "UNKNOWN"
            named = kind not in ("DOCUMENT",) and not item.get("anonymous") and _named_source(item, data)
            mention = builder.add(name, kind, named, entity=item.get("entity"),
                                  anonymous=bool(item.get("anonymous")), cited=True)
            sources.append(SourceRecord(mention, name, kind, bool(item.get("anonymous")), _json(item.get("how", [])),
                                     int(item.get("count", 0) or 0), _json(item.get("spans", [])),
                                     _json(item.get("attributions", []))))
    else:
        sources = _sources_from_attributions(quotations, builder)

    labels = []
    for item in voice.get("labels", []) or []:
        if not isinstance(item, dict):
            continue
        spans = item.get("spans") or []
        start = spans[0][0] if spans else 0
        target = item.get("target")
        target = target.get("name") if isinstance(target, dict) else target
        mention = None
        if target:
            entity = builder.entity_named(target)
            mention = builder.add(target, entity["type"] if entity else "UNKNOWN", True,
                                  entity=entity["id"] if entity else None)
        labels.append(LabelRecord(
            text=item.get("text", ""), word=item.get("word"), category=item.get("category"), target=target,
            mention=mention, paragraph=paragraph_index(paragraphs, start), start=start, spans=_json(spans),
        ))

    fields = {name: article.get(name) for name in ARTICLE_FIELDS}
    fields["words"] = len(article["text"].split())  # for counts per 1,000 words where outlets are compared
    mentions = builder.finish()
    return ArticleRecord(digest, fields, mentions, quotations, sources, labels, builder.full_names(), pack(_json(data)),
                         trail_entries(data))


class _Mentions:
    def __init__(self, digest: str, entities: list[dict[str, Any]]):
        self.digest = digest
        self.entities = {e["id"]: e for e in entities}
        self.by_name: dict[str, dict[str, Any]] = {}
        for entity in entities:
            self.by_name.setdefault(entity["name"], entity)
        self.rows: list[MentionRecord] = []
        self.index: dict[tuple[str, bool], int] = {}
        self.names = [(e["name"], e.get("type", "UNKNOWN")) for e in entities]

    def entity_named(self, name: str) -> dict[str, Any] | None:
        return self.by_name.get(name)

    def add(self, name: str, type: str, named: bool, *, entity: str | None = None, anonymous: bool = False,
            speaks: bool = False, cited: bool = False) -> int:
        slot = (name, named)
        if slot not in self.index:
            key = name_key(name, type, named, article_id=self.digest[:16])
            self.index[slot] = len(self.rows)
            self.rows.append(MentionRecord(name=name, type=type, named=named, key=key))
            if named:
                self.names.append((name, type))
        row = self.rows[self.index[slot]]
        row.anonymous = row.anonymous or anonymous
        row.speaks = row.speaks or speaks
        row.cited = row.cited or cited
        if row.type in ("UNKNOWN", "") and type not in ("UNKNOWN", ""):
            row.type = type
        found = self.entities.get(entity) if entity else None
        if found:
            for form in [found["name"], *found.get("aliases", [])]:
                if form not in row.forms and _same_name(row.key, name_key(form, found.get("type", "UNKNOWN"))):
                    row.forms.append(form)
        return self.index[slot]

    def full_names(self) -> list[tuple[str, NameKey]]:
        """(name, key) for each key; the plainest form when the article uses several ("Hillary Clinton")."""
        keys: dict[str, tuple[str, NameKey]] = {}
        for name, type in self.names:
            key = name_key(name, type)
            if key.form == FULL or (key.form == OTHER and key.acronym):
                held = keys.get(key.key)
                if held is None or (key.exact, -len(name)) > (held[1].exact, -len(held[0])):
                    keys[key.key] = (name, key)
        return [keys[k] for k in sorted(keys)]

    def finish(self) -> list[MentionRecord]:
        for row in self.rows:
            row.local = local_candidates(row.key, [(n, t) for n, t in self.names if n != row.name])
            if not row.forms:
                row.forms = [row.name]
        return self.rows


def _checked_attributions(data: dict[str, Any]) -> list[dict[str, Any]]:
    """The attributions, their speakers checked against their sources' words.

    The analysis does this itself since schema version 4 (saywho/analyse/speaker_check.py); an older
    document, as a store built before then holds, has it done here so its rows are what they were.
    """
    if data.get("schema_version", SCHEMA_VERSION) >= CHECKED_SPEAKERS_SINCE:
        return data.get("attributions", [])
    from saywho.analyse.speaker_check import check_speakers

    analysis = Analysis.from_dict(data)
    check_speakers(analysis.attributions, analysis.entities)
    return analysis.to_dict()["attributions"]


def _same_name(key: NameKey, form: NameKey) -> bool:
    """Whether an entity's alias can be a name of this mention: never another person's full name.

    saywho's entities occasionally fold two people into one ("Bill Clinton" among
    Hillary Clinton's aliases); such an alias would tie the two together here.
    """
    if key.form == UNNAMED:
        return False
    if form.form == FULL:
        return form.key == key.key or (key.form == SINGLE and form.surname == key.surname)
    return key.form != FULL or form.form == SINGLE


def _is_named(speaker: dict[str, Any]) -> bool:
    return bool(speaker.get("named", True)) and not is_pronoun(speaker["name"])


def _named_source(item: dict[str, Any], data: dict[str, Any]) -> bool:
    """A voice source is named when the attributions it groups have a named speaker (or it is an outlet)."""
    ids = set(item.get("attributions", []))
    if not ids:
        return True
    return any(_is_named(a["speaker"]) for a in data.get("attributions", []) if a["id"] in ids and a.get("speaker"))


def _anonymous_heads() -> set[str]:
    return {entry for entry, kind in classified("sources.txt").items() if kind == "anonymous"}


def _looks_anonymous(speaker: dict[str, Any]) -> bool:
    """For analyses without voice.sources: unnamed, and described by "a source", "officials" and the like."""
    if _is_named(speaker) or speaker.get("resolved_by") == "unresolved":
        return False
    words = speaker["name"].lower().split()
    if not words:
        return False
    head = words[-1]
    heads = _anonymous_heads()
    return head in heads or head.rstrip("s") in heads or head.removesuffix("es") in heads


def _sources_from_attributions(quotations: list[QuotationRecord], builder: _Mentions) -> list[SourceRecord]:
    grouped: dict[int, list[QuotationRecord]] = {}
    for quotation in quotations:
        if quotation.mention is not None:
            grouped.setdefault(quotation.mention, []).append(quotation)
    rows = []
    for mention, group in grouped.items():
        row = builder.rows[mention]
        row.cited = True
        spans = [s for q in group for s in json.loads(q.spans)["source"]]
        rows.append(SourceRecord(mention, row.name, row.type, row.anonymous, _json(sorted({q.kind for q in group})),
                              len(group), _json(sorted(spans)), _json([q.attribution for q in group])))
    return rows


def _profile_columns(attribution: dict[str, Any]) -> dict[str, str | None]:
    """The speaker's profile, or (version 5) the attribution's own where no speaker holds one."""
    profile = (attribution.get("speaker") or {}).get("profile") or attribution.get("profile") or {}
    return {"naming": profile.get("naming"), "source_kind": profile.get("kind"), "role_kind": profile.get("role"),
            "gender": profile.get("gender")}


def _text(segment: dict[str, Any] | None) -> str | None:
    return segment["text"] if segment else None


def _json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))
