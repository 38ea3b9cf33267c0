"""Long articles in paragraph batches: where to cut the text, and how to join the analyses again.

The models' memory grows with the length of a Doc (a million characters took
3 GB), and some of saywho's readings (entity names, carry-over) compare within a
document. A text over BATCH_CHARS is therefore cut at paragraph ends into
batches of at most BATCH_CHARS characters (a longer paragraph at a sentence end
or a space), each batch is analysed on its own, and the analyses are joined into
one: every span shifted to index the whole `Article.text`, attribution and
entity ids numbered through, entities and cited sources of the same name merged.
Speakers are resolved within a batch, so a pronoun at the top of a batch does
not reach back into the one before it.
"""

from __future__ import annotations

import re
from typing import Any, cast

from saywho.document import (
    Analysis,
    Article,
    Attribution,
    DateMention,
    Entity,
    Mention,
    Segment,
    Speaker,
    Voice,
    paragraph_index,
    paragraph_spans,
    voice_lists,
)

BATCH_CHARS = 100_000
# Where a paragraph too long for one batch is best cut: after a sentence, else at a space.
_SENTENCE_END = re.compile(r"[.!?…][”\"’']?\s+")
_SPACE = re.compile(r"\s+")
_PARAGRAPH_NUMBER = re.compile(r"\bparagraph (\d+)\b")


def batch_bounds(text: str, limit: int = BATCH_CHARS) -> list[tuple[int, int]]:
    """[start, end) of consecutive batches covering `text`, each at most `limit` long, cut after a line if possible."""
    bounds, start = [], 0
    while len(text) - start > limit:
        end = _cut(text, start, start + limit)
        bounds.append((start, end))
        start = end
    bounds.append((start, len(text)))
    return bounds


def _cut(text: str, start: int, end: int) -> int:
    """The last good place to end a batch in text[start:end]: a line end, a sentence end, a space, or `end`."""
    newline = text.rfind("\n", start, end)
    if newline > start:
        return newline + 1
    for boundary in (_SENTENCE_END, _SPACE):
        ends = [m.end() for m in boundary.finditer(text, start, end)]
        if ends and ends[-1] > start:
            return ends[-1]
    return end


def join_analyses(article: Article, parts: list[tuple[int, Analysis]]) -> Analysis:
    """One Analysis of `article` from the analyses of its batches, each with the offset it starts at."""
    joined = Joiner(article)
    for offset, part in parts:
        joined.add(offset, part)
    return joined.analysis()


