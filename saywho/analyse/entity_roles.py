"""Roles, affiliations and descriptors the text gives a named entity.

"Taliban spokesman Zabihullah Mujahid", "Abu Marzouk, the Hamas leader", ", who serves as deputy chairman of X,".
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from saywho.analyse.entity_cluster import Cluster, person_titles
from saywho.lexicons import classified

DESCRIPTOR_POS = {"NOUN", "PROPN", "ADJ", "PART", "PUNCT", "DET", "NUM"}
COPULAS = {"serve", "be", "become", "work", "act"}
KIN = frozenset({"husband", "wife", "son", "daughter", "brother", "sister", "mother", "father", "widow", "widower",
                 "grandmother", "grandfather", "granddaughter", "grandson", "niece", "nephew", "aunt", "uncle"})


def descriptor_words(span: Span, person: bool = False) -> set[str]:
    """Nouns and adjectives the text puts beside a name: "the Taliban terrorists",
    "Hamas — a U.S.-designated terrorist organization", "Abu Marzouk, the Hamas leader". A person's name that
    qualifies a noun ("Guaíba striker", "Trump adviser") is whose, not who: `person` leaves such nouns out."""
    root = span.root
    phrases = [c for c in root.children if c.dep_ == "appos" and not subject_after_a_setting(c)]
    if (root.dep_ == "appos" or (root.dep_ == "compound" and not person)) and root.head.pos_ == "NOUN":
        phrases.append(root.head)
    if not person:  # "the pilots' union Cockpit Allianz"
        phrases += [c for c in root.children if c.dep_ == "compound" and c.i < span.start and c.pos_ == "NOUN"]
    words = set()
    for phrase in phrases:
        for token in [phrase, *(c for c in phrase.children if c.dep_ in {"amod", "compound"})]:
            if token.pos_ in {"NOUN", "ADJ"}:
                words.add(token.lemma_.lower())
    return words


def describe_person(doc: Doc, cluster: Cluster, span: Span) -> None:
    descriptor = _descriptor_before(span)
    owner = _possessor(descriptor)
    if owner:
        cluster.add_unique("affiliations", _text([t for t in owner if t.tag_ != "POS"]))
        descriptor = descriptor[len(owner):]
    if len(descriptor) == 1 and descriptor[0].lower_ in person_titles():
        cluster.add_unique("titles", descriptor[0].text)
    elif descriptor:
        cluster.add_unique("roles", _text(descriptor))
        for organisation in _organisations_in(descriptor):
            cluster.add_unique("affiliations", organisation)
    after, before = _role_after(doc, span), _role_before_apposition(span)
    # "Her husband, Kojo Mensah, a retired mathematics teacher": both are his
    for role in [after, before] if after and _kin(before) else [after or before]:
        if role:
            cluster.add_unique("roles", _text(role))
            for organisation in _organisations_in(role):
                cluster.add_unique("affiliations", organisation)


def _kin(role: list[Token]) -> bool:
    """A role that is a relation of kin ("husband", "younger sister"), which states a gender and whose."""
    return bool(role) and classified("gendered_nouns.txt").get(role[-1].lemma_.lower()) in {"m", "f"} \
        and role[-1].lemma_.lower() in KIN


def _descriptor_before(span: Span) -> list[Token]:
    """`Taliban spokesman` in "Taliban spokesman Zabihullah Mujahid"."""
    head = span.root
    modifiers = [c for c in head.lefts if c.i < span.start and c.dep_ in {"compound", "amod", "nmod", "poss"}]
    tokens = sorted({t for m in modifiers for t in m.subtree if t.i < span.start}, key=lambda t: t.i)
    if any(t.pos_ not in DESCRIPTOR_POS for t in tokens) or len(tokens) > 8:
        return []
    while tokens and (tokens[0].lower_ in {"the", "a", "an"} or tokens[0].is_punct):
        tokens = tokens[1:]
    return tokens


NEGATIONS = frozenset({"not", "n't", "never", "no"})


def _possessor(descriptor: list[Token]) -> list[Token]:
    """ "Amnesty’s" in "Amnesty’s Secretary-General": the organisation, not part of the role."""
    for index, token in enumerate(descriptor):
        if token.tag_ == "POS":
            return descriptor[: index + 1] if index else []
    return []


def _role_after(doc: Doc, span: Span) -> list[Token]:
    """`, who serves as deputy chairman of X,` or `, the group's spokesman,` just after a name (or after its age:
    "Dudek-Sowa, 52, a cardiologist and city councillor")."""
    aged = span.end + 3 < len(doc) and doc[span.end].text == "," and doc[span.end + 1].like_num \
        and doc[span.end + 2].text == ","
    end = span.end + 2 if aged else span.end
    after = doc[end : end + 3]
    if len(after) < 2 or after[0].text != ",":
        return []
    if after[1].lower_ == "who" and len(after) > 2 and after[2].lemma_ in COPULAS:
        start = end + 3
        if start < len(doc) and doc[start].lower_ == "as":
            start += 1
        if aged and start < len(doc) and doc[start].dep_ != "det" and doc[start].tag_ != "PRP$":
            return []  # "Sanders, 74, who is certain to …": no role; "Zakaria, 34, who is the conductor": one
        if start < len(doc) and doc[start].tag_ in {"VBN", "VBG"}:
            return []  # "Ian Kostelac, who was questioned … by crossbench senator Jacqui Rendell": no role of his
        if start < len(doc) and doc[start].lower_ in NEGATIONS:
            return []  # "Niamh Murphy, who is not related to the chief executive,": what she is not
        return _until_comma(doc, start)
    if after[1].dep_ == "det" or after[1].tag_ == "PRP$" or _owned(doc, end + 1):
        phrase = _until_comma(doc, end + 1)
        nouns = classified("role_nouns.txt")
        role = next((t for t in phrase if t.lemma_.lower() in nouns), None)
        return phrase if role is not None and not subject_after_a_setting(role) else []
    return _bare_role(doc, end + 1)


def _owned(doc: Doc, start: int) -> bool:
    """ "said Leyla Demir, Larkspur’s co-founder and chief executive": a role after a name, opened by whose it is."""
    for token in doc[start: start + 5]:
        if token.text in {"’s", "'s"}:
            return token.i > start
        if token.pos_ != "PROPN" or not token.text[:1].isupper():
            return False
    return False


def _bare_role(doc: Doc, start: int) -> list[Token]:
    """ ", director of infectious diseases at Townsville University Hospital,", ", chairman of the yard's largest
    union,": a person's role set after a name without an article, as news writes an office; led by the role noun or
    by words qualifying it ("deputy", "chief financial")."""
    phrase = _until_comma(doc, start)
    if not phrase or not phrase[0].is_lower or phrase[0].pos_ not in {"NOUN", "ADJ"}:
        return []
    nouns = classified("role_nouns.txt")
    for token in phrase[:4]:
        if nouns.get(token.lemma_.lower(), "").startswith("PERSON") and token.tag_ == "NN":
            after = doc[token.i + 1] if token.i + 1 < len(doc) else None
            ends = after is None or after.lower_ in {"of", "at", "for", "with", "in", ","} or after.is_punct
            return phrase if ends and not subject_after_a_setting(token) else []
        if token.pos_ not in {"ADJ", "NOUN"} or not token.is_lower:
            return []
    return []


def subject_after_a_setting(role: Token) -> bool:
    """ "on the west side of Dayton, the former governor told a crowd", "In an interview with hosts Joe Scarborough
    and Mika Brzezinski, the Democratic presidential candidate stated": the subject of the verb right after it, not
    the name's role."""
    after = role.doc[role.right_edge.i + 1] if role.right_edge.i + 1 < len(role.doc) else None
    return role.dep_ in {"nsubj", "nsubjpass"} or (after is not None and after.tag_ in {"VBD", "VBZ", "VBP", "MD"})


