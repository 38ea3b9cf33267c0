"""A source profile's role (profiles.py): the first kind, in the guidelines' order, that the article's words
for the source give it, from the speaker's own role, the source mention, every mention of its entity
(mention_roles.py) and, for an organisation, its names; a document's its issuer's; a capital's its
government's; a private person's where an age is all that is said of them, or an age and a party word
("81-year-old Parker Eaton, a nominal Republican")."""

from __future__ import annotations

import re

from saywho.analyse.document_roles import TIMES, issuer_of_kind
from saywho.analyse.mention_roles import AGE_ONLY, ORG_HEAD, is_outlet, led_organisation
from saywho.analyse.role_phrases import PHRASE_BREAK, after_possessor, head_phrase, role_kind_of_words, words_of
from saywho.document import NOT_STATED, Entity, RoleKind, SourceKind, Speaker

PARTY_AND_STATE = re.compile(r"\((?:R|D|I)-[A-Z][\w.]*\)?")  # "Jason Chaffetz (R-Utah)": a member of Congress
ORDINARY = re.compile(r"\b\d+-year-old\b|\byear-old\b", re.IGNORECASE)
ORG_PRESIDENT = re.compile(r"\b([A-Z]{2,})\s+President\b")


def source_role(speaker: Speaker, entity: Entity | None, description: str, kind: SourceKind,
                described_as: tuple[str, ...] | list[str] = (), names_someone: bool = False) -> RoleKind:
    """The role the article's words give the source (see the module's docstring)."""
    # "sources close to the governor", "an adviser to the president": the head phrase says the role
    # "the candidate's former doctor" is a doctor: the possessor's role is someone else's
    texts = [_leader_or_head(speaker.role or ""), head_phrase(after_possessor(description)), " ".join(described_as)]
    if entity is not None:
        texts += [*map(_leader_or_head, entity.roles), *entity.titles]
    if kind == "organisation":
        names = [speaker.name, *(entity.aliases if entity is not None else [])]
        texts += names  # "AROS" is also "the Alliance to Reclaim Our Schools"
        if any(is_outlet(name) for name in names):
            return "journalist"
    texts = [ORG_PRESIDENT.sub(rf"\1 {ORG_HEAD}", text) for text in texts]
    if ORG_HEAD in described_as:  # "AFT President Randi Weingarten": her "President" is the union's
        texts = [re.sub(r"(?i)\bpresident\b", ORG_HEAD, text) for text in texts]
    words = [w for text in texts for w in [*words_of(text), PHRASE_BREAK]]
    found = role_kind_of_words(words)
    if found == "citizen" and ORG_HEAD in words:
        return "other"  # the president of a union of workers, a caucus of women: who leads them speaks for a body
    if found is None and PARTY_AND_STATE.search(" ".join([speaker.name, *described_as])):
        found = "politician"
    if found == "other" and (ORDINARY.search(description) or _aged(described_as)):
        return "citizen"  # "a 26-year-old benefits manager": an age is what the press gives private people
    if found == "politician" and _aged_party_member(texts, description, described_as):
        return "citizen"  # "81-year-old Parker Eaton, a nominal Republican": a voter of the party, not its politician
    if found:
        return found
    if kind == "document":
        issuer = issuer_of_kind(head_word(description))
        # "polls", "exit polls" are nobody's; "a Quinnipiac poll" and "the poll" (one named before) a pollster's
        definite = description.lower().startswith("the ") and not description.lower().endswith("s")
        return issuer if names_someone or definite or issuer != "expert" else NOT_STATED
    if kind == "organisation" and speaker.type == "GPE":
        return "official"  # "Washington said", "Beijing warned": a capital for its government
    return "citizen" if AGE_ONLY in described_as else NOT_STATED


def _leader_or_head(role: str) -> str:
    """ "the president of the lawyers association": the association's words, not a president's; the head phrase of
    a role that leads no body."""
    body = led_organisation(role)
    if not body:
        return head_phrase(role)
    # "president of the Communications Workers of America": the union's workers are its members, not its president
    return f"{ORG_HEAD} {body}" if role_kind_of_words(words_of(body)) == "citizen" else body


PARTY_MEMBERS = {"republican", "republicans", "democrat", "democrats"}
PARTY_OFFICES = {"county", "state", "party", "national", "committee", "precinct", "district"}
MEMBER_MARKS = {"a", "an", "nominal", "registered", "lifelong", "longtime", "moderate", "conservative", "liberal",
                "staunch", "self-described", "proud", "independent"}


def _aged_party_member(texts: list[str], description: str, described_as: tuple[str, ...] | list[str]) -> bool:
    """An age in the article's words for the source ("81-year-old Parker Eaton", "Karen Janes, 67,") where only
    a party word makes it a politician: the press gives private people's ages, not office holders'."""
    aged = ORDINARY.search(" ".join([description, *described_as])) or _aged(described_as) or AGE_ONLY in described_as
    if not aged:
        return False
    words = [w for text in texts for w in [*words_of(text), PHRASE_BREAK]]
    members = [i for i, w in enumerate(words) if w in PARTY_MEMBERS and _a_member(words, i)]
    rest = [w for i, w in enumerate(words) if i not in members]
    return bool(members) and role_kind_of_words(rest) in {None, "citizen"}


def _a_member(words: list[str], index: int) -> bool:
    """ "a nominal Republican", "a lifelong Democrat": the party word as a noun for a member; not "a former
    Republican county chairman" (a party office)."""
    after = words[index + 1:index + 2]
    return index > 0 and words[index - 1] in MEMBER_MARKS and not set(after) & PARTY_OFFICES \
        and role_kind_of_words(after) is None


def _aged(words: tuple[str, ...] | list[str]) -> bool:  # "a 26-year-old manager": 26, year, old
    return any(a.isdigit() and b == "year" and c == "old" for a, b, c in zip(words, words[1:], words[2:]))


def head_word(description: str) -> str:
    """The head noun of a description: the last word of its head phrase, before a day or a month ("a report
    Tuesday from WKOW", "a statement Monday")."""
    words = words_of(head_phrase(description))
    while len(words) > 1 and words[-1] in TIMES:
        words.pop()
    return words[-1] if words else ""
