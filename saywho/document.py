"""The data model: one versioned JSON document per analysed article.

Everything in saywho speaks this model: the library returns an `Analysis`,
the CLI prints it, the store keeps it, the web app draws it and the
evaluators score it. Analysis code builds it from spaCy objects once; nothing
downstream reaches back into spaCy.

Every span is a half-open ``[start, end)`` pair of character offsets into
``Article.text``, the exact text that was analysed.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import asdict, dataclass, field
from typing import Any

SCHEMA_NAME = "saywho.analysis"
SCHEMA_VERSION = 4
# Older versions read by migration: version 1 has no speaker profiles (`profile` None), versions 1
# and 2 have no `negated` (every attribution in them reads as said); before version 4 the speakers
# were not yet checked against their sources' own words (the store does that for them).
READABLE_VERSIONS = (1, 2, 3, 4)
CHECKED_SPEAKERS_SINCE = 4

# Attribution kinds, from most to least literal.
DIRECT = "direct"  # a whole sentence or more inside quotation marks
PARTIAL = "partial"  # a quoted fragment inside the writer's sentence
INDIRECT = "indirect"  # reported speech or thought, no quotation marks
ACCORDING_TO = "according-to"  # "according to X, ..."
REPORTED = "reported"  # "X reported ...", "X has learned ..."
KINDS = (DIRECT, PARTIAL, INDIRECT, ACCORDING_TO, REPORTED)

Spans = list[tuple[int, int]]


def paragraph_spans(text: str) -> Spans:
    """Character spans of the non-empty lines of a text, without surrounding spaces."""
    spans, start = [], 0
    for line in text.split("\n"):
        stripped = line.strip()
        if stripped:
            lead = len(line) - len(line.lstrip())
            spans.append((start + lead, start + lead + len(stripped)))
        start += len(line) + 1
    return spans


def paragraph_index(paragraphs: Spans, offset: int) -> int:
    """The paragraph holding `offset` (or the next one, for an offset between paragraphs)."""
    index = bisect_right(paragraphs, offset, key=_end)  # paragraphs are in order: the first ending after offset
    return min(index, max(0, len(paragraphs) - 1))


def _end(span: tuple[int, int]) -> int:
    return span[1]


@dataclass
class Article:
    """The text that is analysed, and what is known about where it came from."""

    text: str
    title: str | None = None
    author: str | None = None
    date: str | None = None  # publication date, ISO 8601 (YYYY-MM-DD)
    outlet: str | None = None
    url: str | None = None
    origin: str | None = None  # the file, URL or record it was read from

    def paragraphs(self) -> Spans:
        return paragraph_spans(self.text)


GAP = " … "  # stands for words of the article left out between two spans


def joined_text(text: str, spans: Spans) -> str:
    """The text of ordered spans, with " … " only where the article has words between them.

    Spans split at a sentence boundary, or at a closing mark, are one continuous passage: they are
    joined with the article's own spacing, so a quotation copied from the result is not a misquote.
    """
    pieces: list[str] = []
    for index, (start, end) in enumerate(spans):
        if index:
            between = text[spans[index - 1][1] : start]
            pieces.append(between if not between.strip() else GAP)
        pieces.append(text[start:end])
    return "".join(pieces)


@dataclass
class Segment:
    """A role's text and where it stands: one or more spans when the role is split."""

    text: str
    spans: Spans

    @classmethod
    def of(cls, text: str, spans: Spans) -> Segment:
        ordered = sorted((int(s), int(e)) for s, e in spans if e > s)
        return cls(text=joined_text(text, ordered), spans=ordered)

    @property
    def start(self) -> int:
        return self.spans[0][0] if self.spans else -1

    @property
    def end(self) -> int:
        return self.spans[-1][1] if self.spans else -1

    def covers(self, start: int, end: int) -> int:
        """How many characters of [start, end) lie inside this segment."""
        return sum(max(0, min(e, end) - max(s, start)) for s, e in self.spans)


# Source profile values (schema version 2): each field takes one of a fixed set.
NAMINGS = ("named", "anonymous", "ordinary", "unnamed", "unknown")
SOURCE_KINDS = ("person", "organisation", "document", "unknown")
ROLE_KINDS = ("official", "politician", "spokesperson", "expert", "journalist", "citizen", "other", "not stated")
GENDERS = ("female", "male", "not stated")
NOT_STATED = "not stated"


@dataclass
class Profile:
    """Who a source is, as far as the article itself says (see docs/schema.md, speaker.profile).

    `gender` is the gender the article uses for the person (pronouns, Mr./Ms.,
    "mother", "spokeswoman"); it is never guessed from a first name.
    """

    naming: str  # NAMINGS: named, anonymous ("a source familiar with …"), ordinary ("a 33-year-old woman"), …
    kind: str  # SOURCE_KINDS
    role: str  # ROLE_KINDS
    gender: str  # GENDERS


@dataclass
class Speaker:
    """Who a source mention refers to.

    `name` is the fullest name the article uses for the entity, or the
    mention's own description when the speaker is unnamed ("a source").
    """

    name: str
    type: str  # PERSON, ORG or UNKNOWN
    entity: str | None = None  # the id of the Entity, when resolved
    named: bool = True
    resolved_by: str = "name"  # name, alias, pronoun, description, carry-over, unnamed
    role: str | None = None
    affiliation: str | None = None
    profile: Profile | None = None  # schema version 2
    # Where the mention it was resolved through stands (a character offset): the name a pronoun or
    # description takes up, or the source a carried-over quotation continues. Schema version 2.
    antecedent: int | None = None


