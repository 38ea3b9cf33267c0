"""spaCy's greedy dependency parser, stepped from Python: the same parses, a third less time.

spaCy's `parser` runs its transition loop in compiled code with the GIL
released. In the spaCy 3.8 wheels many of the small functions that loop calls
(thinc's `Vec.arg_max`, used 64 times per state and step for the maxout, and
the StateC queries behind each move's validity) take and release the GIL on
every call; on PolNeAR that lock traffic was half of the parser's samples
(`perf record`: `pthread_mutex_lock`/`unlock`, `take_gil` and their kin).
Called with the GIL already held, the same functions only bump a counter.

`saywho_fastparse` therefore runs spaCy's own pieces, one step at a time, from
Python, which holds the GIL throughout:

- the parser's model sets up the batch as in `greedy_parse` (its tok2vec
  listener reading `doc.tensor`, and the precomputed lower layer);
- each step takes the states' context tokens (`get_token_ids`), sums their
  precomputed features with the same BLIS saxpy calls, adds the bias and takes
  the maxout (`precompute_hiddens.predict`), then multiplies by the upper layer
  with BLIS's sgemm, the product spaCy's loop calls directly, and adds its bias.
  (numpy's BLAS would take a fifth of the time of these small products, but
  what it gives for one state depends on how many states share the product,
  so an article's parse could turn on the articles batched with it);
- `Parser.transition_states` picks each state's first best valid move and
  applies it, with spaCy's own validity rules and transitions;
- `Parser.set_annotations` writes heads, labels and sentence starts and
  deprojectivises, as the component does.

So the scores are the same floats and every decision is spaCy's own. One
difference in shape: a batch is stepped whole, where spaCy sorts it by length
and steps quarters of it; a state's scores do not depend on the other states
of its step, so the parses are the same (bench/throughput.py --check compares
every token of PolNeAR train and dev).

It handles what saywho's pipeline has: a greedy parser with a maxout lower
layer and an upper layer, no classes marked unseen, on the CPU. For anything
else (a beam; unseen classes, whose score spaCy sets to the lowest of the whole
step; a lower layer of one piece; GPU ops) it hands the
batch to the original component. saywho.nlp.load_pipeline() puts it in place
of `parser`, which stays in the pipeline, disabled: its model is what it runs.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import cast

import numpy
from spacy.tokens import Doc
from thinc.api import NumpyOps
from thinc.types import Floats2d

from saywho.analyse.stand_in import StandIn

# thinc's CPU ops with BLIS: their gemm is blis.py.gemm with beta 0, the sgemm spaCy's loop calls.
BLIS_OPS = NumpyOps(use_blis=True)


@dataclass
class UpperLayer:
    """The parser's output layer, as spaCy's loop reads it."""

    W: numpy.ndarray  # (classes, hiddens), C-contiguous as BLIS wants it
    b: numpy.ndarray  # (classes,)


class FastParser(StandIn):
    """A greedy arc-eager parse with the pipeline's `parser` (found by name, or given with `adopt`)."""

    replaces, default_name = "parser", "saywho_fastparse"
    upper: UpperLayer | None = None  # read from `parser` on adoption

    def read_weights(self, parser) -> None:
        self.upper = _upper_layer(parser)

    @property
    def knows_model(self) -> bool:
        return self.upper is not None

    def decode(self, batch: list[Doc]) -> Iterator[Doc]:
        assert self.upper is not None  # decodes() said so
        self.original.set_annotations(batch, self._parse(batch, self.upper))
        yield from batch

    def _parse(self, docs: list[Doc], upper: UpperLayer) -> list:
        """The final states of the docs, as Parser.predict gives them for a greedy parser."""
        parser = self.original
        finals = parser.moves.init_batch(docs)
        if not any(len(doc) for doc in docs):
            return finals
        parser._ensure_labels_are_added(docs)
        step_model = parser.model.predict(docs)
        states = [state for state in finals if not state.is_final()]
        while states:
            hidden = step_model.state2vec.predict(step_model.get_token_ids(states))
            states = parser.transition_states(states, _scores(hidden, upper))
        step_model.clear_memory()
        return finals


def _scores(hidden: numpy.ndarray, upper: UpperLayer) -> numpy.ndarray:
    """spaCy's predict_states after the maxout: BLIS's sgemm (beta 0, as there), then the bias."""
    scores = BLIS_OPS.gemm(cast(Floats2d, hidden), cast(Floats2d, upper.W), trans2=True)
    scores += upper.b
    return cast(numpy.ndarray, scores)


def _upper_layer(parser) -> UpperLayer | None:
    """The output layer of a greedy CPU parser with no unseen classes, or None for anything else."""
    model = parser.model
    if parser.cfg.get("beam_width", 1) != 1 or type(parser.moves).__name__ != "ArcEager":
        return None
    if not model.attrs.get("has_upper") or model.attrs.get("unseen_classes"):
        return None
    if model.get_ref("lower").get_dim("nP") < 2:
        return None  # spaCy's loop takes no maxout then, but precompute_hiddens would apply a relu
    upper = model.get_ref("upper")
    if not all(isinstance(layer.ops, NumpyOps) for layer in model.walk()):
        return None  # GPU ops: spaCy's loop copies to the CPU its own way
    W, b = upper.get_param("W"), upper.get_param("b")
    if W.dtype != numpy.float32 or b.dtype != numpy.float32:
        return None
    return UpperLayer(W=numpy.ascontiguousarray(W), b=b)
