"""The writer's voice: sources, hedges, unattributed claims, labels and loaded cues.

Placeholder until the voice analysis lands: every list is present and empty.
"""

from __future__ import annotations

from spacy.tokens import Doc

VOICE_KEYS = ("sources", "hedges", "unattributed_claims", "labels", "loaded_cues")


def find_voice(doc: Doc) -> dict[str, list[dict]]:
    return {key: [] for key in VOICE_KEYS}
