"""“As for Trump, he said he’s not worried”: a sentence that opens by naming its topic ("as for", "as to")
makes the topic whom its subject pronoun is, whoever else was speaking before; so does one whose opening
clause's he or she leads up to a name, the main clause's subject ("Even as he accused …, Giuliani …")."""

from __future__ import annotations

from itertools import islice

from spacy.tokens import Token

from saywho.analyse.speaker_candidates import WANTED, type_fits
from saywho.analyse.speaker_ranker import Choice

TOPIC_OPENERS = (("as", "for"), ("as", "to"))


def topic_entity(head: Token, names: dict[int, str]) -> str | None:
    """The entity (of `names`, the entity of each token in a name) that "As for …," names ahead of `head`,
    where `head` is the subject of its sentence's root and the name fills the words between opener and comma."""
    if head.dep_ != "nsubj" or head.head.dep_ != "ROOT":  # read first: most pronouns end here, before any walk
        return None
    sentence = head.sent
    if tuple(t.lower_ for t in islice((t for t in sentence if not t.is_space), 2)) not in TOPIC_OPENERS:
        return None
    words = [t for t in sentence if not t.is_space]
    comma = next((t for t in words[2:] if t.text == ","), None)
    if comma is None or comma.i >= head.i or any(t.dep_ == "nsubj" for t in sentence if comma.i < t.i < head.i):
        return None
    between = {names.get(t.i) for t in words[2:] if t.i < comma.i and not t.is_punct and t.lower_ != "the"}
    return between.pop() if len(between) == 1 else None


def cataphora_entity(head: Token, names: dict[int, str]) -> str | None:
    """The entity named as the subject of the main clause after a clause that opens the sentence with `head`
    as its subject: "Ever since she endorsed Mrs. Clinton, Ms. Warren has been …", "Even as he accused the
    department, Giuliani would not …"."""
    verb = head.head
    main = verb.head
    if head.dep_ != "nsubj" or verb.dep_ != "advcl" or main.dep_ != "ROOT" or verb.i > main.i:
        return None
    subject = next((c for c in main.children if c.dep_ in {"nsubj", "nsubjpass"} and c.i > verb.i), None)
    return names.get(subject.i) if subject is not None else None


def topic_choice(head: Token, choices: list[Choice], names: dict[int, str]) -> Choice | None:
    """The choice of the topic "As for …," names, or of the person a clause the pronoun opens leads up to
    ("Even as he accused …, Giuliani …"), where its type and gender fit the pronoun."""
    topic = topic_entity(head, names) or cataphora_entity(head, names)
    if topic is None:
        return None
    wanted_type, wanted_gender = WANTED[head.lower_]
    for choice in choices:
        candidate = choice.candidate
        if choice.key == topic and type_fits(candidate.speaker.type, wanted_type):
            return choice if candidate.gender in {None, wanted_gender} or not wanted_gender else None
    return None
