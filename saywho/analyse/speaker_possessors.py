"""A source that is someone's act or words, owned by a pronoun: "His remarks indicated …", "her disclosure suggests".

The name's case is read already ("Mr. Obama's diagnosis", mention_names.py); with a he or she in the
owner's place the words are still the owner's, so the source is whoever that pronoun stands for. Only a
noun of saying or a noun made from a verb (-ment, -tion, -sion, -sure: an act of the owner's) counts:
"his campaign", "her aides", "his family" are other people, and stay as the text describes them.
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Token

from saywho.analyse.mention_names import SAYING_NOUNS
from saywho.lexicons import classified

POSSESSIVES = frozenset({"his", "her"})  # what each stands for is speaker_candidates.WANTED's
ACT_ENDINGS = ("ment", "tion", "sion", "sure")


def owning_pronoun(head: Token, roles: dict[str, str]) -> Token | None:
    """The "his" or "her" owning the noun `head` where that noun is the owner's act or words; else None."""
    if head.pos_ != "NOUN":
        return None
    owner = next((c for c in head.children if c.dep_ == "poss"), None)
    if owner is None or owner.lower_ not in POSSESSIVES:
        return None
    lemma = head.lemma_.lower()
    if lemma in roles or lemma in _people_nouns():
        return None
    return owner if lemma in SAYING_NOUNS or lemma.endswith(ACT_ENDINGS) else None


@lru_cache(maxsize=1)
def _people_nouns() -> frozenset[str]:
    """Heads of unnamed sources ("his advisers", "her associates"): people, not acts."""
    return frozenset(word for word, kind in classified("sources.txt").items() if kind == "anonymous")
