"""The data model: one versioned JSON document per analysed article.

Everything in saywho speaks this model: the library returns an `Analysis`,
the CLI prints it, the store keeps it, the web app draws it and the
evaluators score it. Analysis code builds it from spaCy objects once; nothing
downstream reaches back into spaCy.

Every span is a half-open ``[start, end)`` pair of character offsets into
``Article.text``, the exact text that was analysed.

This module is the model's one definition: field types, fixed sets of values (a
`Literal` each) and, under each field, what it means. The API's models
(document_schema.py) and docs/schema.md (tools/schema_doc.py) are generated from it.
Voice and dates are typed dicts, plain dicts at run time: reading them costs nothing.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from typing import Any, Literal, cast, get_args

# The writer's voice and the dates, and their fixed sets of values (document_voice.py): part of this model.
from saywho.document_voice import (  # noqa: F401
    LABEL_CATEGORIES,
    Checkable,
    CitedSource,
    DateMention,
    Granularity,
    Hedge,
    HedgeKind,
    Label,
    LabelCategory,
    LoadedCue,
    SourceType,
    SpanList,
    SpanText,
    UnattributedClaim,
    Voice,
    WordChoice,
)

# The text helpers the model's methods use, kept importable from here as they always were.
from saywho.text_spans import GAP, Spans, joined_text, paragraph_index, paragraph_spans  # noqa: F401

SCHEMA_NAME = "saywho.analysis"
SCHEMA_VERSION = 5
# Older versions read by migration (VERSIONS says what each added); before version 4 the speakers were not
# yet checked against their sources' own words, and the store does that for them.
READABLE_VERSIONS = (1, 2, 3, 4, 5)
CHECKED_SPEAKERS_SINCE = 4
VERSIONS = (
    (1, "first version"),
    (2, "`speaker.profile`: naming, kind, role and gender of each source; `speaker.antecedent`; "
        "`voice.word_choices`"),
    (3, "`attributions[].negated`: the article reports the words as not said"),
    (4, "`speaker.resolved_by` may be `source-name`: the analysis checks each speaker against its source's "
        "own words, as a store did (and does for older documents) when storing them"),
    (5, "`attributions[].profile`: the source's profile where no speaker holds one (a he, she or I the "
        "resolver ties to no one)"),
)

# -- the fixed sets of values: each a Literal type, with its values as a tuple -----------------

# Attribution kinds, from most to least literal (Attribution.kind says what each is).
Kind = Literal["direct", "partial", "indirect", "according-to", "reported"]
KINDS: tuple[Kind, ...] = get_args(Kind)
DIRECT, PARTIAL, INDIRECT, ACCORDING_TO, REPORTED = KINDS

ResolvedBy = Literal["name", "alias", "pronoun", "description", "carry-over", "unnamed", "unresolved",
                     "source-name", "correction"]
RESOLVED_BY: tuple[ResolvedBy, ...] = get_args(ResolvedBy)
EntityType = Literal["PERSON", "ORG", "GPE"]
SpeakerType = Literal["PERSON", "ORG", "GPE", "UNKNOWN"]

# Source profile values (schema version 2).
Naming = Literal["named", "anonymous", "ordinary", "unnamed", "unknown"]
NAMINGS: tuple[Naming, ...] = get_args(Naming)
SourceKind = Literal["person", "organisation", "document", "unknown"]
SOURCE_KINDS: tuple[SourceKind, ...] = get_args(SourceKind)
RoleKind = Literal["official", "politician", "spokesperson", "expert", "journalist", "citizen", "other",
                   "not stated"]
ROLE_KINDS: tuple[RoleKind, ...] = get_args(RoleKind)
Gender = Literal["female", "male", "not stated"]
GENDERS: tuple[Gender, ...] = get_args(Gender)
NOT_STATED: Literal["not stated"] = "not stated"


@dataclass
class Article:
    """The text that is analysed, and what is known about where it came from."""

    text: str
    """the exact text that was analysed (for HTML, the extracted text); one paragraph per line"""
    title: str | None = None
    author: str | None = None
    date: str | None = None
    """publication date, ISO 8601 (YYYY-MM-DD)"""
    outlet: str | None = None
    url: str | None = None
    origin: str | None = None
    """the file, URL or record it was read from"""

    def paragraphs(self) -> Spans:
        return paragraph_spans(self.text)


@dataclass
class Segment:
    """A role's text and where it stands: one or more spans when the role is split."""

    text: str
    """the spans' text, joined with " … " only where the article has words between them; spans split at a
    sentence boundary are joined with the article's own spacing, so the text is never a misquote"""
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


