"""A denial with its object: "Trump denied the accusations", "the campaign denies any wrongdoing" (s45).

The cue table rates "deny" with an object below the rules' threshold (17 of 40 on PolNeAR train): the frame also
holds the deprivation sense, "deny him the nomination", "denying marriage licences to couples", which reports no
one's words and mostly stands inside someone else's. A denial with one object, no one deprived of it (no second
object, no "to" phrase) and a subject of its own is a cue. On PolNeAR train this adds 9 attributions, all with the
gold's source, 8 with its cue and 5 with its content ("The Clinton campaign denies any wrongdoing", "Mr. Ailes denied
the charges through his lawyer"); none had been found."""

from __future__ import annotations

from spacy.tokens import Token

DENYING_LEMMAS = {"deny"}
# What is withheld rather than denied as untrue: "denied bail", "denied entry to travelers".
WITHHELD = {"bail", "entry", "access", "license", "licence", "visa", "permit", "request", "application",
            "nomination", "hearing", "sanctuary", "victory", "help", "benefit", "right", "vote", "seat",
            "service", "citizenship", "asylum", "parole", "funding", "opportunity", "chance", "path", "win"}


def denies_a_charge(verb: Token) -> bool:
    """ "He denied the charges": one thing said to be untrue, by the verb's own subject."""
    if verb.lemma_.lower() not in DENYING_LEMMAS or verb.pos_ != "VERB":
        return False
    children = list(verb.children)
    objects = [c for c in children if c.dep_ == "dobj"]
    if len(objects) != 1 or objects[0].lemma_.lower() in WITHHELD or objects[0].pos_ == "PRON":
        return False
    deprived = any(c.dep_ in {"dative", "iobj"} for c in children) \
        or any(c.dep_ == "prep" and c.lower_ == "to" for c in children)
    return not deprived and any(c.dep_ == "nsubj" for c in children)