@dataclass
class Attribution:
    id: str
    kind: str
    cue: Segment | None
    content: Segment
    source: Segment | None
    speaker: Speaker | None
    paragraph: int  # 0-based index into Analysis.paragraphs
    quoted: Spans = field(default_factory=list)  # spans inside quotation marks
    # "did not say whether", "declined to comment on", "never said": the article reports that the
    # words were NOT said. Kept (PolNeAR annotates many) but never to be shown as said. Version 3.
    negated: bool = False


@dataclass
class Mention:
    text: str
    spans: Spans


@dataclass
class Entity:
    id: str
    name: str
    type: str  # PERSON or ORG
    aliases: list[str] = field(default_factory=list)
    titles: list[str] = field(default_factory=list)
    roles: list[str] = field(default_factory=list)
    affiliations: list[str] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)


@dataclass
class Analysis:
    article: Article
    paragraphs: Spans
    attributions: list[Attribution]
    entities: list[Entity]
    voice: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    dates: list[dict[str, Any]] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    model: str | None = None

    # -- conversion ---------------------------------------------------------

    def to_dict(self) -> dict[str, Any]:
        from saywho import __version__

        data = {
            "schema": SCHEMA_NAME,
            "schema_version": SCHEMA_VERSION,
            "saywho_version": __version__,
            "model": self.model,
            "article": asdict(self.article),
            "paragraphs": [list(p) for p in self.paragraphs],
            "attributions": [_attribution_dict(a) for a in self.attributions],
            "entities": [asdict(e) for e in self.entities],
            "voice": self.voice,
            "dates": self.dates,
            "warnings": list(self.warnings),
        }
        return _lists_not_tuples(data)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Analysis:
        version = data.get("schema_version")
        if data.get("schema") != SCHEMA_NAME or version not in READABLE_VERSIONS:
            raise ValueError(f"not a saywho analysis of schema version {SCHEMA_VERSION} or older (got {version!r})")
        return cls(
            article=Article(**data["article"]),
            paragraphs=[tuple(p) for p in data["paragraphs"]],
            attributions=[_attribution_from(a) for a in data["attributions"]],
            entities=[_entity_from(e) for e in data["entities"]],
            voice=data.get("voice", {}),
            dates=data.get("dates", []),
            warnings=data.get("warnings", []),
            model=data.get("model"),
        )

    # -- questions people ask of an analysis ---------------------------------

    def speakers(self) -> dict[str, list[Attribution]]:
        """Attributions grouped by speaker name, most quoted first."""
        groups: dict[str, list[Attribution]] = {}
        for attribution in self.attributions:
            name = attribution.speaker.name if attribution.speaker else "(unknown)"
            groups.setdefault(name, []).append(attribution)
        return dict(sorted(groups.items(), key=lambda item: -len(item[1])))

    def paragraph_of(self, offset: int) -> int:
        return paragraph_index(self.paragraphs, offset)


def _segment_dict(segment: Segment | None) -> dict[str, Any] | None:
    return None if segment is None else {"text": segment.text, "spans": [list(s) for s in segment.spans]}


def _attribution_dict(a: Attribution) -> dict[str, Any]:
    return {
        "id": a.id,
        "kind": a.kind,
        "paragraph": a.paragraph,
        "source": _segment_dict(a.source),
        "cue": _segment_dict(a.cue),
        "content": _segment_dict(a.content),
        "quoted": [list(s) for s in a.quoted],
        "negated": a.negated,
        "speaker": None if a.speaker is None else asdict(a.speaker),
    }


def _segment_from(data: dict[str, Any] | None) -> Segment | None:
    if data is None:
        return None
    return Segment(text=data["text"], spans=[tuple(s) for s in data["spans"]])


def _attribution_from(data: dict[str, Any]) -> Attribution:
    return Attribution(
        id=data["id"],
        kind=data["kind"],
        paragraph=data["paragraph"],
        source=_segment_from(data.get("source")),
        cue=_segment_from(data.get("cue")),
        content=_segment_from(data["content"]),
        quoted=[tuple(s) for s in data.get("quoted", [])],
        negated=bool(data.get("negated", False)),  # absent before version 3
        speaker=None if data.get("speaker") is None else _speaker_from(data["speaker"]),
    )


def _speaker_from(data: dict[str, Any]) -> Speaker:
    profile = data.get("profile")
    return Speaker(**{**data, "profile": None if profile is None else Profile(**profile)})


def _entity_from(data: dict[str, Any]) -> Entity:
    mentions = [Mention(text=m["text"], spans=[tuple(s) for s in m["spans"]]) for m in data.get("mentions", [])]
    return Entity(**{**data, "mentions": mentions})


def _lists_not_tuples(value: Any) -> Any:
    """JSON has no tuples; make to_dict() equal to what json.loads gives back."""
    if isinstance(value, dict):
        return {k: _lists_not_tuples(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_lists_not_tuples(v) for v in value]
    return value
