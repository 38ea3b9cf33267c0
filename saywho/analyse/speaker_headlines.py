"""A headline's bare description ("British diplomat praises …", "Indiana governor endorses Cruz") is the one
person the article goes on to give that office or calling ("British diplomat Sir Peter Westmacott",
"Gov. Mike Pence").

A headline drops its articles and names its speaker by what they are; the body names them. The tie is the
article's own: the headline's head noun is a word the article gives one person, and only one, anywhere
(a title, the words before the name, an apposition: mention_roles.role_words). A qualifier of the noun that
the article gives another person given the noun leaves it unnamed, as do two people given the noun, and any
noun that says nothing of office ("Woman reveals …"); a person the article places in another state is not
the one ("Indiana governor" is not "Ohio Gov. John Kasich").

Train (saywho/eval/speaker_gold/train.jsonl), after speaker_taken_up.py: descriptions 365 → 367 right of 414
("British diplomat" → Peter Westmacott, "Indiana governor" → Mike Pence), no right one lost, wrong names unchanged
(9); train-pronouns unchanged. Left unnamed: "SEIU chief" (the body says "the head of"), "Woman".
"""

from __future__ import annotations

from spacy.tokens import Token

from saywho.analyse.referents import CALLED, words_for
from saywho.analyse.speaker_candidates import speaker_of
from saywho.analyse.speaker_taken_up import OFFICES
from saywho.document import Attribution, Speaker
from saywho.lexicons import classified

# Heads a headline may bear besides the offices a description takes up a name with.
CALLINGS = OFFICES | {"diplomat", "chief", "head", "director", "executive", "analyst", "judge", "general",
                      "ambassador", "envoy", "economist", "strategist", "pollster", "historian"}
DETERMINERS = {"det", "poss", "nummod"}


def headline_speaker(head: Token, attribution: Attribution, resolver) -> Speaker | None:
    """The person a headline's bare description (its head word `head`) names; None where the article gives
    that noun to no one or to several. `resolver`: the speakers step's."""
    noun = head.lemma_.lower()
    if attribution.paragraph != 0 or noun not in CALLINGS or head.tag_ in {"NNS", "NNPS"}:
        return None
    if any(child.dep_ in DETERMINERS for child in head.children) or head.pos_ not in {"NOUN", "PROPN"}:
        return None
    called = resolver.role_words()
    wanted = CALLED.get(noun, {noun})
    people = [e for e in resolver.entities.values() if e.type == "PERSON"]
    words = {e.id: words_for(e, called.get(e.id, [])) for e in people}
    qualifiers = {c.lower_ for c in head.lefts if c.dep_ in {"compound", "amod"}}
    fitting = [e for e in people if wanted & words[e.id] and not _another_state(qualifiers, words[e.id])]
    if len(fitting) != 1:
        return None
    if any(qualifiers & words[e.id] for e in people if e is not fitting[0] and wanted & words[e.id]):
        return None
    return Speaker(**{**speaker_of(fitting[0], "description").__dict__, "antecedent": head.idx})


def _another_state(qualifiers: set[str], words: set[str]) -> bool:
    """ "Indiana governor" and a governor the article places in Ohio: someone else. Full state names only
    ("in" is a word before it is Indiana's postal code)."""
    states = {state.lower() for state in classified("us_states.txt").values()}
    named, theirs = qualifiers & states, words & states
    return bool(named and theirs and not named & theirs)
