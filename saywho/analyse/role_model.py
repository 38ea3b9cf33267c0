"""A source profile's role kind from a small learned model, where it is sure; the rules' role otherwise.

The rules (profiles.py) take the first role kind, in the guidelines' order, that any of
the article's words about a person name. Added one sample at a time they fitted the
samples, not the articles (docs/corpus.md, "Who gets a voice"). This model weighs the same
evidence instead of ordering it: a multinomial logistic regression over a few hundred
features of the words the article gives the source (the mention, the words of every
mention of its entity, the role kinds all of them name, words near the entity's
mentions) and the rules' own answer. It was trained on the five hand-checked samples
(tools/train_role_model.py; model card in docs/model-card.md). It answers where the
rules find no role ("not stated") and its most likely role reaches the shipped threshold;
a role the rules state stands unless the model is surer than a second threshold (the
shipped model: never; cross-validation chose so).

The same class, over other features of the same evidence, gives the naming (naming_model.py).

`refine_roles` runs at the end of the profile step; when a Doc's user_data holds
EVIDENCE_KEY (a dict), the evidence of each profiled attribution is recorded there by
attribution id, for training.
"""

from __future__ import annotations

import json
import math
from dataclasses import asdict, dataclass, field, replace
from functools import lru_cache
from importlib import resources
from typing import Any

import numpy
from spacy.attrs import ENT_TYPE, IS_ALPHA, IS_STOP, LEMMA
from spacy.strings import get_string_id
from spacy.tokens import Doc

from saywho.analyse.doc_data import SourceLink
from saywho.analyse.naming_model import NAMING_MODEL_FILE, UNKNOWN, naming_features
from saywho.analyse.profile_evidence import RoleEvidence
from saywho.analyse.profile_words import profile_owner
from saywho.analyse.role_phrases import role_phrase_kinds
from saywho.analyse.token_arrays import with_lemma
from saywho.document import NOT_STATED, Attribution, Entity, Profile

MODEL_FILE = "role_model.json"
EVIDENCE_KEY = "saywho_role_evidence"
PERSON = get_string_id("PERSON")
NEAR = 3  # words either side of each mention of the entity read as its neighbourhood
MOST_NEAR_WORDS = 40  # of them, the most frequent: a long article's Trump has hundreds
RACE = {"campaign", "candidate", "primary", "caucus", "debate", "nominee", "nomination", "election", "poll",
        "voter", "delegate", "convention", "rally", "race", "presidential", "senate", "congress", "gop", "democrat",
        "republican", "democratic"}


def role_features(evidence: RoleEvidence) -> list[str]:
    """The model's features: the rules' answer, the words about the source and the role kinds they name."""
    e = evidence
    features = [f"rule={e.rule}", f"kind={e.kind}", f"naming={e.naming}", f"type={e.speaker_type or 'none'}",
                f"rule|kind={e.rule}|{e.kind}", f"mentions={min(e.mentions, 5)}"]
    features += sorted({f"src={w}" for w in e.source[-4:]})
    features += sorted({f"desc={w}" for w in e.described})
    features += sorted({f"near={w}" for w in e.near})
    about = "lead" if e.in_lead else "main" if e.mention_share >= 0.15 else "minor" if e.mentions else "none"
    race = "race" if e.race_words >= 5 else "no-race"
    features += [f"about={about}", f"race={race}", f"about|race|rule={about}|{race}|{e.rule}",
                 f"type|race|rule={e.speaker_type}|{race}|{e.rule}"]
    features += sorted({f"srckind={k}" for k in _kinds(e.source)})
    features += sorted({f"desckind={k}" for k in _kinds([*e.described, "|", *e.entity_roles])})
    return features


def _kinds(words: list[str]) -> set[str]:
    return _kinds_of(tuple(words)) if words else set()


@lru_cache(maxsize=4096)
def _kinds_of(words: tuple[str, ...]) -> set[str]:
    """Remembered: each quotation of one entity brings the same words."""
    return set(role_phrase_kinds(list(words)))


