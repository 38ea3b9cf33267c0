"""A bare "the state" as the one US state its sentence, or the sentence before, names ahead of it.

"Hassan touts her experience leading New Hampshire through a period of growth. The state reported a 2.8 percent
unemployment rate in June": a reader needs nothing but the text to name the state. Only a bare "the state" is read
so ("the state of Ohio", "the state party", "the state's attorney" are other things), and only where exactly one
state (us_states.txt) is named there, outside quotation marks or in; a country or a city named beside it is no
state. PolNeAR train.jsonl: descriptions 371 → 372 right, no wrong name.
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Token

from saywho.analyse.speaker_candidates import speaker_of
from saywho.document import Entity, Speaker
from saywho.lexicons import classified


@lru_cache(maxsize=1)
def _state_names() -> frozenset[str]:
    return frozenset(state.lower() for state in classified("us_states.txt").values())


def state_named_before(head: Token, by_token: dict[int, str], entities: dict[str, Entity]) -> Speaker | None:
    """The speaker of the one state named in `head`'s sentence before it or in the sentence before, where `head`
    is a bare "the state"; None otherwise."""
    if head.lower_ != "state" or head.tag_ != "NN" or [c.lower_ for c in head.children] != ["the"]:
        return None
    sentence = head.sent
    start = head.doc[sentence.start - 1].sent.start if sentence.start > 0 else sentence.start
    states = {by_token[i] for i in range(start, head.i) if i in by_token and _is_state(entities[by_token[i]])}
    if len(states) != 1:
        return None
    state = entities[states.pop()]
    first = min(i for i in range(start, head.i) if by_token.get(i) == state.id)
    return Speaker(**{**speaker_of(state, "description").__dict__, "antecedent": head.doc[first].idx})


def _is_state(entity: Entity) -> bool:
    return entity.type == "GPE" and any(name.lower() in _state_names() for name in [entity.name, *entity.aliases])
