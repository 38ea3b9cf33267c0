"""spaCy's greedy entity recogniser, decoded with numpy: same entities, a fraction of the time.

spaCy's `ner` component scores each transition with a small network, then walks
every document token by token in compiled code, asking each of its ~74 moves
whether it is valid in the current state. In the spaCy 3.8 wheels each of those
little state queries takes and releases the GIL (about 700 times per token), so
the walk costs more than the network: on PolNeAR, 35 of the component's 60 ms
per article.

The walk itself is simple for named entities. Every move consumes one token;
the network's input for a state is the sum of three precomputed feature vectors
(the current token, the first token of the open entity, the previous token),
the last two being padding when no entity is open; and which moves are valid
depends only on a few facts (is an entity open, with which label; is this the
last token; does the next one start a sentence; is this one whitespace).
`saywho_fastner` therefore

- runs the component's own layers (its tok2vec, the precomputed lower layer and
  the upper layer) as spaCy does, summing the same vectors in the same order;
- scores every token of the batch at once as if no entity were open there, and
  picks each one's first best valid move (`arg_max_if_valid`), with spaCy's
  validity rules precomputed as a table of masks;
- walks each document: outside an entity a token takes that move; a BEGIN opens
  an entity, whose following tokens are scored together until the first LAST;
- writes the entities with `Doc.set_ents`, every other token outside, as the
  component's `set_annotations` does.

It handles the case saywho's pipeline has: a greedy BILUO recogniser with its
own tok2vec, on documents with no entities set beforehand. For anything else
(a beam, a shared tok2vec listener, classes marked unseen, preset entities) it hands the batch to the
original component. saywho.nlp.load_pipeline() puts it in place of `ner`,
which stays in the pipeline, disabled: its weights are what it reads.
`bench/throughput.py --check` compares every entity with spaCy's own.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import cast

import numpy
from spacy.attrs import IS_SPACE, SENT_START
from spacy.tokens import Doc, Span
from thinc.api import Model
from thinc.types import Floats1d, Floats2d

from saywho.analyse.fast_tok2vec import Encoder, read_encoder
from saywho.analyse.stand_in import StandIn

MOVES = ("M", "B", "I", "L", "U", "O")  # spaCy's BiluoPushDown moves, by their names in get_class_name
MISSING, BEGIN, IN, LAST, UNIT, OUT = range(len(MOVES))
N_CLOSED_CODES = 8  # validity rows for states with no open entity (see _validity_table)
RUN = 16  # tokens scored at once while an entity is open


@dataclass
class Weights:
    """What the decoder needs of the component's model."""

    tok2vec: Model
    lower: Model
    upper: Model
    upper_W: numpy.ndarray  # (classes, hiddens)
    upper_b: numpy.ndarray  # (classes,)
    bias: numpy.ndarray  # the lower layer's bias, (hiddens * pieces,)
    hiddens: int
    pieces: int
    encoder: Encoder | None = None  # tok2vec's first layer, where fast_tok2vec reads it