def _role_before_apposition(span: Span) -> list[Token]:
    """ "The firm’s lead engineer, Marcus Obi": the noun phrase the name stands in apposition to."""
    root = span.root
    head = root.head
    nouns = classified("role_nouns.txt")
    if root.dep_ != "appos" or head.i >= span.start or head.lemma_.lower() not in nouns:
        return []
    own = {t.i for t in root.subtree}  # "President" of "President Vladimir V. Putin" is his title, not the role
    tokens = [t for t in head.subtree if t.i < span.start and (not t.is_punct or _inside_a_word(t)) and t.i not in own]
    # "Weeks later, Russia's leader, President Vladimir V. Putin": the parser may hang the sentence's opening on the
    # noun; words before a comma that name no role are no part of it ("two-time Tony-winning actor, singer" are)
    comma = max((t.i for t in head.subtree if t.text == "," and t.i < head.i), default=-1)
    if not any(t.lemma_.lower() in nouns for t in tokens if t.i < comma):
        tokens = [t for t in tokens if t.i > comma]
    possessed = [t for t in tokens if t.dep_ in {"poss", "case", "det"} or t.head.dep_ == "poss"]
    return [t for t in tokens if t not in possessed]


def _inside_a_word(mark: Token) -> bool:
    """The hyphen of "far-right", "Anti-Defamation": no space on either side."""
    return mark.text in {"-", "‐"} and not mark.whitespace_ and mark.i > 0 and not mark.doc[mark.i - 1].whitespace_


def _until_comma(doc: Doc, start: int) -> list[Token]:
    tokens = []
    for token in doc[start : start + 14]:
        if token.text in {",", ".", ";", "—", "–"} or "\n" in token.text:
            break
        tokens.append(token)
    return tokens


def _organisations_in(tokens: list[Token]) -> list[str]:
    names, current = [], []
    kinds = classified("role_nouns.txt")
    for token in tokens:
        # "Spokeswoman" of "Spokeswoman Haley Morris", tagged an organisation with the name, is a person's role
        if (token.ent_type_ in {"ORG", "NORP", "GPE"} and token.text not in {"’s", "'s"}
                and not kinds.get(token.lower_, "").startswith("PERSON")):
            current.append(token.text)
        elif current:
            names.append(" ".join(current))
            current = []
    if current:
        names.append(" ".join(current))
    return names


def _text(tokens: list[Token]) -> str:
    """The tokens' words, with a space where the text had words or marks between them ("leader, President")."""
    pieces = []
    for before, token in zip([None, *tokens], tokens):
        if before is not None and token.i != before.i + 1 and not before.whitespace_:
            pieces.append(" ")
        pieces.append(token.text_with_ws)
    return "".join(pieces).strip()
