"""The sentence starts the quote step presets for the parser: after a line break, and not after a closing mark
that a lower-case frame follows."""

from __future__ import annotations

from functools import cache

import pytest
import spacy
from spacy.tokens import Doc

from saywho.analyse.quotes import find_quotes
from saywho.analyse.sentences import paragraph_spans, preset_boundaries

TEXT = ("The council met on Monday.\n\n"
        "“We will not wait,” she said. “Why now?” he asked. “Enough.” Then the vote came.\n"
        "  \n"
        "A third paragraph.")


@cache
def _english() -> spacy.language.Language:
    return spacy.blank("en")  # the tokenizer only: the presets come before the parser


def _preset(text: str) -> Doc:
    doc = _english().make_doc(text)
    quotes, _ = find_quotes(text, paragraph_spans(text))
    preset_boundaries(doc, quotes)
    return doc


def test_a_paragraph_starts_a_sentence_and_a_frame_after_a_closing_mark_does_not():
    doc = _preset(TEXT)
    preset = {token.text: token.is_sent_start for token in doc if token.is_sent_start is not None}
    # "Then" follows a closing mark too, but in capitals: the parser decides
    # and a paragraph's second word goes on its first word's sentence ("The council", "A third")
    assert preset == {"The": True, "council": False, "“": True, "she": False, "he": False, "A": True, "third": False}


def test_a_place_opening_a_paragraph_goes_on_into_its_sentence():
    doc = _preset("Star striker leaves club\n\nPortside United's top scorer is leaving, the team said.")
    assert [(t.text, t.is_sent_start) for t in doc if t.text in {"Portside", "United"}] == [
        ("Portside", True), ("United", False)]


def test_a_text_of_spaces_only_and_an_empty_text_get_no_start_but_the_first():
    assert [t.is_sent_start for t in _preset("  \n ")] == [True]
    assert len(_preset("")) == 0


def test_a_parsed_doc_is_refused_as_spacy_refuses_it():
    vocab = _english().vocab
    doc = Doc(vocab, words=["He", "left", ".", "\n", "Then"], heads=[1, 1, 1, 1, 4],
              deps=["nsubj", "ROOT", "punct", "dep", "ROOT"])
    with pytest.raises(ValueError):
        preset_boundaries(doc, [])