class FastNer(StandIn):
    """A greedy BILUO decoder over the weights of the pipeline's `ner` (found by name, or given with `adopt`)."""

    replaces, default_name = "ner", "saywho_fastner"
    weights: Weights | None = None  # read from `ner` on adoption

    def read_weights(self, ner) -> None:
        self.weights = _weights(ner)
        if self.weights is not None:
            self._read_moves(ner)

    @property
    def knows_model(self) -> bool:
        return self.weights is not None

    def decodes(self, batch: list[Doc]) -> bool:
        return self.knows_model and not any(_has_entities(doc) for doc in batch)

    def decode(self, batch: list[Doc]) -> Iterator[Doc]:
        for doc, entities in zip(batch, self._decode(batch)):
            doc.set_ents([Span(doc, start, end, label=label) for start, end, label in entities], default="outside")
            yield doc

    # -- the moves and when each is valid ---------------------------------------------------

    def _read_moves(self, ner) -> None:
        strings = ner.vocab.strings
        names = [ner.moves.get_class_name(i) for i in range(ner.moves.n_moves)]
        move = numpy.array([MOVES.index(name.split("-", 1)[0]) for name in names])
        label = numpy.array([strings.add(name.split("-", 1)[1]) if "-" in name else 0 for name in names], dtype="uint64")
        self.move_of, self.label_of = move, label
        labels = sorted({int(x) for x in label if x})
        index = {value: i for i, value in enumerate(labels)}
        self.class_label_index = numpy.array([index.get(int(x), -1) for x in label])
        self.penalty = numpy.where(_validity_table(move, label, labels), numpy.float32(0), numpy.float32(-numpy.inf))

    def _decoding_weights(self) -> Weights:
        if self.weights is None:  # pipe() hands such batches to spaCy's ner
            raise RuntimeError("saywho_fastner has no weights it can decode with")
        return self.weights

    def _decode(self, docs: list[Doc]) -> list[list[tuple[int, int, int]]]:
        """Each doc's entities as (start, end, label) token offsets."""
        lengths = [len(doc) for doc in docs]
        if not any(lengths):
            return [[] for _ in docs]
        tokens = _TokenFacts(docs, _precomputed(self._decoding_weights(), docs))
        closed_moves = self._closed_moves(tokens)
        entities = []
        for first, length in zip(tokens.offsets, lengths):
            entities.append(self._walk(tokens, closed_moves, first, first + length))
        return entities

    def _closed_moves(self, tokens: _TokenFacts) -> numpy.ndarray:
        """The class chosen at each token if no entity is open there (its features are then fixed)."""
        f = tokens.features
        pad = f[0]
        hidden = f[1:, 0] + pad[1]
        hidden += pad[2]
        scores = self._scores(hidden)
        code = tokens.last * 4 + tokens.next_starts_sentence * 2 + tokens.space
        return (scores + self.penalty[code]).argmax(axis=1)

    def _walk(self, tokens: _TokenFacts, closed_moves: numpy.ndarray, first: int, end: int) -> list[tuple[int, int, int]]:
        """One doc, token by token: closed states take their precomputed move; an opened entity runs to its LAST."""
        found = []
        t = first
        while t < end:
            chosen = closed_moves[t]
            move = self.move_of[chosen]
            if move == UNIT:
                found.append((t - first, t - first + 1, int(self.label_of[chosen])))
            elif move == BEGIN:
                last = self._entity_end(tokens, t, chosen)
                found.append((t - first, last + 1 - first, int(self.label_of[chosen])))
                t = last
            t += 1
        return found

    def _entity_end(self, tokens: _TokenFacts, start: int, chosen: int) -> int:
        """The token where the entity opened at `start` closes: the first LAST move (IN continues it)."""
        f = tokens.features
        label_row = N_CLOSED_CODES + 2 * self.class_label_index[chosen]
        t = start + 1
        while True:
            # An open entity must close by the next token that ends the doc or precedes a sentence start.
            stop = t + int(numpy.argmax(tokens.blocked[t:t + RUN]))
            run = numpy.arange(t, stop + 1) if tokens.blocked[stop] else numpy.arange(t, t + RUN)
            hidden = f[run + 1, 0] + f[start + 1, 1]
            hidden += f[run, 2]
            scores = self._scores(hidden)
            scores += self.penalty[label_row + tokens.blocked[run]]
            closes = self.move_of[scores.argmax(axis=1)] == LAST
            if closes.any():
                return int(run[numpy.argmax(closes)])
            t = int(run[-1]) + 1

    def _scores(self, hidden: numpy.ndarray) -> numpy.ndarray:
        """spaCy's predict_states from summed features: bias, maxout, the upper layer."""
        w = self._decoding_weights()
        hidden += w.bias
        pieces = hidden.reshape(len(hidden), w.hiddens, w.pieces)
        hidden = numpy.maximum(pieces[:, :, 0], pieces[:, :, 1]) if w.pieces == 2 else pieces.max(axis=2)
        # Through the layer's ops, so that load_pipeline()'s choice of BLAS and threads holds here too.
        # thinc types its arrays by shape (Floats2d); they are these numpy arrays
        scores = w.upper.ops.gemm(cast(Floats2d, numpy.ascontiguousarray(hidden)), cast(Floats2d, w.upper_W),
                                  trans2=True)
        scores += cast(Floats1d, w.upper_b)
        return cast(numpy.ndarray, scores)


