"""The writer's voice, hedges: the writer passing a claim on without vouching for it.

Evidential adverbs ("reportedly"), distancing adjectives ("so-called"), agentless
passives of saying or believing ("is said to") and raising verbs ("claimed to have
been"), each with the clause or predicate it `qualifies`.
"""

from __future__ import annotations

from typing import Any

from spacy.tokens import Token

from saywho.analyse.token_arrays import with_lower, with_lower_or_lemma
from saywho.analyse.voice_labels import noun_phrase
from saywho.analyse.voice_loaded_cues import _is_to
from saywho.analyse.voice_reading import (
    RELATIVE_TAGS,
    Reading,
    _entries_of,
    _item,
    _segment,
    _writer_run,
    hedge_entries,
    phrase_matches,
)

NEAR = 3  # "claimed to", "seen as", "widely seen as": a hedge's words stand together


# -- hedges -------------------------------------------------------------------------------


def find_hedges(reading: Reading) -> tuple[list[dict[str, Any]], set[int]]:
    """Hedges in the writer's voice, and the tokens they take (a hedging "claimed" is no loaded cue)."""
    found: list[tuple[list[Token], str, dict | None]] = []
    entries = hedge_entries()
    for token in (reading.doc[i] for i in with_lower_or_lemma(reading.doc, entries)):
        as_written, as_lemma = entries.get(token.lower_), entries.get(token.lemma_.lower())
        if not (as_written or as_lemma) or reading.in_quote(token):
            continue  # most words are in no list: no sets made for them
        kinds = (as_written or set()) | (as_lemma or set())
        if "adverb" in kinds and token.pos_ == "ADV":
            found.append(([token], "adverb", _clause_of(reading, token.head)))
        elif "passive" in kinds and _is_hedging_passive(token):
            found.append((_passive_words(token), "passive", _qualified_by_verb(reading, token)))
        elif "raising" in kinds and _raising_complement(token) is not None:
            found.append((_raising_words(token), "raising", _qualified_by_verb(reading, token)))
    found += _hedging_adjectives(reading, _entries_of(entries, lambda kinds: "adjective" in kinds))
    return _hedge_items(reading, found)


def _hedge_items(reading: Reading, found) -> tuple[list[dict[str, Any]], set[int]]:
    items: list[dict[str, Any]] = []
    taken: set[int] = set()
    for tokens, kind, qualifies in sorted(found, key=lambda f: min(t.i for t in f[0])):
        if any(t.i in taken for t in tokens) or any(reading.in_quote(t) for t in tokens):
            continue
        taken.update(t.i for t in tokens)
        items.append(_item(reading.doc, tokens, kind=kind, qualifies=qualifies))
    return items, taken


def _is_passive(verb: Token) -> bool:
    children = {c.dep_ for c in verb.children}
    if "auxpass" in children or "nsubjpass" in children:
        return True
    return verb.tag_ == "VBN" and verb.dep_ == "acl"  # "a man said to be 40"


def _is_hedging_passive(verb: Token) -> bool:
    """An agentless passive of saying or believing that takes a complement: "is said to", "seen as"."""
    if verb.pos_ != "VERB" or verb.tag_ != "VBN" or not _is_passive(verb):
        return False
    deps = {c.dep_ for c in verb.children}
    if "agent" in deps or _by_whom(verb):
        return False
    prepositions = {c.lower_ for c in verb.children if c.dep_ == "prep"}
    lemma = verb.lemma_.lower()
    if lemma in {"see", "view", "regard"}:
        return "as" in prepositions
    if lemma == "consider":
        return "as" in prepositions or bool(deps & {"xcomp", "oprd", "attr"})
    if lemma == "suspect" and "of" in prepositions:
        return True
    return bool(deps & {"ccomp", "xcomp", "oprd", "acomp"})


