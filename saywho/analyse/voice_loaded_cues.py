"""The writer's voice, loaded cues: speech verbs that colour what they report ("blasted", "claiming").
"""

from __future__ import annotations

from functools import cache
from typing import Any

from spacy.tokens import Token

from saywho.analyse.attributions.sources import source_head
from saywho.analyse.token_arrays import with_lemma
from saywho.analyse.voice_reading import (
    Reading,
    _entries_of,
    _item,
    cue_context,
)
from saywho.document import (
    Attribution,
)
from saywho.lexicons import cue_verbs

SPEECH_PREPOSITIONS = {"for", "over", "as", "of", "about", "against", "at"}


# -- loaded cues ---------------------------------------------------------------------------


def find_loaded_cues(reading: Reading, taken: set[int]) -> list[dict[str, Any]]:
    """Speech verbs classed loaded in cue_verbs.txt, and loaded phrasal cues, in the writer's voice.

    Read from the tokens, not only from the attributions: "defended his group's
    support" and "accused America of occupying" report speech with no content
    clause, so the attribution finder may pass them by, yet the verb is the
    writer's choice. A hedge's verb ("claimed to have been") is a hedge, not a cue.
    """
    found, used = _phrasal_cues(reading, taken)
    taken = taken | used
    loaded = _loaded_lemmas()
    for token in (reading.doc[i] for i in with_lemma(reading.doc, loaded)):
        lemma = token.lemma_.lower()
        if lemma in loaded and token.i not in taken and not reading.in_quote(token) and _reports_speech(reading, token):
            found.append(_cue_item(reading, [token, *_particles(token)], lemma, token))
    return sorted(found, key=lambda item: item["spans"][0])


@cache
def _loaded_lemmas() -> frozenset[str]:
    """The verbs cue_verbs.txt classes loaded: one set for every Doc (with_lemma remembers what it found in it)."""
    return frozenset(lemma for lemma, kind in cue_verbs().items() if kind == "loaded")


def _particles(verb: Token) -> list[Token]:
    return [c for c in verb.rights if c.dep_ == "prt"]


def _reports_speech(reading: Reading, verb: Token) -> bool:
    if _not_speech(verb):
        return False
    if verb.i in reading.cue_of:
        return True
    if verb.pos_ != "VERB":
        return False
    if "needs-speech" not in cue_context().get(verb.lemma_.lower(), set()):
        return True
    return _has_speaker(reading, verb) and _speech_signs(reading, verb)


def _not_speech(verb: Token) -> bool:
    """ "pleaded guilty", "claimed responsibility": an object that makes the verb no report of speech."""
    objects = [c for c in verb.children if c.dep_ in {"dobj", "acomp", "oprd", "attr", "advmod", "xcomp"}]
    return any("not-speech" in cue_context().get(o.lemma_.lower(), set()) for o in objects)


def _has_speaker(reading: Reading, verb: Token) -> bool:
    subject = source_head(verb)
    return subject is not None and reading.is_person_like(subject)


def _speech_signs(reading: Reading, verb: Token) -> bool:
    """Something that makes a verb like "hit" or "defend" a report of speech."""
    children = list(verb.children)
    if any(c.dep_ in {"ccomp", "xcomp", "prt"} or _is_infinitive(c) for c in children):
        return True
    if any(c.dep_ == "prep" and c.lower_ in SPEECH_PREPOSITIONS for c in children):
        return True
    if any(c.dep_ == "dobj" and reading.is_person_like(c) for c in children):
        return True
    settings = _settings()
    return any(t.lemma_.lower() in settings or reading.in_quote(t) for t in verb.subtree)


@cache
def _settings() -> set[str]:
    """The words of a setting that makes a verb a report of speech, as loaded_cue_context.txt lists them."""
    return _entries_of(cue_context(), lambda kinds: "setting" in kinds)


def _is_infinitive(clause: Token) -> bool:
    """ "threatened in May to withhold": the parser may hang the infinitive as an adverbial clause."""
    return clause.dep_ == "advcl" and any(_is_to(c) for c in clause.lefts)


def _is_to(token: Token) -> bool:
    return token.lower_ == "to" and token.dep_ == "aux"


@cache
def _phrasal_by_first_word() -> dict[str, list[list[str]]]:
    """The phrasal cues' words by their first word, in the list's order: made once, read for every verb of every text."""
    phrases: dict[str, list[list[str]]] = {}
    for phrase in _entries_of(cue_context(), lambda kinds: "phrasal" in kinds):
        words = phrase.split()
        phrases.setdefault(words[0], []).append(words)
    return phrases


def _phrasal_cues(reading: Reading, taken: set[int]) -> tuple[list[dict[str, Any]], set[int]]:
    """ "doubled down", "took a swipe at": the first word by lemma, the rest as written; and their tokens."""
    phrases = _phrasal_by_first_word()
    found: list[dict[str, Any]] = []
    used: set[int] = set()
    for token in (reading.doc[i] for i in with_lemma(reading.doc, phrases, {"VERB", "AUX"})):  # a phrase's first word
        if token.pos_ not in {"VERB", "AUX"} or token.i in taken or reading.in_quote(token):
            continue
        for words in phrases.get(token.lemma_.lower(), []):
            tokens = _phrase_at(token, words)
            if tokens and not any(reading.in_quote(t) for t in tokens):
                found.append(_cue_item(reading, tokens, " ".join(words), token))
                used.update(t.i for t in tokens)
                break
    return found, used


def _phrase_at(token: Token, words: list[str]) -> list[Token] | None:
    if token.lemma_.lower() != words[0]:
        return None
    following = list(token.doc[token.i + 1 : token.i + len(words)])
    if len(following) != len(words) - 1 or [t.lower_ for t in following] != words[1:]:
        return None
    return [token, *following]


def _cue_item(reading: Reading, tokens: list[Token], lemma: str, verb: Token) -> dict[str, Any]:
    attribution = reading.cue_of.get(verb.i)
    return _item(reading.doc, tokens, lemma=lemma, **{"class": "loaded"},
                 speaker=_speaker_of_verb(reading, verb, attribution),
                 attribution=attribution.id if attribution else None)


def _speaker_of_verb(reading: Reading, verb: Token, attribution: Attribution | None) -> str | None:
    if attribution is not None and attribution.speaker is not None:
        return attribution.speaker.name
    subject = source_head(verb)
    if subject is None:
        return None
    speaker = reading.speaker_at.get(subject.i)
    if speaker is not None:
        return speaker.name
    entity = reading.entity(subject)
    return entity.name if entity is not None else subject.text