class Joiner:
    def __init__(self, article: Article):
        self.article = article
        self.paragraphs = paragraph_spans(article.text)
        self.attributions: list[Attribution] = []
        self.entities: dict[tuple[str, str], Entity] = {}
        self.sources: dict[str, dict[str, Any]] = {}
        self.voice: dict[str, list[dict[str, Any]]] = {}
        self.dates: list[DateMention] = []
        self.warnings: list[str] = []
        self.model: str | None = None

    def add(self, offset: int, part: Analysis) -> None:
        self.model = self.model or part.model
        entity_ids = {e.id: self._add_entity(offset, e) for e in part.entities}
        attribution_ids = {}
        for attribution in part.attributions:
            attribution_ids[attribution.id] = f"a{len(self.attributions) + 1}"
            self.attributions.append(self._shifted_attribution(offset, part, attribution, entity_ids, attribution_ids))
        for key, items in voice_lists(part.voice).items():
            for item in items:
                item = _shifted(item, offset)
                _renamed(item, entity_ids, attribution_ids)
                if key == "sources":
                    self._add_source(item)
                else:
                    self.voice.setdefault(key, []).append(item)
        self.dates += [_shifted(d, offset) for d in part.dates]
        self.warnings += [self._renumbered(w, offset, part.paragraphs) for w in part.warnings]

    def analysis(self) -> Analysis:
        from saywho.analyse.speaker_check import check_speakers
        from saywho.analyse.voice import VOICE_KEYS, _how_order

        entities = list(self.entities.values())
        check_speakers(self.attributions, entities)  # the whole article's entities know names a batch's do not

        voice = {key: self.voice.get(key, []) for key in VOICE_KEYS}
        sources = list(self.sources.values())
        for group in sources:
            group["how"] = sorted(set(group["how"]), key=_how_order)
            group["spans"] = sorted(group["spans"])
        voice["sources"] = sorted(sources, key=lambda g: g["spans"][0][0] if g["spans"] else len(self.article.text))
        return Analysis(
            article=self.article, paragraphs=self.paragraphs, attributions=self.attributions,
            entities=entities, voice=cast(Voice, voice), dates=self.dates, warnings=self.warnings,
            model=self.model,
        )

    def _add_entity(self, offset: int, entity: Entity) -> str:
        """The id the entity has in the whole article: the same name and type in an earlier batch is the same entity."""
        mentions = [Mention(m.text, _moved(m.spans, offset)) for m in entity.mentions]
        known = self.entities.get((entity.type, entity.name))
        if known is None:
            known = self.entities[(entity.type, entity.name)] = Entity(
                **{**entity.__dict__, "id": f"e{len(self.entities) + 1}", "mentions": mentions}
            )
            return known.id
        for field in ("aliases", "titles", "roles", "affiliations"):
            have = getattr(known, field)
            have += [value for value in getattr(entity, field) if value not in have]
        known.mentions += mentions
        return known.id

    def _shifted_attribution(self, offset, part, attribution, entity_ids, attribution_ids) -> Attribution:
        start = part.paragraphs[attribution.paragraph][0] if part.paragraphs else 0
        speaker = attribution.speaker
        if speaker is not None:
            antecedent = None if speaker.antecedent is None else speaker.antecedent + offset
            entity = entity_ids.get(speaker.entity, speaker.entity) if speaker.entity is not None else None
            speaker = Speaker(**{**speaker.__dict__, "entity": entity, "antecedent": antecedent})
        return Attribution(
            id=attribution_ids[attribution.id],
            kind=attribution.kind,
            cue=_moved_segment(attribution.cue, offset),
            content=Segment(text=attribution.content.text, spans=_moved(attribution.content.spans, offset)),
            source=_moved_segment(attribution.source, offset),
            speaker=speaker,
            paragraph=paragraph_index(self.paragraphs, start + offset),
            quoted=_moved(attribution.quoted, offset),
            negated=attribution.negated,
        )

    def _add_source(self, item: dict[str, Any]) -> None:
        key = item.get("entity") or item["name"].lower()
        group = self.sources.get(key)
        if group is None:
            self.sources[key] = item
            return
        group["how"] = [*group["how"], *item["how"]]
        group["count"] += item["count"]
        group["anonymous"] = group["anonymous"] or item["anonymous"]
        group["spans"] += [s for s in item["spans"] if s not in group["spans"]]
        group["attributions"] += item["attributions"]

    def _renumbered(self, warning: str, offset: int, paragraphs) -> str:
        """A batch's "paragraph 3" is the article's paragraph it falls in."""
        def number(match: re.Match) -> str:
            index = int(match.group(1)) - 1
            if not 0 <= index < len(paragraphs):
                return match.group(0)
            return f"paragraph {paragraph_index(self.paragraphs, paragraphs[index][0] + offset) + 1}"

        return _PARAGRAPH_NUMBER.sub(number, warning)


def _moved(spans, offset: int) -> list[tuple[int, int]]:
    return [(start + offset, end + offset) for start, end in spans]


def _moved_segment(segment: Segment | None, offset: int) -> Segment | None:
    return None if segment is None else Segment(text=segment.text, spans=_moved(segment.spans, offset))


def _shifted(item: Any, offset: int) -> Any:
    """A copy of a voice or date item with every "spans" list in it moved by `offset`."""
    if isinstance(item, dict):
        return {k: [[s + offset, e + offset] for s, e in v] if k == "spans" else _shifted(v, offset)
                for k, v in item.items()}
    if isinstance(item, list):
        return [_shifted(v, offset) for v in item]
    return item


def _renamed(item: dict[str, Any], entity_ids: dict[str, str], attribution_ids: dict[str, str]) -> None:
    """A batch's ids in a voice item, as the whole article numbers them."""
    if item.get("entity") in entity_ids:
        item["entity"] = entity_ids[item["entity"]]
    if item.get("attribution") in attribution_ids:
        item["attribution"] = attribution_ids[item["attribution"]]
    if isinstance(item.get("attributions"), list):
        item["attributions"] = [attribution_ids.get(a, a) for a in item["attributions"]]