@dataclass
class Profile:
    """Who a source is, as far as the article itself says (schema version 2; saywho/analyse/profiles.py)."""

    naming: Naming
    """`named` (also a he or she tied to no one); `anonymous` ("a source familiar with the talks", "officials");
    `ordinary` (an ordinary person described: "a 33-year-old mother"); `unnamed` (another description: "the
    report", "critics"); `unknown` (another pronoun resolved to no one)"""
    kind: SourceKind
    """the speaker's type, but an ORG the article gives a gender, a person's role or a first and last name is a
    person; "the report", "a statement" (`sources.txt`) are documents; other unnamed descriptions are people"""
    role: RoleKind
    """from the words the article gives the speaker in every mention (mention_roles.py; a candidate's doing,
    campaigning.py) against `role_kinds.txt` read longest phrase first (role_phrases.py), the first kind in
    this order winning; `journalist` includes outlets"""
    gender: Gender
    """only what the article uses: pronouns the resolver ties to the person, titles, gendered nouns; signals
    that disagree give `not stated` unless one side outweighs the other three to one. Never from a first name"""


@dataclass
class Speaker:
    """Who a source mention refers to."""

    name: str
    """the fullest name the article uses ("Mousa Abu Marzouk"), or the description when the speaker is
    unnamed ("a 33-year-old woman")"""
    type: SpeakerType
    entity: str | None = None
    """the `id` of the entity, when resolved to one"""
    named: bool = True
    """false for unnamed and unresolved speakers"""
    resolved_by: ResolvedBy = "name"
    """how the source mention was resolved: by the entity's `name` or an `alias`, a `pronoun` or a definite
    `description` taken up, `carry-over` (a quotation continued from the paragraph before), `unnamed` (a
    description kept as it is), `unresolved` (a pronoun tied to no one; older analyses only: such a speaker
    is now null) or `source-name` (a full name in the source's own words that is not the resolver's choice;
    version 4); `correction` only in the corrected copy a corpus shows (`saywho correct`), never in an
    analysis"""
    role: str | None = None
    """as the article gives it ("Top Hamas official"), like `affiliation` ("Hamas")"""
    affiliation: str | None = None
    profile: Profile | None = None
    """who the source is, as far as the article says (version 2); null when read from a version 1 document"""
    antecedent: int | None = None
    """for `pronoun`, `description` and `carry-over`: the character offset where the resolver last met this
    speaker before the mention (their name, or an earlier attribution of theirs; for an op-ed's "I", the closing
    line that names its writer), so a reader can check the resolution; null otherwise and in version 1 documents"""


@dataclass
class Attribution:
    """Who said what: PolNeAR's three roles (source, cue, content) and the speaker the source refers to."""

    id: str
    """`a1`, `a2`, … in text order"""
    kind: Kind
    """`direct` (whole sentences in quotation marks), `partial` (a quoted fragment in the writer's sentence),
    `indirect` (reported speech or thought), `according-to`, `reported` ("X reported …")"""
    cue: Segment | None
    """the words that say it was said ("said", "according to"); more than one span when split"""
    content: Segment
    """what was said; more than one span when the role is split (`“X,” he said, “Y.”`)"""
    source: Segment | None
    """who said it, as the article words it; null for sourceless attributions ("he appears to …", "is expected
    to …"); a quotation continued from the paragraph before has the source and cue of the one it continues"""
    speaker: Speaker | None
    """who the source refers to; null when there is no source, or when the source names no one the resolver can
    find ("he" with no one before it, "that", "a statement" nobody is said to have issued)"""
    paragraph: int
    """0-based index into `paragraphs`; the views, citations, CSV and warnings count from 1"""
    quoted: Spans = field(default_factory=list)
    """the spans inside quotation marks within the content"""
    negated: bool = False
    """true when the article reports that the words were not said ("did not say whether …", "declined to
    comment on …"). PolNeAR annotates many, so they are kept, but no view presents them as said. Version 3;
    false when read from older documents"""
    profile: Profile | None = None
    """the source's profile where the attribution has a source but no speaker (a he, she or I the resolver ties
    to no one, "many"): read from the mention and its context alone, so a wrong name is never given; null when
    the speaker holds the profile, when there is no source, and in documents older than version 5"""