@dataclass
class RoleModel:
    """Weights per feature, one per class. Where the rules state no role, the model's most likely role is
    taken when its probability reaches `threshold`; where they state one, only when it reaches `override`
    (None: never; cross-validation found overriding them costs more than it gains)."""

    classes: list[str]
    bias: list[float]
    weights: dict[str, list[float]]
    threshold: float
    override: float | None = None
    _matrix: tuple[dict[str, int], numpy.ndarray] | None = field(default=None, init=False, repr=False, compare=False)

    def probabilities(self, features: list[str]) -> list[float]:
        rows, matrix = self._rows()
        present = [rows[feature] for feature in features if feature in rows]
        # the bias, then each feature's weights, added in this order (numpy adds the rows of one column one
        # after another, as a loop over them would: the same sums to the last bit)
        scores = numpy.add.reduce(matrix[[0, *present]], axis=0).tolist()
        top = max(scores)
        exps = [math.exp(s - top) for s in scores]
        total = sum(exps)
        return [x / total for x in exps]

    def role(self, evidence: RoleEvidence) -> str:
        """The model's role where it is sure enough, else the rules'."""
        return self.choose(role_features(evidence), evidence.rule, evidence.rule == NOT_STATED)

    def choose(self, features: list[str], rule: str, rule_unsure: bool) -> str:
        """The model's class where it is sure enough (`threshold` where the rules' answer is their "don't know",
        `override` otherwise), else the rules'."""
        probabilities = self.probabilities(features)
        best = max(range(len(self.classes)), key=probabilities.__getitem__)
        needed = self.threshold if rule_unsure else self.override
        return self.classes[best] if needed is not None and probabilities[best] >= needed else rule

    def _rows(self) -> tuple[dict[str, int], numpy.ndarray]:
        """Each feature's row in one matrix of the weights, the bias its row 0: made once per model (its weights
        must not change once it has scored)."""
        if self._matrix is None:
            features = list(self.weights)
            self._matrix = ({feature: row for row, feature in enumerate(features, start=1)},
                            numpy.array([self.bias, *(self.weights[f] for f in features)], dtype=float))
        return self._matrix

    def to_dict(self) -> dict[str, Any]:
        return {"classes": self.classes, "bias": self.bias, "weights": self.weights, "threshold": self.threshold,
                "override": self.override}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> RoleModel:
        return cls(data["classes"], data["bias"], data["weights"], data["threshold"], data.get("override"))


def shipped_role_model() -> RoleModel | None:
    return shipped_model(MODEL_FILE)


def shipped_naming_model() -> RoleModel | None:
    return shipped_model(NAMING_MODEL_FILE)


@lru_cache(maxsize=3)  # the role, naming and keep models
def shipped_model(name: str) -> RoleModel | None:
    path = resources.files("saywho").joinpath("data", name)
    try:
        return RoleModel.from_dict(json.loads(path.read_text(encoding="utf-8"))["model"])
    except FileNotFoundError:
        return None


def refine_roles(doc: Doc, attributions: list[Attribution], described: dict[str, list[str]],
                 model: RoleModel | None = None, naming: RoleModel | None = None,
                 entities: dict[str, Entity] | None = None) -> None:
    """Each profiled attribution's role and naming from the models (shipped by default) where they are sure.
    `entities`: the Doc's entities by id, where the caller has read them already."""
    model = model or shipped_role_model()
    naming = naming or shipped_naming_model()
    record = doc.user_data.get(EVIDENCE_KEY)
    if model is None and naming is None and record is None:
        return
    if entities is None:
        entities = {e.id: e for e in doc._.entities or []}
    near = _NearWords(doc)
    links = doc._.sources or [SourceLink()] * len(attributions)
    answers: dict[tuple, tuple[str, str]] = {}
    for attribution, link in zip(attributions, links):
        owner = profile_owner(attribution)
        profile: Profile | None = owner.profile
        if profile is None or (record is None and not _may_change(model, profile.role, NOT_STATED)
                               and not _may_change(naming, profile.naming, UNKNOWN)):
            continue
        entity = entities.get(attribution.speaker.entity or "") if attribution.speaker is not None else None
        evidence = RoleEvidence(
            rule=profile.role, kind=profile.kind, naming=profile.naming,
            speaker_type=entity.type if entity is not None else "",
            source=near.in_spans(attribution.source.spans if attribution.source is not None else []),
            described=described.get(entity.id, []) if entity is not None else [],
            entity_roles=[w for text in [*entity.roles, *entity.titles] for w in _words(text)] if entity else [],
            near=near.of_entity(entity.id) if entity is not None else near.of_token(link.head),
            mentions=near.mentions(entity.id) if entity is not None else 1,
            mention_share=near.share(entity.id) if entity is not None else 0.0,
            in_lead=entity is not None and near.in_lead(entity.id), race_words=near.race_words())
        if record is not None:
            record[attribution.id] = asdict(evidence)
        key = evidence.key()  # a name quoted again and again brings the same evidence: the models answer once
        if key not in answers:
            answers[key] = _answers(evidence, model, naming)
        role, named = answers[key]
        owner.profile = replace(profile, role=role, naming=named)  # type: ignore[arg-type]


