"""A he or she the ranker doubts inside a relative clause about a named person: that person.

"The latest is Rep. Joe Wilson, the South Carolina congressman who gained national attention in 2009 when he
yelled …": the clause "who gained …" is about the name it hangs on (or on the description set beside that name),
and a he or she its own subject's clause holds, with nobody else named between, is that person again. Taken
only where the ranker and the other rules leave the pronoun open: PolNeAR train-pronouns.jsonl 818 → 819 right
(first written in round s14, kept as a patch below that round's bar), train.jsonl unchanged, no wrong name.
"""

from __future__ import annotations

from spacy.tokens import Token

from saywho.analyse.speaker_candidates import Candidate
from saywho.analyse.speaker_sentence_leads import GENDERS, SUBJECTS

RELATIVES = frozenset({"who", "whom", "whose", "that"})


def relative_clause_owner(head: Token, candidates: list[Candidate], by_token: dict[int, str],
                          genders: dict[str, str | None]) -> Candidate | None:
    """The latest of `candidates` of the person whose relative clause holds the pronoun `head`; None otherwise."""
    if head.dep_ not in SUBJECTS or head.lower_ not in GENDERS:
        return None
    clause = next((t for t in head.ancestors if t.dep_ == "relcl"), None)
    if clause is None or not any(c.dep_ in SUBJECTS and c.lower_ in RELATIVES for c in clause.children):
        return None
    noun = clause.head
    entity_id = by_token.get(noun.i)
    if entity_id is None and noun.dep_ == "appos":  # "Joe Wilson, the congressman who …"
        entity_id = by_token.get(noun.head.i)
    if entity_id is None or genders.get(entity_id) not in {GENDERS[head.lower_], None}:
        return None
    if any(by_token.get(t.i, entity_id) != entity_id for t in head.doc[noun.i + 1:head.i]):
        return None  # someone else named between: "… who met Obama when he …" may be either
    theirs = [c for c in candidates if c.entity is not None and c.entity.id == entity_id
              and c.speaker.type == "PERSON"]
    return max(theirs, key=lambda c: c.offset) if theirs else None