@dataclass
class Mention:
    """One named mention of an entity."""

    text: str
    spans: Spans


@dataclass
class Entity:
    """A person, organisation or place that speaks, with every variant of its name merged."""

    id: str
    """`e1`, `e2`, …"""
    name: str
    """the fullest form the article uses"""
    type: EntityType
    aliases: list[str] = field(default_factory=list)
    """the other names the article uses for it"""
    titles: list[str] = field(default_factory=list)
    """titles before its name ("Mullah", "Mayor")"""
    roles: list[str] = field(default_factory=list)
    """roles the article gives it ("deputy chairman of the Hamas political bureau")"""
    affiliations: list[str] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)


@dataclass
class Analysis:
    """saywho's analysis of one article."""

    article: Article
    """the text analysed and what is known of where it came from"""
    paragraphs: Spans
    """[start, end) of each non-empty line of `article.text`"""
    attributions: list[Attribution]
    """every attribution found, in text order"""
    entities: list[Entity]
    """people and organisations (and places that speak)"""
    voice: Voice = field(default_factory=lambda: Voice())
    """the writer's own voice, kept apart from the quoted words"""
    dates: list[DateMention] = field(default_factory=list)
    """each date or time expression, resolved against `article.date`"""
    warnings: list[str] = field(default_factory=list)
    """what a reader should know about the text ("unbalanced quotation mark in paragraph 2: …")"""
    model: str | None = None
    """the spaCy model that parsed the text ("en_core_web_sm-3.8.0")"""

    def to_dict(self) -> dict[str, Any]:
        from saywho.version import __version__

        data = {
            "schema": SCHEMA_NAME,
            "schema_version": SCHEMA_VERSION,
            "saywho_version": __version__,
            "model": self.model,
            "article": lists_not_tuples(_fields_of(self.article)),
            "paragraphs": [list(p) for p in self.paragraphs],
            "attributions": [_attribution_dict(a) for a in self.attributions],
            "entities": [_entity_dict(e) for e in self.entities],
            "voice": lists_not_tuples(self.voice),
            "dates": lists_not_tuples(self.dates),
            "warnings": list(self.warnings),
        }
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Analysis:
        version = data.get("schema_version")
        if data.get("schema") != SCHEMA_NAME or version not in READABLE_VERSIONS:
            raise ValueError(f"not a saywho analysis of schema version {SCHEMA_VERSION} or older (got {version!r})")
        return cls(
            article=Article(**data["article"]),
            paragraphs=[(start, end) for start, end in data["paragraphs"]],
            attributions=[_attribution_from(a) for a in data["attributions"]],
            entities=[_entity_from(e) for e in data["entities"]],
            voice=data.get("voice", {}),
            dates=data.get("dates", []),
            warnings=data.get("warnings", []),
            model=data.get("model"),
        )

    def speakers(self) -> dict[str, list[Attribution]]:
        """Attributions grouped by speaker name, most quoted first."""
        groups: dict[str, list[Attribution]] = {}
        for attribution in self.attributions:
            name = attribution.speaker.name if attribution.speaker else "(unknown)"
            groups.setdefault(name, []).append(attribution)
        return dict(sorted(groups.items(), key=lambda item: -len(item[1])))

    def paragraph_of(self, offset: int) -> int:
        return paragraph_index(self.paragraphs, offset)


def voice_lists(voice: Voice) -> dict[str, list[dict[str, Any]]]:
    """The voice as lists of plain dicts, for code that treats every list alike (joining, shifting, scoring)."""
    return cast(dict[str, list[dict[str, Any]]], voice)


# to_dict by hand, field by field in the dataclasses' order, rather than with asdict and a walk over the
# whole result: asdict deep-copies every value, and the two took most of the time of a to_dict.


