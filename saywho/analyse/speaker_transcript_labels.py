"""A transcript's turns (`RAMOS: Secretary Clinton, did you lie to them?`): the label in capitals names the speaker
and nothing else does. The parser hangs the turn's first words on the label ("RAMOS" with "Secretary Clinton" in
apposition), so read as any other source the label would take the name of the person addressed."""

from __future__ import annotations

from saywho.analyse.speaker_candidates import speaker_of, unresolved
from saywho.document import Attribution, Entity, Speaker

LABEL_CUE = ":"
SHORTEST_LABEL = 3  # "Q" and "A" are an interview's turns (speaker_interviews.py)


def labelled_turn(attribution: Attribution, entities: dict[str, Entity]) -> Speaker | None:
    """The speaker of a transcript turn: the one person or organisation whose name holds every word of the label
    (`PENCE` → Mike Pence); the label itself, unresolved, where none or several do."""
    label = attribution.source.text if attribution.source is not None else ""
    if attribution.cue is None or attribution.cue.text != LABEL_CUE or len(label) < SHORTEST_LABEL \
            or not label.isupper():
        return None
    words = set(label.lower().split())
    named = [e for e in entities.values() if e.type in {"PERSON", "ORG"} and words <= set(e.name.lower().split())]
    if len(named) != 1:
        return unresolved(label)
    return speaker_of(named[0], "name" if named[0].name == label else "alias")
