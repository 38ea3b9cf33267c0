"""saywho_spans: a trained tagger for PolNeAR's source, cue and content, on top of the rules.

A registered, trainable spaCy component (`nlp.add_pipe("saywho_spans")`). It
runs after saywho_attributions and reads, per token, the tensor of spaCy's
tok2vec and the rules' decisions (span_features.py); a small CNN (thinc's
Maxout window encoder), optionally followed by a BiLSTM over the whole document
(the architecture's `lstm`), gives each token a BIO tag for the three roles. The
tagged spans go to `doc.spans["saywho_source"]`, `["saywho_cue"]` and
`["saywho_content"]`, and then, by `mode`:

- "rules": the attributions stay the rules' own (the tags are only recorded);
- "combined": the rules' attributions that the tags confirm, a source the rules
  missed filled in from the tags (span_linking.py);
- "model": attributions from the tags alone, linked by the sentence.

Trained by tools/train_span_model.py on PolNeAR's train split; the weights ship
in saywho/data/span_model/ (model card: docs/model-card.md).
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

import numpy
from spacy.language import Language
from spacy.pipeline import TrainablePipe
from spacy.tokens import Doc, Span
from spacy.util import registry
from thinc.api import (
    LSTM,
    Config,
    Maxout,
    Model,
    Softmax,
    chain,
    clone,
    expand_window,
    residual,
    with_array,
    with_padded,
)
from thinc.types import Floats2d

from saywho.analyse.doc_data import SourceLink, plain_attribution, plain_sources, register_extensions
from saywho.analyse.span_features import (
    FEATURE_WIDTH,
    ROLES,
    TAGS,
    TENSOR_WIDTH,
    close_gaps,
    feature_codes,
    tag_spans,
    token_features,
)
from saywho.analyse.span_linking import combine, link_tagged, unclaimed_cue_verbs, with_tagged_cues
from saywho.analyse.span_network import FastSpanNetwork
from saywho.document import Attribution

if TYPE_CHECKING:
    from saywho.analyse.components import AttributionFinder

register_extensions()

MODES = ("rules", "combined", "model")
MODEL_ENV = "SAYWHO_SPAN_MODEL"
CONTENT_EDGES = ("rules", "tagged")  # combined mode: whose content edges a confirmed attribution keeps
SPAN_GROUPS = {role: f"saywho_{role}" for role in ROLES}
DEFAULT_MODEL_CONFIG = """
[model]
@architectures = "saywho.SpanTagger.v1"
width = 96
depth = 4
lstm = 0
"""
DEFAULT_MODEL = Config().from_str(DEFAULT_MODEL_CONFIG)["model"]


@registry.architectures("saywho.SpanTagger.v1")
def build_span_tagger(width: int, depth: int, lstm: int = 0) -> Model:
    """Token features → Maxout → `depth` residual window-1 Maxout layers → (a BiLSTM of `lstm` outputs,
    beside them) → softmax over the BIO tags."""
    return chain(
        Model("saywho_span_features", _features_forward),
        build_network(width, depth, lstm),
    )


def build_network(width: int, depth: int, lstm: int = 0) -> Model:
    """The trainable part, over feature rows (the training script feeds it cached features).

    The window layers see ±depth tokens; a content runs for 20-40, so the optional BiLSTM
    (`lstm` outputs, half each way) reads the whole document. The softmax sees the window
    encoder's output beside the BiLSTM's, so the local evidence does not have to pass through it."""
    if lstm % 2:
        raise ValueError(f"saywho_spans: lstm must be even (half its outputs read each way), not {lstm}")
    layers: list[Model] = [
        with_array(Maxout(width, TENSOR_WIDTH + FEATURE_WIDTH, nP=3, normalize=True, dropout=0.1)),
        with_array(window_encoder(width, depth), pad=depth),
    ]
    if lstm:
        layers.append(beside(with_padded(LSTM(lstm, width, bi=True))))
    layers.append(with_array(Softmax(len(TAGS), width + lstm)))
    network: Model = chain(*layers)
    network.name = "saywho_span_network"
    return network


def beside(layer: Model) -> Model:
    """Each document's rows with `layer`'s output for them alongside. (thinc's concatenate adds the
    gradients of lists as lists, i.e. appends them, so it cannot be used on a list of documents.)"""
    return Model("beside", _beside_forward, init=_beside_init, layers=[layer])


def _beside_init(model: Model, X=None, Y=None) -> None:
    model.layers[0].initialize()


def _beside_forward(model: Model, rows: list[Floats2d], is_train: bool):
    outputs, backprop_layer = model.layers[0](rows, is_train)
    width = rows[0].shape[1] if rows else 0

    def backprop(gradients: list[Floats2d]) -> list[Floats2d]:
        own = [g[:, :width] for g in gradients]
        through = backprop_layer([model.ops.as_contig(g[:, width:]) for g in gradients])
        return [a + b for a, b in zip(own, through)]

    return [model.ops.xp.hstack((x, y)) for x, y in zip(rows, outputs)], backprop


def window_encoder(width: int, depth: int) -> Model:
    """`depth` residual layers, each seeing one token either side: a receptive field of ±depth tokens."""
    return clone(residual(chain(expand_window(window_size=1), Maxout(width, width * 3, nP=3, normalize=True))), depth)


def _features_forward(model: Model, docs: list[Doc], is_train: bool):
    features = [model.ops.asarray2f(cast(Floats2d, token_features(doc))) for doc in docs]
    return features, lambda gradients: []


@Language.factory(
    "saywho_spans",
    default_config={"model": DEFAULT_MODEL, "mode": "combined", "content_edges": "rules", "tagged_cues": True},
    assigns=["doc.spans", "doc._.saywho_attributions", "doc._.saywho_sources"],
    requires=["doc.tensor", "doc._.saywho_attributions", "doc._.saywho_quotes"],
)
def make_span_tagger(
    nlp: Language, name: str, model: Model, mode: str, content_edges: str, tagged_cues: bool = True,
) -> SpanTagger:
    tagger = SpanTagger(nlp.vocab, model, name, mode=mode, content_edges=content_edges, tagged_cues=tagged_cues)
    tagger.rules = lambda: cast("AttributionFinder", nlp.get_pipe("saywho_attributions"))
    return tagger


class SpanTagger(TrainablePipe):
    def __init__(self, vocab, model: Model, name: str = "saywho_spans", *, mode: str = "combined",
                 content_edges: str = "rules", tagged_cues: bool = True):
        if mode not in MODES:
            raise ValueError(f"saywho_spans: mode must be one of {', '.join(MODES)}, not {mode!r}")
        if content_edges not in CONTENT_EDGES:
            raise ValueError(f"saywho_spans: content_edges must be one of {', '.join(CONTENT_EDGES)}, "
                             f"not {content_edges!r}")
        self.vocab, self.model, self.name = vocab, model, name
        self.cfg: dict[str, Any] = {"mode": mode, "labels": list(TAGS), "content_edges": content_edges,
                                    "tagged_cues": tagged_cues}
        self._fast: FastSpanNetwork | None = None  # the weights read out for prediction, made on first use
        # In "combined", the rules' component, which draws the content and source of a tagged cue it passed over.
        self.rules: Callable[[], AttributionFinder] | None = None

    @property
    def mode(self) -> str:
        return self.cfg["mode"]

    @property
    def network(self) -> Model:
        return self.model.layers[1]

    def predict(self, docs: list[Doc]) -> list[numpy.ndarray]:
        """The best tag of each token, by the numpy copy of the network (span_network.py)."""
        if self._fast is None:
            self._fast = FastSpanNetwork(self.network)
        tags = iter(self._fast.predict_tags([feature_codes(doc) for doc in docs if len(doc)]))
        return [next(tags) if len(doc) else numpy.zeros(0, "int32") for doc in docs]

    def from_disk(self, path, *, exclude=tuple()):
        self._fast = None  # new weights: read them out again
        return super().from_disk(path, exclude=exclude)

    def from_bytes(self, bytes_data, *, exclude=tuple()):
        self._fast = None
        return super().from_bytes(bytes_data, exclude=exclude)

    def set_annotations(self, docs: list[Doc], tags: list[numpy.ndarray]) -> None:
        for doc, doc_tags in zip(docs, tags):
            tagged = tag_spans(doc, close_gaps(doc_tags))
            for role, group in SPAN_GROUPS.items():
                doc.spans[group] = [s for s in (doc.char_span(a, b, label=role) for a, b in tagged[role]) if s is not None]
            if self.mode == "rules":
                continue
            if self.mode == "combined":
                found, sources = combine(doc, tagged, doc._.attributions or [], doc._.sources or [],
                                         self.cfg.get("content_edges", "rules"))
                if self.cfg.get("tagged_cues", True):
                    found, sources = self._with_tagged_cues(doc, tagged["cue"], found, sources)
            else:
                found, sources = link_tagged(doc, tagged)
            # The attributions are redrawn as a whole (new data, as saywho_attributions writes it).
            doc._.saywho_attributions = [plain_attribution(attribution) for attribution in found]
            doc._.saywho_sources = plain_sources(sources)

    def _with_tagged_cues(self, doc: Doc, cues: list[tuple[int, int]], found: list[Attribution],
                          sources: list[SourceLink]) -> tuple[list[Attribution], list[SourceLink]]:
        """A tagged cue that no attribution holds, drawn by the rules as if their cue table had passed it."""
        verbs = unclaimed_cue_verbs(doc, cues, found)
        if not verbs or self.rules is None:
            return found, sources
        more, more_sources = self.rules().with_cues(doc, verbs)
        return with_tagged_cues(doc, (found, sources), (more, more_sources), verbs)

    def initialize(self, get_examples=None, *, nlp=None) -> None:
        """Shapes only: the weights come from from_disk (the shipped model) or the training script."""
        self.model.initialize()
        self._fast = None

    def load_shipped(self) -> SpanTagger:
        """The weights trained by tools/train_span_model.py, from the package (or $SAYWHO_SPAN_MODEL)."""
        return self.from_disk(shipped_model_path(), exclude=["vocab", "cfg"])


def shipped_model_path() -> Path:
    """The package's weights, or a directory the training script wrote, named by $SAYWHO_SPAN_MODEL
    (to evaluate a candidate model with the whole pipeline before it ships)."""
    if os.environ.get(MODEL_ENV):
        return Path(os.environ[MODEL_ENV])
    return Path(str(resources.files("saywho").joinpath("data", "span_model")))


def model_architecture(path: Path) -> dict[str, Any]:
    """The architecture the weights in `path` were trained with (training.json), else DEFAULT_MODEL.
    A record without "architecture" is from before the BiLSTM: a CNN, with its width and depth."""
    try:
        record = json.loads((path / "training.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return dict(DEFAULT_MODEL)
    before_lstm = {"lstm": 0, **{key: record[key] for key in ("width", "depth") if key in record}}
    return {**DEFAULT_MODEL, **record.get("architecture", before_lstm)}


def tagged_spans(doc: Doc) -> dict[str, list[Span]]:
    """What saywho_spans tagged, by role (empty when it did not run)."""
    return {role: list(doc.spans.get(group, [])) for role, group in SPAN_GROUPS.items()}
