"""The writer's voice, labels: evaluative labels and loaded words in the writer's own wording.

"terror group", "regime", "infamous", each with its `category` and the entity it
labels (`target`).
"""

from __future__ import annotations

from typing import Any

from spacy.tokens import Token

from saywho.analyse.token_arrays import with_lower_or_lemma
from saywho.analyse.voice_reading import (
    NAMED_TYPES,
    RELATIVE_TAGS,
    Reading,
    _item,
    _lemma_in,
    _trim,
    _writer_run,
    agent_nouns,
    label_entries,
    phrase_matches,
)
from saywho.lexicons import classified

NAME_TYPES = {"PERSON", "ORG", "WORK_OF_ART", "FAC", "LAW", "EVENT", "PRODUCT"}  # proper names of things
# Adjectives that make "a regime" a government: "an authoritarian regime", not "a strict training regime".
POLITICAL_REGIME = {"authoritarian", "communist", "military", "totalitarian", "repressive", "brutal", "dictatorial",
                    "theocratic", "clerical", "fascist", "socialist", "islamist", "islamic", "despotic", "autocratic",
                    "ruling", "puppet", "rogue"}



# -- labels -------------------------------------------------------------------------------


def find_labels(reading: Reading) -> list[dict[str, Any]]:
    """Evaluative labels and loaded words outside quotation marks, each read in context."""
    entries = label_entries()
    found: dict[tuple[int, int], dict[str, Any]] = {}
    for token in (reading.doc[i] for i in with_lower_or_lemma(reading.doc, entries)):
        entry = _lemma_in(token, entries)
        if entry and not reading.in_quote(token) and not _inside_a_name(token):
            _keep(found, _read_label(reading, [token], *entries[entry]))
    for span, entry in phrase_matches(reading.doc, set(entries)):
        if entry in entries and not any(reading.in_quote(t) for t in span):
            _keep(found, _read_label(reading, list(span), *entries[entry]))
    return [found[key] for key in sorted(found)]


def _keep(found: dict, item: dict[str, Any] | None) -> None:
    """One label per stretch of text: a second trigger in the same noun phrase adds nothing."""
    if item is None:
        return
    span = tuple(item["spans"][0])
    if any(s < span[1] and span[0] < e for s, e in found):
        return
    found[span] = item


def _inside_a_name(token: Token) -> bool:
    """ "Rogue One", "The Terror": a word inside a title or an organisation's own name."""
    return token.pos_ == "PROPN" and token.ent_type_ in NAME_TYPES


def _read_label(reading: Reading, words: list[Token], category: str, use: str) -> dict[str, Any] | None:
    root = next((w for w in words if w.head not in words), words[-1])  # the phrase's head word
    if use == "regime":
        head = root if _is_government_regime(reading, root) else None
    elif use in {"agent", "modifier"}:
        head = _labelled_noun(root, allow_head=use == "agent")
    elif use == "entity":
        return _entity_adjective(reading, words, root, category)
    else:
        return _evaluative_word(reading, words, root, category)
    if head is None:
        return None
    tokens = noun_phrase(reading, head)
    return _item(reading.doc, tokens, word=" ".join(w.text for w in words), category=category,
                 target=label_target(reading, head))


def _labelled_noun(word: Token, allow_head: bool) -> Token | None:
    """The noun a group label names: the word itself as a head noun, or the person or group noun it modifies."""
    is_modifier = word.dep_ in {"compound", "amod", "nmod"} and word.head.i > word.i
    if is_modifier:
        noun = word.head
        return noun if noun.lemma_.lower() in agent_nouns() and noun.pos_ in {"NOUN", "PROPN"} else None
    if allow_head and word.pos_ in {"NOUN", "PROPN"}:
        return word
    return None


def _is_government_regime(reading: Reading, noun: Token) -> bool:
    """ "the Assad regime", "Iran's regime", "the regime": a government; not "the tax regime", "regime change"."""
    if noun.pos_ != "NOUN" or noun.dep_ == "compound":
        return False
    modifiers = [c for c in noun.lefts if c.dep_ in {"compound", "amod", "poss", "nmod"}]
    if any(_names_something(reading, m) or m.lower_ in {"its", "their", "his", "her"} for m in modifiers):
        return True
    if any(m.lemma_.lower() in POLITICAL_REGIME for m in modifiers):
        return True
    if modifiers:
        return False  # "tax regime", "a new regime": a system of rules
    of_whom = [c for c in noun.rights if c.dep_ == "prep" and c.lower_ == "of"]
    if of_whom:
        return any(_names_something(reading, o) for c in of_whom for o in c.children if o.dep_ == "pobj")
    return any(c.dep_ == "det" and c.lower_ in {"the", "this", "that"} for c in noun.lefts)


def _names_something(reading: Reading, token: Token) -> bool:
    return token.i in reading.entity_of_token or token.ent_type_ in NAMED_TYPES


