"""Marks the small model never saw in training, read as the ones it knows.

HuffPost and others set datelines and asides off with a horizontal bar ("WASHINGTON ― President Donald Trump
on Tuesday renewed his attack …"), which `en_core_web_sm` has no reading for: it tags the bar a verb, makes the
dateline's place its subject, and "WASHINGTON" becomes the speaker of what Trump said. Read as an em dash, the
sentence parses as it would with one. Only the model's reading changes: the text and its offsets keep the bar.
"""

from __future__ import annotations

from spacy.tokens import Doc

from saywho.analyse.sentences import text_of

READ_AS = {"―": "—"}  # U+2015 HORIZONTAL BAR as U+2014 EM DASH


def read_as_known(doc: Doc) -> None:
    """Gives each such mark the norm, shape, prefix and suffix of the mark it stands for, before the model reads
    it. They belong to the mark's entry in the shared vocabulary, so every later text reads it the same way."""
    for mark, known in READ_AS.items():
        if mark in text_of(doc):
            word, model = doc.vocab[mark], doc.vocab[known]
            word.norm_, word.shape_, word.prefix_, word.suffix_ = model.norm_, model.shape_, model.prefix_, model.suffix_
