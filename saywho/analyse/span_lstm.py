"""The span tagger's BiLSTM at run time (span_model.build_network with `lstm`), in plain numpy.

A recurrent layer has to go one token at a time, so its cost is the number of steps
times the cost of a step, and a step on a batch of 16 documents is too small for the
arithmetic to matter: the count of calls is what costs. So:
- every document of the batch takes its step together (one matrix product over the
  documents, the longest first, as thinc packs them);
- both directions take their step together too: the backward direction reads each
  document from its end, so at step t it is as many documents long as the forward
  one, and the two share one product with a block-diagonal matrix and one set of
  element-wise calls.
The arithmetic is thinc's LSTM (gates forget, input, output and the candidate; no
clipping in the sigmoid), so the tags are the same: tests/test_span_model.py checks it.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy
from thinc.api import Model

GATES = 4  # thinc's order: forget, input, output, candidate


@dataclass(frozen=True)
class BiLSTM:
    """Weights with the columns gate by gate, each gate's forward units before its backward ones."""

    input_weights: numpy.ndarray  # (inputs, GATES × 2 × units)
    hidden_weights: numpy.ndarray  # (2 × units, GATES × 2 × units): forward rows feed forward columns only
    bias: numpy.ndarray
    initial_hidden: numpy.ndarray  # (2 × units,)
    initial_cells: numpy.ndarray
    units: int

    @classmethod
    def of(cls, lstm: Model) -> BiLSTM:
        """From thinc's LSTM(bi=True, depth=1): its flat "LSTM" parameter holds, per direction, the input
        weights and bias, then the hidden weights and bias, each gate's rows in a block."""
        if lstm.get_dim("depth") != 1 or lstm.get_dim("dirs") != 2:
            raise ValueError("saywho_spans: only a one-layer bidirectional LSTM is supported")
        units, inputs = lstm.get_dim("nO") // 2, lstm.get_dim("nI")
        flat = numpy.asarray(lstm.get_param("LSTM"))
        input_weights = numpy.zeros((inputs, GATES, 2, units), dtype="float32")
        hidden_weights = numpy.zeros((2, units, GATES, 2, units), dtype="float32")
        bias = numpy.zeros((GATES, 2, units), dtype="float32")
        at = 0
        for direction in range(2):
            sizes = (GATES * units * inputs, GATES * units, GATES * units * units, GATES * units)
            w_input, b_input, w_hidden, b_hidden = numpy.split(flat[at:at + sum(sizes)], numpy.cumsum(sizes)[:-1])
            at += sum(sizes)
            input_weights[:, :, direction] = w_input.reshape(GATES, units, inputs).transpose(2, 0, 1)
            hidden_weights[direction, :, :, direction] = w_hidden.reshape(GATES, units, units).transpose(2, 0, 1)
            bias[:, direction] = (b_input + b_hidden).reshape(GATES, units)
        # thinc hands HC0[0] to its loop as the cells and HC0[1] as the hidden state (they are never trained).
        states = numpy.asarray(lstm.get_param("HC0"))[:, 0]  # (2, directions, units)
        # The sigmoid gates' weights are stored negated: the loop then needs no negation (and the sums,
        # negated term by term, are exactly the negated sums).
        for weights in (input_weights, hidden_weights, bias):
            weights[..., :3, :, :] *= -1
        return cls(
            input_weights.reshape(inputs, -1), hidden_weights.reshape(2 * units, -1), bias.reshape(-1),
            states[1].reshape(-1).copy(), states[0].reshape(-1).copy(), units,
        )

    def run(self, rows: numpy.ndarray, lengths: numpy.ndarray) -> numpy.ndarray:
        """Each token's outputs, forward then backward, for documents whose rows follow one another."""
        order = Packing(lengths)
        inputs = rows @ self.input_weights
        inputs += self.bias
        # Step t: the forward direction reads token t of each document, the backward one token n - 1 - t.
        steps = inputs[order.forward].reshape(len(rows), GATES, 2, self.units)
        steps[:, :, 1] = inputs[order.backward].reshape(len(rows), GATES, 2, self.units)[:, :, 1]
        packed = self._steps(steps.reshape(len(rows), -1), order)
        outputs = numpy.empty((len(rows), 2 * self.units), dtype="float32")
        outputs[order.forward, :self.units] = packed[:, :self.units]
        outputs[order.backward, self.units:] = packed[:, self.units:]
        return outputs

    def _steps(self, gates: numpy.ndarray, order: Packing) -> numpy.ndarray:
        """The recurrence over packed rows (gates: their input part, overwritten). A step's first rows are
        the documents still going, in the same order as at the step before, so the hidden state is read
        from the outputs of the step before."""
        width = 2 * self.units
        hidden = numpy.tile(self.initial_hidden, (order.documents, 1))
        cells = numpy.tile(self.initial_cells, (order.documents, 1))
        outputs = numpy.empty((len(gates), width), dtype="float32")
        for start, active in zip(order.step_starts.tolist(), order.size_at_t.tolist()):
            step = gates[start:start + active]
            step += hidden[:active] @ self.hidden_weights
            sigmoids = step[:, :3 * width]  # of minus the gates' sums: see `of`
            numpy.exp(sigmoids, out=sigmoids)
            sigmoids += 1
            numpy.reciprocal(sigmoids, out=sigmoids)
            candidate = numpy.tanh(step[:, 3 * width:])
            candidate *= step[:, width:2 * width]
            cell = cells[:active]
            cell *= step[:, :width]
            cell += candidate
            hidden = numpy.tanh(cell, out=outputs[start:start + active])
            hidden *= step[:, 2 * width:3 * width]
        return outputs


class Packing:
    """Where each token of documents of `lengths` sits when they are packed step by step, the longest
    document first: step t holds token t of each document at least t + 1 long."""

    def __init__(self, lengths: numpy.ndarray):
        ranked = numpy.argsort(-lengths, kind="stable")
        self.documents = len(lengths)
        self.size_at_t = (lengths[:, None] > numpy.arange(lengths.max())).sum(axis=0)
        self.step_starts = numpy.cumsum(self.size_at_t) - self.size_at_t
        firsts = numpy.cumsum(lengths) - lengths
        total = int(lengths.sum())
        self.forward = numpy.empty(total, dtype="int64")  # packed row → the token it reads going forward
        self.backward = numpy.empty(total, dtype="int64")
        for rank, document in enumerate(ranked.tolist()):
            length, first = int(lengths[document]), int(firsts[document])
            packed = self.step_starts[:length] + rank
            self.forward[packed] = first + numpy.arange(length)
            self.backward[packed] = first + length - 1 - numpy.arange(length)