def _fields_of(instance: Any) -> dict[str, Any]:
    """The dataclass's fields in their order, values as they are (the caller copies what is mutable)."""
    return {item.name: getattr(instance, item.name) for item in fields(instance)}


def _spans_list(spans: Spans) -> list[list[int]]:
    return [list(span) for span in spans]


def _segment_dict(segment: Segment | None) -> dict[str, Any] | None:
    return None if segment is None else {"text": segment.text, "spans": _spans_list(segment.spans)}


def _profile_dict(profile: Profile | None) -> dict[str, Any] | None:
    return None if profile is None else lists_not_tuples(_fields_of(profile))


def _speaker_dict(speaker: Speaker | None) -> dict[str, Any] | None:
    if speaker is None:
        return None
    data: dict[str, Any] = lists_not_tuples({**_fields_of(speaker), "profile": None})
    data["profile"] = _profile_dict(speaker.profile)
    return data


def _entity_dict(entity: Entity) -> dict[str, Any]:
    data: dict[str, Any] = lists_not_tuples({**_fields_of(entity), "mentions": None})
    data["mentions"] = [{"text": m.text, "spans": _spans_list(m.spans)} for m in entity.mentions]
    return data


def _attribution_dict(a: Attribution) -> dict[str, Any]:
    return {
        "id": a.id,
        "kind": a.kind,
        "paragraph": a.paragraph,
        "source": _segment_dict(a.source),
        "cue": _segment_dict(a.cue),
        "content": _segment_dict(a.content),
        "quoted": _spans_list(a.quoted),
        "negated": a.negated,
        "speaker": _speaker_dict(a.speaker),
        "profile": _profile_dict(a.profile),
    }


def _segment_from(data: dict[str, Any]) -> Segment:
    return Segment(text=data["text"], spans=[(start, end) for start, end in data["spans"]])


def _optional_segment(data: dict[str, Any] | None) -> Segment | None:
    return None if data is None else _segment_from(data)


def _attribution_from(data: dict[str, Any]) -> Attribution:
    return Attribution(
        id=data["id"],
        kind=data["kind"],
        paragraph=data["paragraph"],
        source=_optional_segment(data.get("source")),
        cue=_optional_segment(data.get("cue")),
        content=_segment_from(data["content"]),
        quoted=[(start, end) for start, end in data.get("quoted", [])],
        negated=bool(data.get("negated", False)),  # absent before version 3
        speaker=None if data.get("speaker") is None else _speaker_from(data["speaker"]),
        profile=None if data.get("profile") is None else Profile(**data["profile"]),  # absent before version 5
    )


def _speaker_from(data: dict[str, Any]) -> Speaker:
    profile = data.get("profile")
    return Speaker(**{**data, "profile": None if profile is None else Profile(**profile)})


def _entity_from(data: dict[str, Any]) -> Entity:
    mentions = [Mention(text=m["text"], spans=[(start, end) for start, end in m["spans"]]) for m in data.get("mentions", [])]
    return Entity(**{**data, "mentions": mentions})


# Values lists_not_tuples gives back as they are, told by their exact type without a call: most values are these.
_ATOMS = frozenset({str, int, float, bool, type(None)})


def lists_not_tuples(value: Any) -> Any:
    """The value as JSON gives it back (JSON has no tuples): to_dict(), and data a loaded Doc holds as tuples."""
    if isinstance(value, dict):
        return {k: v if type(v) in _ATOMS else lists_not_tuples(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [v if type(v) in _ATOMS else lists_not_tuples(v) for v in value]
    return value


# For pydantic (document_schema.py): field docstrings are descriptions; an unknown field does not validate.
_SCHEMA_CONFIG = {"use_attribute_docstrings": True, "extra": "forbid", "json_schema_serialization_defaults_required": True}
for _model in (Article, Segment, Profile, Speaker, Attribution, Mention, Entity, Analysis, SpanText, CitedSource,
               Hedge, UnattributedClaim, Label, LoadedCue, WordChoice, Voice, DateMention):
    setattr(_model, "__pydantic_config__", _SCHEMA_CONFIG)  # noqa: B010  (a plain dict: no pydantic import here)
