"""One row per attribution, as the hand-written attribution tests state what they expect."""

from __future__ import annotations

import saywho


def attribution_rows(text: str, date: str | None = None) -> list[tuple]:
    """(kind, source, cue, content, speaker name) of each attribution saywho finds in `text`."""
    return [
        (a.kind, a.source.text if a.source else None, a.cue.text if a.cue else None, a.content.text,
         a.speaker.name if a.speaker else None)
        for a in saywho.analyze(text, date=date).attributions
    ]
