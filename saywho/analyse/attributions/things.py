"""Things taken for speakers (issue 13, s19-things): a picture that "shows", and idioms in which a thing "calls
attention to" or "reveals itself". Each family was read on PolNeAR train (docs/benchmarks.md, "Precision,
thirteenth round"): what a video or a photo shows is the writer's reading of what it depicts, not anyone's words,
thoughts or stance. Documents and their issuers ("a poll shows", "the report says") stay: saywho's lexicons of roles
and sources tell them apart (acts.is_thing), and "video" is a document there, so pictures are named here."""

from __future__ import annotations

from spacy.tokens import Token

from saywho.analyse.attributions.acts import is_thing

# What depicts rather than states: "Video of the incident shows him with his hands up", "Photos showed mourners …".
PICTURES = {"video", "videotape", "footage", "image", "photo", "photograph", "picture", "clip", "recording", "tape",
            "film", "screenshot", "snapshot", "camera"}
# What a picture is said to do with what it depicts.
DEPICTING = {"show", "reveal", "depict", "capture", "portray", "suggest", "indicate", "confirm", "prove"}
SUBJECT_DEPS = {"nsubj", "nsubjpass"}
RELATIVE = {"that", "which", "who"}
# A thing "calls attention to" or "calls to mind" something; a bond "revealed itself": no words of anyone's.
REFLEXIVE = {"itself", "themselves"}
# An editor's note on the piece itself: "CLARIFICATION: The first sentence has been clarified to reflect that …".
EDITING = {"clarify", "correct", "update", "revise", "amend", "edit"}
PIECES = {"sentence", "story", "article", "headline", "version", "post", "paragraph", "piece", "column", "caption",
          "item", "text"}


def is_thing_said(cue: Token) -> bool:
    """Whether the cue has a thing in the place of a speaker, or is an idiom that reports no words."""
    return pictured(cue) or called_attention(cue) or revealed_itself(cue) or editors_note(cue) or pronunciation(cue)


def pictured(cue: Token) -> bool:
    """ "A video of the episode shows her clutching her phone", "videos showing that they supported …": a picture
    showing what it depicts. A person, a poll or a report showing stays."""
    if cue.lemma_.lower() not in DEPICTING:
        return False
    subject = subject_of(cue)
    return subject is not None and any(t.lemma_.lower() in PICTURES for t in (subject, *subject.conjuncts))


def subject_of(cue: Token) -> Token | None:
    """The cue's subject; for a relative pronoun or a participle ("a video that shows", "videos showing"), the noun
    the clause hangs on."""
    subject = next((c for c in cue.children if c.dep_ in SUBJECT_DEPS), None)
    if cue.dep_ in {"acl", "relcl"} and (subject is None or subject.lower_ in RELATIVE):
        return cue.head
    return subject


def called_attention(cue: Token) -> bool:
    """ "the rhetoric has called attention to Islamophobia" (a thing), "the speech called to mind the promise of
    unity" (anyone: a memory stirred). "Ruiz called attention to the cost" stays: a person drawing attention."""
    if cue.lemma_.lower() != "call":
        return False
    if any(c.dep_ == "prep" and c.lower_ == "to" and any(p.lemma_.lower() == "mind" for p in c.children)
           for c in cue.children):
        return True
    subject = subject_of(cue)
    return (subject is not None and common_thing(subject)
            and any(c.dep_ == "dobj" and c.lemma_.lower() == "attention" for c in cue.children))


def common_thing(head: Token) -> bool:
    """A thing (acts.is_thing) written as a common noun: lower-case, or with a determiner or possessor ("The ad",
    "Trump's rhetoric"). The tagger sometimes takes a surname at a sentence's start for a noun ("Ruiz called …")."""
    return is_thing(head) and (head.is_lower or any(c.dep_ in {"det", "poss"} for c in head.children))


def revealed_itself(cue: Token) -> bool:
    """ "that bond quickly revealed itself": a thing coming to light, with no content."""
    return cue.lemma_.lower() in {"reveal", "show"} and any(
        c.dep_ == "dobj" and c.lower_ in REFLEXIVE for c in cue.children)


def editors_note(cue: Token) -> bool:
    """ "The first sentence has been clarified to reflect that …", "This story was updated to include …": the
    publication telling of its own text, no one's words."""
    subject = next((c for c in cue.children if c.dep_ == "nsubjpass"), None)
    return cue.lemma_.lower() in EDITING and subject is not None and subject.lemma_.lower() in PIECES


def pronunciation(cue: Token) -> bool:
    """ "Kissito (pronounced kiss-E-tow) Healthcare": how a name sounds, not a word anyone said."""
    return cue.lemma_.lower() == "pronounce" and cue.i > 0 and cue.doc[cue.i - 1].text == "("
