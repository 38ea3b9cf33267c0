"""saywho's spaCy components: factories with their settings in the pipeline's config.

Each component reads what the table in saywho/analyse/__init__.py says and writes
only its own `doc._.saywho_*` data (saywho/analyse/doc_data.py), so a Doc
serialises and a pipeline saved with `nlp.to_disk()` loads with `spacy.load()`
(the factories are entry points, `[project.entry-points.spacy_factories]`).

Learned tables travel with the component: the cue table and the keep model (saywho_attributions)
and the speaker ranker (saywho_speakers) are read from the package at
construction and written by `to_disk`, read back by `from_disk`. The word
lists (saywho/lexicons/*.txt) and the voice model are package data, read from
the installed saywho by path.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc

from saywho.analyse import (
    attributions,
    cues,
    dates,
    entities,
    fast_tok2vec,
    fastner,
    fastparse,
    fastpos,
    name_apostrophes,
    profiles,
    quotes,
    sentences,
    speaker_check,
    speaker_readings,
    speakers,
    unfamiliar_marks,
)
from saywho.analyse import voice as voice_module
from saywho.analyse.attributions import keep_model as keeping
from saywho.analyse.doc_data import (
    SourceLink,
    plain_attribution,
    plain_entities,
    plain_profile,
    plain_quote,
    plain_sources,
    plain_speaker,
    register_extensions,
)
from saywho.analyse.role_model import RoleModel
from saywho.analyse.sentences import text_of
from saywho.analyse.speaker_ranker import SpeakerRanker, shipped_ranker
from saywho.document import Attribution

register_extensions()

SPEAKER_RANKER_FILE = "speaker_model.json"
RANKER_THRESHOLD = 0.7  # the shipped ranker's own, chosen on PolNeAR dev (docs/model-card.md)


class Step:
    """A component with no settings and nothing to save: its name, and the function that fills its Doc data."""

    def __init__(self, name: str, fill: Callable[[Doc], None]):
        self.name, self.fill = name, fill

    def __call__(self, doc: Doc) -> Doc:
        self.fill(doc)
        return doc


def step_factory(factory: str, fill: Callable[[Doc], None], assigns: list[str],
                 requires: list[str] | None = None) -> Callable[[Language, str], Step]:
    """Register, as `factory`, a Step that fills its Doc data with `fill` (whose docstring describes it)."""
    def make(nlp: Language, name: str) -> Step:
        return Step(name, fill)

    make.__doc__ = fill.__doc__
    return Language.factory(factory, assigns=assigns, requires=requires or [], func=make)


# -- saywho_quotes ----------------------------------------------------------------------------


def _find_quotes(doc: Doc) -> None:
    """Quotations on the raw text: put it first, before the parser (the sentence starts it sets are for it:
    they keep the parser from breaking sentences where a quote's frame goes on)."""
    name_apostrophes.read_as_straight(doc)
    unfamiliar_marks.read_as_known(doc)
    paragraphs = sentences.paragraph_spans(text_of(doc))
    found, warnings = quotes.find_quotes(text_of(doc), paragraphs)
    doc._.saywho_paragraphs = [(start, end) for start, end in paragraphs]
    doc._.saywho_quotes = [plain_quote(quote) for quote in found]
    doc._.saywho_quote_warnings = list(warnings)
    sentences.preset_boundaries(doc, found)


make_quote_finder = step_factory(
    "saywho_quotes", _find_quotes,
    assigns=["doc._.saywho_paragraphs", "doc._.saywho_quotes", "doc._.saywho_quote_warnings", "token.is_sent_start"])


# -- saywho_attributions ------------------------------------------------------------------------


@Language.factory(
    "saywho_attributions",
    default_config={
        "threshold": cues.THRESHOLD,
        "min_frame_evidence": cues.MIN_FRAME_EVIDENCE,
        "prior_weight": cues.PRIOR_WEIGHT,
        "lemma_prior": list(cues.LEMMA_PRIOR),
        "place_threshold": cues.PLACE_THRESHOLD,
        "min_place_evidence": cues.MIN_PLACE_EVIDENCE,
        "keep_model": None,
        "candidate_threshold": keeping.CANDIDATE_THRESHOLD,
        "keep_threshold": keeping.KEEP_THRESHOLD,
    },
    assigns=["doc._.saywho_attributions", "doc._.saywho_sources"],
    requires=["doc._.saywho_quotes", "doc._.saywho_paragraphs", "token.dep", "token.lemma", "token.pos"],
)
def make_attribution_finder(
    nlp: Language, name: str, threshold: float, min_frame_evidence: int, prior_weight: float, lemma_prior: list[float],
    place_threshold: float = cues.PLACE_THRESHOLD, min_place_evidence: int = cues.MIN_PLACE_EVIDENCE,
    keep_model: bool | None = None, candidate_threshold: float = keeping.CANDIDATE_THRESHOLD,
    keep_threshold: float = keeping.KEEP_THRESHOLD,
) -> AttributionFinder:
    """Attributions (source, cue, content) from the parse and the quotes; the settings read the cue table.
    With `keep_model` (None: as $SAYWHO_KEEP_MODEL says, on unless "0"), the rules find candidates at the cue
    table's `candidate_threshold` for verbs framing a clause (`threshold` for other frames) and the shipped keep
    model keeps those whose probability reaches `keep_threshold`; without, the rules alone at `threshold`."""
    keeper = keeping.shipped_model() if keeping.wanted(keep_model) else None
    model = cues.CueModel(
        table=cues.cue_table(), threshold=threshold if keeper is None else candidate_threshold,
        frame_threshold=None if keeper is None else threshold, min_frame_evidence=min_frame_evidence,
        prior_weight=prior_weight, lemma_prior=(float(lemma_prior[0]), float(lemma_prior[1])),
        place_threshold=place_threshold, min_place_evidence=min_place_evidence,
    )
    return AttributionFinder(name, model, keeper and replace(keeper, threshold=keep_threshold))


class AttributionFinder:
    def __init__(self, name: str, cue_model: cues.CueModel, keep_model: RoleModel | None = None):
        self.name, self.cue_model, self.keep_model = name, cue_model, keep_model

    def __call__(self, doc: Doc) -> Doc:
        with cues.using(self.cue_model):
            found, links = attributions.find_attributions(doc, self.keep_model)
        doc._.saywho_attributions = [plain_attribution(attribution) for attribution in found]
        doc._.saywho_sources = plain_sources(links)
        return doc

    def with_cues(self, doc: Doc, cue_tokens: frozenset[int]) -> tuple[list[Attribution], list[SourceLink]]:
        """The attributions the rules find when these verbs are cues whatever the cue table says (the span
        tagger's cues, span_linking.py); the keep model still judges each one."""
        with cues.using(self.cue_model):
            verbs = frozenset(i for i in cue_tokens if cues.may_be_forced(doc[i]))
            if not verbs:  # nothing the rules would take: spare them a second pass
                return [], []
            with cues.forcing(verbs):
                return attributions.find_attributions(doc, self.keep_model)

    def initialize(self, get_examples=None, *, nlp=None, cue_table: str | None = None) -> None:
        """Another cue table (a JSON file as tools/train_cue_model.py writes it); the shipped one otherwise."""
        table = cues.read_table(Path(cue_table)) if cue_table else cues.cue_table()
        self.cue_model = replace(self.cue_model, table=table)

    def to_disk(self, path, *, exclude=()) -> None:
        path = Path(path)
        path.mkdir(parents=True, exist_ok=True)
        (path / cues.TABLE_FILE).write_text(json.dumps(self.cue_model.table, sort_keys=True), encoding="utf-8")
        if self.keep_model is not None:
            data = {"model": self.keep_model.to_dict()}
            (path / keeping.MODEL_FILE).write_text(json.dumps(data, sort_keys=True), encoding="utf-8")

    def from_disk(self, path, *, exclude=()) -> AttributionFinder:
        self.cue_model = replace(self.cue_model, table=cues.read_table(Path(path) / cues.TABLE_FILE))
        file = Path(path) / keeping.MODEL_FILE
        if self.keep_model is not None and file.exists():  # the config's keep threshold decides, as at construction
            read = RoleModel.from_dict(json.loads(file.read_text(encoding="utf-8"))["model"])
            self.keep_model = replace(read, threshold=self.keep_model.threshold)
        return self


# -- saywho_entities ---------------------------------------------------------------------------


def _find_entities(doc: Doc) -> None:
    """People and organisations, each name's variants merged into one entity."""
    doc._.saywho_entities = plain_entities(*entities.find_entities(doc))


make_entity_finder = step_factory("saywho_entities", _find_entities, assigns=["doc._.saywho_entities"],
                                  requires=["doc.ents", "doc._.saywho_sources", "doc._.saywho_quotes"])


# -- saywho_speakers ------------------------------------------------------------------------------


@Language.factory(
    "saywho_speakers",
    default_config={
        "ranker_threshold": RANKER_THRESHOLD,
        "paragraph_window": speaker_readings.PARAGRAPH_WINDOW,
        "half_life": speaker_readings.HALF_LIFE,
    },
    assigns=["doc._.saywho_speakers", "doc._.saywho_lone_profiles"],
    requires=["doc._.saywho_attributions", "doc._.saywho_sources", "doc._.saywho_entities"],
)
def make_speaker_resolver(
    nlp: Language, name: str, ranker_threshold: float, paragraph_window: int, half_life: float,
) -> SpeakerResolver:
    """Each attribution's speaker, resolved to an entity where the text allows, and profiled.
    `ranker_threshold`: how sure the speaker ranker must be before a pronoun takes a name;
    `paragraph_window`: how many paragraphs back an antecedent may stand; `half_life`: the characters
    over which a candidate's salience halves."""
    ranker = shipped_ranker()
    settings = speaker_readings.ResolverSettings(paragraph_window=paragraph_window, half_life=half_life)
    return SpeakerResolver(name, ranker and replace(ranker, threshold=ranker_threshold), ranker_threshold, settings)


class SpeakerResolver:
    def __init__(self, name: str, ranker: SpeakerRanker | None, threshold: float,
                 settings: speaker_readings.ResolverSettings = speaker_readings.DEFAULT_SETTINGS):
        self.name, self.ranker, self.threshold, self.settings = name, ranker, threshold, settings

    def __call__(self, doc: Doc) -> Doc:
        # one reading of the text for the speakers and the profiles, which resolve every he and she again
        resolver = speakers.Resolver(doc, {e.id: e for e in doc._.entities or []}, self.ranker, settings=self.settings)
        resolved = speakers.resolve_speakers(doc, resolver=resolver)
        profiles.profile_speakers(doc, resolved, self.ranker, self.settings, resolver)
        doc._.saywho_speakers = [plain_speaker(attribution.speaker) for attribution in resolved]
        doc._.saywho_lone_profiles = [plain_profile(attribution.profile) for attribution in resolved]
        return doc

    def to_disk(self, path, *, exclude=()) -> None:
        path = Path(path)
        path.mkdir(parents=True, exist_ok=True)
        if self.ranker is not None:
            data = {"weights": self.ranker.weights, "none_score": self.ranker.none_score,
                    "threshold": self.ranker.threshold}
            (path / SPEAKER_RANKER_FILE).write_text(json.dumps(data, sort_keys=True), encoding="utf-8")

    def from_disk(self, path, *, exclude=()) -> SpeakerResolver:
        file = Path(path) / SPEAKER_RANKER_FILE
        if file.exists():  # the config's threshold decides, as at construction
            ranker = SpeakerRanker.from_dict(json.loads(file.read_text(encoding="utf-8")))
            self.ranker = replace(ranker, threshold=self.threshold)
        else:
            self.ranker = None
        return self


# -- saywho_voice and saywho_dates ------------------------------------------------------------------


def _read_voice(doc: Doc) -> None:
    """The writer's own words: sources, hedges, unattributed claims, labels, loaded cues, word choices."""
    doc._.saywho_voice = voice_module.find_voice(doc)


def _find_dates(doc: Doc) -> None:
    """Dates, relative ones resolved against doc._.published (YYYY-MM-DD, set by the caller before the
    pipeline runs, so not in `requires`, which names what other components assign)."""
    doc._.saywho_dates = dates.find_dates(text_of(doc), doc._.published or None)


def _check_speakers(doc: Doc) -> None:
    """The last word on each speaker goes to its source's own words (speaker_check.py); put it last."""
    checked = doc._.attributions or []  # fresh copies: the resolver's speakers stay as they were stored
    speaker_check.check_speakers(checked, doc._.entities or [])
    doc._.saywho_checked_speakers = [plain_speaker(attribution.speaker) for attribution in checked]


make_voice_reader = step_factory("saywho_voice", _read_voice, assigns=["doc._.saywho_voice"],
                                 requires=["doc._.saywho_attributions", "doc._.saywho_speakers",
                                           "doc._.saywho_entities"])
make_date_finder = step_factory("saywho_dates", _find_dates, assigns=["doc._.saywho_dates"])
make_speaker_check = step_factory("saywho_speaker_check", _check_speakers,
                                  assigns=["doc._.saywho_checked_speakers"],
                                  requires=["doc._.saywho_speakers", "doc._.saywho_entities"])


# -- saywho_fasttok2vec, saywho_fastpos, saywho_fastner and saywho_fastparse: faster stand-ins for spaCy's own ---------


@Language.factory("saywho_fasttok2vec", assigns=["doc.tensor"])
def make_fasttok2vec(nlp: Language, name: str) -> fast_tok2vec.FastTok2Vec:
    """In place of `tok2vec`, whose weights it reads (by name, on first use): saywho.nlp.use_fast_tok2vec()."""
    return fast_tok2vec.FastTok2Vec(nlp, name)


@Language.factory(
    "saywho_fastpos",
    assigns=["token.pos", "token.tag", "token.morph", "token.lemma"],
    requires=["token.tag", "token.dep"],
)
def make_fastpos(nlp: Language, name: str) -> fastpos.FastPos:
    """In place of the attribute_ruler and the lemmatizer, which it reads (by name, on first use):
    saywho.nlp.use_fast_components(). It has nothing of its own to save."""
    return fastpos.FastPos(nlp, name)


@Language.factory("saywho_fastner", assigns=["doc.ents", "token.ent_iob", "token.ent_type"])
def make_fastner(nlp: Language, name: str) -> fastner.FastNer:
    """In place of `ner`, whose weights it reads (by name, on first use): saywho.nlp.use_fast_ner()."""
    return fastner.FastNer(nlp, name)


@Language.factory("saywho_fastparse", assigns=["token.dep", "token.head", "token.is_sent_start", "doc.sents"])
def make_fastparse(nlp: Language, name: str) -> fastparse.FastParser:
    """In place of `parser`, whose model it runs (by name, on first use): saywho.nlp.use_fast_parser()."""
    return fastparse.FastParser(nlp, name)