class _TokenFacts:
    """The batch's tokens end to end, with what the validity rules ask of each."""

    def __init__(self, docs: list[Doc], features: numpy.ndarray):
        self.features = features  # (tokens + 1, 3, hiddens * pieces); row 0 is the padding
        lengths = numpy.array([len(doc) for doc in docs])
        ends = numpy.cumsum(lengths)
        self.offsets = (ends - lengths).tolist()
        self.space = numpy.concatenate([doc.to_array(IS_SPACE) for doc in docs]).astype(numpy.int64)
        starts = numpy.concatenate([doc.to_array(SENT_START) for doc in docs]).astype(numpy.int64) == 1
        self.last = numpy.zeros(len(self.space), dtype=numpy.int64)
        self.last[ends[lengths > 0] - 1] = 1
        self.next_starts_sentence = numpy.append(starts[1:], False).astype(numpy.int64) * (1 - self.last)
        self.blocked = self.last | self.next_starts_sentence


def _validity_table(move: numpy.ndarray, label: numpy.ndarray, labels: list[int]) -> numpy.ndarray:
    """Which classes are valid, one row per kind of state (spaCy's is_valid rules, with no preset entities).

    Rows 0-7 are states with no open entity, coded last*4 + next_starts_sentence*2 + is_space;
    then two rows per label of the open entity, the second when the entity must close here
    (last token, or the next one starts a sentence).
    """
    named = label != 0
    rows = []
    for code in range(8):
        last, next_starts, space = bool(code & 4), bool(code & 2), bool(code & 1)
        begin = (move == BEGIN) & named & (not last) & (not next_starts) & (not space)
        unit = (move == UNIT) & named & (not space)
        rows.append(begin | unit | (move == OUT))
    for value in labels:
        same = named & (label == value)
        for must_close in (False, True):
            rows.append(same & ((move == LAST) | ((move == IN) & (not must_close))))
    return numpy.array(rows)


def _weights(ner) -> Weights | None:
    """The layers of a greedy BILUO model with its own tok2vec, or None for anything else."""
    from spacy.pipeline.tok2vec import Tok2VecListener

    model = ner.model
    if ner.cfg.get("beam_width", 1) != 1 or type(ner.moves).__name__ != "BiluoPushDown":
        return None
    if not model.attrs.get("has_upper") or model.get_ref("lower").get_dim("nF") != 3:
        return None
    if model.attrs.get("unseen_classes"):
        return None  # spaCy gives those the lowest score of the whole batch at each step, which ties states together
    tok2vec = model.get_ref("tok2vec")
    if any(isinstance(layer, Tok2VecListener) for layer in tok2vec.walk()):
        return None
    lower, upper = model.get_ref("lower"), model.get_ref("upper")
    hiddens, pieces = lower.get_dim("nO"), lower.get_dim("nP")
    return Weights(
        tok2vec=tok2vec,
        lower=lower,
        upper=upper,
        upper_W=numpy.ascontiguousarray(upper.get_param("W")),
        upper_b=upper.get_param("b"),
        bias=lower.get_param("b").reshape(hiddens * pieces),
        hiddens=hiddens,
        pieces=pieces,
        encoder=_encoder(tok2vec),
    )


def _encoder(tok2vec: Model) -> Encoder | None:
    layers = tok2vec.layers
    if len(layers) != 3 or [layer.name for layer in layers[1:]] != ["list2array", "linear"]:
        return None
    return read_encoder(layers[0])


def _precomputed(w: Weights, docs: list[Doc]) -> numpy.ndarray:
    tokvecs = _encoded(w, docs)
    cached = w.lower.predict(tokvecs)  # (tokens + 1, 3, hiddens, pieces), padding first
    return cached.reshape(cached.shape[0], cached.shape[1], -1)


def _encoded(w: Weights, docs: list[Doc]) -> numpy.ndarray:
    """The component's tok2vec, a spacy.Tok2Vec.v2 chained to list2array and a linear layer: the first with
    fast_tok2vec's encoder where it reads it."""
    if w.encoder is None:
        return w.tok2vec.predict(docs)
    linear = w.tok2vec.layers[2]  # _encoder read list2array, then this
    return linear.predict(numpy.concatenate(w.encoder.encode(docs)))


def _has_entities(doc: Doc) -> bool:
    return bool(doc.to_array("ENT_IOB").any())
