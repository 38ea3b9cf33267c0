"""The span tagger's network at run time: thinc's arithmetic, in plain numpy, without the overheads.

Training uses thinc's layers (span_model.build_network). Predicting only needs each
token's best tag, and three things make that cheaper than thinc's own predict:
- the one-hot blocks of a token's features (span_features.FeatureCodes) are looked up
  as rows of the first layer's weights instead of multiplied as a mostly-zero matrix;
- a window layer multiplies its three weight blocks with the rows as they are and adds
  the results shifted, instead of copying every row three times first;
- the last layer's softmax is skipped: it does not change which tag scores best;
- the optional BiLSTM steps through all the documents of a batch, and both directions, at
  once (span_lstm.py).
The arithmetic is otherwise thinc's (Maxout, LayerNorm, residual, the zero rows between
documents), so the tags are the same; tests/test_span_model.py checks it.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy
from thinc.api import Model

from saywho.analyse.span_features import TENSOR_WIDTH, FeatureCodes
from saywho.analyse.span_lstm import BiLSTM
from saywho.blas import NumpyBlasOps


@dataclass(frozen=True)
class MaxoutLayer:
    weights: numpy.ndarray  # (inputs, pieces × outputs): each piece's outputs side by side
    bias: numpy.ndarray
    scale: numpy.ndarray  # LayerNorm's G and b
    shift: numpy.ndarray
    pieces: int

    def finish(self, summed: numpy.ndarray) -> numpy.ndarray:
        """Bias, the best piece of each output, then LayerNorm (thinc's Maxout(normalize=True))."""
        summed += self.bias
        outputs = summed.shape[1] // self.pieces
        best = summed[:, :outputs].copy()
        for piece in range(1, self.pieces):  # a max over whole blocks: numpy is slow at max over a short last axis
            numpy.maximum(best, summed[:, piece * outputs:(piece + 1) * outputs], out=best)
        centred = best - best.mean(axis=1, keepdims=True)
        variance = (centred * centred).mean(axis=1, keepdims=True) + 1e-08
        centred *= variance ** -0.5
        centred *= self.scale
        centred += self.shift
        return centred


class FastSpanNetwork:
    """The trained weights of span_model.build_network, read out once for quick prediction."""

    def __init__(self, network: Model):
        maxouts = [layer for layer in network.walk(order="dfs_pre") if layer.name == "maxout"]
        norms = [layer for layer in network.walk(order="dfs_pre") if layer.name == "layernorm"]
        softmax = next(layer for layer in network.walk() if layer.name == "softmax")
        self.layers = [_maxout(m, n) for m, n in zip(maxouts, norms)]
        self.depth = len(self.layers) - 1
        first = self.layers[0].weights
        self.tensor_weights, self.code_weights = first[:TENSOR_WIDTH], first[TENSOR_WIDTH:]
        self.window_weights = [numpy.split(layer.weights, 3) for layer in self.layers[1:]]  # before, self, after
        self.out_weights = numpy.ascontiguousarray(softmax.get_param("W").T)
        self.out_bias = softmax.get_param("b")
        lstm = next((layer for layer in network.walk() if layer.name == "lstm"), None)
        self.lstm = BiLSTM.of(lstm) if lstm is not None else None

    def predict_tags(self, codes: list[FeatureCodes]) -> list[numpy.ndarray]:
        """The best tag of each token of each document."""
        if not codes:
            return []
        hidden = self._first_layer(codes)
        pad = self.depth
        # thinc's with_array(pad=depth): `depth` zero rows before, between and after the documents.
        width = hidden.shape[1]
        lengths = [len(c.tensor) for c in codes]
        starts = numpy.cumsum([pad] + [n + pad for n in lengths[:-1]])
        padded = numpy.zeros((sum(lengths) + pad * (len(codes) + 1), width), dtype="float32")
        rows = numpy.concatenate([numpy.arange(s, s + n) for s, n in zip(starts, lengths)])
        padded[rows] = hidden
        for layer, (before, itself, after) in zip(self.layers[1:], self.window_weights):
            summed = _matmul(padded, itself)
            summed[1:] += _matmul(padded[:-1], before)
            summed[:-1] += _matmul(padded[1:], after)
            padded = padded + layer.finish(summed)
        hidden = padded[rows]
        if self.lstm is not None:
            hidden = numpy.hstack((hidden, self.lstm.run(hidden, numpy.array(lengths))))
        scores = _matmul(hidden, self.out_weights)
        scores += self.out_bias
        tags = scores.argmax(axis=1).astype("int32")
        return numpy.split(tags, numpy.cumsum(lengths)[:-1])

    def _first_layer(self, codes: list[FeatureCodes]) -> numpy.ndarray:
        tensor = numpy.concatenate([c.tensor for c in codes])
        summed = _matmul(tensor, self.tensor_weights)
        for column in numpy.concatenate([c.columns for c in codes]).T:  # one block of the one-hot rows at a time
            summed += self.code_weights[column]
        flags = numpy.concatenate([c.flags for c in codes])
        summed += _matmul(flags, self.code_weights[-flags.shape[1]:])
        return self.layers[0].finish(summed)


def _matmul(rows: numpy.ndarray, weights: numpy.ndarray) -> numpy.ndarray:
    """rows @ weights on one thread of numpy's BLAS, as spaCy's own layers multiply in saywho's pipeline
    (saywho/blas.py): thinc's bundled BLIS took three times as long on these machines' CPUs."""
    return _OPS.gemm(numpy.ascontiguousarray(rows), weights)


_OPS = NumpyBlasOps()


def _maxout(maxout: Model, norm: Model) -> MaxoutLayer:
    outputs, pieces, inputs = (maxout.get_dim(name) for name in ("nO", "nP", "nI"))
    # thinc orders the columns output by output (piece fastest); here piece by piece.
    weights = numpy.asarray(maxout.get_param("W")).transpose(2, 1, 0).reshape(inputs, pieces * outputs)
    bias = numpy.asarray(maxout.get_param("b")).T.reshape(pieces * outputs)
    return MaxoutLayer(
        weights=numpy.ascontiguousarray(weights), bias=numpy.ascontiguousarray(bias),
        scale=numpy.asarray(norm.get_param("G")), shift=numpy.asarray(norm.get_param("b")), pieces=pieces,
    )
