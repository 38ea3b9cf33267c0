"""The writer's own asides read as attributions (issue 13, s20-acts): the writer's gloss on whom or what a speaker
meant ("…," he said, referring to the country's official name), the writer's "It is worth noting that …", a
generic quantifier over someone's words ("Everything the senator says is a lie") and the writer's concession
"That said, …". Each family was read on PolNeAR
train (docs/benchmarks.md, "Precision, sixteenth round"): PolNeAR's annotators mark many of the glosses, but a gloss
reports no one's words, thoughts or stance; it tells what the writer takes them to mean."""

from __future__ import annotations

from spacy.tokens import Token

from saywho.analyse import cues

# Quantifiers over all of someone's words: "Everything the senator says", "anything the mayor said".
ALL_WORDS = {"everything", "anything", "nothing", "whatever"}


def is_aside(cue: Token) -> bool:
    """Whether the cue is the writer's own aside rather than anyone's words."""
    return referring_gloss(cue) or worth_noting(cue) or generic_words(cue) or that_said(cue)


# "That said, …", "This said, …", "That being said, …": the writer's turn in the argument, no one's words.
CONCEDING_SUBJECTS = {"that", "this"}


def that_said(cue: Token) -> bool:
    """ "That said, Cruz cannot win outright": a sentence's opening "That said," concedes the point before, it
    reports nothing."""
    doc = cue.doc
    subject = next((c for c in cue.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    after = cue.i + 1
    return cue.lemma_.lower() == "say" and subject is not None and subject.lower_ in CONCEDING_SUBJECTS \
        and bool(subject.is_sent_start) and after < len(doc) and doc[after].text == "," \
        and all(t.lower_ in {"being"} for t in doc[subject.i + 1: cue.i])


def referring_gloss(cue: Token) -> bool:
    """ "'He has won three,' Hale said, referring to Ruiz": a participle "referring to" on a cue is the writer
    explaining whom or what the speaker meant. "Hale referred to Ruiz as a friend" stays."""
    return (cue.lemma_.lower() == "refer" and cue.tag_ == "VBG" and cue.dep_ == "advcl" and cue.head.i != cue.i
            and (cues.is_cue(cue.head) or cues.is_listed(cue.head)))


def worth_noting(cue: Token) -> bool:
    """ "It is worth noting that …", "it's worth pointing out that …": the writer's own aside, with no source."""
    return cue.head.lower_ == "worth" and not any(c.dep_ in {"nsubj", "nsubjpass"} for c in cue.children)


def generic_words(cue: Token) -> bool:
    """ "Everything the senator says is a lie": a relative clause with no object of its own on "everything",
    "anything", "nothing" or "whatever" speaks of all of someone's words, reporting none of them."""
    return cue.dep_ == "relcl" and cue.head.lower_ in ALL_WORDS and not any(c.dep_ == "dobj" for c in cue.children)
