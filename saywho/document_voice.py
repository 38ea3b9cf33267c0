"""The writer's voice and the dates in the data model (saywho/document.py): typed dicts, plain dicts at run time.

Part of the model's one definition, kept in a module of its own for size; saywho.document re-exports every
name, and that is where code imports them from.
"""

from __future__ import annotations

from typing import Literal, get_args

from typing_extensions import TypedDict

# What a cited source is (CitedSource.type).
SourceType = Literal["PERSON", "ORG", "GPE", "UNKNOWN", "DOCUMENT", "OUTLET"]

# The writer's voice and the dates.
HedgeKind = Literal["adverb", "passive", "raising", "adjective"]
Checkable = Literal["name", "past tense", "number", "date", "comparison"]
LabelCategory = Literal["terrorism", "extremism", "regime", "pejorative", "honorific", "notoriety", "partisan",
                        "evaluative", "editorial", "loaded-speech"]
LABEL_CATEGORIES: tuple[LabelCategory, ...] = get_args(LabelCategory)  # the categories of lexicons/labels.txt
Granularity = Literal["day", "week", "month", "year", "range"]

SpanList = list[list[int]]  # the same [start, end) pairs as the voice and date items hold them: JSON lists


class SpanText(TypedDict):
    """Words of the article and where they stand."""

    text: str
    """the words as the article has them"""
    spans: SpanList
    """[start, end) character offsets into `article.text`"""


class CitedSource(SpanText):
    """Someone or something the article cites, with the ways it is cited."""

    name: str
    type: SourceType
    entity: str | None
    """the `id` of the entity, when the source is one"""
    how: list[str]
    """the ways it is cited: `direct quote`, `partial quote`, `paraphrase`, `according to`, `reported` (one per
    attribution kind), or the frame that names an outlet or channel without a speech cue (`told`, `interview
    with`, `aired on`, … from `sources.txt`)"""
    count: int
    anonymous: bool
    attributions: list[str]
    """the ids of its attributions"""


class Hedge(SpanText):
    """The writer passing a claim on without vouching for it."""

    kind: HedgeKind
    """an evidential `adverb` ("reportedly"), a distancing `adjective` ("so-called"), an agentless `passive` of
    saying or believing ("is said to") or a `raising` verb ("claimed to have been")"""
    qualifies: SpanText | None
    """the clause or predicate it qualifies"""


class UnattributedClaim(SpanText):
    """A sentence of the writer's that asserts something checkable and is attributed to no one."""

    checkable: list[Checkable]
    """what makes it checkable"""
    hedged: bool


class Label(SpanText):
    """An evaluative label or loaded word in the writer's own voice ("terror group", "regime")."""

    word: str
    category: LabelCategory
    target: str | None
    """the name of the entity it labels, when it labels one"""


_LoadedCueClass = TypedDict("_LoadedCueClass", {"class": Literal["loaded"]})


class LoadedCue(SpanText, _LoadedCueClass):
    """A speech verb that colours what it reports ("blasted", "claiming"); `class` is always `loaded`."""

    lemma: str
    speaker: str | None
    """the speaker of the attribution it reports, or its subject's words"""
    attribution: str | None
    """the id of the attribution it is the cue of"""


class WordChoice(SpanText):
    """A word of the writer's own that the small learned model flags beyond the curated lists (voice_model.py)."""

    score: float
    """the model's probability-like score"""
    why: list[str]
    """the cues that weighed most, in plain words ("listed in Liu's negative opinion words")"""


class Voice(TypedDict, total=False):
    """The writer's own voice, kept apart from quoted words (see the voice documentation)."""

    sources: list[CitedSource]
    hedges: list[Hedge]
    unattributed_claims: list[UnattributedClaim]
    labels: list[Label]
    loaded_cues: list[LoadedCue]
    word_choices: list[WordChoice]
    """added without a version change: older documents lack it. A flag is a word choice in the writer's own
    voice, not a verdict"""


class DateMention(SpanText):
    """A date or time expression, resolved against `article.date`; nothing is guessed."""

    value: str | None
    """the ISO form of the period ("2021-08-31", "2021-W33", "2021-08"); null for a range"""
    start: str | None
    """its first day (YYYY-MM-DD)"""
    end: str | None
    """its last day (YYYY-MM-DD)"""
    granularity: Granularity | None
    resolved: bool
    """false, with no value, when the expression cannot be resolved"""
    relative: bool
    """whether it is relative to the publication date ("two weeks ago")"""
