"""A faster decoder standing in for one of spaCy's components, over that component's own weights.

saywho_fastner and saywho_fastparse (fastner.py, fastparse.py) each read the model of a
component of the pipeline (`ner`, `parser`) and decode with it outside spaCy's GIL-bound
loop, giving the same annotations. This is what they share: they find the component by name
the first time they run (or are given it with `adopt`), and any batch they cannot decode goes
to the component itself.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from itertools import islice
from typing import Any, ClassVar

from spacy.language import Language
from spacy.tokens import Doc


class StandIn:
    """The pipeline component a subclass stands in for is `replaces`; `original` once adopted."""

    replaces: ClassVar[str]
    default_name: ClassVar[str]

    def __init__(self, nlp: Language, name: str | None = None):
        self.nlp = nlp
        self.name = name or self.default_name
        self.original: Any = None

    def adopt(self, component: Any) -> StandIn:
        self.original = component
        self.read_weights(component)
        return self

    def __call__(self, doc: Doc) -> Doc:
        return next(iter(self.pipe([doc])))

    def pipe(self, docs: Iterable[Doc], batch_size: int = 16) -> Iterator[Doc]:
        if self.original is None:
            self.adopt(self.nlp.get_pipe(self.replaces))
        docs = iter(docs)
        while batch := list(islice(docs, batch_size)):
            if self.decodes(batch):
                yield from self.decode(batch)
            else:
                yield from self.original.pipe(batch, batch_size=batch_size)

    def read_weights(self, component: Any) -> None:
        """Read what decoding needs from the component's model (leave it unread where it cannot)."""
        raise NotImplementedError

    @property
    def knows_model(self) -> bool:
        """Whether the adopted component's model is one this decoder reads (else it never decodes)."""
        raise NotImplementedError

    def decodes(self, batch: list[Doc]) -> bool:
        """Whether this batch can be decoded here; else the original component annotates it."""
        return self.knows_model

    def decode(self, batch: list[Doc]) -> Iterator[Doc]:
        """Annotate the batch as the original component would, and give back its Docs."""
        raise NotImplementedError
