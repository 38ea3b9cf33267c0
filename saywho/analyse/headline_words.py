"""The words of a title-case headline: which capitalised word is a verb of saying ("Says", "Slams", "Just Announced"),
where the tagger, misled by the capitals, reads a plural noun or a name."""

from __future__ import annotations

import re

from spacy.tokens import Token

from saywho.analyse import cues
from saywho.lexicons import cue_verbs

# Verb forms a headline more often uses as plural nouns ("Media Reports Reveal …", "… In Battleground States").
NOUN_FORMS = {"states", "reports", "notes", "comments", "remarks", "answers", "questions", "quotes", "statements",
              "words", "charges", "attacks", "plans", "warnings", "threats", "sanctions", "points", "talks", "votes",
              "polls", "estimates"}
# How something looks to the writer, no one's statement (attributions' RAISING_LEMMAS).
SEEMING = {"seems", "appears"}
WORD = re.compile(r"[A-Z][a-z]+")
LOWER_WORD = re.compile(r"[a-z]+")


def is_headline_verb(token: Token, capitalised: bool = True) -> bool:
    """A third-person verb of saying ("Says", "Slams", "Endorses"; "rips" in a headline in sentence case), or a past
    tense after "Just"."""
    if not (WORD if capitalised else LOWER_WORD).fullmatch(token.text):
        return False
    word = token.lower_
    if token.i > 0 and token.doc[token.i - 1].lower_ == "just" and word.endswith("ed"):
        return any(_says(lemma) for lemma in (word[:-1], word[:-2]))
    return word.endswith("s") and word not in NOUN_FORMS | SEEMING and any(_says(lemma) for lemma in _lemmas_of(word))


def _lemmas_of(word: str) -> list[str]:
    lemmas = [word[:-1]]
    if word.endswith("es"):
        lemmas.append(word[:-2])
    if word.endswith("ies"):
        lemmas.append(word[:-3] + "y")
    return lemmas


def _says(lemma: str) -> bool:
    return lemma in cue_verbs() or cues.lemma_rate_of(lemma) >= cues.active().threshold
