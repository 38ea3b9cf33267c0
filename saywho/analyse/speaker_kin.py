"""A relative the article has named once by the same words: "an interview his brother Alastair Osman gave to
ITV … his brother added" → Alastair Osman.

"His brother" alone could be anyone's brother; but where the article wrote those very words right before a
full name ("his brother Alastair Osman"), the same words later mean the same person, as a reader takes them.
Only one such name may stand before, only kin nouns count ("his aide Jo Smith" may be one of several aides),
and a first name alone does not ("his father, Rafael," was joined to Rafael Edward Cruz, the son's birth name).
The speaker check keeps such a speaker (speaker_check.py), where it unnames other kin resolved to a name.

Train (saywho/eval/speaker_gold/train.jsonl), after speaker_common_names.py: descriptions 368 → 369 right
("his brother" → Alastair Osman), wrong names unchanged (7); train-pronouns unchanged. With a first name alone
allowed, "his father" became Rafael Edward Cruz, a wrong name: hence the full-name condition.
"""

from __future__ import annotations

from spacy.tokens import Token

from saywho.analyse.speaker_candidates import speaker_of
from saywho.document import Speaker

KIN = {"brother", "sister", "son", "daughter", "father", "mother", "wife", "husband"}
OWNERS = {"his", "her", "their"}


def named_relative(head: Token, resolver) -> Speaker | None:
    """The one person named right after the same "his brother" earlier in the text; None otherwise."""
    owner = head.i > 0 and head.doc[head.i - 1]
    if head.lower_ not in KIN or not owner or owner.lower_ not in OWNERS:
        return None
    found = {name.entity.id: name.offset for name in resolver.name_heads
             if name.offset < head.idx and name.entity.type == "PERSON"
             and _named_after(head.doc, name.index, owner.lower_, head.lower_, resolver.by_token)}
    if len(found) != 1:
        return None
    (entity_id, offset), = found.items()
    return Speaker(**{**speaker_of(resolver.entities[entity_id], "description").__dict__, "antecedent": offset})


def _named_after(doc, index: int, owner: str, noun: str, by_token: dict[int, str]) -> bool:
    """The name whose head word is at `index` starts right after "his brother" (a comma between or not)."""
    first = index
    while first > 0 and by_token.get(first - 1) == by_token.get(index):
        first -= 1
    if first == index:  # "his father, Rafael,": a first name alone is joined to its entity by guesswork
        return False
    before = first - 1 if first > 0 and doc[first - 1].text == "," else first
    return before >= 2 and doc[before - 1].lower_ == noun and doc[before - 2].lower_ == owner