def _by_whom(verb: Token) -> bool:
    """ "seen as a failure by most voters": the parser may hang the agent on the complement."""
    complements = [o for c in verb.children if c.dep_ == "prep" and c.lower_ == "as" for o in c.children]
    return any(c.lower_ == "by" and c.dep_ in {"agent", "prep"} for o in complements for c in o.children)


def _passive_words(verb: Token) -> list[Token]:
    """ "it is believed", "has been seen as", "is said to": auxiliaries, the verb, and its "as" or "to"."""
    words = [c for c in verb.lefts if c.dep_ in {"aux", "auxpass"}]
    words += [c for c in verb.lefts if c.dep_ in {"nsubjpass", "expl"} and c.lower_ == "it"]
    words.append(verb)
    words += [c for c in verb.rights if c.dep_ == "prep" and c.lower_ in {"as", "of"} and c.i - verb.i <= NEAR][:1]
    complement = next((c for c in verb.rights if c.dep_ == "xcomp"), None)
    if complement is not None:
        words += [c for c in complement.lefts if c.lower_ == "to" and c.i - verb.i <= NEAR]
    return _contiguous(words, verb)


def _raising_complement(verb: Token) -> Token | None:
    """ "claimed to have been brutalized": the to-infinitive a raising verb takes."""
    if verb.pos_ != "VERB":
        return None
    for child in verb.rights:
        if child.dep_ == "xcomp" and any(_is_to(c) and c.i - verb.i <= NEAR for c in child.lefts):
            return child
    return None


def _raising_words(verb: Token) -> list[Token]:
    complement = _raising_complement(verb)  # the caller has found one
    auxiliaries = [c for c in complement.lefts if c.dep_ in {"aux", "auxpass"}] if complement is not None else []
    return _contiguous([verb, *auxiliaries], verb)


def _contiguous(words: list[Token], anchor: Token) -> list[Token]:
    """From the first to the last word, as one stretch of the sentence."""
    first, last = min(w.i for w in words), max(w.i for w in words)
    return list(anchor.doc[first : last + 1])


def _hedging_adjectives(reading: Reading, entries: set[str]) -> list[tuple[list[Token], str, dict | None]]:
    """ "so-called reforms", "the alleged gunman": a hedge that modifies a noun phrase."""
    found = []
    singles = [reading.doc[i : i + 1] for i in with_lower(reading.doc, entries)]
    for span in singles + [span for span, _ in phrase_matches(reading.doc, entries)]:
        root = span.root
        noun = root.head
        if root.dep_ in {"amod", "compound", "nmod"} and noun.pos_ in {"NOUN", "PROPN"} and noun.i > root.i:
            found.append((list(span), "adjective", _segment(reading.doc, [noun_phrase(reading, noun)])))
    return found


def _clause_of(reading: Reading, verb: Token) -> dict[str, Any] | None:
    """The predicate an adverb qualifies: its head's subtree, outside quotation marks."""
    return _segment(reading.doc, [_writer_run(reading, list(verb.subtree), verb)])


def _qualified_by_verb(reading: Reading, verb: Token) -> dict[str, Any] | None:
    """What a hedging verb qualifies: the clause it introduces, or its subject with its complement."""
    clause = next((c for c in verb.rights if c.dep_ == "ccomp"), None)
    if clause is not None:
        return _segment(reading.doc, [list(clause.subtree)])
    subject = next((c for c in verb.lefts if c.dep_ in {"nsubj", "nsubjpass"} and c.lower_ != "it"), None)
    groups = [] if subject is None or subject.tag_ in RELATIVE_TAGS else [list(subject.subtree)]
    if subject is not None and subject.tag_ in RELATIVE_TAGS and verb.dep_ == "relcl":
        groups.append(noun_phrase(reading, verb.head))
    for child in verb.rights:
        if child.dep_ in {"xcomp", "oprd", "acomp", "attr"}:
            groups.append(list(child.subtree))
        elif child.dep_ == "prep" and child.lower_ in {"as", "of"}:
            groups.append([t for t in child.subtree if t.i != child.i])
    return _segment(reading.doc, groups)