def _answers(evidence: RoleEvidence, model: RoleModel | None, naming: RoleModel | None) -> tuple[str, str]:
    """The role and the naming, each the model's where it is sure, else the rules'."""
    role = model.role(evidence) if model is not None else evidence.rule
    named = naming.choose(naming_features(evidence), evidence.naming, evidence.naming == UNKNOWN) \
        if naming is not None else evidence.naming
    return role, named


def _may_change(model: RoleModel | None, rule: str, unsure: str) -> bool:
    """Whether the model may answer for this profile: the rules' answer stands unless it is their "don't know"
    or the model may override it."""
    return model is not None and (rule == unsure or model.override is not None)


class _NearWords:
    """The lemmas near each entity's mentions, read once per article."""

    def __init__(self, doc: Doc):
        self.doc = doc
        self.by_token: dict[int, str] = doc._.entity_of_token or {}
        self._near: dict[str, list[str]] | None = None
        self._mentions: dict[str, int] = {}
        self._race: int | None = None
        self._lead: set[str] | None = None
        self._lemmas: list[int] | None = None  # each token's lemma, 0 where it is no content word
        self._lemma_words: dict[int, str] = {}

    def of_entity(self, entity_id: str) -> list[str]:
        if self._near is None:
            self._near = self._read()
        return self._near.get(entity_id, [])

    def mentions(self, entity_id: str) -> int:
        self.of_entity(entity_id)
        return self._mentions.get(entity_id, 0)

    def share(self, entity_id: str) -> float:
        total = sum(self._mentions.values()) if self.of_entity(entity_id) is not None else 0
        return round(self._mentions.get(entity_id, 0) / total, 3) if total else 0.0

    def in_lead(self, entity_id: str) -> bool:
        if self._lead is None:
            paragraphs = self.doc._.paragraphs or []
            lead_end = paragraphs[0][1] if paragraphs else 0
            self._lead = {e for i, e in self.by_token.items() if self.doc[i].idx < lead_end}
        return entity_id in self._lead

    def race_words(self) -> int:
        if self._race is None:
            self._race = len(with_lemma(self.doc, RACE))
        return self._race

    def of_token(self, index: int | None) -> list[str]:
        if index is None:
            return []
        return sorted({w for i in self._window(index, index + 1) if (w := self._word(i))})

    def in_spans(self, spans: list[list[int]] | list[tuple[int, int]]) -> list[str]:
        """The lower-case words of a mention, but people's names: the model learns roles, not who is who."""
        return [t.lower_ for start, end in spans for t in self.doc.char_span(start, end, alignment_mode="expand") or []
                if not t.is_punct and t.ent_type_ != "PERSON"]

    def _read(self) -> dict[str, list[str]]:
        counts: dict[str, dict[str, int]] = {}
        previous = None
        for index in sorted(self.by_token):
            entity_id = self.by_token[index]
            if previous != (index - 1, entity_id):  # a new mention starts
                self._mentions[entity_id] = self._mentions.get(entity_id, 0) + 1
                words = counts.setdefault(entity_id, {})
                end = index + 1
                while self.by_token.get(end) == entity_id:
                    end += 1
                for i in self._window(index, end):
                    if (w := self._word(i)) and self.by_token.get(i) != entity_id:
                        words[w] = words.get(w, 0) + 1
            previous = (index, entity_id)
        return {e: sorted(sorted(words, key=lambda w: (-words[w], w))[:MOST_NEAR_WORDS])
                for e, words in counts.items()}

    def _window(self, start: int, end: int) -> list[int]:
        return [*range(max(0, start - NEAR), start), *range(end, min(len(self.doc), end + NEAR))]

    def _word(self, index: int) -> str:
        """A content word's lemma, read from one array of the Doc (Token attributes cost more), each
        lemma's string looked up once."""
        if self._lemmas is None:
            table = self.doc.to_array([LEMMA, IS_ALPHA, IS_STOP, ENT_TYPE])
            content = (table[:, 1] != 0) & (table[:, 2] == 0) & (table[:, 3] != PERSON)
            self._lemmas = numpy.where(content, table[:, 0], 0).tolist()
        lemma = self._lemmas[index]
        if not lemma:
            return ""
        word = self._lemma_words.get(lemma)
        if word is None:
            word = self._lemma_words[lemma] = self.doc.vocab.strings[lemma].lower()
        return word


def _words(text: str) -> list[str]:
    return [w for w in (part.strip("’'.,;:\"“”()").lower() for part in text.split()) if w]