def _entity_adjective(reading: Reading, words: list[Token], adjective: Token, category: str) -> dict[str, Any] | None:
    """ "the notorious warlord", "which is infamous for": an adjective that labels a person, group or entity."""
    noun = adjective.head
    if adjective.dep_ in {"amod", "compound"} and noun.i > adjective.i and _is_labelable(reading, noun):
        tokens, target_of = noun_phrase(reading, noun), noun
    elif adjective.dep_ in {"acomp", "attr"} and noun.lemma_ == "be":
        subject = next((c for c in noun.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
        if subject is None or not (_is_labelable(reading, subject) or subject.tag_ in RELATIVE_TAGS):
            return None
        tokens, target_of = _predicate_words(reading, adjective), subject
    else:
        return None
    return _item(reading.doc, tokens, word=" ".join(w.text for w in words), category=category,
                 target=label_target(reading, target_of))


def _is_labelable(reading: Reading, noun: Token) -> bool:
    return reading.is_person_like(noun) or noun.lower_ in {"it", "which", "that"}


def _predicate_words(reading: Reading, adjective: Token) -> list[Token]:
    """ "infamous for its harsh treatment of ...": the adjective and what it is infamous for."""
    tokens = [adjective]
    for child in adjective.rights:
        if child.dep_ == "prep" and child.lower_ in {"for", "as"}:
            tokens += list(child.subtree)
    return _writer_run(reading, tokens, adjective)


def _evaluative_word(reading: Reading, words: list[Token], root: Token, category: str) -> dict[str, Any] | None:
    if category == "loaded-speech" and root.pos_ != "NOUN":
        return None  # "rant" the noun is the writer's word; "rant" the verb is a loaded cue
    if root.pos_ == "PROPN" or (len(words) == 1 and root.pos_ not in {"ADJ", "ADV", "NOUN", "VERB"}):
        return None
    labels_someone = root.dep_ in {"amod", "acomp"} and reading.is_person_like(root.head)
    target = label_target(reading, root.head) if labels_someone else None
    return _item(reading.doc, words, word=" ".join(w.text for w in words), category=category, target=target)


def noun_phrase(reading: Reading, head: Token) -> list[Token]:
    """The head noun with its determiners and modifiers on the left, outside quotation marks."""
    modifiers = {"det", "poss", "amod", "compound", "nmod", "nummod", "advmod", "npadvmod", "quantmod", "predet"}
    tokens = [head] + [t for c in head.lefts if c.dep_ in modifiers for t in c.subtree]
    return _trim(_writer_run(reading, tokens, head)) or [head]


def label_target(reading: Reading, head: Token) -> str | None:
    """The entity a label names: apposition, a name inside the phrase, the speaker it is,
    the subject it is said of, else the nearest group or person named before it in the paragraph."""
    for find in (_appositive, _name_inside, _speaker_it_is, _subject_described):
        entity = find(reading, head)
        if entity is not None:
            return entity
    if _is_generic(head):
        return None
    return _nearest_before(reading, head)


def _appositive(reading: Reading, head: Token) -> str | None:
    if head.dep_ == "appos":
        return _name_of(reading, head.head)
    return next((n for c in head.children if c.dep_ == "appos" for n in [_name_of(reading, c)] if n), None)


def _name_inside(reading: Reading, head: Token) -> str | None:
    for token in [head, *(c for c in head.lefts if c.dep_ in {"compound", "poss", "nmod"})]:
        entity = reading.entity(token)
        if entity is not None and entity.type in NAMED_TYPES:
            return entity.name
    return None


def _speaker_it_is(reading: Reading, head: Token) -> str | None:
    speaker = reading.speaker_at.get(head.i)
    return speaker.name if speaker is not None and speaker.named else None


def _subject_described(reading: Reading, head: Token) -> str | None:
    """ "Hamas is a terror group", "the Taliban, which is infamous for": what the copula's subject names."""
    subject = head
    if head.dep_ in {"attr", "acomp"} and head.head.lemma_ == "be":
        subject = next((c for c in head.head.children if c.dep_ in {"nsubj", "nsubjpass"}), head)
    if subject.tag_ in RELATIVE_TAGS:
        verb = subject.head
        if verb.dep_ == "relcl":
            return _name_of(reading, verb.head) or _nearest_before(reading, subject)
        return _nearest_before(reading, subject)
    return _name_of(reading, subject) if subject is not head else None


def _name_of(reading: Reading, token: Token) -> str | None:
    entity = reading.entity(token)
    return entity.name if entity is not None else None


def _is_generic(head: Token) -> bool:
    """A bare plural ("Islamic extremists") speaks of a kind, not of someone named before."""
    return head.tag_ in {"NNS", "NNPS"} and not any(c.dep_ in {"det", "poss"} for c in head.lefts)


def _nearest_before(reading: Reading, head: Token) -> str | None:
    """The group (or, for a singular person noun, the person) named last before the label, in its paragraph."""
    wanted = "PERSON" if _is_single_person(head) else "ORG"
    start = reading.paragraph_start(head)
    for token in reversed(reading.doc[: head.i]):
        if token.idx < start:
            break
        entity = reading.entity(token)
        if entity is not None and entity.type == wanted and not reading.in_quote(token):
            return entity.name
    return None


def _is_single_person(head: Token) -> bool:
    kind = classified("role_nouns.txt").get(head.lemma_.lower(), "ORG").split("\t")[0]
    return kind == "PERSON" and head.tag_ == "NN" and head.lemma_.lower() not in {"group", "regime"}
