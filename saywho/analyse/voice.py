"""The writer's voice: whom the article cites, and the words that are the writer's own.

`find_voice(doc)` runs after speakers are resolved and returns five lists; every
item is a dict with `text` and `spans` (``[start, end)`` offsets into text_of(doc)):

- sources: everyone and everything cited, grouped by speaker, with the ways they
  are cited; outlets named without a speech cue ("aired on RT") too.
- hedges: the writer passing a claim on without vouching for it: evidential
  adverbs ("reportedly"), distancing adjectives ("so-called"), agentless passives
  of saying or believing ("is said to", "has been seen as") and raising verbs
  ("claimed to have been"), each with the clause or predicate it `qualifies`.
- unattributed_claims: the writer's sentences that assert something checkable
  and are attributed to no one (the rule is in `find_unattributed_claims`).
- labels: evaluative labels and loaded words ("terror group", "regime",
  "infamous"), each with its `category` and the entity it labels (`target`).
- loaded_cues: speech verbs that colour what they report ("blasted", "claiming").
- word_choices: further words of the writer's own that a small learned model
  flags (voice_model.py), each with the cues that weighed most (`why`).

Whose words are they? Everything inside quotation marks (doc._.quotes, the marks
included) belongs to the quoted speaker and is never the writer's. Everything
else is the writer's wording, including the content of an indirect attribution:
"Mujahid said the terrorist organization is urging ..." paraphrases Mujahid in
the writer's words, so "terrorist organization" is the writer's label.

The word lists are saywho's own (lexicons/hedges.txt, labels.txt, sources.txt,
loaded_cue_context.txt and the loaded class of cue_verbs.txt); each is read in
context here, and the same lists apply to every outlet and every side.

This module puts the lists together; each is found in its own module: the shared
`Reading` of a doc, the word lists and span helpers in voice_reading.py, then
voice_sources.py, voice_hedges.py, voice_labels.py, voice_loaded_cues.py and
voice_claims.py (unattributed claims); word choices come from voice_model.py.
"""

from __future__ import annotations

from typing import Any

from spacy.tokens import Doc

from saywho.analyse import voice_model
from saywho.analyse.sentences import text_of
from saywho.analyse.voice_claims import find_unattributed_claims
from saywho.analyse.voice_hedges import find_hedges
from saywho.analyse.voice_labels import find_labels
from saywho.analyse.voice_loaded_cues import find_loaded_cues
from saywho.analyse.voice_reading import Reading
from saywho.analyse.voice_sources import _how_order as _how_order  # re-exported: batches.py sorts merged sources by it
from saywho.analyse.voice_sources import find_sources

VOICE_KEYS = ("sources", "hedges", "unattributed_claims", "labels", "loaded_cues", "word_choices")


def find_voice(doc: Doc) -> dict[str, list[dict[str, Any]]]:
    reading = Reading(doc)
    hedges, hedge_tokens = find_hedges(reading)
    voice = {
        "sources": find_sources(reading),
        "hedges": hedges,
        "unattributed_claims": find_unattributed_claims(reading, hedges),
        "labels": find_labels(reading),
        "loaded_cues": find_loaded_cues(reading, hedge_tokens),
    }
    voice["word_choices"] = find_word_choices(reading, [voice["labels"], voice["loaded_cues"], hedges])
    return voice


def find_word_choices(reading: Reading, flagged: list[list[dict[str, Any]]]) -> list[dict[str, Any]]:
    """What the learned model flags (voice_model.py) among the words no list flagged already."""
    taken = [tuple(span) for items in flagged for item in items for span in item["spans"]]
    return voice_model.word_choices(text_of(reading.doc), voice_model.candidates(reading), taken,
                                    voice_model.shipped_model())
