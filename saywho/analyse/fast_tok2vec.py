"""spaCy's CNN tok2vec, run forward only: the same vectors, with fewer passes over memory.

en_core_web_sm encodes tokens twice, once in its `tok2vec` component (for the tagger and
the parser) and once inside `ner`, each with spacy.Tok2Vec.v2: a MultiHashEmbed (hashed
NORM, PREFIX, SUFFIX, SHAPE ... tables, concatenated, then maxout and layer norm) and a
MaxoutWindowEncoder (four residual blocks of window, maxout and layer norm). thinc runs
each layer as for training: the maxout also records which piece won, the layer norm
takes the mean three times over, and every layer allocates its output afresh. Those
passes cost as much as the matrix products themselves.

`Encoder` reads the weights of such a model and computes the same floats with the same
operations in the same order (the products with the layers' own ops; each mean and
variance as numpy's `var` takes them, but the mean and the centred values once), so
`encode(docs)` equals `model.predict(docs)` bit for bit (tests/test_fast_tok2vec.py).
`read_encoder` gives None for any other architecture, and callers then run the model.

`saywho_fasttok2vec` stands in for the `tok2vec` component with it (setting each doc's
tensor, which the tagger's and the parser's listeners read at prediction), and
saywho_fastner encodes with it before its own layers. saywho.nlp.load_pipeline() puts it
in place of `tok2vec`, which stays in the pipeline, disabled: its weights are what it reads.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import numpy
from spacy.tokens import Doc
from thinc.api import Model

from saywho.analyse.stand_in import StandIn

EMBED_LAYERS = ("extract_features", "list2ragged", "with_array", "with_array", "ragged2list")


@dataclass
class MaxoutNorm:
    """Maxout followed by layer norm (spaCy's `Maxout(normalize=True)`); its dropout does nothing at prediction."""

    maxout: Model  # whose ops multiply: saywho.nlp.use_numpy_matmul may change them after loading
    W: numpy.ndarray  # (nO * nP, nI)
    b: numpy.ndarray  # (nO * nP,)
    pieces: int
    G: numpy.ndarray  # the layer norm's scale and shift, (nO,)
    shift: numpy.ndarray

    def __call__(self, X: numpy.ndarray) -> numpy.ndarray:
        ops: Any = self.maxout.ops  # thinc's types want its own array types; these are numpy's
        Y = ops.gemm(X, self.W, trans2=True)
        Y += self.b
        return _normalised(_best_pieces(Y.reshape(len(Y), -1, self.pieces)), self.G, self.shift)


def _best_pieces(Z: numpy.ndarray) -> numpy.ndarray:
    """The largest of each unit's pieces (numpy's max over a short last axis is several times slower). thinc
    keeps the first piece unless a later one is strictly larger; numpy.maximum gives the same value except
    where a piece is NaN (which it keeps) or two pieces are zeros of opposite sign (which it may swap):
    neither comes of finite weights and inputs, or changes a value."""
    best = Z[:, :, 0].copy()
    for piece in range(1, Z.shape[2]):
        numpy.maximum(best, Z[:, :, piece], out=best)
    return best


def _normalised(X: numpy.ndarray, G: numpy.ndarray, shift: numpy.ndarray) -> numpy.ndarray:
    """thinc's LayerNorm, (X - mean) * (var + 1e-8) ** -0.5 * G + shift, in its order of operations; numpy's
    var centres X on the same mean and averages the squares, and here the centred values are kept for the
    scaling rather than computed twice."""
    centred = X - X.mean(axis=1, keepdims=True)
    squares = centred * centred
    var = squares.sum(axis=1, keepdims=True) / X.shape[1] + 1e-08
    centred *= var ** (-1.0 / 2.0)
    centred *= G
    centred += shift
    return centred


@dataclass
class HashTable:
    E: numpy.ndarray
    seed: int


@dataclass
class Encoder:
    """The weights of a spacy.Tok2Vec.v2 of MultiHashEmbed and MaxoutWindowEncoder (window 1)."""

    columns: list[str]
    tables: list[HashTable]
    embed: MaxoutNorm
    blocks: list[MaxoutNorm]
    pad: int

    def encode(self, docs: list[Doc]) -> list[numpy.ndarray]:
        """Each doc's token vectors, as the model's predict gives them."""
        lengths = [len(doc) for doc in docs]
        if not any(lengths):
            return [numpy.zeros((0, len(self.embed.G)), dtype=self.embed.G.dtype) for _ in docs]
        columns: Any = self.columns
        ids = numpy.concatenate([doc.to_array(columns).reshape(len(doc), len(self.columns)) for doc in docs])
        ids = ids.astype(numpy.uint64, copy=False)
        embedded = self.embed(numpy.hstack([self._looked_up(ids[:, k], t) for k, t in enumerate(self.tables)]))
        X = self._padded(embedded, lengths)
        for block in self.blocks:
            X += block(_windows(X))  # residual: the block's output plus its input
        return self._unpadded(X, lengths)

    def _looked_up(self, ids: numpy.ndarray, table: HashTable) -> numpy.ndarray:
        ops: Any = self.embed.maxout.ops  # the hashing and the sums are the same with any of the model's ops
        keys = ops.hash(numpy.ascontiguousarray(ids, dtype=numpy.uint64), table.seed) % table.E.shape[0]
        return ops.gather_add(table.E, keys)

    def _padded(self, X: numpy.ndarray, lengths: list[int]) -> numpy.ndarray:
        """The docs' rows with `pad` zero rows before, between and after them, as thinc's flatten lays them
        out (an empty doc takes no place at all)."""
        out = numpy.zeros((len(X) + self.pad * (sum(map(bool, lengths)) + 1), X.shape[1]), dtype=X.dtype)
        for start, at, length in self._places(lengths):
            out[at : at + length] = X[start : start + length]
        return out

    def _unpadded(self, X: numpy.ndarray, lengths: list[int]) -> list[numpy.ndarray]:
        return [X[at : at + length] for _, at, length in self._places(lengths)]

    def _places(self, lengths: list[int]) -> list[tuple[int, int, int]]:
        """Each doc's (first row unpadded, first row padded, length)."""
        places, start, at = [], 0, self.pad
        for length in lengths:
            places.append((start, at, length))
            start, at = start + length, at + length + (self.pad if length else 0)
        return places


class FastTok2Vec(StandIn):
    """The pipeline's `tok2vec` (found by name, or given with `adopt`), encoded with `Encoder`."""

    replaces, default_name = "tok2vec", "saywho_fasttok2vec"
    encoder: Encoder | None = None  # read from `tok2vec` on adoption

    def read_weights(self, tok2vec) -> None:
        self.encoder = read_encoder(tok2vec.model)

    @property
    def knows_model(self) -> bool:
        return self.encoder is not None

    def decodes(self, batch: list[Doc]) -> bool:
        return self.knows_model and any(len(doc) for doc in batch)  # spaCy's own shapes an all-empty batch

    def decode(self, batch: list[Doc]) -> Iterator[Doc]:
        assert self.encoder is not None  # decodes() said so
        self.original.set_annotations(batch, self.encoder.encode(batch))
        yield from batch


def _windows(X: numpy.ndarray) -> numpy.ndarray:
    """thinc's seq2col with window 1 over one sequence: each row beside the one before and the one after."""
    width = X.shape[1]
    out = numpy.zeros((len(X), 3 * width), dtype=X.dtype)
    out[1:, :width] = X[:-1]
    out[:, width : 2 * width] = X
    out[:-1, 2 * width :] = X[1:]
    return out


def read_encoder(model: Model) -> Encoder | None:
    """The encoder of a spacy.Tok2Vec.v2 model as en_core_web_sm builds it, or None for anything else."""
    try:
        return _read(model)
    except (AttributeError, IndexError, KeyError, ValueError):
        return None


def _read(model: Model) -> Encoder | None:
    embed, encode = model.layers
    if tuple(layer.name.split("(")[0] for layer in embed.layers) != EMBED_LAYERS:
        return None
    extract, _, lookups, project, _ = embed.layers
    tables = [_hash_table(chained, column) for column, chained in enumerate(lookups.layers[0].layers)]
    if None in tables or lookups.attrs.get("pad") or project.attrs.get("pad"):
        return None
    embed_norm = _maxout_norm(project.layers[0])
    blocks = [_window_block(residual) for residual in encode.layers[0].layers]
    if embed_norm is None or not blocks or None in blocks:
        return None
    return Encoder(columns=list(extract.attrs["columns"]), tables=tables, embed=embed_norm,  # type: ignore[arg-type]
                   blocks=blocks, pad=int(encode.attrs["pad"]))  # type: ignore[arg-type]


def _hash_table(chained: Model, column: int) -> HashTable | None:
    """The table of the `column`th feature, which Encoder.encode looks up by that position."""
    getitem, hashembed = chained.layers
    if getitem.name != "ints-getitem" or hashembed.name != "hashembed":
        return None
    if getitem.attrs["index"] != (slice(0, None, None), column):
        return None
    return HashTable(E=numpy.asarray(hashembed.get_param("E")), seed=hashembed.attrs["seed"])


def _window_block(residual: Model) -> MaxoutNorm | None:
    if residual.name.split("(")[0] != "residual":
        return None
    window, rest = residual.layers[0].layers
    if window.name != "expand_window" or window.attrs["window_size"] != 1:
        return None
    return _maxout_norm(rest)


def _maxout_norm(model: Model) -> MaxoutNorm | None:
    """maxout>>layernorm>>dropout, as Maxout(normalize=True, dropout=...) builds it."""
    inner, dropout = model.layers
    if dropout.name != "dropout" or len(inner.layers) != 2:
        return None
    maxout, norm = inner.layers
    if maxout.name != "maxout" or norm.name != "layernorm":
        return None
    nO, nP, nI = (maxout.get_dim(d) for d in ("nO", "nP", "nI"))
    W = numpy.asarray(maxout.get_param("W")).reshape(nO * nP, nI)
    b = numpy.asarray(maxout.get_param("b")).reshape(nO * nP)
    return MaxoutNorm(maxout=maxout, W=W, b=b, pieces=nP, G=numpy.asarray(norm.get_param("G")),
                      shift=numpy.asarray(norm.get_param("b")))
