"""Names written with a typographic apostrophe ("D’Souza", "O’Malley"), and the clitics of contractions ("he’s",
"don’t"), read by the model as the same words written with a straight one.

The small model knows "D'Souza" as a person but reads "D’Souza" as a common noun and tags no entity: the word's
shape ("X’Xxxxx") is one it never saw in a name. On train, "Dinesh D’Souza" was never an entity, so no "he" could be
his; "O’Malley" was an organisation. Only the model's reading changes: the text, its offsets and the names saywho
gives keep the writer's apostrophe.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from saywho.analyse.sentences import text_of

_TYPOGRAPHIC_NAME = re.compile(r"[A-Z]’[A-Z][a-z]+")
# The clitics of contractions: "he’s misused" read like "he's misused" (the model took "’s" for a past-tense verb).
_CLITICS = {"’s", "’re", "’ve", "’ll", "’d", "’m", "n’t", "’S", "’RE", "’VE", "’LL", "’D", "’M", "N’T"}


def read_as_straight(doc: Doc) -> None:
    """Gives each such word the shape and norm of its straight-apostrophe spelling, before the model reads it.
    Both belong to the word's entry in the shared vocabulary, so every later text reads it the same way."""
    if "’" not in text_of(doc):  # most texts: no token need be looked at
        return
    for token in doc:
        if _TYPOGRAPHIC_NAME.fullmatch(token.text):
            _read_like_straight(doc, token.text, ("shape_", "norm_"))
        elif token.text in _CLITICS:
            _read_like_straight(doc, token.text, ("shape_", "norm_", "prefix_", "suffix_"))


def _read_like_straight(doc: Doc, text: str, features: tuple[str, ...]) -> None:
    """Copies `features` of the straight-apostrophe spelling's entry in the vocabulary onto `text`'s."""
    straight, word = doc.vocab[text.replace("’", "'")], doc.vocab[text]
    for feature in features:
        setattr(word, feature, getattr(straight, feature))
