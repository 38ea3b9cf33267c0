"""What saywho's components leave on a Doc: plain data that serialises, and getters that build the dataclasses.

Each component writes its results as JSON-like data (dicts, lists, strings,
numbers) to its own `doc._.saywho_*` attribute, and writes nothing else: so
`doc.to_bytes()` and `DocBin(store_user_data=True)` keep them, and no component
changes what another left. The public attributes read that data and build
fresh objects on each read (keep what you read in a variable rather than
reading it in a loop):

| attribute (read-only)      | built from                 | written by          |
|----------------------------|----------------------------|---------------------|
| doc._.paragraphs           | doc._.saywho_paragraphs    | saywho_quotes       |
| doc._.quotes               | doc._.saywho_quotes        | saywho_quotes       |
| doc._.quote_warnings       | doc._.saywho_quote_warnings| saywho_quotes       |
| doc._.attributions         | doc._.saywho_attributions, with doc._.saywho_checked_speakers or else doc._.saywho_speakers, and doc._.saywho_lone_profiles | saywho_attributions (saywho_spans may redraw them), saywho_speakers, saywho_speaker_check |
| doc._.sources              | doc._.saywho_sources       | saywho_attributions (saywho_spans) |
| doc._.entities, entity_of_token, entity_genders, entity_descriptors | doc._.saywho_entities | saywho_entities |
| doc._.voice                | doc._.saywho_voice         | saywho_voice        |
| doc._.dates                | doc._.saywho_dates         | saywho_dates        |

`doc._.published` (YYYY-MM-DD) is set by the caller before the pipeline runs.
Serialised Docs come back with tuples where lists were written (spaCy's
msgpack reading); the getters give lists and tuples as the dataclasses have them.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from spacy.tokens import Doc

from saywho.analyse.quotes import Quote
from saywho.document import Attribution, Entity, Mention, Profile, Segment, Speaker, lists_not_tuples

RAW = ("paragraphs", "quotes", "quote_warnings", "attributions", "sources", "speakers", "checked_speakers",
       "lone_profiles", "entities", "voice", "dates")


@dataclass(frozen=True)
class SourceLink:
    """How an attribution's source is found again in the parse, for the steps after attributions.

    `head`: the token index of the source mention's head word ("Clinton" in "Hillary Clinton said"), or None.
    `carried_from`: for a quotation that continues the one before it ("…," she said. "…"), the index in
    doc._.attributions of the attribution whose source it continues; its speaker is that one's.
    """

    head: int | None = None
    carried_from: int | None = None


# -- writing: what components store --------------------------------------------------------
# By hand rather than with dataclasses.asdict, which copies deeply and took several per cent of an analysis.

SEGMENT_ROLES = ("source", "cue", "content")
ENTITY_LISTS = ("aliases", "titles", "roles", "affiliations")


def _plain_spans(spans) -> list[list[int]]:
    return [[start, end] for start, end in spans]


def _plain_segment(segment: Segment | None) -> dict[str, Any] | None:
    return None if segment is None else {"text": segment.text, "spans": _plain_spans(segment.spans)}


def plain_quote(quote: Quote) -> dict[str, Any]:
    return dict(vars(quote))


def plain_attribution(attribution: Attribution) -> dict[str, Any]:
    """The attribution without its speaker and profile (saywho_speakers stores them apart)."""
    data = dict(vars(attribution))
    del data["speaker"], data["profile"]
    for role in SEGMENT_ROLES:
        data[role] = _plain_segment(data[role])
    data["quoted"] = _plain_spans(data["quoted"])
    return data


def plain_speaker(speaker: Speaker | None) -> dict[str, Any] | None:
    if speaker is None:
        return None
    data = dict(vars(speaker))
    data["profile"] = None if speaker.profile is None else dict(vars(speaker.profile))
    return data


def plain_profile(profile: Profile | None) -> dict[str, str] | None:
    return None if profile is None else dict(vars(profile))


def plain_sources(links: list[SourceLink]) -> list[dict[str, int | None]]:
    return [{"head": link.head, "carried_from": link.carried_from} for link in links]


def _plain_entity(entity: Entity) -> dict[str, Any]:
    data = dict(vars(entity))
    for name in ENTITY_LISTS:
        data[name] = list(data[name])
    data["mentions"] = [{"text": m.text, "spans": _plain_spans(m.spans)} for m in entity.mentions]
    return data


def plain_entities(entities: list[Entity], entity_of_token: dict[int, str], genders: dict[str, str | None],
                   descriptors: dict[str, set[str]]) -> dict[str, Any]:
    return {
        "entities": [_plain_entity(entity) for entity in entities],
        "entity_of_token": sorted(entity_of_token.items()),  # pairs: msgpack keeps only string keys safely
        "genders": dict(genders),
        "descriptors": {key: sorted(words) for key, words in descriptors.items()},
    }


# -- reading: the getters --------------------------------------------------------------------


def _spans(spans) -> list[tuple[int, int]]:
    return [(start, end) for start, end in spans]


def _segment(data: dict[str, Any] | None) -> Segment | None:
    return None if data is None else Segment(text=data["text"], spans=_spans(data["spans"]))


def _speaker(data: dict[str, Any] | None) -> Speaker | None:
    if data is None:
        return None
    profile = data["profile"]
    return Speaker(**{**data, "profile": None if profile is None else Profile(**profile)})


def _attribution(data: dict[str, Any], speaker: dict[str, Any] | None, profile: dict[str, Any] | None) -> Attribution:
    segments = {role: _segment(data[role]) for role in SEGMENT_ROLES}
    return Attribution(**{**data, **segments, "quoted": _spans(data["quoted"]), "speaker": _speaker(speaker),
                          "profile": None if profile is None else Profile(**profile)})


def _entity(data: dict[str, Any]) -> Entity:
    # field by field, without merging dicts: the entities are read by several steps of every text
    mentions = [Mention(m["text"], [(start, end) for start, end in m["spans"]]) for m in data["mentions"]]
    return Entity(data["id"], data["name"], data["type"], list(data["aliases"]), list(data["titles"]),
                  list(data["roles"]), list(data["affiliations"]), mentions)


def get_paragraphs(doc: Doc) -> list[tuple[int, int]] | None:
    raw = doc._.saywho_paragraphs  # (start, end) pairs, written and read back as tuples: read often, copied cheaply
    return None if raw is None else list(raw)


def get_quotes(doc: Doc) -> list[Quote] | None:
    raw = doc._.saywho_quotes
    return None if raw is None else [Quote(**quote) for quote in raw]


def quote_bounds(doc: Doc) -> list[tuple[int, int]]:
    """Each quotation's (start, end) inside its marks, in order: for the steps that ask of every pronoun whether
    a quotation holds it, and need no Quote made for each quotation each time."""
    return [(quote["start"], quote["end"]) for quote in doc._.saywho_quotes or []]


def get_quote_warnings(doc: Doc) -> list[str] | None:
    raw = doc._.saywho_quote_warnings
    return None if raw is None else list(raw)


def get_attributions(doc: Doc) -> list[Attribution] | None:
    raw = doc._.saywho_attributions
    if raw is None:
        return None
    # saywho_speaker_check's verdicts once it has run, the resolver's speakers before
    speakers = doc._.saywho_checked_speakers or doc._.saywho_speakers or [None] * len(raw)
    # the profiles of the sources no speaker holds (a he tied to no one), from saywho_speakers too
    profiles = doc._.saywho_lone_profiles or [None] * len(raw)
    return [_attribution(data, speaker, profile) for data, speaker, profile in zip(raw, speakers, profiles)]


def get_sources(doc: Doc) -> list[SourceLink] | None:
    raw = doc._.saywho_sources
    return None if raw is None else [SourceLink(**link) for link in raw]


def get_entities(doc: Doc) -> list[Entity] | None:
    raw = doc._.saywho_entities
    return None if raw is None else [_entity(entity) for entity in raw["entities"]]


def get_entity_of_token(doc: Doc) -> dict[int, str] | None:
    raw = doc._.saywho_entities
    return None if raw is None else {token: entity for token, entity in raw["entity_of_token"]}


def get_entity_genders(doc: Doc) -> dict[str, str | None] | None:
    raw = doc._.saywho_entities
    return None if raw is None else dict(raw["genders"])


def get_entity_descriptors(doc: Doc) -> dict[str, set[str]] | None:
    raw = doc._.saywho_entities
    return None if raw is None else {key: set(words) for key, words in raw["descriptors"].items()}


def get_voice(doc: Doc) -> dict[str, list[dict[str, Any]]] | None:
    raw = doc._.saywho_voice
    return None if raw is None else lists_not_tuples(raw)


def get_dates(doc: Doc) -> list[dict[str, Any]] | None:
    raw = doc._.saywho_dates
    return None if raw is None else lists_not_tuples(raw)


GETTERS = {
    "paragraphs": get_paragraphs, "quotes": get_quotes, "quote_warnings": get_quote_warnings,
    "attributions": get_attributions, "sources": get_sources, "entities": get_entities,
    "entity_of_token": get_entity_of_token, "entity_genders": get_entity_genders,
    "entity_descriptors": get_entity_descriptors, "voice": get_voice, "dates": get_dates,
}


def register_extensions() -> None:
    """The doc._ attributes above (idempotent: spaCy's extensions are global)."""
    for name in RAW:
        if not Doc.has_extension(f"saywho_{name}"):
            Doc.set_extension(f"saywho_{name}", default=None)
    for name, getter in GETTERS.items():
        if not Doc.has_extension(name):
            Doc.set_extension(name, getter=getter)
    if not Doc.has_extension("published"):
        Doc.set_extension("published", default=None)
